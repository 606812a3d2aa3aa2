"""A child's (or the household's) records, newest first, for the Timeline page.

The store can hold tens of thousands of entries, so the model never holds them
all: it loads one page by keyset cursor and pulls the next through Qt's
incremental loading (``canFetchMore``/``fetchMore``) as the view nears the end.
Each record becomes a small ``TimelineRow`` whose display strings are made once,
when it arrives, so that ``data()`` only hands them out.
"""

from __future__ import annotations

import functools
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QObject, Qt, Signal

from app.domain.catalog import load_catalog
from app.domain.records import (
    Child,
    ConflictRevision,
    ContactNote,
    DailyLog,
    Entry,
    Household,
    MilestoneObservation,
    Person,
    Record,
    Relative,
    Review,
)
from app.domain.vocabulary import ContactKind, ContactStatus, MilestoneStatus, ReviewMark, Severity
from app.services.timeline import Stored, TimelineCursor, TimelineFilter, TimelinePage
from app.ui.models.kind_icons import kind_icon
from app.ui.models.rows import Index, RecordIdRole, RowsModel

log = logging.getLogger(__name__)

Pager = Callable[[TimelineFilter, TimelineCursor | None, int], TimelinePage]

PAGE_SIZE = 200
SNIPPET_CHARS = 90

KindRole = Qt.ItemDataRole.UserRole + 2
FlaggedRole = Qt.ItemDataRole.UserRole + 3
AmendsRole = Qt.ItemDataRole.UserRole + 4


def mood_word(mood: int | None) -> str:
    words = {
        1: QCoreApplication.translate("DailyLog", "Very sad"),
        2: QCoreApplication.translate("DailyLog", "Sad"),
        3: QCoreApplication.translate("DailyLog", "Okay"),
        4: QCoreApplication.translate("DailyLog", "Happy"),
        5: QCoreApplication.translate("DailyLog", "Very happy"),
    }
    return words.get(mood or 0, QCoreApplication.translate("DailyLog", "Not noted"))


class Column(IntEnum):
    DATE = 0
    KIND = 1
    CHILD = 2
    SUMMARY = 3


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The first words of a text on one line, cut at a word boundary."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return cut.rstrip(" ,.;:") + "…"


@functools.lru_cache(maxsize=4096)
def milestone_label(item_id: str, lang: str) -> str:
    """The catalog's words for an item; its id when this catalog version lacks it."""
    try:
        return load_catalog().by_id(item_id).label(lang)
    except KeyError:
        return item_id


