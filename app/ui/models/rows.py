"""The one base of the table models: a flat list of rows made from plain data.

A subclass says which columns it has (``columns``, ``titles``), how a row is
known (``row_key``) and what a cell holds (``data``); the counts, the header,
the lookups and the signals for new rows or new words are here.
``TextRowsModel`` goes one step further for rows whose words are made once,
when the rows arrive or the language changes, so that ``data()`` only hands
them out: these views scroll through tens of thousands of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

if TYPE_CHECKING:
    from app.ui.models.words import Words

Index = QModelIndex | QPersistentModelIndex

RecordIdRole = Qt.ItemDataRole.UserRole + 1  # str: the id of what the row shows
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)


def answering(*roles: int) -> frozenset[int]:
    """The roles a ``TextRowsModel`` answers: its words (display, accessible
    text) and ``roles``, as plain integers."""
    return frozenset({_DISPLAY, _ACCESSIBLE, *(int(r) for r in roles)})


T = TypeVar("T")


class RowsModel(QAbstractTableModel, Generic[T]):
    """A table over a list of rows; subclasses say what the columns show."""

    columns: Sequence[int] = ()
    # How a row is known (an ``operator.attrgetter``: no Python call per row).
    row_key: Callable[[Any], object] = staticmethod(lambda row: row)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._bold: QFont | None = None
        self._warning: QIcon | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_of(self, key: object) -> int:
        """The row known by ``key``, or -1."""
        row_key = self.row_key
        for i, r in enumerate(self._rows):
            if row_key(r) == key:
                return i
        return -1

    def _replace(self, rows: list[T]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _changed_all(self) -> None:
        """Every cell and title again (new words, or a new language)."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def _bold_font(self) -> QFont:
        if self._bold is None:
            self._bold = QFont(QApplication.font())
            self._bold.setBold(True)
        return self._bold

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            self._warning = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
            )
        return self._warning

    def titles(self) -> dict[int, str]:
        return {}

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.titles().get(section)


class TextRow(Protocol):
    """A row that holds what it was made from and its words, one per column."""

    @property
    def item(self) -> Any: ...

    @property
    def texts(self) -> tuple[str, ...]: ...


R = TypeVar("R", bound=TextRow)


class TextRowsModel(RowsModel[R]):
    """Rows whose words are made once (``_row``) from the items they show.

    A cell shows its row's words; the words of a whole row are what a screen
    reader says. Other roles are the subclass's (``cell``)."""

    def __init__(self, words: Words, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = words

    def _row(self, item: Any) -> R:
        raise NotImplementedError

    def set_items(self, items: Iterable[Any]) -> None:
        self._replace([self._row(i) for i in items])

    def retranslate(self) -> None:
        self._bold = None
        self._rows = [self._row(r.item) for r in self._rows]
        self._changed_all()

    # The roles ``cell`` answers, when a subclass names them (``answering``): a view
    # asks each painted cell for a dozen roles, and the others then return at once.
    answered_roles: frozenset[int] | None = None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.answered_roles is not None and role not in self.answered_roles:
            return None
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == _DISPLAY:
            return row.texts[index.column()]
        if role == _ACCESSIBLE:
            return ", ".join(t for t in row.texts if t)
        return self.cell(row, index.column(), role)

    def cell(self, row: R, column: int, role: int) -> Any:
        return None
