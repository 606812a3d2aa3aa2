"""Supervisor mode: the households this person supervises on the left of the main
window, each with what waits for review, read on the task queue."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListView, QWidget

from app.services.review import HouseholdQueue, ReviewQueue
from app.ui.context import UiContext
from app.ui.models.households import HouseholdsModel
from app.ui.widgets.guarded import run_for
from app.ui.widgets.side_lists import HouseholdDelegate

# The review keys, which act on the chosen page's current row also from this list.
REVIEW_KEYS = {
    int(Qt.Key.Key_Space.value): "mark",
    int(Qt.Key.Key_Q.value): "question",
    int(Qt.Key.Key_F.value): "follow_up",
}


class HouseholdsList(QObject):
    sig_loaded = Signal()  # the households and their counts were read again
    sig_review_key = Signal(str)  # "mark", "question" or "follow_up", typed in the list

    def __init__(self, ctx: UiContext, review: ReviewQueue, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review = review
        self.model = HouseholdsModel(self)
        self.view = QListView()
        self.view.setObjectName("householdsList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(HouseholdDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.installEventFilter(self)
        self.active = False  # shown (supervisor mode): reads arriving otherwise are dropped
        self._serial = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space, Q and F typed in the list act on the review page's current row."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            what = REVIEW_KEYS.get(int(event.key()))
            if what is not None and modifiers == Qt.KeyboardModifier.NoModifier:
                self.sig_review_key.emit(what)
                return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        """Read the households and their counts again (on the task queue)."""
        self._serial += 1
        serial = self._serial
        run_for(
            self,
            self.ctx.tasks,
            self.review.households,
            lambda rows: self._read(serial, rows),
            self.ctx.events.sig_error.emit,
        )

    def _read(self, serial: int, rows: list[HouseholdQueue]) -> None:
        if serial != self._serial or not self.active:
            return
        current = self.current_household_id()
        self.model.set_households(rows)
        row = self.model.row_of(current)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0 and row != self.view.currentIndex().row():
            self.view.setCurrentIndex(self.model.index(row))
        self.sig_loaded.emit()

    def current_household(self) -> HouseholdQueue | None:
        return self.model.household(self.view.currentIndex().row())

    def current_household_id(self) -> uuid.UUID | None:
        household = self.current_household()
        return household.household_id if household is not None else None
