"""The lists of supervisor mode, and the questions a household answers: Qt models
over the plain data of ``app.services.review`` and ``app.services.conflicts``.

Each row's words are made once, when the rows arrive or the language changes,
so that ``data()`` only hands them out (as the timeline model does).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from app.domain.records import ContactStatus, MilestoneObservation, ReviewMark, Severity
from app.services.conflicts import ConflictItem
from app.services.review import HouseholdQueue, Question, QueueGroup, QueueItem
from app.ui.models.timeline import RecordLabels, long_date_format, milestone_label, snippet

Index = QModelIndex | QPersistentModelIndex

RecordIdRole = Qt.ItemDataRole.UserRole + 1  # str: the record (or question, revision) id
HouseholdIdRole = Qt.ItemDataRole.UserRole + 2  # str
GroupRole = Qt.ItemDataRole.UserRole + 3  # QueueGroup value
CountRole = Qt.ItemDataRole.UserRole + 4  # int: what waits for review
CountsTextRole = Qt.ItemDataRole.UserRole + 5  # str: the household's counts in words
AttentionRole = Qt.ItemDataRole.UserRole + 6  # bool: incidents, missed contacts or answers
OpenRole = Qt.ItemDataRole.UserRole + 7  # bool: a question not answered yet

SUMMARY_CHARS = 160


class Words(QObject):
    """Dates and record words in the current language, shared by the models here."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = RecordLabels(self)
        self.set_language(QLocale(), "en")

    def set_language(self, locale: QLocale, lang: str) -> None:
        self.labels.retranslate()
        self.locale = locale
        self.lang = lang
        self.date_format = "ddd " + long_date_format(locale)
        self._dates: dict[date, str] = {}  # many rows share a day

    def date_text(self, day: date | None) -> str:
        if day is None:
            return ""
        text = self._dates.get(day)
        if text is None:
            text = self.locale.toString(QDate(day.year, day.month, day.day), self.date_format)
            self._dates[day] = text
        return text

    def moment_text(self, moment: datetime | str | None) -> str:
        if isinstance(moment, str):
            try:
                moment = datetime.fromisoformat(moment)
            except ValueError:
                return ""
        if moment is None:
            return ""
        local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
        return self.locale.toString(local, QLocale.FormatType.ShortFormat)


T = TypeVar("T")


