"""The attachments of a child or of one record, as tiles: a photo's thumbnail
(made in memory from the stored bytes), a page for a PDF, a waiting tile for
what is not yet on this laptop."""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

from app.domain.attachments import Attachment
from app.services.attachments import AttachmentItem

TILE = 128  # pixels of a tile's picture
PDF = "application/pdf"

AttachmentIdRole = Qt.ItemDataRole.UserRole + 1
MediaTypeRole = Qt.ItemDataRole.UserRole + 2
AvailableRole = Qt.ItemDataRole.UserRole + 3
KeptRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Tile:
    """What a tile shows of one attachment: plain data, read off the UI thread."""

    id: uuid.UUID
    file_name: str
    media_type: str
    size: int
    available: bool = True
    thumbnail: bytes | None = None
    caption: str = ""
    record: Attachment | None = field(default=None, compare=False)
    kept: bool = False  # kept for the child's life-story book

    @classmethod
    def of(cls, item: AttachmentItem, *, kept: bool = False) -> Tile:
        a = item.attachment
        return cls(
            a.id, a.file_name, a.media_type, a.size, item.available, item.thumbnail, a.caption, a,
            kept,
        )  # fmt: skip

    @property
    def is_pdf(self) -> bool:
        return self.media_type == PDF


def data_size(size: int, locale: QLocale | None = None) -> str:
    """A number of bytes as people read it ("12 MB")."""
    shown = locale or QLocale()
    precision = 0 if size >= 1024 * 1024 * 10 or size < 1024 * 1024 else 1
    return shown.formattedDataSize(
        size, precision, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def _draw_page(label: str, colour: str, lines: bool) -> QPixmap:
    """A sheet of paper with a folded corner and a word on it."""
    pixmap = QPixmap(TILE, TILE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    left, top, width, height, fold = 24.0, 8.0, 80.0, 112.0, 22.0
    painter.setPen(QPen(QColor("#8a8a8a"), 1.5))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRectF(left, top, width, height), 4, 4)
    painter.setBrush(QColor("#d9d9d9"))
    painter.drawRect(QRectF(left + width - fold, top, fold, fold))
    if lines:
        painter.setPen(QPen(QColor("#c4c4c4"), 2))
        for n in range(5):
            y = top + 40 + n * 12
            painter.drawLine(int(left + 12), int(y), int(left + width - 12), int(y))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(left - 8, top + height - 40, 60, 26), 5, 5)
    font = QFont(QApplication.font())
    font.setPixelSize(15)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(
        QRectF(left - 8, top + height - 40, 60, 26), Qt.AlignmentFlag.AlignCenter, label
    )
    painter.end()
    return pixmap


_ICONS: dict[str, QIcon] = {}


def pdf_icon() -> QIcon:
    if "pdf" not in _ICONS:
        _ICONS["pdf"] = QIcon(_draw_page("PDF", "#b3261e", True))
    return _ICONS["pdf"]


def waiting_icon() -> QIcon:
    """A tile for bytes still to come from the office."""
    if "waiting" not in _ICONS:
        _ICONS["waiting"] = QIcon(_draw_page("…", "#6b6b6b", False))
    return _ICONS["waiting"]


def thumbnail_icon(data: bytes) -> QIcon | None:
    """The thumbnail drawn centred on a square tile (None when it is not an image)."""
    source = QPixmap()
    if not source.loadFromData(data):
        return None
    scaled = source.scaled(
        QSize(TILE, TILE),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    pixmap = QPixmap(TILE, TILE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.drawPixmap((TILE - scaled.width()) // 2, (TILE - scaled.height()) // 2, scaled)
    painter.end()
    return QIcon(pixmap)


KEPT_COLOUR = "#9a5b00"  # the ribbon of what is kept for the book (4.5:1 on white)


def _star(centre: QPointF, outer: float) -> QPolygonF:
    """A five-pointed star around ``centre``."""
    points = []
    for n in range(10):
        radius = outer if n % 2 == 0 else outer * 0.45
        angle = math.pi / 2 + n * math.pi / 5
        points.append(
            QPointF(centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle))
        )
    return QPolygonF(points)


def kept_badge(size: int = 40) -> QPixmap:
    """A bookmark ribbon with a star: what is kept for the child's book."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width, height = size * 0.62, size * 0.96
    left = (size - width) / 2
    ribbon = QPainterPath()
    ribbon.moveTo(left, 0)
    ribbon.lineTo(left + width, 0)
    ribbon.lineTo(left + width, height)
    ribbon.lineTo(left + width / 2, height - width * 0.45)
    ribbon.lineTo(left, height)
    ribbon.closeSubpath()
    painter.setPen(QPen(QColor("#ffffff"), 2))
    painter.setBrush(QColor(KEPT_COLOUR))
    painter.drawPath(ribbon)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    painter.drawPolygon(_star(QPointF(size / 2, height * 0.38), width * 0.34))
    painter.end()
    return pixmap


def with_kept_mark(icon: QIcon) -> QIcon:
    """A tile's picture with the ribbon of the book in its top right corner."""
    pixmap = QPixmap(icon.pixmap(QSize(TILE, TILE)))
    if pixmap.isNull():
        pixmap = QPixmap(TILE, TILE)
        pixmap.fill(Qt.GlobalColor.transparent)
    badge = kept_badge(max(TILE * 3 // 10, 12))
    painter = QPainter(pixmap)
    painter.drawPixmap(pixmap.width() - badge.width() - 2, 0, badge)
    painter.end()
    return QIcon(pixmap)


class AttachmentsModel(QAbstractListModel):
    """One row per attachment, newest first (as the list it is given)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tiles: list[Tile] = []
        self._icons: dict[tuple[uuid.UUID, bool], QIcon] = {}

    def set_tiles(self, tiles: list[Tile]) -> None:
        self.beginResetModel()
        keep = {(t.id, t.kept) for t in tiles}
        self._icons = {k: v for k, v in self._icons.items() if k in keep}
        self.tiles = list(tiles)
        self.endResetModel()

    def tile(self, index: Index) -> Tile | None:
        if not index.isValid() or not 0 <= index.row() < len(self.tiles):
            return None
        return self.tiles[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tiles)

    def _icon(self, tile: Tile) -> QIcon:
        icon = self._icons.get((tile.id, tile.kept))
        if icon is None:
            if not tile.available:
                icon = waiting_icon()
            elif tile.is_pdf or tile.thumbnail is None:
                icon = pdf_icon()
            else:
                icon = thumbnail_icon(tile.thumbnail) or pdf_icon()
            if tile.kept:
                icon = with_kept_mark(icon)
            self._icons[(tile.id, tile.kept)] = icon
        return icon

    def describe(self, tile: Tile) -> str:
        """What a screen reader says of a tile."""
        what = (
            QCoreApplication.translate("Attachments", "Document")
            if tile.is_pdf
            else QCoreApplication.translate("Attachments", "Photo")
        )
        text = f"{what}: {tile.file_name}, {data_size(tile.size)}"
        if tile.caption:
            text += f". {tile.caption}"
        if tile.kept:
            text += ". " + QCoreApplication.translate("Attachments", "Kept for the book.")
        if not tile.available:
            text += ". " + QCoreApplication.translate(
                "Attachments", "Not yet on this laptop; it comes with the next sync."
            )
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        tile = self.tile(index)
        if tile is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tile.caption or tile.file_name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(tile)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(tile)
        if role == AttachmentIdRole:
            return str(tile.id)
        if role == MediaTypeRole:
            return tile.media_type
        if role == AvailableRole:
            return tile.available
        if role == KeptRole:
            return tile.kept
        return None
