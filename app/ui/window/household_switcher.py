"""Caregiver mode: the households the person works in, above the children list
(a relief carer covers several). One choice switches the whole window; Ctrl+1…9
choose the first nine. Hidden while the person has a single household."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.services.households import HouseholdChoice, HouseholdsService
from app.ui.context import UiContext
from app.ui.widgets.guarded import run_for

SWITCH_KEYS = 9


class HouseholdSwitcher(QWidget):
    sig_leaving = Signal()  # about to leave the household now chosen for another
    sig_switched = Signal(object)  # the household's id, once the window works in it

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("householdSwitcher")
        self.ctx = ctx
        self.service = HouseholdsService(ctx.book)
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("householdCombo")
        self.label.setBuddy(self.combo)
        self.combo.activated.connect(self._activated)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self.choices: list[HouseholdChoice] = []
        self.actions_: list[QAction] = []
        for i in range(SWITCH_KEYS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, i=i: self.choose_row(i))
            self.actions_.append(action)
        self._serial = 0
        self.hide()
        self.retranslate()

    def install_keys(self, window: QWidget) -> None:
        """Ctrl+1…9 work anywhere in ``window``."""
        for action in self.actions_:
            window.addAction(action)

    def reload(self) -> None:
        """Read the person's households and their missing logs again (task queue)."""
        self._serial += 1
        serial = self._serial
        run_for(
            self,
            self.ctx.tasks,
            self.service.choices,
            lambda found: self._read(serial, found),
            self.ctx.events.sig_error.emit,
        )

    def _read(self, serial: int, choices: list[HouseholdChoice]) -> None:
        if serial != self._serial:
            return
        self.choices = choices
        self.combo.blockSignals(True)
        self.combo.clear()
        for i, choice in enumerate(choices):
            self.combo.addItem(self._text(choice), str(choice.household_id))
            if i < SWITCH_KEYS:
                self.combo.setItemData(i, self._tip(i, choice), Qt.ItemDataRole.ToolTipRole)
        current = self.service.current()
        row = next((i for i, c in enumerate(choices) if c.household_id == current), -1)
        self.combo.setCurrentIndex(row)
        self.combo.blockSignals(False)
        self.setVisible(len(choices) > 1)
        for i, action in enumerate(self.actions_):
            action.setEnabled(i < len(choices) and len(choices) > 1)

    def _text(self, choice: HouseholdChoice) -> str:
        name = choice.name or self.tr("(household not synced yet)")
        if choice.missing_today:
            return (
                self.tr("%1 · %n log(s) to write today", "", choice.missing_today)
                .replace("%1", name)
            )  # fmt: skip
        return name

    def _tip(self, row: int, choice: HouseholdChoice) -> str:
        return self.tr("%1 (Ctrl+%2)").replace("%1", choice.name).replace("%2", str(row + 1))

    def _activated(self, row: int) -> None:
        self.choose_row(row)

    def choose_row(self, row: int) -> None:
        """Work in the household on this row (one action: the window follows)."""
        if not 0 <= row < len(self.choices):
            return
        household_id = self.choices[row].household_id
        if self.combo.currentIndex() != row:
            self.combo.setCurrentIndex(row)
        if household_id == self.service.current():
            return
        self.sig_leaving.emit()
        if self.service.switch(household_id):
            self.sig_switched.emit(household_id)

    def current_name(self) -> str:
        current = self.service.current()
        return next((c.name for c in self.choices if c.household_id == current), "")

    def several(self) -> bool:
        return len(self.choices) > 1

    def settle(self) -> uuid.UUID | None:
        """After a sync: a household taken away is left; the household now, if it changed."""
        if self.service.settle():
            return self.service.current()
        return None

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Household:"))
        self.combo.setAccessibleName(self.tr("Household"))
        for i, choice in enumerate(self.choices):
            self.combo.setItemText(i, self._text(choice))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
