"""Windows and dialogs that fit the screen they open on — a 1366×768 laptop with
its taskbar included — and open again at the size they were left at."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QWidget

from app.ui.settings import Settings

# What a window manager adds around a window: its border and title bar.
FRAME = QSize(16, 40)


def available(widget: QWidget) -> QSize:
    """The room a window has on the widget's screen, its frame taken off."""
    screen = widget.screen().availableGeometry()
    return QSize(screen.width() - FRAME.width(), screen.height() - FRAME.height())


def fit_window(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` × ``height``, or less where the screen is smaller."""
    room = available(widget)
    widget.resize(min(width, room.width()), min(height, room.height()))


def place_on_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` to ``width`` × ``height`` — more where its contents need it
    (a larger text size), less where the screen is smaller, never below the screen's
    bottom edge — and centre it on its screen."""
    hint = window.minimumSizeHint()
    fit_window(window, max(width, hint.width()), max(height, hint.height()))
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    if frame.isEmpty():  # not decorated yet: what a window manager will add
        frame = FRAME
    x = screen.x() + (screen.width() - window.width() - frame.width()) // 2
    y = screen.y() + (screen.height() - window.height() - frame.height()) // 2
    window.move(max(screen.x(), x), max(screen.y(), y))


def keep_on_screen(widget: QWidget) -> None:
    """A size remembered on a larger screen is made to fit this one, and the
    window is moved back onto the screen."""
    room = available(widget)
    if widget.width() > room.width() or widget.height() > room.height():
        widget.resize(min(widget.width(), room.width()), min(widget.height(), room.height()))
    screen = widget.screen().availableGeometry()
    frame = widget.frameGeometry()
    x = min(max(frame.x(), screen.x()), screen.right() - frame.width() + 1)
    y = min(max(frame.y(), screen.y()), screen.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        widget.move(max(x, screen.x()), max(y, screen.y()))


class RememberSize(QObject):
    """Opens ``widget`` at the size it was left at (within the screen), else at
    ``width`` × ``height`` fitted to the screen; keeps the size when it is hidden.
    Sizes are kept by the widget's object name in the app's settings."""

    def __init__(self, widget: QWidget, width: int, height: int, settings: Settings) -> None:
        super().__init__(widget)
        self.widget = widget
        self.settings = settings
        self.name = widget.objectName() or type(widget).__name__
        kept = settings.size_of(self.name)
        if kept is not None:
            fit_window(widget, kept.width(), kept.height())
        else:
            fit_window(widget, width, height)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Hide:
            self.settings.set_size_of(self.name, self.widget.size())
        return super().eventFilter(watched, event)
