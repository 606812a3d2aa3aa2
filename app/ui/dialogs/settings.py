"""Settings: language, auto-lock, the link to the central office, remembering the key
on this computer, passphrase."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.domain.messages import ThuisboekError
from app.services import keys
from app.services.keys import KeyringStatus
from app.services.sync import AppUpdate, SyncService, app_update
from app.ui.context import UiContext
from app.ui.i18n import language_names, tr_message
from app.ui.keyring_text import keyring_name, keyring_reason
from app.ui.theme import TEXT_SIZES, apply_theme
from app.ui.widgets.screen_fit import RememberSize


class SettingsDialog(QDialog):
    sig_enrolled = Signal()  # this computer was just connected to the central office

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.ctx = ctx
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        for code, name in language_names().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(ctx.languages.current))
        self.language.currentIndexChanged.connect(
            lambda _: ctx.languages.set_language(str(self.language.currentData()))
        )
        self.idle = QDoubleSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(1, 240)
        self.idle.setDecimals(0)
        self.idle.setValue(ctx.settings.idle_minutes)
        self.remember = QCheckBox()
        self.remember.setObjectName("settingsRemember")
        # The keyring is asked on the task queue: it can be slow to answer.
        self.keyring_status: KeyringStatus | None = None
        self.remember.setEnabled(False)
        self.remember.toggled.connect(self._remember_toggled)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self._change_passphrase)
        self.message = QLabel()
        self.message.setWordWrap(True)
        # The look: the text size and high contrast, applied at once.
        self.text_size = QComboBox()
        self.text_size.setObjectName("settingsTextSize")
        for factor in TEXT_SIZES:
            self.text_size.addItem("", factor)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(ctx.settings.text_size)))
        self.text_size.currentIndexChanged.connect(self._look_changed)
        self.high_contrast = QCheckBox()
        self.high_contrast.setObjectName("settingsHighContrast")
        self.high_contrast.setChecked(ctx.settings.high_contrast)
        self.high_contrast.toggled.connect(self._look_changed)
        self.l_language, self.l_idle, self.l_text_size = QLabel(), QLabel(), QLabel()
        self.l_language.setBuddy(self.language)
        self.l_idle.setBuddy(self.idle)
        self.l_text_size.setBuddy(self.text_size)
        self.l_version, self.version = QLabel(), QLabel(__version__)
        self.version.setObjectName("appVersion")
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        general = QFormLayout()
        general.addRow(self.l_language, self.language)
        general.addRow(self.l_idle, self.idle)
        general.addRow(self.l_text_size, self.text_size)
        general.addRow("", self.high_contrast)
        general.addRow(self.l_version, self.version)
        self.office = QGroupBox()
        self.office.setObjectName("centralOffice")
        self.office_state = QLabel()
        self.office_state.setObjectName("officeState")
        self.office_state.setWordWrap(True)
        # What the office says of this app's version: an update it needs or recommends.
        self.office_update = QLabel()
        self.office_update.setObjectName("officeUpdate")
        self.office_update.setWordWrap(True)
        self.office_server, self.office_device, self.office_last = QLabel(), QLabel(), QLabel()
        self.office_server.setObjectName("officeServer")
        self.office_device.setObjectName("officeDevice")
        self.office_last.setObjectName("officeLastSync")
        for value in (self.office_server, self.office_device, self.office_last):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.l_server, self.l_device, self.l_last = QLabel(), QLabel(), QLabel()
        self.office_details = QWidget()
        details = QFormLayout(self.office_details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addRow(self.l_server, self.office_server)
        details.addRow(self.l_device, self.office_device)
        details.addRow(self.l_last, self.office_last)
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("officeConnect")
        self.connect_button.clicked.connect(self._connect)
        office = QVBoxLayout(self.office)
        office.addWidget(self.office_state)
        office.addWidget(self.office_update)
        office.addWidget(self.office_details)
        office.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.security = QGroupBox()
        sec = QVBoxLayout(self.security)
        sec.addWidget(self.remember)
        sec.addWidget(self.keyring_note)
        sec.addWidget(self.change_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(self.office)
        layout.addWidget(self.security)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Wide enough for the explanations to read as sentences, not as a column.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.retranslate()
        # Opens at the size it was left at, within the screen.
        hint = self.sizeHint()
        RememberSize(self, hint.width(), hint.height(), ctx.settings)
        profile_id = ctx.book.identity.profile_id
        ctx.tasks.run(lambda: keys.key_state(profile_id), self._key_state_read, self._key_failed)

    def _key_state_read(self, state: keys.KeyState) -> None:
        if not shiboken6.isValid(self):
            return
        self.keyring_status = state.keyring
        self.remember.blockSignals(True)
        self.remember.setChecked(state.remembered)
        self.remember.blockSignals(False)
        self.remember.setEnabled(state.keyring.available)
        self._show_keyring()

    def _key_failed(self, error: Exception) -> None:
        if shiboken6.isValid(self) and isinstance(error, ThuisboekError):
            self.message.setText(tr_message(error.message))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.l_language.setText(self.tr("&Language:"))
        self.l_idle.setText(self.tr("&Lock after (minutes without use):"))
        self.l_text_size.setText(self.tr("Text si&ze:"))
        for i, name in enumerate((self.tr("Normal"), self.tr("Larger"), self.tr("Largest"))):
            self.text_size.setItemText(i, name)
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.high_contrast.setText(self.tr("&High contrast (black on white)"))
        self.l_version.setText(self.tr("Thuisboek version:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.idle.setAccessibleName(self.tr("Minutes before the automatic lock"))
        self.security.setTitle(self.tr("Security"))
        self.remember.setText(self.tr("&Remember the key on this computer"))
        self._show_keyring()
        self.change_button.setText(self.tr("&Change passphrase…"))
        self.office.setTitle(self.tr("Central office"))
        self.l_server.setText(self.tr("Server address:"))
        self.l_device.setText(self.tr("This computer's id:"))
        self.l_last.setText(self.tr("Last successful sync:"))
        self.connect_button.setText(self.tr("C&onnect…"))
        self.refresh_office()

    def _show_keyring(self) -> None:
        status = self.keyring_status
        if status is None:
            self.keyring_note.setText(self.tr("Looking for this computer's keyring…"))
        elif status.available:
            self.keyring_note.setText(
                self.tr("Kept in this computer's secure keyring (%1).").replace(
                    "%1", keyring_name(status.backend)
                )
            )
        elif status.reason is not None:
            self.keyring_note.setText(keyring_reason(status))

    def refresh_office(self) -> None:
        """Whether this computer is connected, as its store knows it."""
        link = SyncService(self.ctx.book).link()
        connected = link is not None and bool(link.server_url)
        if link is None or not connected:
            self.office_state.setText(
                self.tr(
                    "This computer is not connected to a central office: the home book stays "
                    "on this computer. Connect it with the enrolment code the central office "
                    "gives you."
                )
            )
        elif link.revoked:
            self.office_state.setText(
                self.tr("The central office has revoked this computer: it no longer syncs.")
            )
        else:
            self.office_state.setText(
                self.tr("This computer is connected to the central office and syncs with it.")
            )
        self.office_details.setVisible(connected)
        self.connect_button.setVisible(not connected)
        if link is not None and connected:
            self.office_server.setText(link.server_url)
            self.office_device.setText(link.device_id)
            self.office_last.setText(self._when(link.last_ok))
        current = link is not None and connected and not link.revoked
        self._show_update(app_update(link) if current else None)

    def _show_update(self, update: AppUpdate | None) -> None:
        if update is not None and update.required and update.minimum:
            text = self.tr(
                "This version (%1) is too old for the central office, which needs Thuisboek "
                "%2 or newer: it does not sync until it is updated. Your changes wait on this "
                "computer."
            )
            self.office_update.setText(
                text.replace("%1", update.version).replace("%2", update.minimum)
            )
        elif update is not None and update.advised and update.recommended:
            text = self.tr(
                "The central office recommends Thuisboek %1 or newer (this is %2). This "
                "version keeps working; ask for the update."
            )
            self.office_update.setText(
                text.replace("%1", update.recommended).replace("%2", update.version)
            )
        else:
            self.office_update.setText("")
        self.office_update.setVisible(bool(self.office_update.text()))

    def _when(self, iso: str | None) -> str:
        moment = QDateTime.fromString(iso or "", Qt.DateFormat.ISODate)
        if not moment.isValid():
            return self.tr("not yet")
        return self.ctx.languages.locale().toString(
            moment.toLocalTime(), QLocale.FormatType.ShortFormat
        )

    def _connect(self) -> None:
        from app.ui.dialogs.enrol import EnrolDialog

        dialog = EnrolDialog(self.ctx, self)
        dialog.accepted.connect(self._enrolled)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _enrolled(self) -> None:
        self.refresh_office()
        self.message.setText(self.tr("This computer is now connected to the central office."))
        self.sig_enrolled.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _look_changed(self, *_args: object) -> None:
        self.ctx.settings.text_size = float(self.text_size.currentData())
        self.ctx.settings.high_contrast = self.high_contrast.isChecked()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(
                app,
                high_contrast=self.ctx.settings.high_contrast,
                text_size=self.ctx.settings.text_size,
            )

    def accept(self) -> None:
        self.ctx.settings.idle_minutes = self.idle.value()
        self.ctx.settings.sync()
        super().accept()

    def _ask(self, label: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Passphrase"), label, QLineEdit.EchoMode.Password
        )
        return text if ok else None

    def _remember_toggled(self, on: bool) -> None:
        passphrase = self._ask(self.tr("Your passphrase, to confirm:"))
        if passphrase is None:
            self.remember.blockSignals(True)
            self.remember.setChecked(not on)
            self.remember.blockSignals(False)
            return
        # Opening the key (the passphrase's slow derivation) and the keyring run on
        # the task queue; the box waits for the answer.
        self.remember.setEnabled(False)
        profile_dir = self.ctx.book.profile_dir
        self.ctx.tasks.run(
            lambda: keys.set_remembered(profile_dir, passphrase, on),
            lambda _none: self._remembered(on, None),
            lambda error: self._remembered(on, error),
        )

    def _remembered(self, on: bool, error: Exception | None) -> None:
        if not shiboken6.isValid(self):
            return
        self.remember.setEnabled(True)
        if error is None:
            self.message.setText(
                self.tr("This computer now remembers the key.")
                if on
                else self.tr("This computer no longer remembers the key.")
            )
            return
        if isinstance(error, ThuisboekError):
            self.message.setText(tr_message(error.message))
        else:
            self.ctx.events.sig_error.emit(error)
        self.remember.blockSignals(True)
        self.remember.setChecked(not on)
        self.remember.blockSignals(False)

    def _change_passphrase(self) -> None:
        old = self._ask(self.tr("Current passphrase:"))
        if old is None:
            return
        new = self._ask(
            self.tr("New passphrase (at least %n characters):", "", keys.MIN_PASSPHRASE)
        )
        if new is None:
            return
        again = self._ask(self.tr("New passphrase again:"))
        if again != new:
            self.message.setText(self.tr("The two passphrases differ; nothing was changed."))
            return
        profile_dir = self.ctx.book.profile_dir
        self.change_button.setEnabled(False)
        self.message.setText(self.tr("Changing the passphrase…"))
        self.ctx.tasks.run(
            lambda: keys.change_passphrase(profile_dir, old, new),
            lambda _none: self._passphrase_changed(None),
            self._passphrase_changed,
        )

    def _passphrase_changed(self, error: Exception | None) -> None:
        if not shiboken6.isValid(self):
            return
        self.change_button.setEnabled(True)
        if error is None:
            self.message.setText(self.tr("The passphrase was changed."))
        elif isinstance(error, ThuisboekError):
            self.message.setText(tr_message(error.message))
        else:
            self.message.clear()
            self.ctx.events.sig_error.emit(error)
