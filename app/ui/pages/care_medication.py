"""Medication: today's doses as a checklist (a tick notes a dose given, in one
action; a second dose within its interval asks first), refused and skipped
doses with their reason, and the child's medication list. Not a prescribing
tool, and it says so."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.care import Medication, MedicationDose
from app.domain.changes import ChangeSet
from app.domain.vocabulary import DoseOutcome, Role
from app.services.medication import DoseSlot, MedicationService
from app.ui.commands import CreateRecord, DeleteRecord
from app.ui.context import UiContext
from app.ui.dialogs.care import MedicationDialog
from app.ui.models.care import day_text, dose_label
from app.ui.pages.base import later

KINDS = frozenset({Medication.kind, MedicationDose.kind})
SlotRole = Qt.ItemDataRole.UserRole + 1


class DoseChecklist(QWidget):
    """Today's doses of one child: tick one to note it given."""

    sig_loaded = Signal(int)  # the number of doses today

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = MedicationService(ctx.book)
        self.child_id: uuid.UUID | None = None
        self.slots: list[DoseSlot] = []
        self._generation = 0
        self._filling = False
        self.fit = False  # as tall as its lines (beside the Today form)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.itemChanged.connect(self._ticked)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.refused = QPushButton()
        self.refused.clicked.connect(lambda: self.note_not_given(DoseOutcome.REFUSED))
        self.skipped = QPushButton()
        self.skipped.clicked.connect(lambda: self.note_not_given(DoseOutcome.SKIPPED))
        buttons = QHBoxLayout()
        buttons.addWidget(self.refused)
        buttons.addWidget(self.skipped)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._can_write = ctx.book.identity.role == Role.CAREGIVER
        ctx.events.sig_records_changed.connect(self._records_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.refused.setText(self.tr("&Refused…"))
        self.skipped.setText(self.tr("S&kipped…"))
        self.list.setAccessibleName(self.tr("Today's doses"))
        self.empty.setText(self.tr("No doses today."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_child(self, child_id: uuid.UUID | None) -> None:
        self.child_id = child_id
        self.reload()

    def _records_changed(self, changes: ChangeSet) -> None:
        if later(self, changes, self._records_changed):
            return  # its page is behind another: told when it comes to the front
        if changes.concerns(*KINDS):
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        if self.child_id is None:
            self.slots = []
            self._fill()
            return
        generation, child_id, day = self._generation, self.child_id, self.ctx.book.today()
        self.ctx.tasks.run(
            lambda: self.service.checklist(child_id, day),
            lambda slots: self._loaded(generation, slots),
            self.ctx.events.sig_error.emit,
        )

    def _loaded(self, generation: int, slots: list[DoseSlot]) -> None:
        if generation != self._generation:
            return
        self.slots = slots
        self._fill()
        self.sig_loaded.emit(len(slots))

    def _fill(self) -> None:
        self._filling = True
        current = self.list.currentRow()
        self.list.clear()
        for index, slot in enumerate(self.slots):
            med = slot.medication
            text = f"{slot.slot}  {med.name}"
            if med.dose:
                text += f" · {med.dose}"
            if slot.dose is not None:
                text += "  — " + self.tr("%1 at %2 by %3").replace(
                    "%1", dose_label(slot.dose.outcome)
                ).replace("%2", slot.dose.at.strftime("%H:%M")).replace(
                    "%3", self._who(slot.dose.author_id)
                )
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(SlotRole, index)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self._can_write and slot.dose is None:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            given = slot.dose is not None and slot.dose.outcome == DoseOutcome.GIVEN
            item.setCheckState(Qt.CheckState.Checked if given else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)
        self.empty.setVisible(not self.slots)
        self.list.setVisible(bool(self.slots))
        if self.fit:
            rows = max(1, self.list.count())
            row = self.list.sizeHintForRow(0) if self.list.count() else 20
            self.list.setFixedHeight(rows * row + 2 * self.list.frameWidth() + 24)
        self._filling = False

    def _who(self, person_id: uuid.UUID) -> str:
        if person_id == self.ctx.book.identity.user_id:
            return self.ctx.book.identity.display_name
        return self.tr("a colleague")

    def _now(self) -> datetime:
        return datetime.combine(self.ctx.book.today(), datetime.now().time()).replace(
            second=0, microsecond=0
        )

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._filling or item.checkState() != Qt.CheckState.Checked:
            return
        self.give(int(item.data(SlotRole)))

    def give(self, index: int) -> None:
        """Note the dose of line ``index`` given now (asking first when the same
        medicine was given less than its interval ago)."""
        slot = self.slots[index]
        at = self._now()
        self.ctx.tasks.run(
            lambda: self.service.earlier_within(slot.medication, at),
            lambda earlier: self._give(slot, at, earlier),
            self.ctx.events.sig_error.emit,
        )

    def _give(self, slot: DoseSlot, at: datetime, earlier: MedicationDose | None) -> None:
        if earlier is not None:
            answer = QMessageBox.warning(
                self,
                self.tr("Given twice?"),
                self.tr(
                    "%1 was given already at %2, less than its interval ago. "
                    "Note a second dose anyway?"
                )
                .replace("%1", slot.medication.name)
                .replace("%2", earlier.at.strftime("%H:%M")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._fill()
                return
        self._create(slot, DoseOutcome.GIVEN, at, "")

    def _create(self, slot: DoseSlot, outcome: DoseOutcome, at: datetime, note: str) -> None:
        identity = self.ctx.book.identity
        dose = MedicationDose(
            household_id=slot.medication.household_id,
            medication_id=slot.medication.id,
            child_id=slot.medication.child_id,
            author_id=identity.user_id,
            outcome=outcome,
            at=at,
            slot=slot.slot,
            note=note,
        )
        self.ctx.undo.push(CreateRecord(self.ctx, dose, self.tr("Note a dose")))

    def note_not_given(self, outcome: DoseOutcome) -> None:
        row = self.list.currentRow()
        if not self._can_write or not 0 <= row < len(self.slots) or self.slots[row].done:
            return
        reason, ok = QInputDialog.getText(
            self,
            dose_label(outcome),
            self.tr("Why was this dose %1?").replace("%1", dose_label(outcome).lower()),
        )
        if ok and reason.strip():
            self._create(self.slots[row], outcome, self._now(), reason.strip())


class MedicationPanel(QWidget):
    """The medication tab of a child: today's checklist and the list."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = MedicationService(ctx.book)
        self.child_id: uuid.UUID | None = None
        self.medications: list[Medication] = []
        self._generation = 0
        self._can_write = ctx.book.identity.role == Role.CAREGIVER
        self.notice = QLabel()
        self.notice.setObjectName("notPrescribing")
        self.notice.setWordWrap(True)
        self.checklist = DoseChecklist(ctx)
        self.today_box = QGroupBox()
        QVBoxLayout(self.today_box).addWidget(self.checklist)
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setEnabled(self._can_write)
        self.list_box = QGroupBox()
        box = QVBoxLayout(self.list_box)
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.today_box, 1)
        layout.addWidget(self.list_box, 1)
        ctx.events.sig_records_changed.connect(self._records_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.notice.setText(
            self.tr(
                "Not a prescribing tool: the list copies what the doctor prescribed, so that "
                "everyone gives it the same way and notes each dose."
            )
        )
        self.today_box.setTitle(self.tr("Today's doses — tick a dose when it is given"))
        self.list_box.setTitle(self.tr("Medication list"))
        self.add_button.setText(self.tr("&Add medication…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Medicine"),
                self.tr("Dose"),
                self.tr("Times"),
                self.tr("From – until"),
                self.tr("Prescribed by"),
            ]
        )
        self.table.setAccessibleName(self.tr("Medication list"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_child(self, child_id: uuid.UUID | None) -> None:
        self.child_id = child_id
        self.checklist.set_child(child_id)
        self.reload()

    def _records_changed(self, changes: ChangeSet) -> None:
        if later(self, changes, self._records_changed):
            return  # its page is behind another: told when it comes to the front
        if changes.concerns(Medication.kind):
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        if self.child_id is None:
            return
        generation, child_id = self._generation, self.child_id
        self.ctx.tasks.run(
            lambda: self.service.medications(child_id),
            lambda meds: self._loaded(generation, meds),
            self.ctx.events.sig_error.emit,
        )

    def _loaded(self, generation: int, meds: list[Medication]) -> None:
        if generation == self._generation:
            self.medications = meds
            self._fill()

    def _fill(self) -> None:
        locale = self.ctx.languages.locale()
        self.table.setRowCount(len(self.medications))
        for row, med in enumerate(self.medications):
            until = day_text(locale, med.end) if med.end else "…"
            cells = [
                med.name,
                med.dose,
                " ".join(med.times),
                f"{day_text(locale, med.start)} – {until}",
                med.prescribed_by,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def current(self) -> Medication | None:
        row = self.table.currentRow()
        return self.medications[row] if 0 <= row < len(self.medications) else None

    def add(self) -> MedicationDialog | None:
        if self.child_id is None or not self._can_write:
            return None
        dialog = MedicationDialog(self.ctx, self.child_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit(self) -> MedicationDialog | None:
        med = self.current()
        if med is None or self.child_id is None or not self._can_write:
            return None
        dialog = MedicationDialog(self.ctx, self.child_id, med, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove(self) -> None:
        med = self.current()
        if med is not None and self._can_write:
            self.ctx.undo.push(DeleteRecord(self.ctx, med, self.tr("Remove medication")))


class TodayDoses(QGroupBox):
    """Today's doses of the child beside the Today page's form (hidden on a day
    without any): tick one when it is given."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayDoses")
        self.checklist = DoseChecklist(ctx)
        self.checklist.fit = True
        self.checklist.empty.setVisible(False)
        self.checklist.sig_loaded.connect(lambda count: self.setVisible(count > 0))
        QVBoxLayout(self).addWidget(self.checklist)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Doses to give today"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_child(self, child_id: uuid.UUID | None) -> None:
        if child_id is None:
            self.hide()
        self.checklist.set_child(child_id)
