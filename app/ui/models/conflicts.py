"""Conflict revisions, and one revision field by field: Qt models over the plain
data of ``app.services.conflicts``, their words made once per row."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QObject, Qt

from app.services.conflicts import ConflictItem
from app.ui.models.rows import Index, RecordIdRole, RowsModel, TextRowsModel
from app.ui.models.words import Words


class ConflictColumn(IntEnum):
    WHEN = 0
    RECORD = 1
    FIELDS = 2
    BY = 3


@dataclass(frozen=True, slots=True)
class ConflictRow:
    item: ConflictItem
    texts: tuple[str, ...]


class ConflictsModel(TextRowsModel[ConflictRow]):
    """Conflict revisions, newest first; ``describe`` puts a revision in words."""

    columns = tuple(ConflictColumn)
    row_key = attrgetter("item.revision_id")

    def __init__(
        self,
        words: Words,
        describe: Callable[[ConflictItem], tuple[str, str]],
        field_label: Callable[[str], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(words, parent)
        self._describe = describe
        self._field_label = field_label

    def _row(self, item: ConflictItem) -> ConflictRow:
        record, by = self._describe(item)
        texts = {
            ConflictColumn.WHEN: self.words.moment_text(item.created_at),
            ConflictColumn.RECORD: record,
            ConflictColumn.FIELDS: ", ".join(self._field_label(f.name) for f in item.fields),
            ConflictColumn.BY: by,
        }
        return ConflictRow(item, tuple(texts[c] for c in ConflictColumn))

    def cell(self, row: ConflictRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.texts[column]
        if role == RecordIdRole:
            return str(row.item.revision_id)
        return None

    def titles(self) -> dict[int, str]:
        return {
            ConflictColumn.WHEN: self.tr("Noticed"),
            ConflictColumn.RECORD: self.tr("Record"),
            ConflictColumn.FIELDS: self.tr("Fields"),
            ConflictColumn.BY: self.tr("Other value written by"),
        }


class FieldColumn(IntEnum):
    FIELD = 0
    CURRENT = 1
    WINNING = 2
    LOSING = 3


class ConflictFieldsModel(RowsModel[tuple[str, str, str, str]]):
    """One revision field by field: the value now, the one that won, the one that lost."""

    columns = tuple(FieldColumn)

    def set_fields(self, rows: Iterable[tuple[str, str, str, str]]) -> None:
        self._replace(list(rows))

    def retranslate(self) -> None:
        self._changed_all()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()]
        if role == Qt.ItemDataRole.FontRole and index.column() == FieldColumn.FIELD:
            return self._bold_font()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def titles(self) -> dict[int, str]:
        return {
            FieldColumn.FIELD: self.tr("Field"),
            FieldColumn.CURRENT: self.tr("Now"),
            FieldColumn.WINNING: self.tr("Kept by the merge"),
            FieldColumn.LOSING: self.tr("The other value"),
        }
