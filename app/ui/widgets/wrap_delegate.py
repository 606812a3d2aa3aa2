"""A tree column whose text wraps over as many lines as it needs at the column's
width, instead of being cut off: its rows grow to fit, and again when the column
is resized (a narrower window, a larger text size)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

Index = QModelIndex | QPersistentModelIndex


class WrapColumnDelegate(QStyledItemDelegate):
    """Wraps the text of ``column`` in ``view``; rows at the top level (spanned over
    the whole width) are left as they are."""

    def __init__(self, view: QTreeView, column: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(self._resized)
        view.setUniformRowHeights(False)

    def _wraps(self, index: Index) -> bool:
        return index.column() == self.column and index.parent().isValid()

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if self._wraps(index):
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            option.textElideMode = Qt.TextElideMode.ElideNone

    def text_width(self, option: QStyleOptionViewItem, index: Index) -> int:
        """The width the text of ``index`` has in its column, after the indentation,
        the icon and the margins."""
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = self.view.header().sectionSize(self.column)
        if self.column == 0:
            width -= self.view.indentation() * (depth + int(self.view.rootIsDecorated()))
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        width -= 2 * margin
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            width -= option.decorationSize.width() + 2 * margin
        return max(width, 4 * option.fontMetrics.averageCharWidth())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if not self._wraps(index):
            return hint
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        box = QRect(0, 0, self.text_width(opt, index), 100_000)
        needed = opt.fontMetrics.boundingRect(box, int(flags), opt.text).height()
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin) + 1
        return QSize(hint.width(), max(hint.height(), needed + 2 * margin))

    def _resized(self, logical: int, old: int, new: int) -> None:
        if logical == self.column and old != new:
            self._relayout.start()  # once, after the header settled
