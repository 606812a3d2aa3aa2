"""One household's review queue in supervisor mode: a Qt model over the plain
data of ``app.services.review``, its words made once per row."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.domain.records import MilestoneObservation
from app.domain.vocabulary import ContactStatus, Severity
from app.services.review import QueueGroup, QueueItem
from app.ui.models.rows import RecordIdRole, TextRowsModel, answering
from app.ui.models.timeline import milestone_label, snippet
from app.ui.models.words import Words

GroupRole = Qt.ItemDataRole.UserRole + 3  # QueueGroup value

SUMMARY_CHARS = 160
UNKNOWN_AUTHOR = "—"  # a record whose author this computer does not know


class QueueColumn(IntEnum):
    GROUP = 0
    DATE = 1
    CHILD = 2
    SUMMARY = 3
    AUTHOR = 4


@dataclass(frozen=True, slots=True)
class QueueRow:
    item: QueueItem
    texts: tuple[str, ...]  # one per column

    @property
    def record_id(self) -> uuid.UUID:
        return self.item.record_id


class ReviewQueueModel(TextRowsModel[QueueRow]):
    """One household's queue, in the order the service gives it."""

    columns = tuple(QueueColumn)
    row_key = attrgetter("item.record_id")

    def __init__(self, words: Words, parent: QObject | None = None) -> None:
        super().__init__(words, parent)
        self._groups: dict[tuple[QueueGroup, Severity | None], str] = {}

    def retranslate(self) -> None:
        self._groups = {}
        super().retranslate()

    def remove(self, record_ids: Iterable[uuid.UUID]) -> None:
        """Take rows out (marked as reviewed), one contiguous run at a time."""
        gone = set(record_ids)
        rows = [i for i, r in enumerate(self._rows) if r.record_id in gone]
        while rows:
            last = rows.pop()
            first = last
            while rows and rows[-1] == first - 1:
                first = rows.pop()
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()

    def group_text(self, item: QueueItem) -> str:
        key = (item.group, item.severity)
        text = self._groups.get(key)
        if text is None:
            text = self._groups[key] = self._group_text(item.group, item.severity)
        return text

    def group_texts(self) -> list[str]:
        """Every text the group column can show (to size it)."""
        severities: list[Severity | None] = [None, *Severity]
        texts = [self._group_text(QueueGroup.INCIDENT, s) for s in severities]
        return texts + [self._group_text(g, None) for g in QueueGroup]

    def _group_text(self, group: QueueGroup, severity: Severity | None) -> str:
        if group == QueueGroup.INCIDENT:
            incident = self.tr("Incident")
            level = self.words.labels.severities.get(severity) if severity else None
            return f"{incident} · {level}" if level else incident
        if group == QueueGroup.MISSED_CONTACT:
            return self.tr("Contact did not happen")
        return self.tr("Other")

    def summary_text(self, item: QueueItem) -> str:
        labels = self.words.labels
        parts = []
        if item.answered:
            parts.append(self.tr("Answer received"))
        elif item.open_question:
            parts.append(self.tr("Question open"))
        if item.amends_id is not None:
            parts.append(self.tr("Amendment"))
        if item.contact_kind:
            kind = labels.contact_kinds.get(item.contact_kind)  # type: ignore[call-overload]
            if kind:
                parts.append(kind)
        if item.status is not None and item.status != ContactStatus.HAPPENED:
            parts.append(labels.contact_statuses[item.status])
        if item.kind == MilestoneObservation.kind:
            parts.append(labels.kind(item.kind))
            if item.item_id:
                parts.append(milestone_label(item.item_id, self.words.lang))
        parts.append(snippet(item.summary, SUMMARY_CHARS))
        return " · ".join(p for p in parts if p)

    def _row(self, item: QueueItem) -> QueueRow:
        # In QueueColumn order; made for thousands of rows at once, so kept plain.
        texts = (
            self.group_text(item),
            self.words.date_text(item.day),
            item.child_name,
            self.summary_text(item),
            item.author_name or UNKNOWN_AUTHOR,
        )
        return QueueRow(item, texts)

    answered_roles = answering(
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        RecordIdRole,
        GroupRole,
    )

    def cell(self, row: QueueRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == QueueColumn.AUTHOR and row.texts[column] == UNKNOWN_AUTHOR:
                return self.tr("Written by someone this computer does not know")
            return row.texts[column]
        if role == Qt.ItemDataRole.FontRole and (
            row.item.group == QueueGroup.INCIDENT or row.item.answered
        ):
            return self._bold_font()
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == QueueColumn.GROUP
            and row.item.group == QueueGroup.INCIDENT
        ):
            return self._warning_icon()
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == QueueColumn.GROUP
            and row.item.group == QueueGroup.REST
        ):
            # "Other" on most rows: quiet, so the groups that matter stand out.
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == RecordIdRole:
            return str(row.record_id)
        if role == GroupRole:
            return row.item.group.value
        return None

    def titles(self) -> dict[int, str]:
        return {
            QueueColumn.GROUP: self.tr("Group"),
            QueueColumn.DATE: self.tr("Date"),
            QueueColumn.CHILD: self.tr("Child"),
            QueueColumn.SUMMARY: self.tr("Summary"),
            QueueColumn.AUTHOR: self.tr("Written by"),
        }
