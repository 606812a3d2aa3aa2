"""Caregiver mode: handover notes between the people of a household.

The band on top of the main window shows the oldest note of another person not
yet marked read in the household now chosen ("Mark read" writes the reader's
receipt), and how many entries others wrote since the person was last here, which
"What's new" lists on one screen. Household ▸ Write a handover note… (Ctrl+Shift+H)
leaves a note for the next person."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.handover import HANDOVER_TEXT, Handover, Shift
from app.domain.messages import ThuisboekError
from app.domain.records import ContactNote, DailyLog, Record
from app.services.changes import changes_of
from app.services.handover import HandoverService, NoteView, SinceItem
from app.ui.context import UiContext
from app.ui.i18n import tr_message
from app.ui.models.shifts import shift_text
from app.ui.widgets.guarded import run_for


def shift_now(hour: int) -> Shift:
    if 6 <= hour < 12:
        return Shift.MORNING
    if 12 <= hour < 17:
        return Shift.DAY
    if 17 <= hour < 22:
        return Shift.EVENING
    return Shift.NIGHT


class HandoverBanner(QFrame):
    sig_mark_read = Signal(object)  # the note's id
    sig_whats_new = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#e3f0ff"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#0b2545"))
        self.setPalette(palette)
        self.title = QLabel()
        self.title.setObjectName("handoverTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("handoverText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_button = QPushButton()
        self.read_button.setObjectName("handoverMarkRead")
        self.read_button.clicked.connect(self._mark_read)
        self.new_button = QPushButton()
        self.new_button.setObjectName("handoverWhatsNew")
        self.new_button.clicked.connect(self.sig_whats_new.emit)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.text)
        buttons = QVBoxLayout()
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(words, 1)
        layout.addLayout(buttons)
        self.notes: list[NoteView] = []
        self.since = 0
        self.hide()
        self.retranslate()

    def show_notes(self, notes: list[NoteView], since: int) -> None:
        self.notes = notes
        self.since = since
        self.setVisible(bool(notes) or since > 0)
        self.retranslate()

    def current(self) -> NoteView | None:
        return self.notes[0] if self.notes else None

    def _mark_read(self) -> None:
        view = self.current()
        if view is not None:
            self.sig_mark_read.emit(view.note.id)

    def retranslate(self) -> None:
        view = self.current()
        self.read_button.setText(self.tr("&Mark read"))
        self.read_button.setVisible(view is not None)
        self.new_button.setText(self.tr("What's &new (%n)", "", self.since))
        self.new_button.setVisible(self.since > 0)
        if view is None:
            self.title.setText(self.tr("Since you were last here"))
            self.text.setText(
                self.tr("Others wrote %n entry(ies) in this household since you were last here.",
                        "", self.since)
            )  # fmt: skip
            return
        note = view.note
        day = QLocale().toString(
            QDate(note.date.year, note.date.month, note.date.day), QLocale.FormatType.ShortFormat
        )
        title = (
            self.tr("Handover from %1 (%2, %3)")
            .replace("%1", view.author or self.tr("someone"))
            .replace("%2", shift_text(note.shift))
            .replace("%3", day)
        )
        if len(self.notes) > 1:
            title += " · " + self.tr("%n more waiting", "", len(self.notes) - 1)
        self.title.setText(title)
        self.text.setText(note.text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HandoverDialog(QDialog):
    """Write a handover note for the next person in this household."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Handover note"))
        self.shift = QComboBox()
        self.shift.setObjectName("handoverShift")
        for shift in Shift:
            self.shift.addItem(shift_text(shift), shift.value)
        self.shift.setCurrentIndex(list(Shift).index(shift_now(datetime.now().hour)))
        self.text = QPlainTextEdit()
        self.text.setObjectName("handoverEdit")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("What the next person must know, e.g. “Noah slept badly, check his ear; "
                    "mother phoned, visit moved to Thursday”")
        )  # fmt: skip
        self.error = QLabel()
        self.error.setObjectName("handoverError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        shift_label = QLabel(self.tr("&Shift:"))
        shift_label.setBuddy(self.shift)
        text_label = QLabel(self.tr("&Note:"))
        text_label.setBuddy(self.text)
        form.addRow(shift_label, self.shift)
        form.addRow(text_label, self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def chosen_shift(self) -> Shift:
        return Shift(self.shift.currentData())

    def note_text(self) -> str:
        return self.text.toPlainText().strip()

    def _accept(self) -> None:
        text = self.note_text()
        if not text:
            self.error.setText(self.tr("Write what the next person must know."))
        elif len(text) > HANDOVER_TEXT:
            self.error.setText(
                self.tr("A handover note holds at most %1 characters.").replace(
                    "%1", str(HANDOVER_TEXT)
                )
            )
        else:
            self.accept()
            return
        self.error.show()
        self.text.setFocus()


class SinceDialog(QDialog):
    """What others wrote in this household since the person was last here."""

    def __init__(self, items: list[SinceItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sinceDialog")
        self.setWindowTitle(self.tr("Since you were last here"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("sinceList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Written"), self.tr("By"), self.tr("What"),
                                   self.tr("Text")])  # fmt: skip
        locale = QLocale()
        for item in items:
            when = locale.toString(
                QDateTime.fromSecsSinceEpoch(int(item.written_at.timestamp())),
                QLocale.FormatType.ShortFormat,
            )
            row = QTreeWidgetItem(
                [when, item.author, self._kind(item.record), self._words(item.record)]
            )
            self.tree.addTopLevelItem(row)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        empty = QLabel(self.tr("Nothing new from others since you were last here."))
        empty.setVisible(not items)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(820, 440)

    def _kind(self, record: Record) -> str:
        if isinstance(record, Handover):
            return self.tr("Handover (%1)").replace("%1", shift_text(record.shift))
        if isinstance(record, DailyLog):
            return self.tr("Incident") if record.flag else self.tr("Log")
        if isinstance(record, ContactNote):
            return self.tr("Contact")
        return self.tr("Well-being check")

    @staticmethod
    def _words(record: Record) -> str:
        for name in ("text", "incident", "moments", "notes", "summary"):
            value = getattr(record, name, "")
            if isinstance(value, str) and value.strip():
                line = " ".join(value.split())
                return line if len(line) <= 160 else line[:159] + "…"
        return ""


class HandoverRoom(QObject):
    """The banner, the menu actions and the dialogs, for the main window."""

    sig_message = Signal(str)

    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.service = HandoverService(ctx.book, ctx.records)
        self.banner = HandoverBanner()
        self.banner.sig_mark_read.connect(self.mark_read)
        self.banner.sig_whats_new.connect(self.open_since)
        self.write_action = QAction(window)
        self.write_action.setObjectName("writeHandoverAction")
        self.write_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.write_action.triggered.connect(self.open_write)
        self.since_action = QAction(window)
        self.since_action.setObjectName("sinceAction")
        self.since_action.triggered.connect(self.open_since)
        self.active = False
        self._serial = 0
        self.retranslate()

    def set_active(self, active: bool) -> None:
        """Caregiver mode only."""
        self.active = active
        self.write_action.setEnabled(active)
        self.since_action.setEnabled(active)
        if not active:
            self.banner.hide()

    def reload(self) -> None:
        if not self.active:
            return
        self._serial += 1
        serial = self._serial
        service = self.service
        run_for(
            self.banner,
            self.ctx.tasks,
            lambda: (service.unread(), len(service.since_last())),
            lambda found: self._read(serial, *found),
            self.ctx.events.sig_error.emit,
        )

    def _read(self, serial: int, notes: list[NoteView], since: int) -> None:
        if serial == self._serial and self.active:
            self.banner.show_notes(notes, since)

    def mark_read(self, note_id: uuid.UUID) -> None:
        service = self.service

        def done(receipt: object) -> None:
            if receipt is not None:
                self.ctx.changed(changes_of(receipt))  # type: ignore[arg-type]
            self.reload()

        run_for(self.banner, self.ctx.tasks, lambda: service.mark_read(note_id), done,
                self.ctx.events.sig_error.emit)  # fmt: skip

    def leave(self) -> None:
        """The person leaves the household (switch, lock, close): noted for "since"."""
        if self.active:
            self.service.leave()

    def open_write(self) -> None:
        if not self.active:
            return
        dialog = HandoverDialog(self.window)
        try:
            if not dialog.exec():
                return
            try:
                note = self.service.write(dialog.chosen_shift(), dialog.note_text())
            except ThuisboekError as error:
                QMessageBox.warning(self.window, dialog.windowTitle(), tr_message(error.message))
                return
        finally:
            dialog.deleteLater()
        self.ctx.changed(changes_of(note))
        self.sig_message.emit(self.tr("Handover note saved for the next person."))

    def open_since(self) -> None:
        if not self.active:
            return
        dialog = SinceDialog(self.service.since_last(), self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def retranslate(self) -> None:
        self.write_action.setText(self.tr("Write a &handover note…"))
        self.since_action.setText(self.tr("&Since you were last here…"))
        self.banner.retranslate()
