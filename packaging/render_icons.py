#!/usr/bin/env python3
"""Render the application icon from its SVG into what each platform wants.

    .venv/bin/python packaging/render_icons.py

``resources/icons/thuisboek.svg`` is the icon; ``thuisboek-small.svg`` is the
same drawing on a 16-pixel grid (thicker roof, no lines of writing), used for
16 and 24 pixels, where the full drawing blurs. Written next to them:

- ``thuisboek-<size>.png`` for 16, 24, 32, 48, 64, 128, 256 and 512 pixels
  (Linux hicolor theme, the window icon, the AppImage/Flatpak icon);
- ``thuisboek.ico`` (Windows: the executable, the installer, the shortcuts):
  PNG images inside an ICO container, which Windows reads since Vista;
- ``thuisboek.icns`` (macOS: the .app bundle): PNG payloads in the ``icp4``…
  ``ic14`` slots, which macOS reads since 10.7.

The output is deterministic: running this again without changing the SVGs
leaves the files byte-for-byte the same. Only Qt (QtSvg, QtGui) is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "thuisboek.svg"
SMALL_SVG = ICONS / "thuisboek-small.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 24
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS slot -> pixel size (the @2x slots hold the doubled image of a point size).
ICNS_SLOTS = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)


def render_png(size: int) -> bytes:
    """The icon at ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    source = SMALL_SVG if size <= SMALL_UP_TO else SVG
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding PNG images (ICONDIR, one ICONDIRENTRY each, the PNGs)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(pngs[size] for size in sizes)


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: ``icns``, its length, then (type, length, PNG) per slot."""
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_SLOTS
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_if_changed(path: Path, data: bytes) -> None:
    if path.exists() and path.read_bytes() == data:
        return
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    needed = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_SLOTS}
    pngs = {size: render_png(size) for size in sorted(needed)}
    for size in PNG_SIZES:
        write_if_changed(ICONS / f"thuisboek-{size}.png", pngs[size])
    write_if_changed(ICONS / "thuisboek.ico", ico({s: pngs[s] for s in ICO_SIZES}))
    write_if_changed(ICONS / "thuisboek.icns", icns(pngs))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
