"""The households a supervisor follows, for the list on the left in supervisor
mode: a Qt model over the plain data of ``app.services.review``."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from app.services.review import HouseholdQueue
from app.ui.models.rows import Index

HouseholdIdRole = Qt.ItemDataRole.UserRole + 2  # str
CountRole = Qt.ItemDataRole.UserRole + 4  # int: what waits for review
CountsTextRole = Qt.ItemDataRole.UserRole + 5  # str: the household's counts in words
AttentionRole = Qt.ItemDataRole.UserRole + 6  # bool: incidents, missed contacts or answers


class HouseholdsModel(QAbstractListModel):
    """The households this supervisor follows, each with what waits for review.

    A list of its own rather than a ``RowsModel`` table: one name per row, drawn
    by the main window's delegate, and new counts for the same households keep
    the selection (no reset)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HouseholdQueue] = []

    def set_households(self, rows: Iterable[HouseholdQueue]) -> None:
        """New counts for the same households keep the selection; others reset it."""
        rows = list(rows)
        if [r.household_id for r in rows] == [r.household_id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def household(self, row: int) -> HouseholdQueue | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, household_id: uuid.UUID | str | None) -> int:
        for i, h in enumerate(self._rows):
            if str(h.household_id) == str(household_id):
                return i
        return -1

    def counts_text(self, h: HouseholdQueue) -> str:
        parts = []
        if h.incidents:
            parts.append(self.tr("%n incident(s)", "", h.incidents))
        if h.missed_contacts:
            parts.append(self.tr("%n missed contact(s)", "", h.missed_contacts))
        if h.answered:
            parts.append(self.tr("%n new answer(s)", "", h.answered))
        if h.open_questions:
            parts.append(self.tr("%n open question(s)", "", h.open_questions))
        if not parts:
            parts.append(
                self.tr("%n to review", "", h.unreviewed) if h.unreviewed else self.tr("All read")
            )
        return " · ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        h = self.household(index.row()) if index.isValid() else None
        if h is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return h.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n to review", "", h.unreviewed) + " · " + self.counts_text(h)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            to_review = self.tr("%n to review", "", h.unreviewed)
            return f"{h.name}, {to_review}, {self.counts_text(h)}"
        if role == HouseholdIdRole:
            return str(h.household_id)
        if role == CountRole:
            return h.unreviewed
        if role == CountsTextRole:
            return self.counts_text(h)
        if role == AttentionRole:
            return bool(h.incidents or h.missed_contacts or h.answered)
        return None
