"""A minor's file (a house for unaccompanied minors): legal status, the steps of
the procedure with their dates, the languages spoken and learnt, school and
training. The guardian and the lawyer are relatives (Contacts page)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.care import LanguageEntry, MinorFile, StepEntry
from app.domain.changes import ChangeSet
from app.domain.messages import ValidationFailed
from app.domain.records import Record
from app.domain.vocabulary import LanguageLevel, LegalStatus, ProcedureStep, Role
from app.services.changes import changes_of
from app.services.minors import MinorService
from app.ui.context import UiContext
from app.ui.dialogs.care import text_edit
from app.ui.dialogs.child import DateField, ProblemBox
from app.ui.models.care import legal_label, level_label, step_label
from app.ui.pages.base import later


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class MinorPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = MinorService(ctx.book)
        self.child_id: uuid.UUID | None = None
        self.file: MinorFile | None = None
        self._generation = 0
        self._can_write = ctx.book.identity.role == Role.CAREGIVER
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.legal = QComboBox()
        self.legal.addItem("", None)
        for status in LegalStatus:
            self.legal.addItem("", status)
        self.school = QLineEdit()
        self.training = QLineEdit()
        self.notes = text_edit(2)
        self.labels = {k: QLabel() for k in ("legal", "school", "training", "notes")}
        form = QFormLayout()
        for key, field in (("legal", self.legal), ("school", self.school),
                           ("training", self.training), ("notes", self.notes)):  # fmt: skip
            self.labels[key].setBuddy(field)
            form.addRow(self.labels[key], field)
        self.steps = _table(3)
        self.add_step = QPushButton()
        self.add_step.clicked.connect(lambda: self._step_row(None))
        self.remove_step = QPushButton()
        self.remove_step.clicked.connect(lambda: self.steps.removeRow(self.steps.currentRow()))
        self.steps_box = QGroupBox()
        box = QVBoxLayout(self.steps_box)
        box.addWidget(self.steps)
        box.addLayout(self._buttons(self.add_step, self.remove_step))
        self.languages = _table(3)
        self.add_language = QPushButton()
        self.add_language.clicked.connect(lambda: self._language_row(None))
        self.remove_language = QPushButton()
        self.remove_language.clicked.connect(
            lambda: self.languages.removeRow(self.languages.currentRow())
        )
        self.languages_box = QGroupBox()
        box = QVBoxLayout(self.languages_box)
        box.addWidget(self.languages)
        box.addLayout(self._buttons(self.add_language, self.remove_language))
        self.problems = ProblemBox()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        tables = QHBoxLayout()
        tables.addWidget(self.steps_box, 1)
        tables.addWidget(self.languages_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addLayout(tables, 1)
        layout.addWidget(self.problems)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.saved_label, 1)
        layout.addLayout(bottom)
        for widget in (self.add_step, self.remove_step, self.add_language,
                       self.remove_language, self.save_button):  # fmt: skip
            widget.setEnabled(self._can_write)
        ctx.events.sig_records_changed.connect(self._records_changed)
        self.retranslate()

    @staticmethod
    def _buttons(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "For a young person who came alone: the procedure, the languages and school. "
                "Add the guardian and the lawyer on the Contacts page."
            )
        )
        for i in range(self.legal.count()):
            self.legal.setItemText(i, legal_label(self.legal.itemData(i)))
        self.labels["legal"].setText(self.tr("&Legal status:"))
        self.labels["school"].setText(self.tr("&School:"))
        self.labels["training"].setText(self.tr("&Training:"))
        self.labels["notes"].setText(self.tr("N&otes:"))
        self.steps_box.setTitle(self.tr("Procedure"))
        self.steps.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Date"), self.tr("Note")])
        self.languages_box.setTitle(self.tr("Languages"))
        self.languages.setHorizontalHeaderLabels(
            [self.tr("Language"), self.tr("Level"), self.tr("Learning here")]
        )
        self.add_step.setText(self.tr("Add &step"))
        self.remove_step.setText(self.tr("Remove step"))
        self.add_language.setText(self.tr("Add lan&guage"))
        self.remove_language.setText(self.tr("Remove language"))
        self.save_button.setText(self.tr("Sa&ve"))
        for row in range(self.steps.rowCount()):
            combo = self.steps.cellWidget(row, 0)
            if isinstance(combo, QComboBox):
                for i in range(combo.count()):
                    combo.setItemText(i, step_label(combo.itemData(i)))
        for row in range(self.languages.rowCount()):
            combo = self.languages.cellWidget(row, 1)
            if isinstance(combo, QComboBox):
                for i in range(combo.count()):
                    combo.setItemText(i, level_label(combo.itemData(i)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _step_row(self, step: StepEntry | None) -> None:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        combo = QComboBox()
        for kind in ProcedureStep:
            combo.addItem(step_label(kind), kind)
        day = DateField()
        day.set_locale(self.ctx.languages.locale())
        day.set_value(step.on if step else self.ctx.book.today())
        if step is not None:
            combo.setCurrentIndex(combo.findData(step.step))
        elif row:
            combo.setCurrentIndex(min(row, combo.count() - 1))
        self.steps.setCellWidget(row, 0, combo)
        self.steps.setCellWidget(row, 1, day)
        self.steps.setItem(row, 2, QTableWidgetItem(step.note if step else ""))

    def _language_row(self, entry: LanguageEntry | None) -> None:
        row = self.languages.rowCount()
        self.languages.insertRow(row)
        combo = QComboBox()
        for level in LanguageLevel:
            combo.addItem(level_label(level), level)
        learning = QCheckBox()
        if entry is not None:
            combo.setCurrentIndex(combo.findData(entry.level))
            learning.setChecked(entry.learning)
        self.languages.setItem(row, 0, QTableWidgetItem(entry.language if entry else ""))
        self.languages.setCellWidget(row, 1, combo)
        self.languages.setCellWidget(row, 2, learning)
        if entry is None:
            self.languages.setCurrentCell(row, 0)
            first = self.languages.item(row, 0)
            if first is not None:
                self.languages.editItem(first)

    def set_child(self, child_id: uuid.UUID | None) -> None:
        self.child_id = child_id
        self.reload()

    def _records_changed(self, changes: ChangeSet) -> None:
        if later(self, changes, self._records_changed):
            return  # its page is behind another: told when it comes to the front
        if changes.concerns(MinorFile.kind):
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        if self.child_id is None:
            return
        generation, child_id = self._generation, self.child_id
        self.ctx.tasks.run(
            lambda: self.service.file(child_id),
            lambda found: self._loaded(generation, found),
            self.ctx.events.sig_error.emit,
        )

    def _loaded(self, generation: int, found: MinorFile | None) -> None:
        if generation != self._generation:
            return
        self.file = found
        self.legal.setCurrentIndex(self.legal.findData(found.legal_status) if found else 0)
        self.school.setText(found.school if found else "")
        self.training.setText(found.training if found else "")
        self.notes.setPlainText(found.notes if found else "")
        self.steps.setRowCount(0)
        for step in found.sorted_steps() if found else []:
            self._step_row(step)
        self.languages.setRowCount(0)
        for entry in found.languages if found else []:
            self._language_row(entry)
        self.steps.resizeColumnsToContents()
        self.problems.clear()

    def values(self) -> dict[str, Any]:
        steps = []
        for row in range(self.steps.rowCount()):
            combo, day = self.steps.cellWidget(row, 0), self.steps.cellWidget(row, 1)
            note = self.steps.item(row, 2)
            assert isinstance(combo, QComboBox) and isinstance(day, DateField)
            steps.append({"step": combo.currentData(), "on": day.value(),
                          "note": note.text().strip() if note else ""})  # fmt: skip
        languages = []
        for row in range(self.languages.rowCount()):
            name = self.languages.item(row, 0)
            combo, learning = self.languages.cellWidget(row, 1), self.languages.cellWidget(row, 2)
            assert isinstance(combo, QComboBox) and isinstance(learning, QCheckBox)
            languages.append({"language": name.text().strip() if name else "",
                              "level": combo.currentData(),
                              "learning": learning.isChecked()})  # fmt: skip
        return {
            "legal_status": self.legal.currentData(),
            "steps": steps,
            "languages": languages,
            "school": self.school.text().strip(),
            "training": self.training.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }

    def save(self) -> None:
        if self.child_id is None or not self._can_write:
            return
        values = self.values()
        check = MinorFile.model_validate(
            {
                "household_id": self.ctx.book.identity.household_id,
                "child_id": self.child_id,
                **values,
            }
        )
        problems = check.problems(self.ctx.book.today())
        if problems:
            self.problems.show_problems(problems)
            return
        self.problems.clear()
        child_id, household = self.child_id, self.ctx.book.identity.household_id

        def failed(exc: Exception) -> None:
            if isinstance(exc, ValidationFailed):
                self.problems.show_problems(exc.problems)
            else:
                self.ctx.events.sig_error.emit(exc)

        def saved(written: Record) -> None:
            self.saved_label.setText(self.tr("Saved."))
            self.ctx.changed(changes_of(written))

        self.ctx.tasks.run(lambda: self.service.save(child_id, household, **values), saved, failed)
