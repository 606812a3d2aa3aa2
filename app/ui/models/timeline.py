"""A child's (or the household's) records, newest first, for the Timeline page.

The store can hold tens of thousands of entries, so the model never holds them
all: it loads one page by keyset cursor and pulls the next through Qt's
incremental loading (``canFetchMore``/``fetchMore``) as the view nears the end.
Each record's display strings are made once, when it arrives, so that ``data()``
only hands them out.

Scrolling stays within a frame: given a ``background`` runner, a further page is
read off the UI thread, and its rows go into the view a chunk per turn of the
event loop. Given ``stored_rows`` too, the runner only reads (SQLite reads and
decrypts without holding Python's interpreter lock) and each chunk is parsed
and put in words as it goes in: Python work on a reader thread would hold that
lock while the UI thread waits for it to draw (measured: frames of 35-50 ms
wall for 7 ms of the UI thread's own work), where a chunk between two frames
costs a frame a millisecond or two. Rows are kept as plain tuples of strings,
which the garbage collector does not walk (a ``TimelineRow`` is made when one
is asked for): a collection never grows with the rows scrolled through.
"""

from __future__ import annotations

import functools
import logging
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from operator import attrgetter
from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)

from app.domain.attachments import Attachment
from app.domain.catalog import load_catalog
from app.domain.handover import Handover
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
    WellbeingCheck,
    parse_record,
)
from app.domain.story import Keepsake
from app.domain.vocabulary import ContactKind, ContactStatus, MilestoneStatus, ReviewMark, Severity
from app.services.timeline import (
    Stored,
    StoredRow,
    TimelineCursor,
    TimelineFilter,
    TimelinePage,
    TimelineRows,
)
from app.ui.models.kind_icons import kind_icon
from app.ui.models.rows import Index, RecordIdRole, RowsModel
from app.ui.models.shifts import shift_text

log = logging.getLogger(__name__)

Pager = Callable[[TimelineFilter, TimelineCursor | None, int], TimelinePage]
RowsPager = Callable[[TimelineFilter, TimelineCursor | None, int], TimelineRows]

PAGE_SIZE = 200
BACKGROUND_PAGE = 500  # rows read at a time off the UI thread
CHUNK_ROWS = 50  # rows put into the view at once
PARSE_STEP = 10  # stored rows parsed and put in words between two looks at the clock
PARSE_ROWS = 150  # the most stored rows a turn puts into the view (in one insert)
# A turn of the event loop puts rows in for what a frame leaves after painting
# them (FRAME_WORK_MS in all: a frame's 16.7 ms keep room for the rest of the
# machine), between FEED_MIN_MS and FEED_MS.
FRAME_WORK_MS = 4.5
FEED_MS = 2.0
FEED_MIN_MS = 0.5
SNIPPET_CHARS = 90