def long_date_format(locale: QLocale) -> str:
    """The locale's short date with the full year: these records are read years later."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


class RecordLabels(QObject):
    """The words for record kinds and their enumerations in the current language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.kinds = {
            DailyLog.kind: self.tr("Log"),
            MilestoneObservation.kind: self.tr("Milestone"),
            ContactNote.kind: self.tr("Contact"),
            Review.kind: self.tr("Review"),
        }
        # The records that are not entries, for lists that show any kind of record.
        self.other_kinds = {
            Child.kind: self.tr("Child profile"),
            Relative.kind: self.tr("Relative"),
            Household.kind: self.tr("Household"),
            Person.kind: self.tr("Person"),
            ConflictRevision.kind: self.tr("Conflict"),
        }
        self.severities = {
            Severity.LOW: self.tr("low"),
            Severity.MEDIUM: self.tr("medium"),
            Severity.HIGH: self.tr("high"),
        }
        self.contact_kinds = {
            ContactKind.VISIT: self.tr("Visit"),
            ContactKind.SUPERVISED_VISIT: self.tr("Supervised visit"),
            ContactKind.PHONE: self.tr("Phone call"),
            ContactKind.VIDEO: self.tr("Video call"),
            ContactKind.LETTER: self.tr("Letter"),
        }
        self.contact_statuses = {
            ContactStatus.PLANNED: self.tr("planned"),
            ContactStatus.HAPPENED: self.tr("happened"),
            ContactStatus.CANCELLED: self.tr("✕ cancelled"),
            ContactStatus.NO_SHOW: self.tr("✕ no-show"),
        }
        self.milestone_statuses = {
            MilestoneStatus.NOT_YET: self.tr("not yet"),
            MilestoneStatus.EMERGING: self.tr("emerging"),
            MilestoneStatus.ACHIEVED: self.tr("achieved"),
        }
        self.review_marks = {
            ReviewMark.REVIEWED: self.tr("Reviewed"),
            ReviewMark.QUESTION: self.tr("Question"),
            ReviewMark.FOLLOW_UP: self.tr("Follow-up"),
            ReviewMark.ANSWER: self.tr("Answer"),
        }
        self.kinds_about = {
            DailyLog.kind: self.tr("on a log"),
            MilestoneObservation.kind: self.tr("on a milestone"),
            ContactNote.kind: self.tr("on a contact"),
            Review.kind: self.tr("on a review"),
        }

    def kind(self, kind: str) -> str:
        return self.kinds.get(kind, kind)

    def any_kind(self, kind: str) -> str:
        """The words for a kind of any record, not only the timeline's."""
        return self.kinds.get(kind) or self.other_kinds.get(kind, kind)

    def mood(self, mood: int) -> str:
        # In words, as on Today, with the number that the charts count.
        return self.tr("%2 (Mood %1/5)").replace("%1", str(mood)).replace("%2", mood_word(mood))

    def incident(self, severity: Severity | None) -> str:
        if severity is None:
            return self.tr("Incident")
        return self.tr("Incident (%1 severity)").replace("%1", self.severities[severity])

    def amendment(self, reason: str) -> str:
        return self.tr("Amendment (%1)").replace("%1", snippet(reason, 50))


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One record as the list shows it: everything already in words."""

    record_id: uuid.UUID
    kind: str
    day: date
    date_text: str
    kind_text: str
    children_text: str
    summary: str
    flagged: bool
    amends_id: uuid.UUID | None


class RowBuilder:
    """Turns stored records into rows, with the names and words of the moment."""

    def __init__(
        self,
        labels: RecordLabels,
        locale: QLocale,
        lang: str,
        child_names: Mapping[uuid.UUID, str],
        relative_names: Mapping[uuid.UUID, str],
        *,
        with_children: bool = True,
    ) -> None:
        self.labels = labels
        self.with_children = with_children
        self.missing_names = False  # a row named someone not (yet) known
        self.locale = locale
        self.lang = lang
        self.child_names = child_names
        self.relative_names = relative_names
        self.date_format = "ddd " + long_date_format(locale)
        # Many rows share a day and a mood: each is put in words once per builder.
        self._dates: dict[date, str] = {}
        self._moods: dict[int, str] = {}

    def date_text(self, day: date) -> str:
        text = self._dates.get(day)
        if text is None:
            text = self.locale.toString(QDate(day.year, day.month, day.day), self.date_format)
            self._dates[day] = text
        return text

    def mood_text(self, mood: int) -> str:
        text = self._moods.get(mood)
        if text is None:
            text = self._moods[mood] = self.labels.mood(mood)
        return text

    def names(self, ids: Iterable[uuid.UUID], names: Mapping[uuid.UUID, str]) -> str:
        known = []
        for i in ids:
            if i in names:
                known.append(names[i])
            else:
                self.missing_names = True
        return ", ".join(known)

    def row(self, stored: Stored) -> TimelineRow:
        record = stored.record
        day = record.day() or date.min
        return TimelineRow(
            record_id=record.id,
            kind=record.kind,
            day=day,
            date_text=self.date_text(day),
            kind_text=self.labels.kind(record.kind),
            children_text=(
                self.names(record.child_ids(), self.child_names) if self.with_children else ""
            ),
            summary=self.summary(record),
            flagged=isinstance(record, DailyLog) and record.flag,
            amends_id=record.amends_id if isinstance(record, Entry) else None,
        )

    def summary(self, record: Record) -> str:
        parts: list[str] = []
        if isinstance(record, Entry) and record.amends_id is not None:
            parts.append(self.labels.amendment(record.amendment_reason))
        if isinstance(record, DailyLog):
            parts += self._log_parts(record)
        elif isinstance(record, ContactNote):
            parts += self._contact_parts(record)
        elif isinstance(record, MilestoneObservation):
            parts.append(
                f"{milestone_label(record.item_id, self.lang)} — "
                f"{self.labels.milestone_statuses[record.status]}"
            )
            parts.append(snippet(record.note))
        elif isinstance(record, Review):
            mark = self.labels.review_marks[record.mark]
            about = self.labels.kinds_about.get(record.target_kind, "")
            parts.append(f"{mark} {about}".strip())
            parts.append(snippet(record.comment))
        return " · ".join(p for p in parts if p)

    def _log_parts(self, record: DailyLog) -> list[str]:
        parts = []
        if record.flag:
            parts.append(self.labels.incident(record.severity))
        if record.mood is not None:
            parts.append(self.mood_text(record.mood))
        words = next(
            (
                t
                for t in (record.moments, record.text, record.activities, record.health)
                if t.strip()
            ),
            "",
        )
        parts.append(snippet(words))
        return parts

    def _contact_parts(self, record: ContactNote) -> list[str]:
        parts = []
        if record.contact_kind is not None:
            parts.append(self.labels.contact_kinds[record.contact_kind])
        if record.status != ContactStatus.HAPPENED:
            parts.append(self.labels.contact_statuses[record.status])
        parts.append(self.names(record.relatives, self.relative_names))
        parts.append(snippet(record.text or record.reaction_during or record.agreements))
        return parts


class TimelineModel(RowsModel[TimelineRow]):
    """The rows of a timeline, loaded a page at a time (or a fixed list of search hits)."""

    sig_failed = Signal(object)  # an Exception from loading a further page
    columns = tuple(Column)
    row_key = attrgetter("record_id")

    def __init__(self, pager: Pager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pager = pager
        self._where: TimelineFilter | None = None
        self._cursor: TimelineCursor | None = None
        self._builder: RowBuilder | None = None
        self._fetching = False

    # Filling ------------------------------------------------------------------------
    def load(self, where: TimelineFilter, builder: RowBuilder) -> None:
        """Start over with the first page of ``where`` (may raise what the service raises)."""
        first = self._pager(where, None, PAGE_SIZE)
        rows = [builder.row(s) for s in first.items]
        with self.fetching_paused():
            self.beginResetModel()
            self._where = where
            self._builder = builder
            self._rows = rows
            self._cursor = first.next_cursor
            self.endResetModel()

    def show_items(self, items: Sequence[Stored], builder: RowBuilder) -> None:
        """Show a fixed list (search hits); nothing more is fetched."""
        rows = [builder.row(s) for s in items]
        with self.fetching_paused():
            self.beginResetModel()
            self._where = None
            self._builder = builder
            self._rows = rows
            self._cursor = None
            self.endResetModel()

    @property
    def builder(self) -> RowBuilder | None:
        return self._builder

    def set_builder(self, builder: RowBuilder) -> None:
        """Make further pages with ``builder`` (the rows already made stay as they are)."""
        self._builder = builder

    def clear(self) -> None:
        with self.fetching_paused():
            self.beginResetModel()
            self._rows = []
            self._where = None
            self._cursor = None
            self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._cursor is not None
            and self._where is not None
            and not self._fetching  # a view may ask again while rows are being inserted
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._where is not None and self._builder is not None
        with self.fetching_paused():
            try:
                page = self._pager(self._where, self._cursor, PAGE_SIZE)
            except Exception as exc:  # called by the view: an escaping error would be lost
                self._cursor = None
                log.error("loading more of the timeline failed: %s", type(exc).__name__)
                self.sig_failed.emit(exc)
                return
            self._cursor = page.next_cursor
            if not page.items:
                return
            rows = [self._builder.row(s) for s in page.items]
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    @contextmanager
    def fetching_paused(self) -> Iterator[None]:
        """Nothing to fetch meanwhile: views and testers ask for more while rows go
        in or the model resets, and must wait until the change is complete."""
        paused = self._fetching
        self._fetching = True
        try:
            yield
        finally:
            self._fetching = paused

    # Reading ------------------------------------------------------------------------
    def record_ids(self) -> list[uuid.UUID]:
        return [r.record_id for r in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        item = self.row(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.CHILD, Column.SUMMARY):
            return self._text(item, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            texts = (item.date_text, item.kind_text, item.children_text, item.summary)
            return ", ".join(t for t in texts if t)
        if role == Qt.ItemDataRole.FontRole and item.flagged:
            return self._bold_font()
        if role == Qt.ItemDataRole.DecorationRole and item.flagged and column == Column.SUMMARY:
            return self._warning_icon()
        if role == Qt.ItemDataRole.DecorationRole and column == Column.KIND:
            return kind_icon(item.kind)
        if role == RecordIdRole:
            return str(item.record_id)
        if role == KindRole:
            return item.kind
        if role == FlaggedRole:
            return item.flagged
        if role == AmendsRole:
            return str(item.amends_id) if item.amends_id else None
        return None

    @staticmethod
    def _text(item: TimelineRow, column: int) -> str:
        if column == Column.DATE:
            return item.date_text
        if column == Column.KIND:
            return item.kind_text
        if column == Column.CHILD:
            return item.children_text
        if column == Column.SUMMARY:
            return item.summary
        return ""

    def titles(self) -> dict[int, str]:
        return {
            Column.DATE: self.tr("Date"),
            Column.KIND: self.tr("Kind"),
            Column.CHILD: self.tr("Child"),
            Column.SUMMARY: self.tr("Summary"),
        }

    def retranslate(self) -> None:
        """Header words change at once; row texts change when the page reloads them."""
        self._bold = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
