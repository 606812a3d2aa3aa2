"""Work on the task queue for a page: its answer goes to the page only while the
page exists, and a failure is said where the person can act on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from app.domain.messages import ThuisboekError
from app.ui.context import UiContext
from app.ui.i18n import tr_message
from app.ui.tasks import Executor, Lane


def run_for(
    widget: QObject,
    tasks: Executor,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    lane: Lane = Lane.DATABASE,
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

    tasks.run(fn, done, failed, lane=lane)


def show_failure(ctx: UiContext, exc: Exception, notice: Callable[[str], None]) -> None:
    """A refusal the person can act on goes to ``notice`` in their language; any
    other failure goes to the window's error report."""
    if isinstance(exc, ThuisboekError):
        notice(tr_message(exc.message))
    else:
        ctx.events.sig_error.emit(exc)
