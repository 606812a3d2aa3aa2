"""A small picture for each kind of record, the same in every list: a log (a
pencil), a milestone (a star), a contact (a telephone), a review (a tick), drawn
in the palette's colours so they follow dark mode and high contrast."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

SYMBOLS = {
    "daily_log": ("✎", "#2f6f68"),
    "milestone_observation": ("★", "#b7791f"),
    "contact_note": ("☎", "#1f5f8b"),
    "review": ("✓", "#6b4f9e"),
}
SIZE = 32  # drawn large, shown at the list's icon size

_MADE: dict[tuple[str, int], QIcon] = {}


def kind_icon(kind: str) -> QIcon | None:
    """The picture of a kind of record (None for a kind without one)."""
    found = SYMBOLS.get(kind)
    if found is None:
        return None
    palette = QApplication.palette()
    key = (kind, palette.cacheKey())
    icon = _MADE.get(key)
    if icon is None:
        if len(_MADE) > 64:
            _MADE.clear()
        icon = _MADE[key] = _draw(*found, palette)
    return icon


def _draw(symbol: str, colour: str, palette: QPalette) -> QIcon:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour)
    if palette.color(QPalette.ColorRole.Window).lightness() < 128:
        fill = fill.lighter(150)
    painter.setBrush(fill)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(1, 1, SIZE - 2, SIZE - 2), 7, 7)
    font = QFont(QApplication.font())
    font.setPixelSize(int(SIZE * 0.62))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff") if fill.lightness() < 160 else QColor("#000000"))
    painter.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, symbol)
    painter.end()
    return QIcon(pixmap)
