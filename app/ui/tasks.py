"""Work off the UI thread: one queue for the database (one writer at a time), results
delivered back on the UI thread through signals (docs/architecture.md, "Threads")."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    sig_finished = Signal(object)
    sig_failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the UI thread, which shows it
            self.relay.sig_failed.emit(exc)
        else:
            self.relay.sig_finished.emit(result)


class TaskQueue(QObject):
    """Runs callables one after another on a single background thread."""

    sig_busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0
        self._closed = False
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finished(result: Any) -> None:
            self._settle(relay)
            if on_done is not None and not self._closed:
                on_done(result)

        def failed(exc: Exception) -> None:
            self._settle(relay)
            if self._closed:
                return
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background task failed: %s", type(exc).__name__)

        relay.sig_finished.connect(finished)
        relay.sig_failed.connect(failed)
        self._pending += 1
        if self._pending == 1:
            self.sig_busy.emit(True)
        self._pool.start(_Task(fn, relay))

    def _settle(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        self._pending -= 1
        if self._pending == 0:
            self.sig_busy.emit(False)

    @Slot()
    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (on lock and quit, so nothing is lost)."""
        return self._pool.waitForDone(msecs)

    def close(self) -> None:
        """Wait for queued work, then deliver no more results: the windows that
        asked for them are going (a lock or quit)."""
        self.wait()
        self._closed = True

    @property
    def pending(self) -> int:
        return self._pending