WARNING_PICTURE = "!"  # a flagged log's summary shows the style's warning sign
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
            Handover.kind: self.tr("Handover"),
        }
        # The records that are not entries, for lists that show any kind of record.
        self.other_kinds = {
            Child.kind: self.tr("Child profile"),
            Relative.kind: self.tr("Relative"),
            Household.kind: self.tr("Household"),
            Person.kind: self.tr("Person"),
            ConflictRevision.kind: self.tr("Conflict"),
            WellbeingCheck.kind: self.tr("Well-being check"),
            Attachment.kind: self.tr("Photo or document"),
            Keepsake.kind: self.tr("Kept for the book"),
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
        """The mood in words with its number, as the report writes it: "Okay (3/5)"."""
        return f"{mood_word(mood)} ({mood}/5)"

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

    @classmethod
    def of(cls, cells: Cells) -> TimelineRow:
        record_id, kind, day, date_text, kind_text, children, summary, flagged, amends = cells
        return cls(
            uuid.UUID(record_id), kind, day, date_text, kind_text, children, summary, flagged,
            uuid.UUID(amends) if amends else None,
        )  # fmt: skip


# A row as the model keeps it: a tuple of strings, a date and a flag, which the
# garbage collector stops tracking (ids as text: a UUID object would be tracked).
Cells = tuple[str, str, date, str, str, str, str, bool, str | None]
ID: Final = 0
KIND: Final = 1
DATE_TEXT: Final = 3
KIND_TEXT: Final = 4
CHILDREN_TEXT: Final = 5
SUMMARY: Final = 6
FLAGGED: Final = 7
AMENDS: Final = 8
Background = Callable[
    [Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], object
]


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
        return TimelineRow.of(self.cells(stored))

    def cells(self, stored: Stored) -> Cells:
        """A record in words, as the model keeps it. Safe on a worker thread (the
        words of the labels are read, never changed, here)."""
        return self.record_cells(stored.record)

    def record_cells(self, record: Record) -> Cells:
        """The same, from the record alone (the rows of a timeline need no more)."""
        day = record.day() or date.min
        amends = record.amends_id if isinstance(record, Entry) else None
        return (
            str(record.id),
            record.kind,
            day,
            self.date_text(day),
            self.labels.kind(record.kind),
            self.names(record.child_ids(), self.child_names) if self.with_children else "",
            self.summary(record),
            isinstance(record, DailyLog) and record.flag,
            str(amends) if amends is not None else None,
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
        elif isinstance(record, Handover):
            parts.append(shift_text(record.shift))
            parts.append(snippet(record.text))
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


# The cell that holds each column's words, by column.
_TEXT_AT: tuple[int, ...] = (DATE_TEXT, KIND_TEXT, CHILDREN_TEXT, SUMMARY)
# The roles the rows answer, as plain integers (compared for every cell painted).
_DISPLAY: Final = int(Qt.ItemDataRole.DisplayRole)
_DECORATION: Final = int(Qt.ItemDataRole.DecorationRole)
_FONT: Final = int(Qt.ItemDataRole.FontRole)
_TOOLTIP: Final = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE: Final = int(Qt.ItemDataRole.AccessibleTextRole)
_ANSWERED: Final = frozenset(
    {_DISPLAY, _DECORATION, _FONT, _TOOLTIP, _ACCESSIBLE}
    | {int(r) for r in (RecordIdRole, KindRole, FlaggedRole, AmendsRole)}
)


class TimelineModel(RowsModel[TimelineRow]):
    """The rows of a timeline, loaded a page at a time (or a fixed list of search hits).

    Without ``background`` a further page is read in ``fetchMore`` itself; with it,
    ``background(work, done, failed)`` runs ``work`` off the UI thread and hands
    its outcome to ``done`` or ``failed`` on the UI thread: a page read by
    ``stored_rows`` when given (parsed here, a chunk at a time), else by ``pager``."""

    sig_failed = Signal(object)  # an Exception from loading a further page
    columns = tuple(Column)
    row_key = attrgetter("record_id")

    def __init__(
        self,
        pager: Pager,
        parent: QObject | None = None,
        *,
        background: Background | None = None,
        stored_rows: RowsPager | None = None,
    ) -> None:
        super().__init__(parent)
        self._pager = pager
        self._background = background
        self._stored_rows = stored_rows
        self._cells: list[Cells] = []
        self._where: TimelineFilter | None = None
        self._cursor: TimelineCursor | None = None
        self._builder: RowBuilder | None = None
        self._fetching = False
        self._generation = 0  # which filling a page read in the background belongs to
        self._loading = False  # a page is being read in the background
        self._arrived: list[Cells] = []  # read, not yet in the view
        self._unparsed: list[StoredRow] = []  # read as stored, not yet in words
        self._feed_ms = FEED_MS  # how long a turn puts rows in (see ``painted``)
        self._feeder = QTimer(self)
        self._feeder.setSingleShot(True)
        self._feeder.setInterval(0)
        self._feeder.timeout.connect(self._feed)

    # Filling ------------------------------------------------------------------------
    def load(
        self, where: TimelineFilter, builder: RowBuilder, first: TimelinePage | None = None
    ) -> None:
        """Start over with the first page of ``where``: ``first`` when it was read
        already, else read here (may raise what the service raises)."""
        if first is None:
            first = self._pager(where, None, PAGE_SIZE)
        cells = [builder.cells(s) for s in first.items]
        self._start_over(where, builder, cells, first.next_cursor)

    def show_items(self, items: Sequence[Stored], builder: RowBuilder) -> None:
        """Show a fixed list (search hits); nothing more is fetched."""
        self._start_over(None, builder, [builder.cells(s) for s in items], None)

    def clear(self) -> None:
        self._start_over(None, self._builder, [], None)

    def _start_over(
        self,
        where: TimelineFilter | None,
        builder: RowBuilder | None,
        cells: list[Cells],
        cursor: TimelineCursor | None,
    ) -> None:
        with self.fetching_paused():
            self.beginResetModel()
            self._generation += 1  # a page still being read for the old rows is dropped
            self._loading = False
            self._arrived = []
            self._unparsed = []
            self._feeder.stop()
            self._where = where
            self._builder = builder
            self._cells = cells
            self._cursor = cursor
            self.endResetModel()

    @property
    def builder(self) -> RowBuilder | None:
        return self._builder

    def set_builder(self, builder: RowBuilder) -> None:
        """Make further pages with ``builder`` (the rows already made stay as they are)."""
        self._builder = builder

    @property
    def complete(self) -> bool:
        """Every row of the filling is in the view: nothing more to read or put in."""
        return self._cursor is None and not self._loading and not self._waiting()

    def _waiting(self) -> int:
        """Rows read, not yet in the view."""
        return len(self._arrived) + len(self._unparsed)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._cursor is not None
            and self._where is not None
            and not self._fetching  # a view may ask again while rows are being inserted
            and not self._loading  # one page read at a time, in order
            and self._waiting() < BACKGROUND_PAGE  # the next is read while these go in
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._where is not None and self._builder is not None
        pager, where, cursor, builder = self._pager, self._where, self._cursor, self._builder
        generation = self._generation
        limit = PAGE_SIZE if self._background is None else BACKGROUND_PAGE

        def read() -> tuple[list[Cells], TimelineCursor | None]:
            page = pager(where, cursor, limit)
            return [builder.cells(s) for s in page.items], page.next_cursor

        if self._background is not None and self._stored_rows is not None:
            stored_rows = self._stored_rows
            self._loading = True
            self._background(
                lambda: stored_rows(where, cursor, limit),
                lambda got: self._read_stored(generation, got),
                lambda exc: self._failed(generation, exc),
            )
            return
        if self._background is None:
            with self.fetching_paused():
                try:
                    got = read()
                except Exception as exc:  # called by the view: an escaping error would be lost
                    self._failed(generation, exc)
                    return
                self._read(generation, got)
            return
        self._loading = True
        self._background(
            read,
            lambda got: self._read(generation, got),
            lambda exc: self._failed(generation, exc),
        )

    def _read(self, generation: int, got: tuple[list[Cells], TimelineCursor | None]) -> None:
        if generation != self._generation:
            return  # the rows were replaced while this page was read
        self._loading = False
        cells, self._cursor = got
        if self._background is None:
            self._insert(cells)
            return
        self._arrived += cells
        if not self._feeder.isActive():
            self._feed()

    def _read_stored(self, generation: int, got: TimelineRows) -> None:
        if generation != self._generation:
            return  # the rows were replaced while this page was read
        self._loading = False
        self._cursor = got.next_cursor
        self._unparsed += got.rows
        if not self._feeder.isActive():
            self._feed()

    def _feed(self) -> None:
        """Put rows read into the view for what a frame leaves after its paint (at
        most FEED_MS), the rest at the next turn of the event loop, so that each
        frame stays short. Stored rows are
        parsed a few at a time between looks at the clock, and the turn's rows go
        into the view at once (one insert for the view to lay out, not one per
        few rows)."""
        until = time.perf_counter() + self._feed_ms / 1000
        with self.fetching_paused():
            while self._arrived:
                chunk, self._arrived = self._arrived[:CHUNK_ROWS], self._arrived[CHUNK_ROWS:]
                self._insert(chunk)
                if time.perf_counter() >= until:
                    break
            parsed: list[Cells] = []
            while self._unparsed and not self._arrived and len(parsed) < PARSE_ROWS:
                rows = self._unparsed[:PARSE_STEP]
                del self._unparsed[:PARSE_STEP]
                try:
                    parsed += self._parsed(rows)
                except Exception as exc:  # a record this app cannot read
                    parsed = []  # the turn's rows go in together or not at all
                    self._unparsed = []
                    self._generation += 1  # and a page still being read is dropped
                    self._failed(self._generation, exc)
                    break
                if time.perf_counter() >= until:
                    break
            self._insert(parsed)
        if self._waiting():
            self._feeder.start()

    def painted(self, ms: float) -> None:
        """A view painted these rows in ``ms``: the next turns put rows in for
        what is left of a frame's work."""
        self._feed_ms = min(FEED_MS, max(FEED_MIN_MS, FRAME_WORK_MS - ms))

    def _parsed(self, rows: list[StoredRow]) -> list[Cells]:
        builder = self._builder
        assert builder is not None
        return [builder.record_cells(parse_record(r[1], r[2])) for r in rows]

    def _insert(self, cells: list[Cells]) -> None:
        if not cells:
            return
        start = len(self._cells)
        self.beginInsertRows(QModelIndex(), start, start + len(cells) - 1)
        self._cells.extend(cells)
        self.endInsertRows()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._cursor = None
        log.error("loading more of the timeline failed: %s", type(exc).__name__)
        self.sig_failed.emit(exc)

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
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def row(self, row: int) -> TimelineRow | None:
        return TimelineRow.of(self._cells[row]) if 0 <= row < len(self._cells) else None

    def rows(self) -> list[TimelineRow]:
        return [TimelineRow.of(c) for c in self._cells]

    def row_of(self, key: object) -> int:
        """The row of the record with id ``key``, or -1."""
        wanted = str(key)
        for i, cells in enumerate(self._cells):
            if cells[ID] == wanted:
                return i
        return -1

    def cell(self, row: int, column: int) -> tuple[str, str, bool] | None:
        """What a cell shows, for painting it in one call: its words, its picture
        (a record kind, ``WARNING_PICTURE`` or "") and whether the row is flagged."""
        if not 0 <= row < len(self._cells) or not 0 <= column < len(_TEXT_AT):
            return None
        item = self._cells[row]
        flagged = item[FLAGGED]
        if column == Column.KIND:
            picture = item[KIND]
        elif column == Column.SUMMARY and flagged:
            picture = WARNING_PICTURE
        else:
            picture = ""
        texts = (item[DATE_TEXT], item[KIND_TEXT], item[CHILDREN_TEXT], item[SUMMARY])
        return texts[column], picture, flagged

    def record_ids(self) -> list[uuid.UUID]:
        return [uuid.UUID(c[ID]) for c in self._cells]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every cell painted, most of them for roles these
        # rows do not answer: those return at once, the rest with as little as may.
        if role not in _ANSWERED:
            return None
        row = index.row()  # -1 for an invalid index (a table's cells have no children)
        if not 0 <= row < len(self._cells):
            return None
        item = self._cells[row]
        column = index.column()
        if role == _DISPLAY:
            return item[_TEXT_AT[column]] if 0 <= column < len(_TEXT_AT) else None
        if role == _DECORATION:
            if column == Column.KIND:
                return kind_icon(item[KIND])
            if column == Column.SUMMARY and item[FLAGGED]:
                return self._warning_icon()
            return None
        if role == _FONT:
            return self._bold_font() if item[FLAGGED] else None
        if role == _TOOLTIP:
            return item[_TEXT_AT[column]] if column in (Column.CHILD, Column.SUMMARY) else None
        if role == _ACCESSIBLE:
            texts = (item[DATE_TEXT], item[KIND_TEXT], item[CHILDREN_TEXT], item[SUMMARY])
            return ", ".join(t for t in texts if t)
        if role == RecordIdRole:
            return item[ID]
        if role == KindRole:
            return item[KIND]
        if role == FlaggedRole:
            return item[FLAGGED]
        if role == AmendsRole:
            return item[AMENDS]
        return None

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
