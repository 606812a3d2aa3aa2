"""Today's and tomorrow's appointments of the household, one line above the pages."""

from __future__ import annotations

import html
from datetime import timedelta

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.care import Appointment
from app.domain.changes import ChangeSet
from app.domain.records import Child
from app.services.appointments import Agenda, AppointmentService
from app.ui.context import UiContext
from app.ui.models.care import colon
from app.ui.pages.care_agenda import appointment_line


class UpcomingAppointments(QLabel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("upcomingAppointments")
        self.setWordWrap(True)
        self.service = AppointmentService(ctx.book)
        self.agenda: Agenda | None = None
        self._generation = 0
        ctx.events.sig_records_changed.connect(self._records_changed)
        self.hide()

    def _records_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(Appointment.kind, Child.kind):
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)

    def reload(self) -> None:
        self._generation += 1
        generation, today = self._generation, self.ctx.book.today()
        self.ctx.tasks.run(
            lambda: self.service.agenda(today, today + timedelta(days=1)),
            lambda agenda: self._loaded(generation, agenda),
            lambda _exc: None,
        )

    def _loaded(self, generation: int, agenda: Agenda) -> None:
        if generation == self._generation:
            self.agenda = agenda
            self._fill()

    def _fill(self) -> None:
        agenda = self.agenda
        if agenda is None:
            return
        lines = []
        for day, label in ((agenda.start, self.tr("Today")),
                           (agenda.end, self.tr("Tomorrow"))):  # fmt: skip
            items = [a for a in agenda.on(day) if a.outcome is None]
            if items:
                lines.append(
                    f"<b>{html.escape(colon(label))}</b> "
                    + html.escape(" · ".join(appointment_line(a, agenda) for a in items))
                )
        self.setText("<br>".join(lines))
        self.setAccessibleName(self.tr("Today's and tomorrow's appointments"))
        self.setVisible(bool(lines))
