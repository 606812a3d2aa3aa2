"""How the timeline's rows are painted: straight from the words the model keeps.

Qt's own delegate asks the model for eight roles of every cell it paints (each
a call into Python) and lays each text out twice (once to size it, once to draw
it); at the end of the household's timeline every frame paints rows it never
showed before. This one takes a cell's words in one call and draws them on one
line from its baseline, cut with "…" only when they may not fit; what a paint
needs of the palette, the fonts and the pictures is looked up once per paint,
not once per cell.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
)

from app.ui.models.kind_icons import kind_icon
from app.ui.models.rows import Index
from app.ui.models.timeline import WARNING_PICTURE, TimelineModel

CUT_KEPT = 4096  # texts cut to a width, kept for the frames that show them again
_SELECTED = QStyle.StateFlag.State_Selected.value
_HOVER = QStyle.StateFlag.State_MouseOver.value
_FOCUS = QStyle.StateFlag.State_HasFocus.value


class Look:
    """What every cell of one paint shares: colours, fonts and their metrics."""

    def __init__(self, view: QAbstractItemView) -> None:
        palette = view.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if not view.isEnabled()
            else QPalette.ColorGroup.Active
            if view.isActiveWindow()
            else QPalette.ColorGroup.Inactive
        )
        self.text: QColor = palette.color(group, QPalette.ColorRole.Text)
        self.selected_text: QColor = palette.color(group, QPalette.ColorRole.HighlightedText)
        self.font = view.font()
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.metrics = QFontMetrics(self.font)
        self.bold_metrics = QFontMetrics(self.bold)
        # Where the words sit in a line of their font: its height and its ascent.
        self.lines = {
            False: (self.metrics.height(), self.metrics.ascent()),
            True: (self.bold_metrics.height(), self.bold_metrics.ascent()),
        }
        self.pictures: dict[tuple[str, bool], QPixmap | None] = {}  # of this paint
        # Wider than any character of the font: a text of n characters fits in n times it.
        self.widest = max(self.bold_metrics.maxWidth(), self.metrics.maxWidth(), 1)
        self.margin = (
            view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        )
        self.picture = view.iconSize()
        if not self.picture.isValid():
            self.picture = QSize(16, 16)
        self.ratio = view.devicePixelRatioF()


class TimelineDelegate(QStyledItemDelegate):
    """Paints the cells of a :class:`TimelineModel` (the view calls ``begin``
    before each paint)."""

    def __init__(self, model: TimelineModel, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._model = model
        self._view = view
        self._look: Look | None = None
        self._cut: dict[tuple[str, int, bool], str] = {}
        self._pictures: dict[tuple[int, int, int, float, bool], QPixmap] = {}
        self._warning: QIcon | None = None

    def begin(self) -> None:
        """A paint starts: what its cells share is looked up again."""
        self._look = Look(self._view)

    def forget(self) -> None:
        """Cut texts and pictures are made again (a new font, language or palette)."""
        self._cut.clear()
        self._pictures.clear()
        self._warning = None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        look = self._look
        cell = self._model.cell(index.row(), index.column())
        if cell is None or look is None:
            super().paint(painter, option, index)
            return
        text, picture, flagged = cell
        view = self._view
        state = option.state.value
        x, top, full, height = cast(tuple[int, int, int, int], option.rect.getRect())
        if state & (_SELECTED | _HOVER):
            style = view.style()
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, view)
        left = x + look.margin
        selected = bool(state & _SELECTED)
        if picture:
            key = (picture, selected)
            if key in look.pictures:
                pixmap = look.pictures[key]
            else:
                pixmap = look.pictures[key] = self._picture(picture, look, selected)
            if pixmap is not None:
                size = look.picture
                painter.drawPixmap(
                    QRect(left, top + (height - size.height()) // 2, size.width(), size.height()),
                    pixmap,
                )
                left += size.width() + 2 * look.margin
        right = x + full  # just past the cell
        width = right - look.margin - left
        if text and width > 0:
            painter.setPen(look.selected_text if selected else look.text)
            painter.setFont(look.bold if flagged else look.font)
            if len(text) * look.widest > width:
                metrics = look.bold_metrics if flagged else look.metrics
                text = self._cut_to(text, width, flagged, metrics)
            line, ascent = look.lines[flagged]
            painter.drawText(QPoint(left, top + (height - line) // 2 + ascent), text)
        if state & _FOCUS:  # around the words, as the style draws it
            start = left - look.margin
            self._focus(painter, option, QRect(start, top, right - start, height))

    def _focus(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect) -> None:
        view = self._view
        focus = QStyleOptionFocusRect()
        focus.initFrom(view)
        focus.rect = rect
        focus.state = option.state | QStyle.StateFlag.State_KeyboardFocusChange
        selected = option.state & QStyle.StateFlag.State_Selected
        focus.backgroundColor = option.palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        view.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, view)

    def _cut_to(self, text: str, width: int, bold: bool, metrics: QFontMetrics) -> str:
        key = (text, width, bold)
        shown = self._cut.get(key)
        if shown is None:
            if len(self._cut) >= CUT_KEPT:
                self._cut.clear()
            shown = self._cut[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return shown

    def _picture(self, picture: str, look: Look, selected: bool) -> QPixmap | None:
        """The picture at the view's icon size (on a chosen row as the style shows
        it there), drawn once per picture, size and palette."""
        if picture == WARNING_PICTURE:
            if self._warning is None:
                self._warning = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning
                )
            icon: QIcon | None = self._warning
        else:
            icon = kind_icon(picture)
        if icon is None:
            return None
        size = look.picture
        key = (icon.cacheKey(), size.width(), size.height(), look.ratio, selected)
        found = self._pictures.get(key)
        if found is None:
            if len(self._pictures) > 64:
                self._pictures.clear()
            mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
            found = self._pictures[key] = icon.pixmap(size, look.ratio, mode)
        return found
