"""The executor: two lanes, cancellation, progress, and a close that delivers nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.tasks import LONG_WORKERS, Cancelled, Executor, Lane, TaskState

WAIT_MS = 10_000


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[Executor]:
    executor = Executor()
    yield executor
    executor.close()


def blocker() -> tuple[threading.Event, threading.Event, Any]:
    """A job that says it started, then waits until it is let go."""
    started, go = threading.Event(), threading.Event()

    def job() -> str:
        started.set()
        go.wait(WAIT_MS / 1000)
        return "held"

    return started, go, job


def test_the_database_lane_runs_one_job_at_a_time_in_order(qtbot: QtBot, tasks: Executor) -> None:
    seen: list[int] = []
    running = threading.Lock()

    def job(n: int) -> int:
        assert running.acquire(blocking=False), "two database jobs at once"
        try:
            threading.Event().wait(0.01)
            return n
        finally:
            running.release()

    for n in range(5):
        tasks.run(lambda n=n: job(n), seen.append)
    assert tasks.pending == 5
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=WAIT_MS)
    assert seen == [0, 1, 2, 3, 4]


def test_a_read_asked_first_does_not_wait_behind_the_database_lane(
    qtbot: QtBot, tasks: Executor
) -> None:
    started, go, held = blocker()
    seen: list[str] = []
    running = threading.Lock()

    def read(name: str) -> str:
        assert running.acquire(blocking=False), "two reads asked first at once"
        try:
            threading.Event().wait(0.01)
            return name
        finally:
            running.release()

    tasks.run(held, seen.append)
    assert started.wait(WAIT_MS / 1000)
    tasks.run(lambda: "hidden page", seen.append)
    tasks.run(lambda: read("page in front"), seen.append, first=True)
    tasks.run(lambda: read("next page in front"), seen.append, first=True)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT_MS)
    # Read beside the job that runs, one at a time and in order; the lane waits.
    assert seen == ["page in front", "next page in front"]
    assert tasks.pending == 2  # the reads asked first count with the lane's jobs
    go.set()
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=WAIT_MS)
    assert seen == ["page in front", "next page in front", "held", "hidden page"]


def test_a_long_job_asked_first_goes_ahead_of_those_waiting(qtbot: QtBot, tasks: Executor) -> None:
    holds = [blocker() for _ in range(LONG_WORKERS)]
    seen: list[str] = []
    for started, _go, held in holds:
        tasks.run(held, seen.append, lane=Lane.LONG)
        assert started.wait(WAIT_MS / 1000)
    tasks.run(lambda: "report", seen.append, lane=Lane.LONG)
    tasks.run(lambda: "asked first", seen.append, lane=Lane.LONG, first=True)
    holds[0][1].set()  # one worker free: it takes the job asked first, then the other
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=WAIT_MS)
    assert seen == ["held", "asked first", "report"]
    for _started, go, _held in holds:
        go.set()
    qtbot.waitUntil(lambda: len(seen) == LONG_WORKERS + 2, timeout=WAIT_MS)


def test_a_long_job_does_not_hold_up_a_save(qtbot: QtBot, tasks: Executor) -> None:
    started, go, long_job = blocker()
    long_done: list[str] = []
    tasks.run(long_job, long_done.append, lane=Lane.LONG)
    assert started.wait(WAIT_MS / 1000)
    saved: list[str] = []
    tasks.run(lambda: "saved", saved.append)
    qtbot.waitUntil(lambda: saved == ["saved"], timeout=WAIT_MS)
    assert long_done == []  # still running beside it
    go.set()
    qtbot.waitUntil(lambda: long_done == ["held"], timeout=WAIT_MS)


def test_a_job_cancelled_before_it_starts_never_runs(qtbot: QtBot, tasks: Executor) -> None:
    started, go, first = blocker()
    tasks.run(first)
    assert started.wait(WAIT_MS / 1000)
    ran: list[str] = []
    done: list[Any] = []
    errors: list[Exception] = []
    job = tasks.run(lambda: ran.append("ran"), done.append, errors.append)
    job.cancel()
    go.set()
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=WAIT_MS)
    assert ran == [] and done == [] and not job.started
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)


def test_a_running_job_stops_at_its_next_check_and_reports_its_progress(
    qtbot: QtBot, tasks: Executor
) -> None:
    steps = threading.Event()
    progress: list[tuple[str, int, int]] = []
    errors: list[Exception] = []

    def long(state: TaskState) -> int:
        for n in range(1_000_000):
            state.set_progress(n, 1_000_000, "counting")
            if n == 10:
                steps.set()
            state.check()
            threading.Event().wait(0.001)
        return -1

    job = tasks.start(long, None, errors.append, on_progress=lambda *p: progress.append(p))
    qtbot.waitUntil(lambda: bool(progress), timeout=WAIT_MS)  # told on the UI thread
    assert progress[0][0] == "counting" and progress[0][2] == 1_000_000
    assert steps.wait(WAIT_MS / 1000)
    job.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    assert isinstance(errors[0], Cancelled) and job.over and job.cancelled


def test_close_runs_queued_saves_cancels_long_work_and_then_delivers_nothing(
    qtbot: QtBot,
) -> None:
    tasks = Executor()
    started, go, first = blocker()
    saves: list[str] = []
    delivered: list[Any] = []
    tasks.run(first, delivered.append)
    assert started.wait(WAIT_MS / 1000)
    tasks.run(lambda: saves.append("stored"), delivered.append)  # queued behind it

    long_started = threading.Semaphore(0)

    def long(state: TaskState) -> str:
        long_started.release()
        while not state.cancelled:
            threading.Event().wait(0.005)
        state.check()
        return "not reached"

    long_jobs = [tasks.start(long, delivered.append, delivered.append) for _ in range(2)]
    for _ in long_jobs:  # both workers of the long lane are busy
        assert long_started.acquire(timeout=WAIT_MS / 1000)
    held = [tasks.start(lambda _s: "never", delivered.append) for _ in range(3)]  # queued

    threading.Timer(0.2, go.set).start()
    tasks.close()
    assert saves == ["stored"]  # a queued save is never dropped
    assert all(job.over and job.cancelled for job in long_jobs)
    assert all(job.over and not job.started for job in held)
    late = tasks.run(lambda: "after close", delivered.append)
    assert late.over and not late.started
    qtbot.wait(200)  # let any result that was on its way arrive
    assert delivered == []
    assert tasks.pending == 0


def test_a_job_and_what_it_holds_are_let_go_of_on_the_ui_thread(
    qtbot: QtBot, tasks: Executor
) -> None:
    """Even when the UI thread delivers a job before its worker has finished: a job
    is a QObject of the UI thread, and its function may hold the windows' objects."""
    let_go: list[str] = []
    delivered = threading.Event()

    class Held:
        def __del__(self) -> None:
            let_go.append(threading.current_thread().name)

    def hold_the_worker(_number: int) -> None:  # on the worker, as it says the job is over
        delivered.wait(WAIT_MS / 1000)

    tasks._relay.sig_over.connect(hold_the_worker, Qt.ConnectionType.DirectConnection)
    held = Held()
    tasks.run(lambda held=held: None, lambda _result: delivered.set())
    del held
    qtbot.waitUntil(delivered.is_set, timeout=WAIT_MS)
    assert tasks.wait()
    qtbot.waitUntil(lambda: bool(let_go), timeout=WAIT_MS)
    assert let_go == [threading.main_thread().name]
