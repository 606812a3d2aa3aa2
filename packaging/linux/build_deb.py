#!/usr/bin/env python3
"""The Debian package of the desktop app, from a built bundle (dist/thuisboek/).

    .venv/bin/python packaging/build_bundle.py            (the bundle, first)
    python3 packaging/linux/build_deb.py [--bundle dist/thuisboek] [--out dist]

Writes dist/thuisboek_<version>_<arch>.deb:

    /opt/thuisboek/                       the bundle as built (GUI and command line)
    /usr/bin/thuisboek                    a link to /opt/thuisboek/thuisboek
    /usr/share/applications/, metainfo/, icons/hicolor/   the bundle's share/ folder
    /usr/share/doc/thuisboek/copyright

Install with ``sudo apt install ./thuisboek_<version>_amd64.deb`` (apt brings the
system libraries named in Depends) or ``sudo dpkg -i``. Removing the package leaves
every user's data folder alone. Needs dpkg-deb (and runs it under fakeroot when not
root, so the files belong to root in the package). Standard library only.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import stat
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PREFIX = "opt/thuisboek"
# What the bundle links to from the system (Qt's xcb platform, EGL/GL, fonts, D-Bus
# and GLib for the portal theme and the keyring); the bundle carries the rest.
DEPENDS = [
    "libc6 (>= 2.31)",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0 | libglib2.0-0t64",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
]
RECOMMENDS = ["gnome-keyring | kwalletmanager", "xdg-desktop-portal"]


def project() -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return {"version": str(data["version"]), "description": str(data["description"])}


def deb_arch() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def folder_kib(folder: Path) -> int:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return (total + 1023) // 1024


def control(version: str, description: str, size_kib: int) -> str:
    summary = "home book of family-style child-welfare homes"
    body = "\n".join(" " + line for line in _wrap(description, 72))
    return (
        f"Package: thuisboek\n"
        f"Version: {version}\n"
        f"Architecture: {deb_arch()}\n"
        f"Maintainer: The Thuisboek project <thuisboek@localhost>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        f"Section: misc\n"
        f"Priority: optional\n"
        f"Description: Thuisboek, the {summary}\n{body}\n"
    )


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def copyright_text() -> str:
    licence = ROOT / "resources" / "licenses" / "GPL-3.0.txt"
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Thuisboek\n\n"
        "Files: *\n"
        "Copyright: The Thuisboek project\n"
        "License: GPL-3.0-or-later\n"
        f" The full text is in /{PREFIX}/_internal/resources/licenses/{licence.name};\n"
        " the libraries in the bundle carry their own licences beside them.\n"
    )


def lay_out(bundle: Path, tree: Path, version: str, description: str) -> None:
    target = tree / PREFIX
    shutil.copytree(bundle, target, symlinks=True, ignore=shutil.ignore_patterns("share"))
    share = bundle / "share"
    if not share.is_dir():
        raise SystemExit(f"{share} is missing: build the bundle on Linux (build_bundle.py)")
    shutil.copytree(share, tree / "usr" / "share", dirs_exist_ok=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    (tree / "usr" / "bin" / "thuisboek").symlink_to(f"/{PREFIX}/thuisboek")
    doc = tree / "usr" / "share" / "doc" / "thuisboek"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), "utf-8")
    for path in [tree, *tree.rglob("*")]:  # Debian's modes: 0755 folders and programs
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & stat.S_IXUSR
        path.chmod(0o755 if executable else 0o644)
    debian = tree / "DEBIAN"
    debian.mkdir(mode=0o755)
    size = folder_kib(tree)
    (debian / "control").write_text(control(version, description, size), "utf-8")


def build(bundle: Path, out: Path, compression: str = "xz") -> Path:
    meta = project()
    version = meta["version"]
    if not (bundle / "thuisboek").is_file():
        raise SystemExit(f"no bundle at {bundle}: run packaging/build_bundle.py first")
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"thuisboek_{version}_{deb_arch()}.deb"
    with tempfile.TemporaryDirectory(prefix="thuisboek-deb-") as folder:
        tree = Path(folder) / "tree"
        tree.mkdir()
        lay_out(bundle, tree, version, meta["description"])
        cmd = ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build"]
        cmd += [str(tree), str(target)]
        if os.geteuid() != 0 and shutil.which("fakeroot"):
            cmd = ["fakeroot", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_deb.py", description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "thuisboek"))
    parser.add_argument("--out", default=str(ROOT / "dist"))
    parser.add_argument(
        "--compression",
        choices=["xz", "gzip", "zstd"],
        default="xz",
        help="xz (smallest, the release's; about 3 minutes on two cores) or gzip (fast)",
    )
    args = parser.parse_args(argv)
    if not shutil.which("dpkg-deb"):
        print("dpkg-deb is missing (apt-get install dpkg)", file=sys.stderr)
        return 2
    target = build(Path(args.bundle), Path(args.out), args.compression)
    print(f"[deb] {target}  {target.stat().st_size / 1_000_000:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
