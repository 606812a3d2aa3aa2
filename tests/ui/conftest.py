"""Qt fixtures: offscreen widgets over a real, unlocked, encrypted profile."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.storage.book import Book
from app.ui.context import UiContext
from app.ui.i18n import Languages
from app.ui.settings import Settings


@pytest.fixture(autouse=True)
def _collect_at_a_quiet_moment(qapp: object) -> Iterator[None]:
    """After each test (its widgets closed, its background work waited for), delete
    what Qt was asked to delete and collect Python's garbage then. Left for the
    collector to find in the middle of the next test, a wrapper of a Qt object
    could be destroyed while that test's worker threads run."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.unfreeze()  # what an opened main window set apart
    gc.collect()


@pytest.fixture
def languages(qapp: object) -> Iterator[Languages]:
    langs = Languages()
    langs.set_language("en")
    yield langs
    langs.set_language("en")


@pytest.fixture
def ctx(book: Book, languages: Languages) -> Iterator[UiContext]:
    context = UiContext(book, languages, Settings())
    yield context
    context.tasks.wait()


def wait_for_tasks(qtbot: object, ctx: UiContext) -> None:
    """Wait until the task queue is empty and its results were delivered."""
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10_000)  # type: ignore[attr-defined]


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """The .qm files are built by setup; build them here too for a bare pytest run."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "translations"
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    for ts in folder.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
