"""The side panel of the Milestones page: the chosen item in full, its history,
and the form for a new observation (status, date observed, note)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import MEDIUM_TEXT
from app.domain.vocabulary import MilestoneStatus
from app.services.milestones import MilestoneRow
from app.ui.models.milestones import MilestonesModel

STATUSES = (MilestoneStatus.NOT_YET, MilestoneStatus.EMERGING, MilestoneStatus.ACHIEVED)
# How many earlier observations the panel lists under the current one.
HISTORY_SHOWN = 6


def _wrapping_label(selectable: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ObservationPanel(QGroupBox):
    """Shows one milestone and takes a new observation of it."""

    sig_save = Signal(object, object, str)  # MilestoneStatus, date, note
    sig_done = Signal()  # the person is done here; focus may go back to the list

    def __init__(self, model: MilestonesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.row: MilestoneRow | None = None
        self._read_only = False

        self.item_label = _wrapping_label(selectable=True)
        bold = self.item_label.font()
        bold.setBold(True)
        self.item_label.setFont(bold)
        self.about_label = _wrapping_label(selectable=True)
        self.window_note = _wrapping_label()
        # Framed like a hint, in the palette's own colours: information, not an alarm.
        self.window_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.window_note.setMargin(6)
        self.window_note.setObjectName("pastWindowNote")

        self.status_box = QComboBox()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(MEDIUM_TEXT)
        self.note_edit.setClearButtonEnabled(True)
        self.note_edit.returnPressed.connect(self._save)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._save)
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status_box)
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date_edit)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # What is on record now, above the new observation the form takes.
        self.now_title = QLabel()
        self.now_label = _wrapping_label()
        self.now_label.setObjectName("milestoneNow")
        form.addRow(self.now_title, self.now_label)
        form.addRow(self.status_label, self.status_box)
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.note_label, self.note_edit)
        self.feedback = _wrapping_label()
        self.feedback.setObjectName("feedback")
        self.feedback.hide()
        self.history_title = QLabel()
        self.history_label = _wrapping_label(selectable=True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.item_label)
        layout.addWidget(self.about_label)
        layout.addWidget(self.window_note)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.feedback)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history_label)
        layout.addStretch(1)
        for widget in (self.status_box, self.date_edit, self.note_edit, self.save_button):
            widget.installEventFilter(self)
        self.setTabOrder(self.status_box, self.date_edit)
        self.setTabOrder(self.date_edit, self.note_edit)
        self.setTabOrder(self.note_edit, self.save_button)
        self.retranslate()
        self.show_row(None)

    # What the page asks ---------------------------------------------------------------
    def observed_on(self) -> date:
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def reset_date(self, today: date, earliest: date | None) -> None:
        self.date_edit.setMaximumDate(_qdate(today))
        self.date_edit.setMinimumDate(_qdate(earliest) if earliest else QDate(1900, 1, 1))
        self.date_edit.setDate(_qdate(today))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_enabled()

    def focus_note(self) -> None:
        if self.note_edit.isEnabled():
            self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.note_edit.selectAll()

    def show_feedback(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    def show_row(self, row: MilestoneRow | None) -> None:
        """Show a milestone (None: nothing chosen) and prepare the form for it."""
        changed = row is None or self.row is None or row.item.id != self.row.item.id
        self.row = row
        self.show_feedback("")
        if row is None:
            self.item_label.setText(self.tr("Choose a milestone in the list."))
            self.about_label.clear()
            self.window_note.hide()
            self.history_title.hide()
            self.history_label.clear()
            self.now_label.clear()
            self.note_edit.clear()
        else:
            self._describe(row)
            if changed:
                current = row.current
                status = current.status if current else MilestoneStatus.ACHIEVED
                self.status_box.setCurrentIndex(STATUSES.index(status))
                self.note_edit.setText(current.note if current else "")
        self._update_enabled()

    def _describe(self, row: MilestoneRow) -> None:
        model, item = self.model, row.item
        self.item_label.setText(item.label(model.language))
        about = [
            self.tr("Age: %1").replace("%1", model.age_text(item)),
            model.domain_text(item.domain),
        ]
        note = item.note_label(model.language)
        if note:
            about.append(note)
        about.append(model.source_text(item))
        self.about_label.setText("\n".join(about))
        self.window_note.setText(model.past_window_text(item))
        self.window_note.setVisible(row.past_window)
        lines = [
            self.tr("%1: %2")
            .replace("%1", model.date_text(seen.observed_on))
            .replace("%2", model.status_text(seen.status))
            + (f" — {seen.note}" if seen.note else "")
            for seen in row.history[:HISTORY_SHOWN]
        ]
        if len(row.history) > HISTORY_SHOWN:
            lines.append(self.tr("… and %n earlier", "", len(row.history) - HISTORY_SHOWN))
        self.history_title.setVisible(True)
        self.history_label.setText("\n".join(lines) if lines else self.tr("Not observed yet."))
        current = row.current
        self.now_label.setText(
            self.tr("%1 (%2)")
            .replace("%1", model.status_text(current.status))
            .replace("%2", model.date_text(current.observed_on))
            if current is not None
            else self.tr("Not observed yet.")
        )

    def _update_enabled(self) -> None:
        enabled = self.row is not None and not self._read_only
        for widget in (self.status_box, self.date_edit, self.note_edit, self.save_button):
            widget.setEnabled(enabled)

    def _save(self) -> None:
        if self.row is None or self._read_only:
            return
        status = STATUSES[self.status_box.currentIndex()]
        self.sig_save.emit(status, self.observed_on(), self.note_edit.text())

    # Texts and keys -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Observation"))
        self.now_title.setText(self.tr("On record:"))
        index = max(0, self.status_box.currentIndex())
        self.status_box.clear()
        self.status_box.addItems([self.model.status_text(s) for s in STATUSES])
        self.status_box.setCurrentIndex(index)
        self.status_label.setText(self.tr("New s&tatus:"))
        self.date_label.setText(self.tr("&Date observed:"))
        self.note_label.setText(self.tr("N&ote:"))
        self.save_button.setText(self.tr("&Record observation"))
        self.history_title.setText(self.tr("History:"))
        self.status_box.setAccessibleName(self.tr("Status"))
        self.date_edit.setAccessibleName(self.tr("Date observed"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("What did you see? (optional)"))
        self.save_button.setAccessibleName(self.tr("Record observation"))
        self.date_edit.setDisplayFormat(
            self.model.locale.dateFormat(self.model.locale.FormatType.ShortFormat)
        )
        self.show_row(self.row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Escape hands the keyboard back to the list, from any field of the form.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.sig_done.emit()
            return True
        return super().eventFilter(watched, event)
