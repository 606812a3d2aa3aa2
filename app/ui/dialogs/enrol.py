"""Connecting this computer to the central office with a one-time enrolment code.

``EnrolmentFields`` (the server address and the code, with what can be checked
before the server is asked) is shared by the first-run wizard and ``EnrolDialog``.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import ThuisboekError
from app.protocol.schemas import EnrollRequest
from app.services.sync import InsecureServer, InvalidCode, Offline, SyncService, check_address
from app.ui.context import UiContext
from app.ui.i18n import tr_message
from app.ui.widgets.screen_fit import fit_window


def code_looks_valid(code: str) -> bool:
    """Letters and digits, grouped by dashes or spaces as the office may print it,
    within the length the sync protocol accepts."""
    if not all((c.isascii() and c.isalnum()) or c in "- " for c in code):
        return False
    plain = "".join(c for c in code if c.isalnum())
    try:
        EnrollRequest(code=code)
        EnrollRequest(code=plain)
    except ValidationError:
        return False
    return True


class EnrolmentFields(QWidget):
    """The server address and the one-time code the central office gives.

    Its texts keep the translation context of ``EnrolDialog``, where they were
    first (and are translated)."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolmentFields")
        self.server = QLineEdit()
        self.server.setObjectName("serverUrl")
        self.code = QLineEdit()
        self.code.setObjectName("enrolCode")
        self.l_server, self.l_code = QLabel(), QLabel()
        self.l_server.setBuddy(self.server)
        self.l_code.setBuddy(self.code)
        # How the central office lists this computer (shown once offered a default).
        self.device = QLineEdit()
        self.device.setObjectName("deviceName")
        self.device.setMaxLength(200)
        self.l_device = QLabel()
        self.l_device.setBuddy(self.device)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.l_server, self.server)
        form.addRow(self.l_code, self.code)
        form.addRow(self.l_device, self.device)
        self.l_device.hide()
        self.device.hide()
        QWidget.setTabOrder(self.server, self.code)
        QWidget.setTabOrder(self.code, self.device)
        self.server.textChanged.connect(lambda _text: self.sig_changed.emit())
        self.code.textChanged.connect(lambda _text: self.sig_changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.l_server.setText(QCoreApplication.translate("EnrolDialog", "&Server address:"))
        self.l_code.setText(QCoreApplication.translate("EnrolDialog", "&Enrolment code:"))
        self.server.setAccessibleName(QCoreApplication.translate("EnrolDialog", "Server address"))
        self.code.setAccessibleName(QCoreApplication.translate("EnrolDialog", "Enrolment code"))
        self.server.setPlaceholderText(
            QCoreApplication.translate("EnrolDialog", "for example https://thuisboek.example.org")
        )
        self.code.setPlaceholderText(
            QCoreApplication.translate("EnrolDialog", "for example KX7PQ-M3RTA")
        )
        self.l_device.setText(QCoreApplication.translate("EnrolDialog", "&Name of this computer:"))
        self.device.setAccessibleName(
            QCoreApplication.translate("EnrolDialog", "Name of this computer")
        )
        self.device.setToolTip(
            QCoreApplication.translate(
                "EnrolDialog", "How the central office lists this computer among yours"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def url(self) -> str:
        """The address as typed; ``https://`` is assumed when no scheme is given."""
        text = self.server.text().strip()
        if text and "://" not in text:
            text = "https://" + text
        return text

    def code_text(self) -> str:
        return self.code.text().strip()

    def offer_device_name(self, name: str) -> None:
        """Show the computer's name field, filled with ``name`` to keep or change."""
        self.device.setText(name)
        self.l_device.show()
        self.device.show()

    def device_name(self) -> str | None:
        """The name typed for this computer (None: the default)."""
        return " ".join(self.device.text().split()) or None

    def filled(self) -> bool:
        return bool(self.server.text().strip() and self.code_text())

    def problem(self) -> tuple[QLineEdit, str] | None:
        """What is wrong before the server is asked: the field to correct, and why."""
        try:
            check_address(self.url())
        except ThuisboekError as error:
            return self.server, tr_message(error.message)
        code = self.code_text()
        if not code:
            return self.code, QCoreApplication.translate(
                "EnrolDialog", "Please enter the enrolment code."
            )
        if not code_looks_valid(code):
            return self.code, QCoreApplication.translate(
                "EnrolDialog",
                "This does not look like an enrolment code: it has letters and digits, "
                "for example KX7PQ-M3RTA.",
            )
        return None

    def failure(self, error: Exception) -> tuple[QLineEdit, str]:
        """Why the central office did not enrol this computer, and the field to correct."""
        if not isinstance(error, ThuisboekError):
            return self.server, QCoreApplication.translate(
                "EnrolDialog", "Could not connect (%1)."
            ).replace("%1", type(error).__name__)
        text = tr_message(error.message)
        if isinstance(error, Offline):
            text += " " + QCoreApplication.translate(
                "EnrolDialog", "Check the server address and this computer's network connection."
            )
        field = self.server if isinstance(error, Offline | InsecureServer) else self.code
        return field, text

    def set_editable(self, on: bool) -> None:
        self.server.setReadOnly(not on)
        self.code.setReadOnly(not on)
        self.device.setReadOnly(not on)


class EnrolDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EnrolDialog")
        self.ctx = ctx
        self.fields = EnrolmentFields()
        self.server, self.code = self.fields.server, self.fields.code
        # Linked already (the central office no longer recognises this computer):
        # enrolled again, at the address it had, keeping everything on it.
        service = SyncService(ctx.book)
        link = service.link()
        self.fields.offer_device_name(service.default_device_name())
        self.again = link is not None and bool(link.server_url)
        if link is not None and self.again:
            self.server.setText(link.server_url)
            self.code.setFocus()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setObjectName("enrolBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel()
        self.message.setObjectName("enrolMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("enrolConnect")
        ok.setDefault(True)  # Enter in either field connects
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        self.fields.sig_changed.connect(self.message.clear)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_window(self, 600, 320)
        self.retranslate()

    def retranslate(self) -> None:
        if self.again:
            self.setWindowTitle(self.tr("Enrol this computer again"))
            self.intro.setText(
                self.tr(
                    "Ask the central office for a new enrolment code for you. The records on "
                    "this computer are kept and sent to the central office again."
                )
            )
        else:
            self.setWindowTitle(self.tr("Connect to the central office"))
            self.intro.setText(
                self.tr(
                    "Ask the central office for an enrolment code for this computer. What you "
                    "wrote so far moves into the household the central office knows, and syncs."
                )
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _busy(self, on: bool) -> None:
        self.fields.set_editable(not on)
        self.buttons.setEnabled(not on)
        self.busy.setVisible(on)

    def _connect(self) -> None:
        if self.busy.isVisible():
            return
        problem = self.fields.problem()
        if problem is not None:
            field, text = problem
            self.message.setText(text)
            field.setFocus()
            return
        url, code = self.fields.url(), self.fields.code_text()
        name = self.fields.device_name()
        self._busy(True)
        self.message.setText(self.tr("Connecting…"))
        self.ctx.tasks.run(
            lambda: SyncService(self.ctx.book).enrol(url, code, name), self._done, self._failed
        )

    def reject(self) -> None:
        if self.busy.isVisible():
            return  # the enrolment finishes (or fails) first; it cannot be half-done
        super().reject()

    def _done(self, _link: object) -> None:
        self._busy(False)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        field, text = self.fields.failure(error)
        self.message.setText(text)
        field.setFocus()
        if isinstance(error, InvalidCode):
            field.selectAll()
