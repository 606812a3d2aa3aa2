"""A text box for a message: Ctrl+Enter sends, Enter starts a new line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class SendTextEdit(QPlainTextEdit):
    """A text box that sends with Ctrl+Enter (Enter starts a new line)."""

    sig_send = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_send.emit()
            event.accept()
            return
        super().keyPressEvent(event)
