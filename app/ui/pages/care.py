"""The Care page of a child: medication (today's doses and the list), care-plan
goals, the household's appointments, and, in a house for unaccompanied minors,
the young person's procedure, languages and school."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QShowEvent
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
    """Its sections are made when the page is first shown or asked for them: a
    page behind the others at the window's start costs nothing to open."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._sections: _Sections | None = None
        self._minors_house = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        ctx.tasks.run(ctx.household.household, self._household_loaded, lambda _e: None)

    def _made(self) -> _Sections:
        if self._sections is None:
            made = self._sections = _Sections(self.ctx, self)
            self._layout.addWidget(made.tabs)
            made.tabs.show()
            made.tabs.setTabVisible(made.tabs.indexOf(made.minor), self._minors_house)
            self.retranslate()
            if self.child is not None:
                made.set_child(self.child.id)
        return self._sections

    @property
    def sections(self) -> QTabWidget:
        return self._made().tabs

    @property
    def medication(self) -> MedicationPanel:
        return self._made().medication

    @property
    def goals(self) -> GoalsPanel:
        return self._made().goals

    @property
    def agenda(self) -> AgendaPanel:
        return self._made().agenda

    @property
    def minor(self) -> MinorPanel:
        return self._made().minor

    def showEvent(self, event: QShowEvent) -> None:
        self._made()
        super().showEvent(event)

    def _household_loaded(self, household: Household | None) -> None:
        self._minors_house = (
            household is not None and household.household_kind == HouseholdKind.MINORS_HOUSE
        )
        if self._sections is not None:
            tabs = self._sections.tabs
            tabs.setTabVisible(tabs.indexOf(self._sections.minor), self._minors_house)

    def title(self) -> str:
        return self.tr("Care")

    def retranslate(self) -> None:
        made = self._sections
        if made is None:
            return  # the sections take their texts when they are made
        texts = {
            made.medication: self.tr("Medication"),
            made.goals: self.tr("Goals"),
            made.agenda: self.tr("Appointments"),
            made.minor: self.tr("Procedure and languages"),
        }
        for panel, text in texts.items():
            made.tabs.setTabText(made.tabs.indexOf(panel), text)

    def set_child(self, child: Child | None) -> None:
        super().set_child(child)
        if self._sections is not None:
            self._sections.set_child(child.id if child else None)


class _Sections:
    """The Care page's panels, each in a tab of its own."""

    def __init__(self, ctx: UiContext, page: QWidget) -> None:
        self.tabs = QTabWidget(page)
        self.tabs.setDocumentMode(True)
        self.medication = MedicationPanel(ctx)
        self.goals = GoalsPanel(ctx)
        self.agenda = AgendaPanel(ctx)
        self.minor = MinorPanel(ctx)
        for panel in (self.medication, self.goals, self.agenda, self.minor):
            self.tabs.addTab(panel, "")

    def set_child(self, child_id: uuid.UUID | None) -> None:
        for panel in (self.medication, self.goals, self.agenda, self.minor):
            panel.set_child(child_id)
