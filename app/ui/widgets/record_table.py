"""The table view of record lists (the timeline, the review queue)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class RecordTableView(QTableView):
    """Rows of records, one line each: a table, because a table view never walks
    all its rows (a tree view lays out every row on each insert, which grows with
    the rows loaded), with fixed row heights so nothing is measured; Tab leaves
    the list and arrows move in it; Home and End go to the first and last row
    as in a list."""

    def __init__(
        self,
        selection: QAbstractItemView.SelectionMode,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(selection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.fit_rows()

    def fit_rows(self) -> None:
        """One line of text per row, at any font size."""
        height = self.fontMetrics().height() + max(6, self.fontMetrics().height() // 3)
        self.verticalHeader().setDefaultSectionSize(height)
        self.verticalHeader().setMinimumSectionSize(height)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if action in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_rows()