class RowsModel(QAbstractTableModel, Generic[T]):
    """A table over a list of rows made from plain data; subclasses say how (the
    tables here, and app.ui.models.refused)."""

    columns: Sequence[int] = ()

    def __init__(self, words: Words, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self._rows: list[T] = []
        self._bold: QFont | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[T]:
        return list(self._rows)

    def _replace(self, rows: list[T]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _changed_all(self) -> None:
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

    def titles(self) -> dict[int, str]:
        return {}

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.titles().get(section)


def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


# Households -----------------------------------------------------------------------------


class HouseholdsModel(QAbstractListModel):
    """The households this supervisor follows, each with what waits for review."""

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


# The review queue -----------------------------------------------------------------------


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


class ReviewQueueModel(RowsModel[QueueRow]):
    """One household's queue, in the order the service gives it."""

    columns = tuple(QueueColumn)

    def __init__(self, words: Words, parent: QObject | None = None) -> None:
        super().__init__(words, parent)
        self._groups: dict[tuple[QueueGroup, Severity | None], str] = {}

    def set_items(self, items: Iterable[QueueItem]) -> None:
        self._replace([self._row(i) for i in items])

    def retranslate(self) -> None:
        self._bold = None
        self._groups = {}
        self._rows = [self._row(r.item) for r in self._rows]
        self._changed_all()

    def row_of(self, record_id: uuid.UUID | None) -> int:
        for i, r in enumerate(self._rows):
            if r.record_id == record_id:
                return i
        return -1

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
            item.author_name,
        )
        return QueueRow(item, texts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            QueueColumn.GROUP,
            QueueColumn.CHILD,
            QueueColumn.SUMMARY,
        ):
            return row.texts[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(t for t in row.texts if t)
        if role == Qt.ItemDataRole.FontRole and (
            row.item.group == QueueGroup.INCIDENT or row.item.answered
        ):
            return self._bold_font()
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == QueueColumn.GROUP
            and row.item.group == QueueGroup.INCIDENT
        ):
            return _warning_icon()
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


# Questions ------------------------------------------------------------------------------


class QuestionColumn(IntEnum):
    STATUS = 0
    ASKED = 1
    CHILD = 2
    ABOUT = 3
    QUESTION = 4


@dataclass(frozen=True, slots=True)
class QuestionRow:
    question: Question
    texts: tuple[str, ...]


class QuestionsModel(RowsModel[QuestionRow]):
    """Questions and follow-ups about a household's records, oldest first."""

    columns = tuple(QuestionColumn)

    def set_questions(self, questions: Iterable[Question]) -> None:
        self._replace([self._row(q) for q in questions])

    def retranslate(self) -> None:
        self._bold = None
        self._rows = [self._row(r.question) for r in self._rows]
        self._changed_all()

    def row_of(self, question_id: uuid.UUID | None) -> int:
        for i, r in enumerate(self._rows):
            if r.question.question_id == question_id:
                return i
        return -1

    def status_text(self, mark: ReviewMark, is_open: bool) -> str:
        words = self.words.labels.review_marks.get(mark, "")
        state = self.tr("open") if is_open else self.tr("answered")
        return f"{words} · {state}"

    def about_text(self, q: Question) -> str:
        parts = [self.words.labels.kind(q.target_kind), self.words.date_text(q.target_day)]
        parts.append(snippet(q.target_summary, 80))
        return " · ".join(p for p in parts if p)

    def _row(self, q: Question) -> QuestionRow:
        texts = {
            QuestionColumn.STATUS: self.status_text(q.mark, q.open),
            QuestionColumn.ASKED: self.words.moment_text(q.asked_at),
            QuestionColumn.CHILD: q.child_name,
            QuestionColumn.ABOUT: self.about_text(q),
            QuestionColumn.QUESTION: snippet(q.comment, SUMMARY_CHARS),
        }
        return QuestionRow(q, tuple(texts[c] for c in QuestionColumn))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            QuestionColumn.ABOUT,
            QuestionColumn.QUESTION,
        ):
            return row.question.comment if column == QuestionColumn.QUESTION else row.texts[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(t for t in row.texts if t)
        if role == Qt.ItemDataRole.FontRole and row.question.open:
            return self._bold_font()
        if role == RecordIdRole:
            return str(row.question.question_id)
        if role == OpenRole:
            return row.question.open
        return None

    def titles(self) -> dict[int, str]:
        return {
            QuestionColumn.STATUS: self.tr("Status"),
            QuestionColumn.ASKED: self.tr("Asked"),
            QuestionColumn.CHILD: self.tr("Child"),
            QuestionColumn.ABOUT: self.tr("About"),
            QuestionColumn.QUESTION: self.tr("Question"),
        }


# Conflicts ------------------------------------------------------------------------------


class ConflictColumn(IntEnum):
    WHEN = 0
    RECORD = 1
    FIELDS = 2
    BY = 3


@dataclass(frozen=True, slots=True)
class ConflictRow:
    item: ConflictItem
    texts: tuple[str, ...]


class ConflictsModel(RowsModel[ConflictRow]):
    """Conflict revisions, newest first; ``describe`` puts a revision in words."""

    columns = tuple(ConflictColumn)

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

    def set_conflicts(self, items: Iterable[ConflictItem]) -> None:
        self._replace([self._row(i) for i in items])

    def retranslate(self) -> None:
        self._rows = [self._row(r.item) for r in self._rows]
        self._changed_all()

    def row_of(self, revision_id: uuid.UUID | None) -> int:
        for i, r in enumerate(self._rows):
            if r.item.revision_id == revision_id:
                return i
        return -1

    def _row(self, item: ConflictItem) -> ConflictRow:
        record, by = self._describe(item)
        texts = {
            ConflictColumn.WHEN: self.words.moment_text(item.created_at),
            ConflictColumn.RECORD: record,
            ConflictColumn.FIELDS: ", ".join(self._field_label(f.name) for f in item.fields),
            ConflictColumn.BY: by,
        }
        return ConflictRow(item, tuple(texts[c] for c in ConflictColumn))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.texts[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(t for t in row.texts if t)
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


def mark_text(words: Words, mark: ReviewMark) -> str:
    return words.labels.review_marks.get(mark, str(mark))
