"""The app's own figures, offscreen: from unlock to a usable main window, and the
household timeline at 1× and 10× data — first page, and scrolling to the end.
Measured in the app's look (its palette, type and style sheet), as a person
gets it."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from app.demo import bulk
from app.domain.vocabulary import HouseholdKind
from app.services import profile

PASSPHRASE = "benchmark passphrase"
FRAME_S = 1 / 60


def _profile(folder: Path, years: int) -> Path:
    target = folder / f"profile-{years}"
    book = profile.create_profile(
        target, PASSPHRASE, profile.NewProfile("Bench", "Bench", HouseholdKind.SIMBA)
    )
    try:
        bulk.fill_large(book, children=8, years=years)
    finally:
        book.close()
    return target


def _measure(profile_dir: Path) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from app.ui import memory
    from app.ui.context import UiContext
    from app.ui.i18n import Languages
    from app.ui.main_window import MainWindow
    from app.ui.models.timeline import Column
    from app.ui.pages.timeline import TimelinePage
    from app.ui.settings import Settings

    app = QApplication.instance()
    assert app is not None
    languages = Languages()
    languages.set_language("en")
    _, key = profile.open_data_key(profile_dir, PASSPHRASE)  # the passphrase's KDF, apart
    start, start_cpu = time.perf_counter(), time.process_time()
    book = profile.open_book(profile_dir, key, check_pages=False)  # as the app opens it
    ctx = UiContext(book, languages, Settings())
    main = MainWindow(ctx)
    main.resize(1280, 820)
    main.show()
    memory.settle()  # as the app does once its window is open
    app.processEvents()
    while main.children_model.rowCount() <= 1:  # the children are read on the task queue
        app.processEvents()
    ready, ready_cpu = time.perf_counter() - start, time.process_time() - start_cpu

    page = next(p for p in main.pages if isinstance(p, TimelinePage))
    main.children_view.setCurrentIndex(main.children_model.index(1))  # a child first
    main.tabs.setCurrentWidget(page)
    while page.model.rowCount() == 0:
        app.processEvents()
    start, start_cpu = time.perf_counter(), time.process_time()
    main.children_view.setCurrentIndex(main.children_model.index(0))  # the whole household

    # The page reads off the UI thread: the first page counts once its rows are in.
    def household_rows() -> bool:  # rows that name their child: the household's
        return page.model.rowCount() > 0 and bool(page.model.index(0, Column.CHILD).data())

    while not household_rows() and time.perf_counter() - start < 30:
        app.processEvents()
    first_page, first_page_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    rows_first = page.model.rowCount()

    # Scroll to the end the way a person holding End would, at 60 frames a second:
    # each frame moves to the bottom and the UI thread does what is due (rows
    # read on the task queue arrive, a chunk of them goes in, the view is painted).
    # A frame's time is the UI thread's work in it; the rest of the 16.7 ms is
    # left to the workers, as between a screen's frames.
    # Its UI-thread CPU time is kept too: on a busy machine the wall time of a frame
    # also holds the time other processes had the CPU. Where the kernel tells it
    # (Linux), the rest of a frame is split: waiting for a CPU (other processes'
    # load) and blocked (neither running nor runnable: mostly waiting for Python's
    # interpreter lock while a worker thread holds it). CPU + blocked is what a
    # frame costs on a machine of its own.
    frames: list[float] = []
    cpu: list[float] = []
    waiting: list[float] = []
    start_all = next_frame = time.perf_counter()
    while True:
        step, step_cpu, step_wait = time.perf_counter(), time.thread_time(), _runqueue_s()
        page.view.scrollToBottom()
        app.processEvents()
        done = time.perf_counter()
        frames.append(done - step)
        cpu.append(time.thread_time() - step_cpu)
        waiting.append(_runqueue_s() - step_wait)
        if page.model.complete:
            break
        next_frame = max(next_frame + FRAME_S, done)
        time.sleep(next_frame - done)
    to_end = time.perf_counter() - start_all
    steps = len(frames)
    rows = page.model.rowCount()
    main.close()
    ctx.tasks.wait()
    book.close()
    memory.release()
    return {
        "main_window_ready_ms": round(ready * 1000, 1),
        # The process's CPU time in it (every thread; the UI thread waits by asking
        # for events, so its waits count): on a shared machine, nearly the wall
        # time less the waits for a CPU that other processes cause.
        "main_window_ready_cpu_ms": round(ready_cpu * 1000, 1),
        "household_timeline_first_page_ms": round(first_page * 1000, 1),
        "household_timeline_first_page_cpu_ms": round(first_page_cpu * 1000, 1),
        "first_page_rows": rows_first,
        "scroll_to_end_ms": round(to_end * 1000, 1),
        "scroll_steps": steps,
        # Frame times, wall and the UI thread's CPU: median / p95 / max.
        "scroll_frame_ms": _spread(frames),
        "scroll_frame_cpu_ms": _spread(cpu),
        "scroll_frames_over_16ms": sum(f > 0.016 for f in frames),
        "scroll_frames_over_16ms_cpu": sum(c > 0.016 for c in cpu),
        **_split(frames, cpu, waiting),
        "rows": rows,
    }


_SCHEDSTAT = Path("/proc/thread-self/schedstat")


def _runqueue_s() -> float:
    """Seconds this thread has waited for a CPU while runnable (0 where unknown)."""
    try:
        return int(_SCHEDSTAT.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _split(frames: list[float], cpu: list[float], waiting: list[float]) -> dict[str, Any]:
    if not any(waiting):
        return {}
    blocked = [max(0.0, f - c - w) for f, c, w in zip(frames, cpu, waiting, strict=True)]
    own = [c + b for c, b in zip(cpu, blocked, strict=True)]
    return {
        "scroll_frame_waiting_for_cpu_ms": _spread(waiting),
        "scroll_frame_blocked_ms": _spread(blocked),
        "scroll_frame_cpu_plus_blocked_ms": _spread(own),
        "scroll_frames_over_16ms_cpu_plus_blocked": sum(o > 0.016 for o in own),
    }


def _spread(times: list[float]) -> dict[str, float]:
    """Median, 95th percentile and maximum of frame times, in ms."""
    ordered = sorted(times)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000, 1)

    return {"median": at(0.5), "p95": at(0.95), "max": round(ordered[-1] * 1000, 1)}


def run(scales: tuple[int, ...] = (1, 10)) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.application import follow_theme, make_application
    from app.ui.settings import Settings

    app = make_application([])
    out: dict[str, Any] = {}
    folder = Path(tempfile.mkdtemp(prefix="thuisboek-uibench-"))
    home = os.environ.get("THUISBOEK_HOME")
    os.environ["THUISBOEK_HOME"] = str(folder / "home")
    try:
        follow_theme(app, Settings())  # the app's look, as the app applies it before unlock
        for years in scales:
            out[f"{years}y"] = _measure(_profile(folder, years))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if home is None:
            os.environ.pop("THUISBOEK_HOME", None)
        else:
            os.environ["THUISBOEK_HOME"] = home
    return out
