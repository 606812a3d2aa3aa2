"""The review queue's backlog: "mark everything before a day as reviewed", asked
for a day, confirmed with the number it will mark, done as one audited action and
undone (Edit ▸ Undo) until the next sync carries the marks away."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.records import Review
from app.services.review import Backlog, ReviewQueue
from app.ui.context import UiContext
from app.ui.pages.today_view import qdate
from app.ui.widgets.screen_fit import fit_window


def backlog_changes(household_id: uuid.UUID, target_ids: list[uuid.UUID]) -> ChangeSet:
    """What marking or unmarking these records changes (the queue reads again)."""
    return ChangeSet.of(Review.kind, ids=target_ids, households=[household_id])


class BeforeDialog(QDialog):
    """Asks for the day: everything dated before it is to be marked."""

    def __init__(self, suggested: date, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backlogDialog")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.day = QDateEdit(qdate(suggested))
        self.day.setObjectName("backlogBefore")
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(qdate(today))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.day)
        layout.addWidget(self.buttons)
        fit_window(self, 460, 200)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark the backlog as reviewed"))
        self.explain.setText(
            self.tr(
                "Every record of this household dated before this day will be marked as "
                "reviewed, in one step. You will see how many before anything is marked."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def before(self) -> date:
        chosen: QDate = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())


class BacklogMarked(QUndoCommand):
    """Pushed once the marks are stored (its first redo does nothing). Undo takes
    them back while they wait here; redo marks the same backlog again."""

    def __init__(
        self,
        ctx: UiContext,
        review: ReviewQueue,
        backlog: Backlog,
        text: str,
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.review = review
        self.backlog = backlog
        self.on_error = on_error
        self._fresh = True

    def undo(self) -> None:
        backlog, review = self.backlog, self.review

        def revert() -> ChangeSet:
            targets = review.undo_backlog(backlog.audit_id)
            return backlog_changes(backlog.household_id, targets)

        self.ctx.tasks.run(revert, self.ctx.changed, self.on_error)

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        household, before, review = self.backlog.household_id, self.backlog.before, self.review

        def apply() -> Backlog:
            return review.mark_all_before(household, before)

        def done(backlog: Backlog) -> None:
            self.backlog = backlog
            self.ctx.changed(backlog_changes(backlog.household_id, list(backlog.target_ids)))

        self.ctx.tasks.run(apply, done, self.on_error)
