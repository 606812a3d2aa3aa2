"""Tables of rows to choose from (records, questions, conflicts): one look, one
way to choose a row, and the record list that scrolls tens of thousands of rows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Selection = QAbstractItemView.SelectionMode


def setup_rows_table(
    view: QTableView,
    selection: QAbstractItemView.SelectionMode = Selection.SingleSelection,
    *,
    wrap: bool = False,
    stretch_last: bool = True,
) -> None:
    """No grid and no row numbers; whole rows are chosen, nothing is edited in
    place; Tab leaves the table, arrows move in it."""
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setWordWrap(wrap)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setSelectionMode(selection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch_last)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def choose_row(view: QTableView, row: int) -> None:
    """Make ``row`` of the view's model the current row, the only one selected."""
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


class RecordTableView(QTableView):
    """Rows of records, one line each: a table, because a table view never walks
    all its rows (a tree view lays out every row on each insert, which grows with
    the rows loaded), with fixed row heights so nothing is measured; Home and
    End go to the first and last row as in a list."""

    def __init__(
        self,
        selection: QAbstractItemView.SelectionMode,
        parent: QWidget | None = None,
        *,
        stretch_last: bool = False,
    ) -> None:
        super().__init__(parent)
        setup_rows_table(self, selection, stretch_last=stretch_last)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setCornerButtonEnabled(False)
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


def fit_headers(view: QTableView, titles: dict[int, str]) -> None:
    """Widen a column whose title would be cut (a translation longer than its cells);
    a last column that stretches has the room it takes."""
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    pad = 2 * metrics.height()
    last = header.count() - 1
    for column, title in titles.items():
        if column == last and header.stretchLastSection():
            continue
        need = metrics.horizontalAdvance(title) + pad
        if view.columnWidth(column) < need:
            view.setColumnWidth(column, need)
