"""The cold-start probe: with ``THUISBOEK_EXIT_AT_UNLOCK=1`` the app quits as
soon as the unlock screen is first painted, so that a benchmark times the start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.ui.unlock import UnlockWindow


class _QuitOnFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


def quit_when_unlock_shown(window: QWidget | None) -> None:
    """Quit with 0 once ``window`` (the unlock screen) is first painted; with 4 at
    once when the app did not start on an unlock screen (no profile: first run)."""
    if not isinstance(window, UnlockWindow):
        QTimer.singleShot(0, lambda: QCoreApplication.exit(4))
        return
    window.installEventFilter(_QuitOnFirstPaint(window))
