"""Work off the UI thread: one executor for every window of an unlocked profile.

Two lanes. The database lane runs one job at a time (one writer: every save,
read and keyring look-up of the windows); the long lane runs beside it (a sync,
a report being laid out), so that a long sync never holds up a save. The store
lets a reader or a sync's own short transactions run beside the writer.

A read asked ``first`` (what the person looks at now: the timeline's page)
does not wait behind the jobs of its lane, such as the hidden pages' reloads:
on the database lane it runs on the lane's reader, one thread beside the
lane's own, one such read at a time in the order asked; on the long lane it
goes ahead of the jobs waiting. It may run before a save asked earlier, or
beside it; that save's change set then reloads what it read.

Every submitted job has a handle (:class:`Job`) that can be cancelled: one that
has not started never runs (its error callback is told :class:`Cancelled`); a
running one is asked to stop at its next check (:meth:`TaskState.check`).
Results, errors and progress are delivered on the UI thread; workers never touch
a widget. Progress is written by the worker into its :class:`TaskState` and read
on a timer, so that a job telling its progress thousands of times costs the UI
thread nothing (docs/architecture.md, "Threads").
"""

from __future__ import annotations

import enum
import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

POLL_MS = 50  # how often the progress of running jobs is read
LONG_WORKERS = 2  # a sync and a report may run at the same time
FIRST = 1  # the thread pool's priority of a long job asked first
_NUMBERS = itertools.count(1)


class Lane(enum.Enum):
    DATABASE = "database"
    LONG = "long"


class Cancelled(Exception):
    """A job stopped at a cancellation check."""


class TaskState:
    """What a running job sees: whether it was cancelled, and where it tells how
    far it is (as Orange's ``TaskState``). Written by the worker thread; read by
    the executor on the UI thread."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._progress: tuple[str, int, int] = ("", 0, 0)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` once the job was cancelled."""
        if self._cancel.is_set():
            raise Cancelled()

    def set_progress(self, done: int, total: int, phase: str = "") -> None:
        with self._lock:
            self._progress = (phase, done, total)

    @property
    def progress(self) -> tuple[str, int, int]:
        """(phase, done, total), as the job last told it."""
        with self._lock:
            return self._progress


