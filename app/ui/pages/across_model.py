"""Supervisor mode: the week across households as one table, the most urgent
first: a Qt model over the plain data of ``app.services.across``."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.domain.vocabulary import ContactStatus
from app.services.across import AcrossItem, AcrossKind
from app.services.overview import Signal as Finding
from app.services.overview import SignalCode
from app.ui.models.rows import RecordIdRole, TextRowsModel
from app.ui.models.timeline import snippet
from app.ui.models.words import Words
from app.ui.pages.overview_signals import SignalsModel, group_signals

KindRole = Qt.ItemDataRole.UserRole + 3  # AcrossKind value
SUMMARY_CHARS = 160


class AcrossColumn(IntEnum):
    WHAT = 0
    HOUSEHOLD = 1
    CHILD = 2
    DATE = 3
    SUMMARY = 4


class AcrossRow:
    __slots__ = ("item", "texts")

    def __init__(self, item: AcrossItem, texts: tuple[str, ...]) -> None:
        self.item = item
        self.texts = texts


class AcrossModel(TextRowsModel[AcrossRow]):
    """The rows in the service's order (most urgent first)."""

    columns = tuple(AcrossColumn)
    row_key = attrgetter("item.key")

    def __init__(self, words: Words, parent: QObject | None = None) -> None:
        super().__init__(words, parent)
        self._sentences = SignalsModel(None)  # the overview's sentences, shared

    def remove_keys(self, keys: Iterable[str]) -> None:
        """Take rows out (marked as reviewed), one contiguous run at a time."""
        gone = set(keys)
        rows = [i for i, r in enumerate(self._rows) if r.item.key in gone]
        while rows:
            last = rows.pop()
            first = last
            while rows and rows[-1] == first - 1:
                first = rows.pop()
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()

    def kind_text(self, item: AcrossItem) -> str:
        if item.kind == AcrossKind.INCIDENT:
            incident = self.tr("Incident")
            level = self.words.labels.severities.get(item.severity) if item.severity else None
            return f"{incident} · {level}" if level else incident
        if item.kind == AcrossKind.MISSED_CONTACT:
            return self.tr("Contact did not happen")
        if item.kind == AcrossKind.QUESTION_OPEN:
            if item.params.get("mark") == "follow_up":
                return self.tr("Follow-up waiting for an answer")
            return self.tr("Question waiting for an answer")
        if item.kind == AcrossKind.DAYS_WITHOUT_LOG:
            return self.tr("Days without a log")
        return self.tr("Sibling not seen")

    def kind_texts(self) -> list[str]:
        """The longest texts the first column shows (to size it)."""
        return [
            self.tr("Incident") + " · " + max(self.words.labels.severities.values(), key=len),
            self.tr("Contact did not happen"),
            self.tr("Follow-up waiting for an answer"),
            self.tr("Question waiting for an answer"),
            self.tr("Days without a log"),
            self.tr("Sibling not seen"),
        ]

    def summary_text(self, item: AcrossItem) -> str:
        if item.kind in (AcrossKind.DAYS_WITHOUT_LOG, AcrossKind.SIBLING_NOT_SEEN):
            code = (
                SignalCode.DAYS_WITHOUT_ENTRY
                if item.kind == AcrossKind.DAYS_WITHOUT_LOG
                else SignalCode.SIBLING_NOT_SEEN
            )
            [line] = group_signals([Finding(code, item.child_id, item.params)])
            return self._sentences.sentence(line)
        parts = []
        if item.status is not None and item.status != ContactStatus.HAPPENED:
            parts.append(self.words.labels.contact_statuses[item.status])
        if item.kind == AcrossKind.QUESTION_OPEN:
            about = str(item.params.get("about") or "")
            parts.append(snippet(item.summary, SUMMARY_CHARS // 2))
            if about:
                parts.append(self.tr("about: %1").replace("%1", snippet(about, SUMMARY_CHARS // 2)))
            return " · ".join(p for p in parts if p)
        parts.append(snippet(item.summary, SUMMARY_CHARS))
        return " · ".join(p for p in parts if p)

    def _row(self, item: AcrossItem) -> AcrossRow:
        texts = (
            self.kind_text(item),
            item.household_name,
            item.child_name,
            self.words.date_text(item.day),
            self.summary_text(item),
        )
        return AcrossRow(item, texts)

    def cell(self, row: AcrossRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.texts[column] or None
        if role == Qt.ItemDataRole.FontRole and row.item.kind == AcrossKind.INCIDENT:
            return self._bold_font()
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == AcrossColumn.WHAT
            and row.item.kind == AcrossKind.INCIDENT
        ):
            return self._warning_icon()
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == AcrossColumn.WHAT
            and row.item.record_id is None
        ):
            # Lines about the household, not a record: the keys do not act on them.
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == RecordIdRole:
            return str(row.item.record_id) if row.item.record_id else None
        if role == KindRole:
            return row.item.kind.value
        return None

    def titles(self) -> dict[int, str]:
        return {
            AcrossColumn.WHAT: self.tr("What"),
            AcrossColumn.HOUSEHOLD: self.tr("Household"),
            AcrossColumn.CHILD: self.tr("Child"),
            AcrossColumn.DATE: self.tr("Date"),
            AcrossColumn.SUMMARY: self.tr("Summary"),
        }
