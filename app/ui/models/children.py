"""The household's children for the list on the left of the main window."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.household import ChildSummary
from app.ui.models.care import day_text

Index = QModelIndex | QPersistentModelIndex

ChildIdRole = Qt.ItemDataRole.UserRole + 1
InitialsRole = Qt.ItemDataRole.UserRole + 2
AgeMonthsRole = Qt.ItemDataRole.UserRole + 3
LoggedTodayRole = Qt.ItemDataRole.UserRole + 4
LeftOnRole = Qt.ItemDataRole.UserRole + 5  # the day a closed placement ended, else None


class ChildrenModel(QAbstractListModel):
    """One row per child; the first row stands for the whole household."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ChildSummary] = []

    def set_children(self, rows: list[ChildSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + 1

    def summary(self, row: int) -> ChildSummary | None:
        return self._rows[row - 1] if 1 <= row <= len(self._rows) else None

    def row_of(self, child_id: uuid.UUID | str) -> int:
        for i, s in enumerate(self._rows, start=1):
            if str(s.child.id) == str(child_id):
                return i
        return 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._rows):
            return None
        summary = self.summary(index.row())
        if summary is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Whole household")
            if role == InitialsRole:
                return "⌂"
            return None
        child = summary.child
        if role == Qt.ItemDataRole.DisplayRole:
            return child.display_name()
        if summary.left_on is not None and role in (
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            left = self.left_text(summary.left_on)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("%1; the child leaves this laptop after the next syncs").replace(
                    "%1", left
                )
            return f"{child.display_name()}, {left}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("logged today") if summary.logged_today else self.tr("no log yet today")
            return f"{child.display_name()}, {self.age_text(summary.age_months)}, {state}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "" if summary.logged_today else self.tr("Today's log is still missing")
        if role == LeftOnRole:
            return summary.left_on
        if role == ChildIdRole:
            return str(child.id)
        if role == InitialsRole:
            return summary.initials
        if role == AgeMonthsRole:
            return summary.age_months
        if role == LoggedTodayRole:
            return summary.logged_today if summary.left_on is None else None
        return None

    def age_text(self, months: int) -> str:
        if months < 24:
            return self.tr("%n month(s)", "", months)
        return self.tr("%n year(s)", "", months // 12)

    def left_text(self, day: date) -> str:
        """ "Left care on 3 Dec 2026" in the app's language."""
        return self.tr("Left care on %1").replace("%1", day_text(QLocale(), day))
