"""Shared fixtures: each test gets its own profile in its own temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.records import Child
from app.domain.vocabulary import HouseholdKind
from app.services import profile
from app.services.records import RecordService
from app.storage.book import Book
from tests import factories

PASSPHRASE = "correct horse battery staple"
CANARY = "Zwartbessenkanarie"  # a word that appears nowhere but in the records we write


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application() -> Iterator[object]:
    """One QApplication for the whole run, made first. The command line, called in the
    test process, makes a bare QCoreApplication for its translations when there is no
    application yet; a widget made after that would abort the process."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    yield QApplication.instance() or QApplication([])


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THUISBOEK_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def book(profile_dir: Path) -> Iterator[Book]:
    opened = profile.create_profile(
        profile_dir,
        PASSPHRASE,
        profile.NewProfile("Anna Peeters", "Gezin Peeters", HouseholdKind.SIMBA),
        strength="minimum",
    )
    yield opened
    opened.close()


@pytest.fixture
def records(book: Book) -> RecordService:
    return RecordService(book)


@pytest.fixture
def child(records: RecordService, book: Book) -> Child:
    return records.create(factories.child(book.identity.household_id, family_name="Janssens"))
