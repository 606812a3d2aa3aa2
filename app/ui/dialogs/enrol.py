"""Connect this computer to the central office with a one-time enrolment code."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import ThuisboekError
from app.sync.enroll import enroll
from app.sync.transport import check_url
from app.ui.context import UiContext
from app.ui.i18n import tr_message


class EnrolDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EnrolDialog")
        self.ctx = ctx
        self.server = QLineEdit("https://")
        self.server.setObjectName("serverUrl")
        self.code = QLineEdit()
        self.code.setObjectName("enrolCode")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("enrolMessage")
        self.message.setWordWrap(True)
        self.l_server, self.l_code = QLabel(), QLabel()
        self.l_server.setBuddy(self.server)
        self.l_code.setBuddy(self.code)
        form = QFormLayout()
        form.addRow(self.l_server, self.server)
        form.addRow(self.l_code, self.code)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 260)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to the central office"))
        self.intro.setText(
            self.tr(
                "Ask the central office for an enrolment code for this computer. What you "
                "wrote so far moves into the household the central office knows, and syncs."
            )
        )
        self.l_server.setText(self.tr("&Server address:"))
        self.l_code.setText(self.tr("&Enrolment code:"))
        self.server.setAccessibleName(self.tr("Server address"))
        self.code.setAccessibleName(self.tr("Enrolment code"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))

    def _connect(self) -> None:
        url, code = self.server.text().strip(), self.code.text().strip()
        try:
            check_url(url)
        except ThuisboekError as error:
            self.message.setText(tr_message(error.message))
            return
        if not code:
            self.message.setText(self.tr("Please enter the enrolment code."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Connecting…"))
        self.ctx.tasks.run(lambda: enroll(self.ctx.book, url, code), self._done, self._failed)

    def _done(self, _link: object) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ThuisboekError):
            self.message.setText(tr_message(error.message))
        else:
            self.message.setText(
                self.tr("Could not connect (%1).").replace("%1", type(error).__name__)
            )
