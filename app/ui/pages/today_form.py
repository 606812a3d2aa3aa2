"""The fields of one daily log, for the Today page and for amendments."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import Problem
from app.domain.vocabulary import Severity
from app.ui.i18n import tr_message
from app.ui.models.timeline import mood_word
from app.ui.pages.today_state import TEXT_FIELDS, empty_fields, normalized

NOT_NOTED = 0
MOODS = (1, 2, 3, 4, 5)
SEVERITIES = (Severity.LOW, Severity.MEDIUM, Severity.HIGH)


class GrowingText(QPlainTextEdit):
    """A multi-line field as tall as its text, between ``min_lines`` and
    ``max_lines``: short notes stay compact, at any font size."""

    def __init__(self, min_lines: int, max_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self._max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(lambda _size: self.updateGeometry())

    def _height(self) -> int:
        # In a QPlainTextEdit the document's height is counted in lines.
        lines = int(self.document().size().height())
        lines = max(self._min_lines, min(self._max_lines, lines))
        margins = self.contentsMargins()
        return (
            lines * self.fontMetrics().lineSpacing()
            + int(2 * self.document().documentMargin())
            + 2 * self.frameWidth()
            + margins.top()
            + margins.bottom()
            + 2
        )

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())


class LogForm(QWidget):
    """Mood, the short fields of the day, the incident flag and free text.

    ``sig_edited`` fires on every change a person makes (not on ``set_values``)."""

    sig_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._read_only = False

        self.mood_label = QLabel()
        self.mood_group = QButtonGroup(self)
        self.mood_buttons: dict[int, QPushButton] = {}
        mood_row = QHBoxLayout()
        for mood in (*MOODS, NOT_NOTED):
            button = QPushButton()
            button.setObjectName("moodButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.mood_group.addButton(button, mood)
            self.mood_buttons[mood] = button
            mood_row.addWidget(button)
        mood_row.addStretch(1)
        self.mood_label.setBuddy(self.mood_buttons[1])
        self.mood_group.idToggled.connect(self._mark_mood)
        self.mood_buttons[NOT_NOTED].setChecked(True)
        self.mood_group.idClicked.connect(lambda _id: self._edited("mood"))

        self.texts: dict[str, GrowingText] = {}
        self.labels: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            edit = GrowingText(5, 16) if name == "text" else GrowingText(2, 8)
            edit.textChanged.connect(lambda name=name: self._edited(name))
            label = QLabel()
            label.setBuddy(edit)
            self.texts[name] = edit
            self.labels[name] = label

        self.flag = QCheckBox()
        self.flag.toggled.connect(self._flag_toggled)
        self.severity_label = QLabel()
        self.severity_group = QButtonGroup(self)
        self.severity_buttons: dict[Severity, QRadioButton] = {}
        severity_row = QHBoxLayout()
        severity_row.addWidget(self.severity_label)
        for severity in SEVERITIES:
            radio = QRadioButton()
            self.severity_group.addButton(radio)
            self.severity_buttons[severity] = radio
            severity_row.addWidget(radio)
        severity_row.addStretch(1)
        self.severity_label.setBuddy(self.severity_buttons[Severity.LOW])
        self.severity_group.buttonClicked.connect(lambda _b: self._edited("severity"))

        self.problem_labels: dict[str, QLabel] = {}
        for name in (*TEXT_FIELDS, "mood", "severity"):
            problem = QLabel()
            problem.setWordWrap(True)
            problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            problem.hide()
            self.problem_labels[name] = problem

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addLayout(self._cell(self.mood_label, mood_row, "mood"), 0, 0, 1, 2)
        pairs = (("sleep", "eating"), ("health", "medication"), ("school", "activities"))
        for row, pair in enumerate(pairs, start=1):
            for column, name in enumerate(pair):
                grid.addLayout(self._cell(self.labels[name], self.texts[name], name), row, column)
        moments = self._cell(self.labels["moments"], self.texts["moments"], "moments")
        grid.addLayout(moments, 4, 0, 1, 2)
        incident = QFrame()
        incident.setFrameShape(QFrame.Shape.StyledPanel)
        incident_layout = QVBoxLayout(incident)
        incident_layout.addWidget(self.flag)
        incident_layout.addLayout(severity_row)
        incident_layout.addWidget(self.problem_labels["severity"])
        incident_layout.addLayout(
            self._cell(self.labels["incident"], self.texts["incident"], "incident")
        )
        grid.addWidget(incident, 5, 0, 1, 2)
        grid.addLayout(self._cell(self.labels["text"], self.texts["text"], "text"), 6, 0, 1, 2)
        grid.setRowStretch(7, 1)

        chain: list[QWidget] = [
            *(self.mood_buttons[m] for m in (*MOODS, NOT_NOTED)),
            *(self.texts[n] for n in TEXT_FIELDS if n not in ("incident", "text")),
            self.flag,
            *self.severity_buttons.values(),
            self.texts["incident"],
            self.texts["text"],
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        # Digits choose from the keyboard: 1–5 on a mood button, 1–3 (the severity)
        # on the incident's checkbox; then the next field has the keyboard.
        for widget in (*self.mood_buttons.values(), self.flag):
            widget.installEventFilter(self)
        self.retranslate()
        self._flag_toggled(False)

    def _cell(self, label: QLabel, field: QWidget | QHBoxLayout, name: str) -> QVBoxLayout:
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(label)
        if isinstance(field, QWidget):
            cell.addWidget(field)
        else:
            cell.addLayout(field)
        cell.addWidget(self.problem_labels[name])
        cell.addSpacing(6)
        return cell

    # Texts ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.mood_label.setText(self.tr("&Mood"))
        for mood, button in self.mood_buttons.items():
            button.setText(mood_word(mood if mood != NOT_NOTED else None))
            # As wide as its word in bold: choosing a mood never shifts its neighbours.
            bold = button.font()
            bold.setBold(True)
            width = QFontMetrics(bold).horizontalAdvance(button.text().replace("&", ""))
            button.setMinimumWidth(width + 2 * QFontMetrics(bold).averageCharWidth())
            if mood == NOT_NOTED:
                button.setAccessibleName(self.tr("Mood not noted"))
                button.setToolTip(self.tr("Mood not noted"))
            else:
                name = self.tr("Mood: %1 (%2 of 5)").replace("%1", mood_word(mood))
                button.setAccessibleName(name.replace("%2", str(mood)))
                button.setToolTip(button.accessibleName())
        labels = {
            "sleep": self.tr("S&leep"),
            "eating": self.tr("Eatin&g"),
            "health": self.tr("Heal&th"),
            "medication": self.tr("Medi&cation given"),
            "school": self.tr("Sch&ool or daycare"),
            "activities": self.tr("Act&ivities"),
            "moments": self.tr("Nota&ble moments"),
            "incident": self.tr("What &happened"),
            "text": self.tr("Other &remarks"),
        }
        for name, text in labels.items():
            self.labels[name].setText(text)
            self.texts[name].setAccessibleName(text.replace("&", ""))
        if not self._read_only:
            self.texts["text"].setPlaceholderText(self.tr("Anything else about the day"))
        self.flag.setText(self.tr("I&ncident: flag this day for the supervisor"))
        self.flag.setToolTip(self.tr("Keys 1, 2, 3 flag the day as low, medium or high"))
        self.flag.setAccessibleName(self.tr("Incident"))
        self.severity_label.setText(self.tr("Severity (required):"))
        names = {
            Severity.LOW: self.tr("Low"),
            Severity.MEDIUM: self.tr("Medium"),
            Severity.HIGH: self.tr("High"),
        }
        for severity, radio in self.severity_buttons.items():
            radio.setText(names[severity])
            radio.setAccessibleName(self.tr("Severity: %1").replace("%1", names[severity]))
        self._update_severity_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not self._read_only
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        ):  # fmt: skip
            digit = event.key() - Qt.Key.Key_0
            if watched in self.mood_buttons.values() and (digit in MOODS or digit == 0):
                self.choose_mood(digit)
                return True
            if watched is self.flag and 1 <= digit <= len(SEVERITIES):
                self.choose_severity(SEVERITIES[digit - 1])
                return True
        return super().eventFilter(watched, event)

    def choose_mood(self, mood: int) -> None:
        """The mood from the keyboard (0: not noted); the keyboard moves on to Sleep."""
        self.mood_buttons[mood].setChecked(True)
        self._edited("mood")
        self.texts["sleep"].setFocus(Qt.FocusReason.TabFocusReason)

    def choose_severity(self, severity: Severity) -> None:
        """Flag the day with this severity; the keyboard moves on to what happened."""
        if not self.flag.isChecked():
            self.flag.setChecked(True)
        self._set_severity(severity)
        self._edited("severity")
        self.texts["incident"].setFocus(Qt.FocusReason.TabFocusReason)

    def focus_start(self) -> None:
        """The keyboard at the start of the form: the chosen mood."""
        button = self.mood_group.checkedButton() or self.mood_buttons[1]
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    # Values -----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        mood = self.mood_group.checkedId()
        values: dict[str, Any] = {name: self.texts[name].toPlainText() for name in TEXT_FIELDS}
        values["mood"] = mood if mood in MOODS else None
        values["flag"] = self.flag.isChecked()
        severity = self._severity() if self.flag.isChecked() else None
        values["severity"] = severity.value if severity is not None else None
        if not self.flag.isChecked():
            values["incident"] = ""  # a day without an incident has nothing to tell of one
        return values

    def set_values(self, values: Mapping[str, Any]) -> None:
        full = normalized(dict(values))
        self._filling = True
        try:
            for name in TEXT_FIELDS:
                if self.texts[name].toPlainText() != (full[name] or ""):
                    self.texts[name].setPlainText(full[name] or "")
            mood = full["mood"] if full["mood"] in MOODS else NOT_NOTED
            self.mood_buttons[mood].setChecked(True)
            self.flag.setChecked(bool(full["flag"]))
            self._set_severity(Severity(full["severity"]) if full["severity"] else None)
        finally:
            self._filling = False
        self.clear_problems()
        self._update_severity_hint()

    def clear(self) -> None:
        self.set_values(empty_fields())

    def is_empty(self) -> bool:
        values = self.values()
        return (
            values["mood"] is None
            and not values["flag"]
            and not any(values[name].strip() for name in TEXT_FIELDS)
        )

    def _severity(self) -> Severity | None:
        for severity, radio in self.severity_buttons.items():
            if radio.isChecked():
                return severity
        return None

    def _set_severity(self, severity: Severity | None) -> None:
        # An exclusive group keeps one button checked; let go of it to clear.
        self.severity_group.setExclusive(False)
        for value, radio in self.severity_buttons.items():
            radio.setChecked(value == severity)
        self.severity_group.setExclusive(True)

    # Editing ----------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        """Read-only buttons stay drawn as enabled (a greyed-out mood is hard to read)
        but take no clicks and no focus."""
        self._read_only = read_only
        for edit in self.texts.values():
            edit.setReadOnly(read_only)
        self.texts["text"].setPlaceholderText(
            "" if read_only else self.tr("Anything else about the day")
        )
        buttons: list[QAbstractButton] = [
            *self.mood_buttons.values(),
            self.flag,
            *self.severity_buttons.values(),
        ]
        for button in buttons:
            button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)
            button.setFocusPolicy(
                Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus
            )
        self._flag_toggled(self.flag.isChecked(), announce=False)

    def _mark_mood(self, mood: int, checked: bool) -> None:
        # The checked look of a button is faint in some styles; bold reads in any palette.
        button = self.mood_buttons[mood]
        font = button.font()
        font.setBold(checked)
        button.setFont(font)

    def is_read_only(self) -> bool:
        return self._read_only

    def _flag_toggled(self, flagged: bool, announce: bool = True) -> None:
        if self._read_only and announce and not self._filling:
            # Its mnemonic still reaches a read-only checkbox: undo the toggle.
            self.flag.blockSignals(True)
            self.flag.setChecked(not flagged)
            self.flag.blockSignals(False)
            return
        for radio in self.severity_buttons.values():
            radio.setEnabled(flagged)
        self.severity_label.setEnabled(flagged)
        # Only with the flag: unflagged, Tab passes it by.
        self.texts["incident"].setEnabled(flagged)
        self.labels["incident"].setEnabled(flagged)
        self._update_severity_hint()
        if announce:
            self._edited("severity")

    def _update_severity_hint(self) -> None:
        """While an incident has no severity the form says so at once, not only on saving."""
        label = self.problem_labels["severity"]
        missing = self.flag.isChecked() and self._severity() is None and not self._read_only
        if missing:
            label.setText(
                "⚠ " + self.tr("Choose a severity: an incident cannot be saved without one.")
            )
        label.setVisible(missing)

    def _edited(self, name: str) -> None:
        if self._filling:
            return
        problem = self.problem_labels.get(name)
        if problem is not None and name != "severity":
            problem.hide()
        if name == "severity":
            self._update_severity_hint()
        self.sig_edited.emit()

    # Problems ---------------------------------------------------------------------
    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Put each problem beside its field; return those that belong to none."""
        self.clear_problems()
        rest = []
        for problem in problems:
            label = self.problem_labels.get(problem.field)
            if label is None:
                rest.append(problem)
                continue
            label.setText("⚠ " + tr_message(problem.message))
            label.show()
        first = next((p.field for p in problems if p.field in self.problem_labels), None)
        if first is not None:
            self.focus_field(first)
        return rest

    def clear_problems(self) -> None:
        for name, label in self.problem_labels.items():
            if name != "severity":
                label.hide()
        self._update_severity_hint()

    def focus_field(self, name: str) -> None:
        target: QAbstractButton | QPlainTextEdit | None
        if name == "mood":
            target = self.mood_group.checkedButton()
        elif name == "severity":
            target = self.severity_buttons[Severity.LOW]
        else:
            target = self.texts.get(name)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
