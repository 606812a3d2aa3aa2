"""The Care page of a child: medication (today's doses and the list), care-plan
goals, the household's appointments, and, in a house for unaccompanied minors,
the young person's procedure, languages and school."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.domain.records import Child, Household
from app.domain.vocabulary import HouseholdKind
from app.ui.context import UiContext
from app.ui.pages.base import ChildPage
from app.ui.pages.care_agenda import AgendaPanel
from app.ui.pages.care_goals import GoalsPanel
from app.ui.pages.care_medication import MedicationPanel
from app.ui.pages.care_minor import MinorPanel


class CarePage(ChildPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.medication = MedicationPanel(ctx)
        self.goals = GoalsPanel(ctx)
        self.agenda = AgendaPanel(ctx)
        self.minor = MinorPanel(ctx)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        for panel in (self.medication, self.goals, self.agenda, self.minor):
            self.sections.addTab(panel, "")
        self._minors_house = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)
        ctx.tasks.run(ctx.household.household, self._household_loaded, lambda _e: None)
        self.retranslate()

    def _household_loaded(self, household: Household | None) -> None:
        self._minors_house = (
            household is not None and household.household_kind == HouseholdKind.MINORS_HOUSE
        )
        self.sections.setTabVisible(self.sections.indexOf(self.minor), self._minors_house)

    def title(self) -> str:
        return self.tr("Care")

    def retranslate(self) -> None:
        texts = {
            self.medication: self.tr("Medication"),
            self.goals: self.tr("Goals"),
            self.agenda: self.tr("Appointments"),
            self.minor: self.tr("Procedure and languages"),
        }
        for panel, text in texts.items():
            self.sections.setTabText(self.sections.indexOf(panel), text)

    def set_child(self, child: Child | None) -> None:
        super().set_child(child)
        child_id = child.id if child else None
        for panel in (self.medication, self.goals, self.agenda, self.minor):
            panel.set_child(child_id)
