"""The forms of a child's daily care: a medication of the list, a care-plan goal,
an appointment, and what happened at an appointment. Each checks its record
with the services' rules and, when all is well, puts the change on ``ctx.undo``."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, Qt, QTime, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.care import (
    MAX_APPOINTMENT_MINUTES,
    MAX_INTERVAL_HOURS,
    MAX_REMINDER_MINUTES,
    Appointment,
    CareGoal,
    Medication,
)
from app.domain.records import Record
from app.domain.vocabulary import AppointmentKind, AppointmentOutcome, GoalArea, GoalStatus
from app.ui.commands import CreateRecord, UpdateRecord
from app.ui.context import UiContext
from app.ui.dialogs.child import (
    DateField,
    ProblemBox,
    changed_fields,
    fit_dialog,
    fit_list,
    from_qdate,
    to_qdate,
)
from app.ui.models.care import appointment_label, area_label, goal_status_label, outcome_label
from app.ui.models.contacts import CheckListModel


def text_edit(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().height() * lines)
    return edit


class CareDialog(QDialog):
    """A form of rows: label, field; a problem box; OK and Cancel."""

    sig_saved = Signal(object)  # the record as it will be stored

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.problems = ProblemBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.top = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._record: Record | None = None

    def row(self, name: str, field: QWidget) -> None:
        label = QLabel()
        label.setBuddy(field)
        self.labels[name] = label
        self.fields[name] = field
        self.form.addRow(label, field)

    def finish(self, width_em: int = 40) -> None:
        self.retranslate()
        em = self.fontMetrics().horizontalAdvance("M")
        fit_dialog(self, em * width_em, self.sizeHint().height())

    @property
    def record(self) -> Record | None:
        return self._record

    def retranslate(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def store(self, record: Record, command: QUndoCommand | None) -> None:
        """Refuse a record with problems (the first field gets the focus); otherwise
        push its command and close."""
        problems = record.problems(self.ctx.book.today())
        if problems:
            self.problems.show_problems(problems)
            focus = self.fields.get(problems[0].field)
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.problems.clear()
        if command is not None:
            self.ctx.undo.push(command)
        self._record = record
        self.sig_saved.emit(record)
        super().accept()

    def save(self, current: Record | None, fresh: Record, values: dict[str, Any],
             text: str) -> None:  # fmt: skip
        """Create ``fresh``, or change ``current`` by ``values``."""
        if current is None:
            self.store(fresh, CreateRecord(self.ctx, fresh, text))
            return
        changes = changed_fields(current, values)
        record = current.model_copy(update=changes)
        self.store(record, UpdateRecord(self.ctx, current, changes, text) if changes else None)


class MedicationDialog(CareDialog):
    """A medicine of the child's list, as the prescriber decided it."""

    def __init__(
        self,
        ctx: UiContext,
        child_id: uuid.UUID,
        medication: Medication | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.child_id = child_id
        self.medication = medication
        self.notice = QLabel()
        self.notice.setObjectName("notPrescribing")
        self.notice.setWordWrap(True)
        self.top.addWidget(self.notice)
        self.name = QLineEdit()
        self.dose = QLineEdit()
        self.times = QLineEdit()
        self.start = DateField()
        self.has_end = QCheckBox()
        self.end = DateField()
        self.interval = QSpinBox()
        self.interval.setRange(0, MAX_INTERVAL_HOURS)
        self.prescribed_by = QLineEdit()
        self.notes = text_edit()
        for name, field in (
            ("name", self.name), ("dose", self.dose), ("times", self.times),
            ("start", self.start), ("has_end", self.has_end), ("end", self.end),
            ("interval_hours", self.interval), ("prescribed_by", self.prescribed_by),
            ("notes", self.notes),
        ):  # fmt: skip
            self.row(name, field)
        for field in (self.start, self.end):
            field.set_locale(ctx.languages.locale())
        today = ctx.book.today()
        self.start.set_value(medication.start if medication else today)
        self.end.set_value(medication.end if medication and medication.end else today)
        self.has_end.toggled.connect(self.end.setEnabled)
        if medication is not None:
            self.name.setText(medication.name)
            self.dose.setText(medication.dose)
            self.times.setText(" ".join(medication.times))
            self.has_end.setChecked(medication.end is not None)
            self.interval.setValue(medication.interval_hours or 0)
            self.prescribed_by.setText(medication.prescribed_by)
            self.notes.setPlainText(medication.notes)
        self.end.setEnabled(self.has_end.isChecked())
        self.finish()
        self.name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Add medication") if self.medication is None else self.tr("Edit medication")
        )
        self.notice.setText(
            self.tr(
                "Thuisboek is not a prescribing tool: copy what the doctor prescribed, "
                "and ask the doctor or pharmacist about any change."
            )
        )
        texts = {
            "name": self.tr("&Medicine:"),
            "dose": self.tr("&Dose:"),
            "times": self.tr("&Times of day:"),
            "start": self.tr("&From:"),
            "has_end": self.tr("&Until:"),
            "end": "",
            "interval_hours": self.tr("&Hours between doses:"),
            "prescribed_by": self.tr("&Prescribed by:"),
            "notes": self.tr("N&otes:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.has_end.setText(self.tr("It stops on a set day"))
        self.dose.setPlaceholderText(self.tr("e.g. 1 tablet of 5 mg"))
        self.times.setPlaceholderText(self.tr("e.g. 08:00 20:00"))
        self.interval.setSpecialValueText(self.tr("as the times say"))
        self.name.setAccessibleName(self.tr("Medicine"))
        self.times.setAccessibleName(self.tr("Times of day"))

    def values(self) -> dict[str, Any]:
        times = [t.strip() for t in self.times.text().replace(",", " ").split() if t.strip()]
        times = [f"0{t}" if len(t) == 4 and t[1] == ":" else t for t in times]
        return {
            "name": self.name.text().strip(),
            "dose": self.dose.text().strip(),
            "times": times,
            "start": self.start.value(),
            "end": self.end.value() if self.has_end.isChecked() else None,
            "interval_hours": self.interval.value() or None,
            "prescribed_by": self.prescribed_by.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }

    def accept(self) -> None:
        values = self.values()
        fresh = Medication(
            household_id=self.ctx.book.identity.household_id, child_id=self.child_id, **values
        )
        self.save(self.medication, fresh, values, self.tr("Medication"))


class GoalDialog(CareDialog):
    """A goal of the care plan, in the family's words."""

    def __init__(
        self,
        ctx: UiContext,
        child_id: uuid.UUID,
        goal: CareGoal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.child_id = child_id
        self.goal = goal
        self.text = text_edit(2)
        self.area = QComboBox()
        for area in GoalArea:
            self.area.addItem("", area)
        self.start = DateField()
        self.review = DateField()
        self.owner = QLineEdit()
        self.notes = text_edit()
        for name, field in (
            ("text", self.text), ("area", self.area), ("start", self.start),
            ("review_on", self.review), ("owner", self.owner), ("notes", self.notes),
        ):  # fmt: skip
            self.row(name, field)
        today = ctx.book.today()
        for field in (self.start, self.review):
            field.set_locale(ctx.languages.locale())
        self.start.set_value(goal.start if goal else today)
        self.review.set_value(goal.review_on if goal and goal.review_on else today + timedelta(91))
        if goal is not None:
            self.text.setPlainText(goal.text)
            self.area.setCurrentIndex(self.area.findData(goal.area))
            self.owner.setText(goal.owner)
            self.notes.setPlainText(goal.notes)
        self.finish()
        self.text.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add goal") if self.goal is None else self.tr("Edit goal"))
        for i in range(self.area.count()):
            self.area.setItemText(i, area_label(self.area.itemData(i)))
        texts = {
            "text": self.tr("&Goal:"),
            "area": self.tr("&Area:"),
            "start": self.tr("&Start:"),
            "review_on": self.tr("&Review on:"),
            "owner": self.tr("&Who sees to it:"),
            "notes": self.tr("N&otes:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.text.setPlaceholderText(
            self.tr("In the family's words, e.g. “Louise sleeps in her own bed”")
        )
        self.text.setAccessibleName(self.tr("Goal"))

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text.toPlainText().strip(),
            "area": self.area.currentData(),
            "start": self.start.value(),
            "review_on": self.review.value(),
            "owner": self.owner.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }

    def accept(self) -> None:
        values = self.values()
        fresh = CareGoal(
            household_id=self.ctx.book.identity.household_id,
            child_id=self.child_id,
            status=GoalStatus.OPEN,
            **values,
        )
        self.save(self.goal, fresh, values, self.tr("Goal"))


class StatusDialog(CareDialog):
    """A new status for a goal, with a few words (a reason when it is dropped)."""

    def __init__(self, ctx: UiContext, goal: CareGoal, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.goal = goal
        self.status = QComboBox()
        for status in GoalStatus:
            self.status.addItem("", status)
        self.status.setCurrentIndex(self.status.findData(goal.status))
        self.note = text_edit(2)
        self.row("status", self.status)
        self.row("note", self.note)
        self.finish(34)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Status of the goal"))
        for i in range(self.status.count()):
            self.status.setItemText(i, goal_status_label(self.status.itemData(i)))
        self.labels["status"].setText(self.tr("&Status:"))
        self.labels["note"].setText(self.tr("&Why, in a few words:"))

    def chosen(self) -> tuple[GoalStatus, str]:
        return self.status.currentData(), self.note.toPlainText().strip()

    def accept(self) -> None:
        status, note = self.chosen()
        update: dict[str, Any] = {"status": status}
        if status == GoalStatus.DROPPED:
            update["drop_reason"] = note
        record = self.goal.model_copy(update=update)
        problems = record.problems(self.ctx.book.today())
        if problems:
            self.problems.show_problems(problems)
            self.note.setFocus()
            return
        self._record = record
        self.sig_saved.emit(record)
        QDialog.accept(self)


class AppointmentDialog(CareDialog):
    """An appointment of one or more children."""

    def __init__(
        self,
        ctx: UiContext,
        child_items: list[tuple[uuid.UUID, str]],
        relative_items: list[tuple[uuid.UUID, str]],
        child_id: uuid.UUID,
        appointment: Appointment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.appointment = appointment
        self.kind = QComboBox()
        for kind in AppointmentKind:
            self.kind.addItem("", kind)
        self.title = QLineEdit()
        self.starts = QDateTimeEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(0, MAX_APPOINTMENT_MINUTES)
        self.duration.setSingleStep(15)
        self.place = QLineEdit()
        self.who_goes = QLineEdit()
        self.children_model = CheckListModel(self)
        self.children_view = QListView()
        self.children_view.setModel(self.children_model)
        self.relatives_model = CheckListModel(self)
        self.relatives_view = QListView()
        self.relatives_view.setModel(self.relatives_model)
        self.reminder = QSpinBox()
        self.reminder.setRange(-1, MAX_REMINDER_MINUTES)
        self.reminder.setSingleStep(15)
        self.notes = text_edit(2)
        for name, field in (
            ("appointment_kind", self.kind), ("title", self.title), ("starts_at", self.starts),
            ("duration_minutes", self.duration), ("place", self.place),
            ("who_goes", self.who_goes), ("children", self.children_view),
            ("relatives", self.relatives_view), ("reminder_minutes", self.reminder),
            ("notes", self.notes),
        ):  # fmt: skip
            self.row(name, field)
        self.children_model.set_items(
            child_items, set(appointment.children) if appointment else {child_id}
        )
        self.relatives_model.set_items(
            relative_items, set(appointment.relatives) if appointment else set()
        )
        fit_list(self.children_view)
        fit_list(self.relatives_view)
        start = appointment.starts_at if appointment else datetime.combine(
            ctx.book.today() + timedelta(days=1), datetime.min.time()
        ).replace(hour=10)  # fmt: skip
        self.starts.setDateTime(QDateTime(to_qdate(start.date()), QTime(start.hour, start.minute)))
        if appointment is not None:
            self.kind.setCurrentIndex(self.kind.findData(appointment.appointment_kind))
            self.title.setText(appointment.title)
            self.duration.setValue(appointment.duration_minutes or 0)
            self.place.setText(appointment.place)
            self.who_goes.setText(appointment.who_goes)
            self.reminder.setValue(
                -1 if appointment.reminder_minutes is None else appointment.reminder_minutes
            )
            self.notes.setPlainText(appointment.notes)
        else:
            self.duration.setValue(60)
            self.reminder.setValue(60)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.finish(42)
        self.kind.setFocus()

    def _kind_changed(self) -> None:
        family = self.kind.currentData() == AppointmentKind.FAMILY_VISIT
        self.relatives_view.setVisible(family)
        self.labels["relatives"].setVisible(family)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Add appointment") if self.appointment is None else self.tr("Edit appointment")
        )
        for i in range(self.kind.count()):
            self.kind.setItemText(i, appointment_label(self.kind.itemData(i)))
        texts = {
            "appointment_kind": self.tr("&Kind:"),
            "title": self.tr("&What:"),
            "starts_at": self.tr("&When:"),
            "duration_minutes": self.tr("&Duration:"),
            "place": self.tr("&Place:"),
            "who_goes": self.tr("Who &goes:"),
            "children": self.tr("&Children:"),
            "relatives": self.tr("&Family:"),
            "reminder_minutes": self.tr("&Reminder:"),
            "notes": self.tr("N&otes:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("not set"))
        self.reminder.setSuffix(self.tr(" min before"))
        self.reminder.setSpecialValueText(self.tr("none"))
        self.title.setPlaceholderText(self.tr("e.g. check-up, parents' evening"))
        self.who_goes.setPlaceholderText(self.tr("e.g. Anna and the guardian"))

    def values(self) -> dict[str, Any]:
        moment = self.starts.dateTime()
        family = self.kind.currentData() == AppointmentKind.FAMILY_VISIT
        return {
            "appointment_kind": self.kind.currentData(),
            "title": self.title.text().strip(),
            "starts_at": datetime.combine(
                from_qdate(moment.date()), time(moment.time().hour(), moment.time().minute())
            ),
            "duration_minutes": self.duration.value() or None,
            "place": self.place.text().strip(),
            "who_goes": self.who_goes.text().strip(),
            "children": self.children_model.checked_ids(),
            "relatives": self.relatives_model.checked_ids() if family else [],
            "reminder_minutes": None if self.reminder.value() < 0 else self.reminder.value(),
            "notes": self.notes.toPlainText().strip(),
        }

    def accept(self) -> None:
        values = self.values()
        fresh = Appointment(household_id=self.ctx.book.identity.household_id, **values)
        self.save(self.appointment, fresh, values, self.tr("Appointment"))


class OutcomeDialog(CareDialog):
    """What happened at an appointment that is over."""

    def __init__(self, ctx: UiContext, appointment: Appointment,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(ctx, parent)
        self.appointment = appointment
        self.outcome = QComboBox()
        for outcome in AppointmentOutcome:
            self.outcome.addItem("", outcome)
        if appointment.outcome is not None:
            self.outcome.setCurrentIndex(self.outcome.findData(appointment.outcome))
        self.note = text_edit(3)
        self.note.setPlainText(appointment.outcome_note)
        self.row("outcome", self.outcome)
        self.row("outcome_note", self.note)
        self.finish(36)
        self.outcome.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("What happened"))
        for i in range(self.outcome.count()):
            self.outcome.setItemText(i, outcome_label(self.outcome.itemData(i)))
        self.labels["outcome"].setText(self.tr("&The appointment:"))
        self.labels["outcome_note"].setText(self.tr("&What came of it:"))
        self.note.setPlaceholderText(self.tr("e.g. no cavities; next check-up in six months"))

    def values(self) -> dict[str, Any]:
        return {"outcome": self.outcome.currentData(),
                "outcome_note": self.note.toPlainText().strip()}  # fmt: skip

    def accept(self) -> None:
        values = self.values()
        self.save(self.appointment, self.appointment, values, self.tr("What happened"))
