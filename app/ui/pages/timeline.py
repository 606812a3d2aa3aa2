"""The Timeline page: every record of a child (or of the whole household), newest
first, with filters, full-text search and a panel that shows one record in full."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.messages import ThuisboekError
from app.domain.records import Child
from app.services import timeline as timeline_service
from app.services.records import Editability
from app.services.timeline import TIMELINE_KINDS, AuthorsRead, Stored, TimelineFilter
from app.ui.commands import DeleteRecord
from app.ui.context import UiContext
from app.ui.i18n import tr_message
from app.ui.models.timeline import (
    PAGE_SIZE,
    Column,
    RecordLabels,
    RowBuilder,
    TimelineModel,
)
from app.ui.pages.base import ChildPage
from app.ui.pages.timeline_detail import TimelineDetail
from app.ui.pages.timeline_filters import TimelineFilterBar
from app.ui.pages.timeline_paint import TimelineDelegate
from app.ui.tasks import Job
from app.ui.widgets.tables import RecordTableView

SEARCH_LIMIT = 500
# Names shown on the rows come from these: a change to them reloads the page too.
NAME_KINDS = frozenset({"child", "relative"})
Names = tuple[dict[uuid.UUID, str], dict[uuid.UUID, str]]
WIDE_DAY = date(2028, 12, 27)  # a Wednesday in a long month: sizes the date column


class TimelineView(RecordTableView):
    """The rows of the timeline, one chosen at a time, scrolled by the pixel,
    painted by a :class:`TimelineDelegate` when it has one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QAbstractItemView.SelectionMode.SingleSelection, parent, stretch_last=True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def paintEvent(self, event: QPaintEvent) -> None:
        start = time.perf_counter()
        delegate = self.itemDelegate()
        if isinstance(delegate, TimelineDelegate):
            delegate.begin()  # what the paint's cells share, looked up once
        super().paintEvent(event)
        model = self.model()
        if isinstance(model, TimelineModel):  # rows go in for what the frame leaves
            model.painted((time.perf_counter() - start) * 1000)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        delegate = self.itemDelegate()
        if isinstance(delegate, TimelineDelegate) and event.type() in _NEW_LOOK:
            delegate.forget()


_NEW_LOOK = frozenset({QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange})


