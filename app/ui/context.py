"""What every window and page of an unlocked profile shares."""

from __future__ import annotations

from functools import cached_property

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.domain.changes import ChangeSet
from app.services.daily import DailyLogService
from app.services.household import HouseholdService
from app.services.profile import Book
from app.services.records import RecordService
from app.services.timeline import TimelineService
from app.ui.i18n import Languages
from app.ui.settings import Settings
from app.ui.tasks import Executor


class Events(QObject):
    """Announced once per change, so that each view decides itself whether to
    refresh (as Anki's operations do)."""

    sig_records_changed = Signal(object)  # the ChangeSet of what was written
    sig_error = Signal(object)  # an Exception to show to the person


class UiContext:
    def __init__(
        self,
        book: Book,
        languages: Languages,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        self.book = book
        self.languages = languages
        self.settings = settings
        self.tasks = Executor(parent)
        self.undo = QUndoStack(parent)
        self.events = Events(parent)

    @cached_property
    def records(self) -> RecordService:
        return RecordService(self.book)

    @cached_property
    def household(self) -> HouseholdService:
        return HouseholdService(self.book)

    @cached_property
    def daily(self) -> DailyLogService:
        return DailyLogService(self.book)

    @cached_property
    def timeline(self) -> TimelineService:
        return TimelineService(self.book)

    def changed(self, changes: ChangeSet) -> None:
        """Announce what a unit of work wrote; a change of nothing is not announced."""
        if changes:
            self.events.sig_records_changed.emit(changes)
