"""Supervisor mode: the chosen household's whole story — the caregivers' timeline,
per child or for the household, with its filters and full-text search — read
only, each record shown with its reviews, questions and answers.

Showing a record is "opening" it, noted for the central office's audit log, as
in the review queue (``ReviewQueue.opened``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QWidget

from app.domain.changes import ChangeSet
from app.domain.handover import Handover
from app.domain.records import Child
from app.services.across import AcrossHouseholds
from app.services.review import ReviewQueue
from app.services.timeline import Stored, TimelineFilter
from app.ui.context import UiContext
from app.ui.models.words import Words
from app.ui.pages.base import in_household
from app.ui.pages.review_queue_detail import QueueDetail
from app.ui.pages.timeline import SEARCH_LIMIT, Names, TimelinePage
from app.ui.widgets.guarded import run_for

WHOLE_HOUSEHOLD = ""  # the child chooser's first entry


class SupervisorTimelinePage(TimelinePage):
    """The timeline of the household chosen on the left, read only."""

    def __init__(
        self,
        ctx: UiContext,
        review: ReviewQueue | None = None,
        across: AcrossHouseholds | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.household_id: uuid.UUID | None = None
        self._children: list[Child] = []
        super().__init__(ctx, parent)
        self.setObjectName("supervisorTimeline")
        self.review = review or ReviewQueue(ctx.book, ctx.records)
        self.across = across or AcrossHouseholds(ctx.book, self.review)
        # The record panel of the review queue: read only, with the review thread.
        self.words = Words(self)
        old = self.detail
        splitter = old.parentWidget()
        assert isinstance(splitter, QSplitter)
        self.detail = QueueDetail(ctx, self.review, self.words)
        self.detail.sig_open_record.connect(self.show_record)
        splitter.replaceWidget(splitter.indexOf(old), self.detail)
        self.splitter = splitter
        self._sized = False
        old.deleteLater()
        self.delete_action.setEnabled(False)  # nothing of the household is changed here
        self.filters.add_kind(Handover.kind)  # the notes the household's people leave

        self.who_label = QLabel()
        self.who = QComboBox()
        self.who.setObjectName("timelineChild")
        self.who.setMinimumContentsLength(24)
        self.who_label.setBuddy(self.who)
        self.who.currentIndexChanged.connect(lambda _i: self._who_changed())
        row = QHBoxLayout()
        row.addWidget(self.who_label)
        row.addWidget(self.who)
        row.addStretch(1)
        layout = self.layout()
        assert layout is not None
        layout.insertLayout(0, row)  # type: ignore[attr-defined]
        self.retranslate()

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Its own words, else the timeline page's: PySide finds an inherited
        translation by the class hierarchy, but not a plural one ("%n result(s)")."""
        untranslated = text.replace("%n", str(n)) if n >= 0 else text
        for context in ("SupervisorTimelinePage", "TimelinePage"):
            out = QCoreApplication.translate(context, text, disambiguation, n)
            if out != untranslated:
                return out
        return untranslated

    def title(self) -> str:
        return self.tr("Timeline")

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "who"):
            return  # the base class retranslates before this page's widgets exist
        languages = self.ctx.languages
        self.words.set_language(languages.locale(), languages.current)
        self.who_label.setText(self.tr("&Whose story:"))
        if self.who.count():
            self.who.setItemText(0, self.tr("The whole household"))
        self.detail.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the list above keeps the larger part, as on the caregivers'
            self._sized = True
            height = max(self.splitter.height(), 500)
            self.splitter.setSizes([height * 3 // 5, height * 2 // 5])

    # Which household and child -----------------------------------------------------------
    def set_household(self, household_id: uuid.UUID | None) -> None:
        if household_id == self.household_id:
            return
        self.household_id = household_id
        self._names = ({}, {})
        self._names_wanted += 1
        self._children = []
        self.who.blockSignals(True)
        self.who.clear()
        self.who.blockSignals(False)
        super().set_child(None)
        if household_id is not None:
            self._read_children(household_id)

    def _read_children(self, household_id: uuid.UUID) -> None:
        across = self.across
        run_for(
            self,
            self.ctx.tasks,
            lambda: across.people(household_id)[0],
            lambda children: self._children_read(household_id, children),
            self.ctx.events.sig_error.emit,
        )

    def _children_read(self, household_id: uuid.UUID, children: list[Child]) -> None:
        if household_id != self.household_id:
            return
        chosen = self.child.id if self.child is not None else None
        self._children = children
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("The whole household"), WHOLE_HOUSEHOLD)
        for child in children:
            self.who.addItem(child.display_name(), str(child.id))
        index = self.who.findData(str(chosen)) if chosen is not None else 0
        self.who.setCurrentIndex(max(index, 0))
        self.who.blockSignals(False)

    def _who_changed(self) -> None:
        key = str(self.who.currentData() or "")
        child = next((c for c in self._children if str(c.id) == key), None)
        super().set_child(child)

    def choose_child(self, child_id: uuid.UUID | None) -> None:
        """Show one child's story (None: the whole household)."""
        index = self.who.findData(str(child_id)) if child_id is not None else 0
        if index >= 0:
            self.who.setCurrentIndex(index)

    def on_records_changed(self, changes: ChangeSet) -> None:
        if in_household(changes, self.household_id):
            super().on_records_changed(changes)
            if changes.concerns("child") and self.household_id is not None:
                self._read_children(self.household_id)

    # What the base page reads, for this household -------------------------------------
    def refresh(self, *, keep_place: bool = False) -> None:
        if self.household_id is None:
            self.model.clear()
            self.detail.show_record(None)
            self._update_results()
            return
        super().refresh(keep_place=keep_place)

    def _filter(self) -> TimelineFilter:
        return replace(super()._filter(), household_id=self.household_id)

    def _want_names(self) -> None:
        if self._names_serial == self._names_wanted or self._names_reading:
            return
        household = self.household_id
        if household is None:
            return
        self._names_reading = True
        wanted = self._names_wanted
        across = self.across

        def read() -> Names:
            _children, children, relatives = across.people(household)
            return children, relatives

        def done(names: Names) -> None:
            if shiboken6.isValid(self):
                self._names_read(wanted, names)

        self.ctx.tasks.run(read, done, self._names_failed, first=self.isVisible())

    def _search_changed(self, words: str) -> None:
        if self.household_id is None:
            return
        self._search_serial += 1
        self._searching = words
        if not words:
            self.refresh()
            return
        serial = self._search_serial
        child_id = self.child.id if self.child is not None else None
        household = self.household_id
        timeline = self.ctx.timeline

        def found(hits: Sequence[Stored]) -> None:
            if shiboken6.isValid(self):
                self._found(serial, hits)

        self.ctx.tasks.run(
            lambda: timeline.search(words, child_id, limit=SEARCH_LIMIT, household_id=household),
            found,
            self._search_failed,
            first=self.isVisible(),
        )

    def delete_record(self, record_id: uuid.UUID) -> None:
        """Nothing is deleted from a supervisor's reading."""
