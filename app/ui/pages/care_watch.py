"""The supervisor's view of the households' daily care: goals past their review
date and doses missed or refused in the last week."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.care import CareGoal, GoalStep, Medication, MedicationDose
from app.domain.changes import ChangeSet
from app.domain.records import Child
from app.services.care_watch import DOSE_DAYS, CareWatch, Watch
from app.ui.context import UiContext
from app.ui.models.care import colon, day_text, dose_label, short_moment

KINDS = frozenset({CareGoal.kind, GoalStep.kind, Medication.kind, MedicationDose.kind,
                   Child.kind})  # fmt: skip


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CareWatchPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = CareWatch(ctx.book)
        self.watch: Watch | None = None
        self.household_id: uuid.UUID | None = None  # None: every household
        self._generation = 0
        self.goals_box = QGroupBox()
        self.goals = _table(4)
        self.goals_empty = QLabel()
        box = QVBoxLayout(self.goals_box)
        box.addWidget(self.goals_empty)
        box.addWidget(self.goals)
        self.doses_box = QGroupBox()
        self.doses = _table(5)
        self.doses_empty = QLabel()
        box = QVBoxLayout(self.doses_box)
        box.addWidget(self.doses_empty)
        box.addWidget(self.doses)
        layout = QVBoxLayout(self)
        layout.addWidget(self.goals_box, 1)
        layout.addWidget(self.doses_box, 1)
        self._stale = True  # read again when next shown
        ctx.events.sig_records_changed.connect(self._records_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Care plans")

    def retranslate(self) -> None:
        self.goals_box.setTitle(self.tr("Goals past their review date"))
        self.doses_box.setTitle(
            self.tr("Doses missed or refused (last %1 days)").replace("%1", str(DOSE_DAYS))
        )
        self.goals.setHorizontalHeaderLabels(
            [self.tr("Household"), self.tr("Child"), self.tr("Review on"), self.tr("Goal")]
        )
        self.doses.setHorizontalHeaderLabels(
            [
                self.tr("Household"),
                self.tr("Child"),
                self.tr("When"),
                self.tr("Medicine"),
                self.tr("What happened"),
            ]
        )
        self.goals_empty.setText(self.tr("No goal is past its review date."))
        self.doses_empty.setText(self.tr("No dose was missed or refused."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_household(self, household_id: uuid.UUID | None) -> None:
        """Show the chosen household's goals and doses (None: every household's)."""
        self.household_id = household_id
        self._fill()

    def _mine(self, watch: Watch, child_id: uuid.UUID) -> bool:
        child = watch.children.get(child_id)
        return self.household_id is None or (
            child is not None and child.household_id == self.household_id
        )

    def _records_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(*KINDS):
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read what to show, when shown (a supervisor's tab: caregivers never see it)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation, today = self._generation, self.ctx.book.today()
        now = datetime.combine(today, datetime.now().time())
        self.ctx.tasks.run(
            lambda: self.service.watch(today, now),
            lambda watch: self._loaded(generation, watch),
            self.ctx.events.sig_error.emit,
        )

    def _loaded(self, generation: int, watch: Watch) -> None:
        if generation == self._generation:
            self.watch = watch
            self._fill()

    def _fill(self) -> None:
        watch = self.watch
        locale = self.ctx.languages.locale()
        goals = [g for g in watch.goals if self._mine(watch, g.child_id)] if watch else []
        doses = [d for d in watch.doses if self._mine(watch, d.child_id)] if watch else []
        self.goals.setRowCount(len(goals))
        for row, goal in enumerate(goals):
            assert watch is not None
            child = watch.children.get(goal.child_id)
            cells = [watch.household_of(goal.child_id), child.display_name() if child else "",
                     day_text(locale, goal.review_on) if goal.review_on else "",
                     goal.text]  # fmt: skip
            for column, text in enumerate(cells):
                self.goals.setItem(row, column, QTableWidgetItem(text))
        self.doses.setRowCount(len(doses))
        for row, missed in enumerate(doses):
            assert watch is not None
            child = watch.children.get(missed.child_id)
            what = self.tr("Not noted")
            if missed.dose is not None:
                what = dose_label(missed.dose.outcome)
                if missed.dose.note:
                    what = f"{colon(what)} {missed.dose.note}"
            cells = [watch.household_of(missed.child_id), child.display_name() if child else "",
                     short_moment(locale, missed.due), missed.medication.name, what]  # fmt: skip
            for column, text in enumerate(cells):
                self.doses.setItem(row, column, QTableWidgetItem(text))
        for table in (self.goals, self.doses):
            table.resizeColumnsToContents()
        self.goals_empty.setVisible(watch is not None and not goals)
        self.doses_empty.setVisible(watch is not None and not doses)
