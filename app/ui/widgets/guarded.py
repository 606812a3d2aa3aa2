"""Work on the task queue whose answer goes to a widget only while it exists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from app.ui.tasks import TaskQueue


def run_for(
    widget: QObject,
    tasks: TaskQueue,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Run ``fn`` on the task queue and hand its result to ``widget`` only while the
    widget still exists: a page can go while its read is under way (the window
    switched mode, or closed)."""

    def done(result: Any) -> None:
        if shiboken6.isValid(widget):
            on_done(result)

    def failed(exc: Exception) -> None:
        if shiboken6.isValid(widget):
            on_error(exc)

    tasks.run(fn, done, failed)