class TimelinePage(ChildPage):
    supports_household = True

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.labels = RecordLabels(self)
        self._stale = False
        self._search_serial = 0
        self._searching = ""
        self._built_language = ""
        # Children's and relatives' names by id, read again when they change.
        self._names: Names = ({}, {})
        self._names_serial = -1  # which version of the names is held
        self._names_wanted = 0
        self._names_reading = False
        # The household whose authors the "Written by" list holds (read again when
        # another household shows or its records change), or none read yet.
        self._authors_of: tuple[uuid.UUID | None] | None = None
        # The first page asked while the page was hidden, behind the other pages' reloads.
        self._queued_page: Job | None = None

        self.filters = TimelineFilterBar(ctx.book.today(), self)
        self.filters.sig_filter_changed.connect(self.refresh)
        self.filters.sig_search_changed.connect(self._search_changed)

        timeline = ctx.timeline
        # Further pages are read on the task queue, then parsed, put in words and
        # into the view a chunk at a time: scrolling never waits for the store.
        self.model = TimelineModel(
            lambda where, after, limit: timeline.page(where, after=after, limit=limit),
            self,
            background=self._in_background,
            stored_rows=lambda where, after, limit: timeline.page_rows(where, after, limit),
        )
        self.model.sig_failed.connect(ctx.events.sig_error.emit)
        self.view = TimelineView()
        self.view.setObjectName("timelineList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(self.model, self.view))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)

        self.delete_action = QAction(self.view)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.view.addAction(self.delete_action)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        # While the page shows, wherever the focus is (also on its tab, just clicked).
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        self.results_label = QLabel()
        self.results_label.setObjectName("timelineResults")
        self.notice = QLabel()
        self.notice.setObjectName("timelineNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.detail = TimelineDetail(ctx)
        self.detail.sig_delete_requested.connect(self._delete_shown)
        self.detail.sig_open_record.connect(self.show_record)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.results_label)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.filters.search, self.view)
        QWidget.setTabOrder(self.view, self.detail.browser)
        QWidget.setTabOrder(self.detail.browser, self.detail.delete_button)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Timeline")

    def retranslate(self) -> None:
        self.labels.retranslate()
        self.model.retranslate()
        self.filters.set_locale(self.ctx.languages.locale())
        self.view.setAccessibleName(self.tr("Records, newest first"))
        self.delete_action.setText(self.tr("&Delete entry"))
        self.find_action.setText(self.tr("&Find"))
        self._size_columns()
        if self._built_language and self._built_language != self.ctx.languages.current:
            self.refresh()  # row texts were made in the previous language

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()

    def set_child(self, child: Child | None) -> None:
        super().set_child(child)
        self.notice.hide()
        self.view.setColumnHidden(Column.CHILD, child is not None)
        self.detail.show_record(None)
        self.refresh()

    def on_records_changed(self, changes: ChangeSet) -> None:
        if not changes.concerns(*TIMELINE_KINDS, *NAME_KINDS):
            return
        if changes.concerns(*NAME_KINDS):
            self._names_wanted += 1
        self._authors_of = None  # someone may have written here for the first time
        if self.isVisible():
            self.refresh(keep_place=True)
        else:
            self._stale = True  # reloaded when shown, not while another page is in front

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        queued, self._queued_page = self._queued_page, None
        if self._stale:
            self.refresh()
        elif queued is not None and not queued.over and not queued.started:
            queued.cancel()  # still waiting in the queue: asked again, first
            self.refresh()

    def refresh(self, *, keep_place: bool = False) -> None:
        """Load the first page again (or search again) and keep the chosen record
        chosen; with ``keep_place``, choose its neighbour when it is gone. The page
        is read on the task queue and shown when it comes."""
        if self.filters.words():
            self._search_changed(self.filters.words())
            return
        self._stale = False
        self._search_serial += 1  # a search still running shows nothing now
        serial = self._search_serial
        keep = self.detail.record_id()
        kept_row = self.view.currentIndex().row() if keep_place else -1
        self.filters.set_today(self.ctx.book.today())
        where = self._filter()
        self._want_names()
        timeline = self.ctx.timeline
        shown = self.isVisible()
        job = self.ctx.tasks.run(
            lambda: timeline.page(where, after=None, limit=PAGE_SIZE),
            lambda first: self._first_page(serial, where, first, keep, kept_row),
            lambda exc: self._first_page_failed(serial, exc),
            first=shown,  # not behind the hidden pages' reloads
        )
        self._queued_page = None if shown else job
        # After the page: the authors are read from the household's whole history.
        if self._authors_of != (where.household_id,):
            self._read_authors(where.household_id)

    def _first_page(
        self,
        serial: int,
        where: TimelineFilter,
        first: timeline_service.TimelinePage,
        keep: uuid.UUID | None,
        kept_row: int,
    ) -> None:
        if serial != self._search_serial or not shiboken6.isValid(self):
            return  # the filter or the words changed while this was read
        # The rows are made with the names known now (read on the same queue, before).
        self.model.load(where, self._builder(), first)
        self._update_results()
        self._reselect(keep, kept_row)

    def _first_page_failed(self, serial: int, exc: Exception) -> None:
        if serial != self._search_serial or not shiboken6.isValid(self):
            return
        if not isinstance(exc, ThuisboekError):
            self.ctx.events.sig_error.emit(exc)
            return
        self.model.clear()
        self._show_notice(tr_message(exc.message))
        self._update_results()
        self._reselect(None, -1)

    def _filter(self) -> TimelineFilter:
        start, end = self.filters.range()
        return TimelineFilter(
            child_id=self.child.id if self.child is not None else None,
            kinds=self.filters.kinds(),
            start=start,
            end=end,
            author_id=self.filters.author_id(),
        )

    def _read_authors(self, household_id: uuid.UUID | None) -> None:
        """The people who wrote in the household, for "Written by": read a step at a
        time on the task queue (the whole history is read), so that a page asked
        meanwhile is read between two steps."""
        self._authors_of = wanted = (household_id,)
        timeline = self.ctx.timeline

        def step(so_far: AuthorsRead) -> None:
            self.ctx.tasks.run(lambda: timeline.authors_step(household_id, so_far), stepped, failed)

        def stepped(found: AuthorsRead) -> None:
            if not shiboken6.isValid(self) or self._authors_of is not wanted:
                return  # another household, or records changed: read again from the start
            if found.done:
                self.filters.set_authors(found.people)
            else:
                step(found)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and self._authors_of is wanted:
                self._authors_of = None
            self.ctx.events.sig_error.emit(exc)

        step(AuthorsRead())

    def _in_background(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> Job:
        """The model's runner for further pages: on the task queue, its outcome
        handed over only while the page is still there."""
        return self.ctx.tasks.run(
            work,
            lambda got: done(got) if shiboken6.isValid(self) else None,
            lambda exc: failed(exc) if shiboken6.isValid(self) else None,
            first=True,  # the person is scrolling
        )

    def _builder(self) -> RowBuilder:
        self._want_names()
        languages = self.ctx.languages
        builder = RowBuilder(
            self.labels,
            languages.locale(),
            languages.current,
            *self._names,
            with_children=self.child is None,
        )
        self.detail.builder = builder
        self._built_language = languages.current
        return builder

    def _want_names(self) -> None:
        """Read the names on the task queue when they are missing or changed; rows
        made meanwhile use the names known so far, and are made again after."""
        if self._names_serial == self._names_wanted or self._names_reading:
            return
        self._names_reading = True
        wanted = self._names_wanted
        household = self.ctx.household

        def read() -> Names:
            children = household.children(include_left=True)
            relatives = household.relatives()
            return {c.id: c.display_name() for c in children}, {r.id: r.name for r in relatives}

        self.ctx.tasks.run(
            read,
            lambda names: self._names_read(wanted, names),
            self._names_failed,
            first=self.isVisible(),
        )

    def _names_read(self, serial: int, names: Names) -> None:
        self._names_reading = False
        self._names = names
        self._names_serial = serial
        if serial != self._names_wanted:
            self._want_names()
        elif self.model.builder is not None and self.model.builder.missing_names:
            self.refresh()  # rows shown lack names they can have now
        else:
            self.model.set_builder(self._builder())

    def _names_failed(self, exc: Exception) -> None:
        self._names_reading = False
        self.ctx.events.sig_error.emit(exc)

    def _reselect(self, record_id: uuid.UUID | None, old_row: int) -> None:
        row = self.model.row_of(record_id) if record_id is not None else -1
        if row < 0 and old_row >= 0 and self.model.rowCount():
            row = min(old_row, self.model.rowCount() - 1)  # the next one, after a delete
        if row < 0:
            self.detail.show_record(None)
            return
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.detail.show_record(self.model.row(row).record_id)  # type: ignore[union-attr]

    def _update_results(self) -> None:
        count = self.model.rowCount()
        if self._searching:
            self.results_label.setText(self.tr("%n result(s)", "", count))
        elif not self.filters.kinds():
            self.results_label.setText(self.tr("Choose at least one kind of record to show."))
        elif count == 0:
            self.results_label.setText(self.tr("Nothing recorded in this period."))
        else:
            self.results_label.setText("")
        self.results_label.setVisible(bool(self.results_label.text()))

    def _size_columns(self) -> None:
        metrics = self.view.fontMetrics()
        sample = RowBuilder(self.labels, self.ctx.languages.locale(), "en", {}, {})
        date_width = metrics.horizontalAdvance(sample.date_text(WIDE_DAY)) + metrics.height()
        kinds = max(metrics.horizontalAdvance(k) for k in self.labels.kinds.values())
        self.view.setColumnWidth(Column.DATE, date_width)
        self.view.setColumnWidth(Column.KIND, kinds + 2 * metrics.height())
        self.view.setColumnWidth(Column.CHILD, metrics.averageCharWidth() * 18)

    def _scrolled(self, value: int) -> None:
        # Fetch a little before the very end, so scrolling does not stop to wait.
        bar = self.view.verticalScrollBar()
        near_end = value >= bar.maximum() - 2 * bar.pageStep()
        # A range of 0 also happens for a moment during a reset: Qt itself fills a
        # view whose rows do not reach the bottom.
        if bar.maximum() > 0 and near_end and self.model.canFetchMore():
            self.model.fetchMore()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row(current.row())
        self.detail.show_record(row.record_id if row else None)

    def show_record(self, record_id: uuid.UUID) -> None:
        """Select a record when it is in the list, else show it in the panel only."""
        row = self.model.row_of(record_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))
        else:
            # No row stays current, so that Del cannot hit another entry than the one shown.
            self.view.setCurrentIndex(QModelIndex())
            self.detail.show_record(record_id)

    # Search -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def _search_changed(self, words: str) -> None:
        self._search_serial += 1
        self._searching = words
        if not words:
            self.refresh()
            return
        serial = self._search_serial
        child_id = self.child.id if self.child is not None else None
        self.ctx.tasks.run(
            lambda: self.ctx.timeline.search(words, child_id, limit=SEARCH_LIMIT),
            lambda found: self._found(serial, found),
            self._search_failed,
            first=self.isVisible(),
        )

    def _found(self, serial: int, found: Sequence[Stored]) -> None:
        if serial != self._search_serial:
            return  # the words changed while this search ran
        self._stale = False
        kinds = set(self.filters.kinds())
        start, end = self.filters.range()
        hits = [
            s
            for s in found
            if s.record.kind in kinds
            and (day := s.record.day()) is not None
            and (start is None or day >= start)
            and (end is None or day <= end)
        ]
        hits.sort(key=lambda s: (s.record.day(), s.rowid), reverse=True)
        keep = self.detail.record_id()
        self.model.show_items(hits, self._builder())
        self._update_results()
        if len(found) >= SEARCH_LIMIT:
            self.results_label.setText(
                self.tr("%n result(s) among the most recent matches; add a word to narrow it.", "",
                        len(hits))
            )  # fmt: skip
        self._reselect(keep, -1)

    def _search_failed(self, exc: Exception) -> None:
        if isinstance(exc, ThuisboekError):
            self._show_notice(tr_message(exc.message))
        else:
            self.ctx.events.sig_error.emit(exc)

    # Deleting ---------------------------------------------------------------------------
    def delete_current(self) -> None:
        """Delete the entry of the current row (the Del key)."""
        row = self.model.row(self.view.currentIndex().row())
        if row is not None:
            self.delete_record(row.record_id)

    def _delete_shown(self) -> None:
        record_id = self.detail.record_id()
        if record_id is not None:
            self.delete_record(record_id)

    def delete_record(self, record_id: uuid.UUID) -> None:
        """Delete an entry the person may still change (undoable), or say why not.
        The record is read on the task queue, as it is stored now."""
        records = self.ctx.records

        def read() -> tuple[Stored, Editability]:
            stored = records.get(record_id)
            return stored, records.editability(stored)

        def failed(exc: Exception) -> None:
            if not shiboken6.isValid(self):
                return
            if isinstance(exc, ThuisboekError):
                self._show_notice(tr_message(exc.message))
            else:
                self.ctx.events.sig_error.emit(exc)

        self.ctx.tasks.run(read, lambda found: self._delete_read(*found), failed)

    def _delete_read(self, stored: Stored, verdict: Editability) -> None:
        if not shiboken6.isValid(self):
            return
        if not verdict.editable:
            reason = tr_message(verdict.reason) if verdict.reason else ""
            self._show_notice(self.tr("This entry cannot be deleted. %1").replace("%1", reason))
            return
        record = stored.record
        builder = self.model.builder or self._builder()
        day = record.day()
        text = (
            self.tr("Delete %1 of %2")
            .replace("%1", builder.labels.kind(record.kind))
            .replace("%2", builder.date_text(day) if day else "")
        )
        self.ctx.undo.push(DeleteRecord(self.ctx, record, text))
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self._show_notice(self.tr("Entry deleted. %1 brings it back.").replace("%1", undo))

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
