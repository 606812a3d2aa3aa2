"""Appointments: the household's week, day by day; an appointment added or
changed; after its time, what happened in one action (for a family visit, the
contact note opens filled in); one child's appointments as an iCalendar file."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.care import Appointment
from app.domain.changes import ChangeSet
from app.domain.records import Child, ContactNote, Relative
from app.domain.vocabulary import (
    AppointmentKind,
    AppointmentOutcome,
    ContactKind,
    ContactStatus,
    Role,
)
from app.services.appointments import Agenda, AppointmentService, monday_of
from app.services.changes import changes_of
from app.ui.commands import DeleteRecord
from app.ui.context import UiContext
from app.ui.dialogs.care import AppointmentDialog, OutcomeDialog
from app.ui.dialogs.contact_note import ContactNoteDialog
from app.ui.models.care import appointment_label, colon, day_text, outcome_label
from app.ui.pages.base import later

KINDS = frozenset({Appointment.kind, Child.kind, Relative.kind})
AppointmentRole = Qt.ItemDataRole.UserRole + 1


def appointment_line(item: Appointment, agenda: Agenda) -> str:
    """10:30 Dentist: check-up — Lotte — Gent (Anna)."""
    text = f"{item.starts_at.strftime('%H:%M')}  {appointment_label(item.appointment_kind)}"
    if item.title:
        text = f"{colon(text)} {item.title}"
    names = ", ".join(agenda.child_names.get(c, "?") for c in item.children)
    if names:
        text += f" — {names}"
    if item.place:
        text += f" — {item.place}"
    if item.who_goes:
        text += f" ({item.who_goes})"
    return text


class AgendaPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = AppointmentService(ctx.book)
        self.child_id: uuid.UUID | None = None
        self.monday = monday_of(ctx.book.today())
        self.agenda: Agenda | None = None
        self.exported: Path | None = None
        self._generation = 0
        self._can_write = ctx.book.identity.role == Role.CAREGIVER
        self.week_label = QLabel()
        font = self.week_label.font()
        font.setBold(True)
        self.week_label.setFont(font)
        self.previous = QPushButton()
        self.previous.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.this_week = QPushButton()
        self.this_week.clicked.connect(lambda: self.show_week(monday_of(ctx.book.today())))
        self.following = QPushButton()
        self.following.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        top = QHBoxLayout()
        top.addWidget(self.previous)
        top.addWidget(self.this_week)
        top.addWidget(self.following)
        top.addSpacing(12)
        top.addWidget(self.week_label, 1)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.itemDoubleClicked.connect(lambda *_a: self.edit())
        self.tree.currentItemChanged.connect(lambda *_a: self._update_actions())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit)
        self.outcome_button = QPushButton()
        self.outcome_button.clicked.connect(self.record_outcome)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.family_names = QCheckBox()
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.outcome_button,
                       self.delete_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.family_names)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        ctx.events.sig_records_changed.connect(self._records_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.previous.setText(self.tr("◀ &Previous week"))
        self.this_week.setText(self.tr("This &week"))
        self.following.setText(self.tr("&Next week ▶"))
        self.add_button.setText(self.tr("&Add appointment…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.outcome_button.setText(self.tr("What &happened…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.export_button.setText(self.tr("E&xport calendar…"))
        self.family_names.setText(self.tr("with the family's names"))
        self.family_names.setToolTip(
            self.tr(
                "The file for a phone leaves out the names of the birth family, and the "
                "title and place of family visits, unless you tick this."
            )
        )
        self.tree.setAccessibleName(self.tr("Appointments of the week"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_child(self, child_id: uuid.UUID | None) -> None:
        self.child_id = child_id
        self.reload()

    def show_week(self, monday: date) -> None:
        self.monday = monday
        self.reload()

    def _records_changed(self, changes: ChangeSet) -> None:
        if later(self, changes, self._records_changed):
            return  # its page is behind another: told when it comes to the front
        if changes.concerns(*KINDS):
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, monday = self._generation, self.monday
        self.ctx.tasks.run(
            lambda: self.service.week(monday),
            lambda agenda: self._loaded(generation, agenda),
            self.ctx.events.sig_error.emit,
        )

    def _loaded(self, generation: int, agenda: Agenda) -> None:
        if generation == self._generation:
            self.agenda = agenda
            self._fill()

    def _fill(self) -> None:
        chosen = self.current()
        self.tree.clear()
        locale = self.ctx.languages.locale()
        sunday = self.monday + timedelta(days=6)
        self.week_label.setText(
            self.tr("Week of %1 to %2")
            .replace("%1", day_text(locale, self.monday, "d MMMM"))
            .replace("%2", day_text(locale, sunday, "d MMMM yyyy"))
        )
        if self.agenda is None:
            return
        today = self.ctx.book.today()
        now = datetime.now()
        for offset in range(7):
            day = self.monday + timedelta(days=offset)
            head = QTreeWidgetItem([day_text(locale, day, "dddd d MMMM")])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if day == today:
                head.setText(0, self.tr("%1 (today)").replace("%1", head.text(0)))
            self.tree.addTopLevelItem(head)
            items = self.agenda.on(day)
            if not items:
                none = QTreeWidgetItem(["    " + self.tr("—")])
                none.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(none)
            for appointment in items:
                text = "    " + appointment_line(appointment, self.agenda)
                if appointment.outcome is not None:
                    text += f"  [{outcome_label(appointment.outcome)}]"
                elif appointment.ends_at() <= now:
                    text += "  [" + self.tr("what happened?") + "]"
                line = QTreeWidgetItem([text])
                line.setData(0, AppointmentRole, appointment.id)
                if chosen is not None and chosen.id == appointment.id:
                    self.tree.addTopLevelItem(line)
                    self.tree.setCurrentItem(line)
                    continue
                self.tree.addTopLevelItem(line)
        self._update_actions()

    def current(self) -> Appointment | None:
        item = self.tree.currentItem()
        if item is None or self.agenda is None:
            return None
        wanted = item.data(0, AppointmentRole)
        return next((a for a in self.agenda.appointments if a.id == wanted), None)

    def _update_actions(self) -> None:
        chosen = self.current()
        self.add_button.setEnabled(self._can_write and self.child_id is not None)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(self._can_write and chosen is not None)
        over = chosen is not None and chosen.starts_at.date() <= self.ctx.book.today()
        self.outcome_button.setEnabled(self._can_write and over)
        self.export_button.setEnabled(self.child_id is not None)

    # Actions ------------------------------------------------------------------------
    def _items(self) -> tuple[list[tuple[uuid.UUID, str]], list[tuple[uuid.UUID, str]]]:
        agenda = self.agenda
        if agenda is None:
            return [], []
        return list(agenda.child_names.items()), list(agenda.relative_names.items())

    def add(self) -> AppointmentDialog | None:
        if self.child_id is None or not self._can_write:
            return None
        children, relatives = self._items()
        dialog = AppointmentDialog(self.ctx, children, relatives, self.child_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit(self) -> AppointmentDialog | None:
        chosen = self.current()
        if chosen is None or self.child_id is None or not self._can_write:
            return None
        children, relatives = self._items()
        dialog = AppointmentDialog(self.ctx, children, relatives, self.child_id, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete(self) -> None:
        chosen = self.current()
        if chosen is not None and self._can_write:
            self.ctx.undo.push(DeleteRecord(self.ctx, chosen, self.tr("Delete appointment")))

    def record_outcome(self) -> OutcomeDialog | ContactNoteDialog | None:
        """What happened: a family visit opens its contact note filled in; any
        other appointment asks how it went."""
        chosen = self.current()
        if chosen is None or not self._can_write or self.agenda is None:
            return None
        if chosen.appointment_kind == AppointmentKind.FAMILY_VISIT and chosen.outcome is None:
            return self._visit_note(chosen, self.agenda)
        dialog = OutcomeDialog(self.ctx, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _visit_note(self, visit: Appointment, agenda: Agenda) -> ContactNoteDialog:
        children, relatives = self._items()
        first = visit.children[0] if visit.children else self.child_id
        assert first is not None
        dialog = ContactNoteDialog(self.ctx, relatives, children, first, parent=self)
        dialog.kind.setCurrentIndex(dialog.kind.findData(ContactKind.VISIT))
        dialog.status.setCurrentIndex(dialog.status.findData(ContactStatus.HAPPENED))
        dialog.date.set_value(visit.starts_at.date())
        dialog.duration.setValue(visit.duration_minutes or 0)
        dialog.place.setText(visit.place)
        dialog.relatives_model.set_items(relatives, set(visit.relatives))
        dialog.children_model.set_items(children, set(visit.children))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        visit_id = visit.id

        def saved(note: object) -> None:
            assert isinstance(note, ContactNote)
            self.ctx.tasks.run(
                lambda: self.service.record_outcome(
                    visit_id, AppointmentOutcome.HAPPENED, contact_note_id=note.id
                ),
                lambda written: self.ctx.changed(changes_of(written)),
                self.ctx.events.sig_error.emit,
            )

        dialog.sig_saved.connect(saved)
        dialog.open()
        return dialog

    def export(self, path: str | None = None) -> None:
        """One child's appointments as an iCalendar file, for a phone."""
        if self.child_id is None:
            return
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export calendar"),
                str(Path.home() / "afspraken.ics"),
                self.tr("Calendar files (*.ics)"),
            )
        if not path:
            return
        child_id, names = self.child_id, self.family_names.isChecked()
        labels = {kind: appointment_label(kind) for kind in AppointmentKind}
        target = Path(path)

        def write() -> Path:
            target.write_bytes(self.service.calendar(child_id, labels, family_names=names))
            return target

        def done(written: Path) -> None:
            self.exported = written
            QMessageBox.information(
                self,
                self.tr("Export calendar"),
                self.tr("The appointments were saved in %1.").replace("%1", str(written)),
            )

        self.ctx.tasks.run(write, done, self.ctx.events.sig_error.emit)
