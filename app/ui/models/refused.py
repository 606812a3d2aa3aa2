"""The changes the central office refused, for the dialog that shows them: a Qt
model over the plain data of ``app.services.refused``.

Each row's words are made when the rows arrive or the language changes, so that
``data()`` only hands them out (as the other models here do).
"""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import Qt

from app.services.refused import RefusedItem
from app.ui.models.rows import RecordIdRole, TextRowsModel
from app.ui.models.timeline import milestone_label, snippet

KindRole = Qt.ItemDataRole.UserRole + 2  # str: the record's kind
REASON_CHARS = 280  # shown in the list; the tooltip and the panel below hold it all


class RefusedColumn(IntEnum):
    WHAT = 0
    RECORD = 1
    REASON = 2
    CHANGED = 3


@dataclass(frozen=True, slots=True)
class RefusedRow:
    item: RefusedItem
    texts: tuple[str, ...]  # one per column
    about: str  # the record in full: household, who, first words

    @property
    def record_id(self) -> uuid.UUID:
        return self.item.record_id


def rich_tip(text: str) -> str:
    """A tooltip that wraps: Qt wraps a tooltip only when it is rich text."""
    body = "<br>".join(html.escape(line) for line in text.splitlines())
    return f"<p>{body}</p>"


class RefusedModel(TextRowsModel[RefusedRow]):
    """Refused changes, the latest first (the order the service gives)."""

    columns = tuple(RefusedColumn)
    row_key = attrgetter("item.record_id")

    def what_text(self, item: RefusedItem) -> str:
        kind = self.words.labels.any_kind(item.kind)
        if item.deleted:
            return self.tr("%1 (deletion)").replace("%1", kind)
        if item.amendment:
            return self.tr("%1 (amendment)").replace("%1", kind)
        return kind

    def record_text(self, item: RefusedItem, *, full: bool = False) -> str:
        """Its day and who it is about (or its first words); a catalog item's
        words cut short for the list, whole for the tooltip."""
        parts = [self.words.date_text(item.day), item.label]
        if item.milestone_item:
            words = milestone_label(item.milestone_item, self.words.lang)
            parts.append(words if full else snippet(words, 48))
        if not item.label and not item.milestone_item:
            parts.append(snippet(item.summary, 60))
        return " · ".join(p for p in parts if p)

    def about_text(self, item: RefusedItem) -> str:
        record = self.record_text(item, full=True)
        lines = [record]
        if item.summary and item.summary not in record:
            lines.append(snippet(item.summary, 200))
        if item.household_name:
            lines.append(self.tr("Household: %1").replace("%1", item.household_name))
        return "\n".join(lines)

    def reason_text(self, item: RefusedItem) -> str:
        return snippet(item.reason, REASON_CHARS) or self.tr("(no reason given)")

    def _row(self, item: RefusedItem) -> RefusedRow:
        record = self.record_text(item)
        texts = {
            RefusedColumn.WHAT: self.what_text(item),
            RefusedColumn.RECORD: record,
            RefusedColumn.REASON: self.reason_text(item),
            RefusedColumn.CHANGED: self.words.moment_text(item.changed_at),
        }
        return RefusedRow(item, tuple(texts[c] for c in RefusedColumn), self.about_text(item))

    def cell(self, row: RefusedRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == RefusedColumn.REASON:
                return rich_tip(row.item.reason) if row.item.reason else None
            if column == RefusedColumn.RECORD:
                return rich_tip(row.about)
            return row.texts[column] or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == RecordIdRole:
            return str(row.record_id)
        if role == KindRole:
            return row.item.kind
        return None

    def titles(self) -> dict[int, str]:
        return {
            RefusedColumn.WHAT: self.tr("What"),
            RefusedColumn.RECORD: self.tr("Record"),
            RefusedColumn.REASON: self.tr("Reason"),
            RefusedColumn.CHANGED: self.tr("Changed"),
        }