class Job(QObject):
    """The handle of one submitted job. Its signals are emitted on the UI thread,
    and not at all once the executor was closed."""

    sig_progress = Signal(str, int, int)  # phase, done, total
    sig_finished = Signal(object)  # the job's result
    sig_failed = Signal(object)  # the Exception it raised

    def __init__(self, fn: Callable[[TaskState], Any], lane: Lane) -> None:
        super().__init__()
        self.fn = fn
        self.lane = lane
        self.state = TaskState()
        self._started = threading.Event()
        self._over = threading.Event()
        self._skipped = False
        self._result: Any = None
        self._error: Exception | None = None
        self._shown: tuple[str, int, int] = ("", 0, 0)
        self.number = next(_NUMBERS)  # how its worker names it to the UI thread

    def cancel(self) -> None:
        """Not started: it never runs. Running: asked to stop at its next check."""
        self.state.cancel()

    @property
    def cancelled(self) -> bool:
        return self.state.cancelled

    @property
    def started(self) -> bool:
        return self._started.is_set()

    @property
    def over(self) -> bool:
        return self._over.is_set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the job ran (or was skipped); False after ``msecs``."""
        return self._over.wait(msecs / 1000)

    def result(self) -> Any:
        """What the job returned, once it is over (for a caller that waited for it);
        raises what it raised, or :class:`Cancelled` when it never ran."""
        if not self.over or self._skipped:
            raise Cancelled()
        if self._error is not None:
            raise self._error
        return self._result

    def _execute(self) -> None:  # on a worker thread
        if self.state.cancelled:
            self._skipped = True
        else:
            self._started.set()
            try:
                self._result = self.fn(self.state)
            except Exception as exc:  # handed to the UI thread, which shows it
                self._error = exc
        self._over.set()


class _Relay(QObject):
    """Carries a finished job's number from its worker thread to the UI thread. It
    has no Qt parent: each runnable holds it, so it outlives a window (and the
    executor with it) deleted while a job still runs. No worker ever emits through
    an object the UI thread may already have deleted."""

    sig_over = Signal(int)  # the Job's number


class _Runnable(QRunnable):
    """Runs a job on a worker thread. The job (a QObject of the UI thread, with
    what its function holds) is let go of by the worker *before* the worker says it
    is over: the executor holds it until it is delivered, so its last reference
    goes, and it is deleted, on the UI thread — never on a worker while the UI
    thread may still be using it."""

    def __init__(self, job: Job, relay: _Relay) -> None:
        super().__init__()
        self.job: Job | None = job
        self.number = job.number
        self.relay = relay

    def run(self) -> None:
        job, self.job = self.job, None
        assert job is not None
        job._execute()
        del job
        self.relay.sig_over.emit(self.number)


_Callbacks = tuple[
    Callable[[Any], None] | None,  # on_done
    Callable[[Exception], None] | None,  # on_error
    Callable[[str, int, int], None] | None,  # on_progress
]


class Executor(QObject):
    """Runs the windows' jobs on two lanes and delivers their outcomes on the UI
    thread. ``close()`` (at lock and quit) ends it: see there."""

    sig_busy = Signal(bool)  # the database lane has work, or no longer

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools = {lane: QThreadPool(self) for lane in Lane}
        self._pools[Lane.DATABASE].setMaxThreadCount(1)
        self._pools[Lane.LONG].setMaxThreadCount(LONG_WORKERS)
        self._reader = QThreadPool(self)  # the database lane's reads asked first
        self._reader.setMaxThreadCount(1)
        self._jobs: dict[Job, _Callbacks] = {}  # submitted, not yet delivered
        self._numbered: dict[int, Job] = {}  # the same, by number
        self._closed = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._read_progress)
        self._relay = _Relay()  # no parent: see _Relay
        self._relay.sig_over.connect(self._deliver)

    # Submitting ---------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        lane: Lane = Lane.DATABASE,
        first: bool = False,
    ) -> Job:
        """Run ``fn()`` on a lane (the database lane unless told otherwise);
        ``first``: a read that does not wait behind the lane's jobs (see above)."""
        return self.start(lambda _state: fn(), on_done, on_error, lane=lane, first=first)

    def start(
        self,
        fn: Callable[[TaskState], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        lane: Lane = Lane.LONG,
        on_progress: Callable[[str, int, int], None] | None = None,
        first: bool = False,
    ) -> Job:
        """Run ``fn(state)``, a job that checks ``state`` for cancellation and
        tells its progress there (the long lane unless told otherwise); ``first``:
        a read that does not wait behind the lane's jobs (see above)."""
        job = Job(fn, lane)
        if self._closed:  # the windows that asked are going: it never runs
            job.cancel()
            job._skipped = True
            job._over.set()
            return job
        self._jobs[job] = (on_done, on_error, on_progress)
        self._numbered[job.number] = job
        if lane is Lane.DATABASE and self.pending == 1:
            self.sig_busy.emit(True)
        if first and lane is Lane.DATABASE:
            self._reader.start(_Runnable(job, self._relay))
        else:
            self._pools[lane].start(_Runnable(job, self._relay), FIRST if first else 0)
        if not self._poll.isActive():
            self._poll.start()
        return job

    # Delivering (on the UI thread) ------------------------------------------------------
    def _read_progress(self) -> None:
        for job, (_done, _error, on_progress) in list(self._jobs.items()):
            now = job.state.progress
            if now != job._shown and job.started and not job.over:
                job._shown = now
                if not self._closed:
                    job.sig_progress.emit(*now)
                    if on_progress is not None:
                        on_progress(*now)
        if not self._jobs:
            self._poll.stop()

    @Slot(int)
    def _deliver(self, number: int) -> None:
        job = self._numbered.pop(number, None)
        if job is None:
            return
        callbacks = self._jobs.pop(job)
        if job.lane is Lane.DATABASE and self.pending == 0:
            self.sig_busy.emit(False)
        if self._closed:
            return
        on_done, on_error, _progress = callbacks
        if job._skipped:
            job._error = Cancelled()
        if job._error is None:
            job.sig_finished.emit(job._result)
            if on_done is not None:
                on_done(job._result)
            return
        job.sig_failed.emit(job._error)
        if on_error is not None:
            on_error(job._error)
        elif not isinstance(job._error, Cancelled):
            log.error("background task failed: %s", type(job._error).__name__)

    # Waiting and closing ----------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Database jobs not yet delivered (the windows wait for these before they
        say a change is stored)."""
        return sum(job.lane is Lane.DATABASE for job in self._jobs)

    @Slot()
    def wait(self, msecs: int = 30_000, lane: Lane = Lane.DATABASE) -> bool:
        """Block until a lane's work is done (the database lane: on lock and quit,
        so that nothing is lost)."""
        done = self._pools[lane].waitForDone(msecs)
        if lane is Lane.DATABASE:
            done = self._reader.waitForDone(msecs) and done
        return done

    def cancel(self, lane: Lane) -> None:
        """Cancel every job of a lane: not started ones never run, running ones
        stop at their next check."""
        for job in list(self._jobs):
            if job.lane is lane:
                job.cancel()

    def close(self, msecs: int = 30_000) -> None:
        """End the executor (a lock or quit): the database lane's queued work still
        runs (a save is never dropped); the long lane's jobs are cancelled, those
        not started never run; then it waits for what runs and delivers no more
        results, since the windows that asked for them are going."""
        self.cancel(Lane.LONG)
        for lane in Lane:
            self.wait(msecs, lane)
        self._closed = True
        self._poll.stop()
