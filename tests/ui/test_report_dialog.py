"""File ▸ Report…: the dialog writes the PDF in a worker with a progress bar;
Cancel and Esc stop it and leave no file; a path that cannot be written shows
the reason and leaves nothing; a supervisor chooses among the children of the
households in scope."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.demo import supervisor
from app.domain.records import Child
from app.domain.vocabulary import HouseholdKind, Role, Severity
from app.services import profile
from app.services.records import RecordService
from app.services.report import ReportResult
from app.storage import sync_state
from app.storage.book import Book
from app.storage.store import Store
from app.ui.context import UiContext
from app.ui.dialogs import report as report_module
from app.ui.dialogs.report import ReportDialog, default_file_name, documents_folder
from app.ui.i18n import Languages
from app.ui.settings import Settings
from tests import factories
from tests.conftest import PASSPHRASE

TODAY = date(2026, 2, 18)


@pytest.fixture
def lotte(book: Book, records: RecordService, child: Child) -> Child:
    """Lotte Janssens (the shared fixture) with a month of daily logs."""
    book.today = lambda: TODAY
    with book.store.write() as session:
        for i in range(30):
            day = TODAY - timedelta(days=i)
            records.create_in(
                session,
                factories.daily_log(
                    book.identity,
                    child,
                    date=day,
                    mood=4,
                    text=f"Dag {i}: rustig gespeeld.",
                    flag=i == 3,
                    severity=Severity.LOW if i == 3 else None,
                ),
            )
    return child


def open_dialog(qtbot: Any, ctx: UiContext, child: Child | None = None) -> ReportDialog:
    dialog = ReportDialog(ctx, child.id if child else None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.child.count() > 0 and dialog.state == "idle", timeout=20_000)
    return dialog


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the reports (the profile lives beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """Holds the report at its first progress step until the test opens the
    gate, so that Cancel is pressed while it runs (its temporary file exists)."""
    opened = threading.Event()
    reached = threading.Event()
    real = report_module.build_report

    def held(*args: Any, **kwargs: Any) -> ReportResult:
        *rest, progress = args

        def slow(done: int, total: int) -> None:
            reached.set()
            opened.wait(10)
            progress(done, total)

        return real(*rest, slow, **kwargs)

    monkeypatch.setattr(report_module, "build_report", held)
    yield {"open": opened, "reached": reached}
    opened.set()


def test_defaults_child_period_language_and_file_name(
    qtbot: Any, ctx: UiContext, lotte: Child
) -> None:
    dialog = open_dialog(qtbot, ctx, lotte)
    assert dialog.chosen_child() == lotte.id
    assert dialog.start.value() == date(2025, 2, 18)
    assert dialog.end.value() == TODAY
    assert dialog.language.currentData() == "en"
    assert dialog.start.calendarPopup() and dialog.end.calendarPopup()
    path = Path(dialog.path.text())
    assert path.parent == documents_folder()
    assert path.name == "Report Lotte Janssens 2025-02-18 to 2026-02-18.pdf"
    # The name follows the dates until the person chooses a file.
    dialog.start.set_value(date(2026, 1, 1))
    assert Path(dialog.path.text()).name == "Report Lotte Janssens 2026-01-01 to 2026-02-18.pdf"
    dialog.set_path("/somewhere/else.pdf")
    dialog.end.set_value(TODAY - timedelta(days=1))
    assert dialog.path.text() == "/somewhere/else.pdf"
    assert default_file_name("Report %1 %2 to %3.pdf", "A/B: C", TODAY, TODAY) == (
        "Report A B C 2026-02-18 to 2026-02-18.pdf"
    )


def test_the_report_language_starts_as_the_apps(qtbot: Any, ctx: UiContext, lotte: Child) -> None:
    ctx.languages.set_language("fr")
    dialog = open_dialog(qtbot, ctx, lotte)
    assert dialog.language.currentData() == "fr"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "nl",
        "fr",
        "en",
    ]


def test_enter_creates_the_pdf_with_the_progress_bar_at_100(
    qtbot: Any, ctx: UiContext, lotte: Child, out: Path
) -> None:
    dialog = open_dialog(qtbot, ctx, lotte)
    target = out / "Lotte.pdf"
    dialog.set_path(target)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    seen: list[tuple[int, int]] = []
    follow = dialog._progress

    def spy(done: int, total: int) -> None:
        seen.append((done, total))
        follow(done, total)

    dialog._progress = spy  # type: ignore[method-assign]
    dialog.path.setFocus()
    with qtbot.waitSignal(dialog.sig_created, timeout=60_000) as created:
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
        assert dialog.running
        assert not dialog.child.isEnabled()
        assert dialog.cancel_button.text() == "Cancel"
    result = created.args[0]
    assert isinstance(result, ReportResult)
    assert result.path == target and target.is_file()
    assert dialog.progress.value() == dialog.progress.maximum() > 0
    assert dialog.progress.text() == "100%"
    assert any(0 < done < total for done, total in seen)
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Lotte Janssens" in text
    assert "Periodeverslag" in text  # the report's language, not the app's
    assert str(target) in dialog.status.text() and dialog.open_button.isVisible()
    assert dialog.open_button.isDefault()
    assert leftovers(target.parent) == ["Lotte.pdf"]
    assert dialog.cancel_button.text() == "Close"


def test_cancel_stops_the_report_and_leaves_no_file(
    qtbot: Any, ctx: UiContext, lotte: Child, out: Path, gate: dict[str, Any]
) -> None:
    dialog = open_dialog(qtbot, ctx, lotte)
    target = out / "Lotte.pdf"
    dialog.set_path(target)
    dialog.create_report()
    assert gate["reached"].wait(20)
    assert any(name.endswith(".part") for name in leftovers(out))  # it was being written
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.state == "cancelling"
    gate["open"].set()
    qtbot.waitUntil(lambda: dialog.state == "cancelled", timeout=20_000)
    assert leftovers(out) == []
    assert "no file was written" in dialog.status.text()
    assert dialog.isVisible()  # Cancel stopped the report; it did not close the dialog
    assert dialog.child.isEnabled() and dialog.create_button.isEnabled()


def test_escape_cancels_a_running_report_then_closes(
    qtbot: Any, ctx: UiContext, lotte: Child, out: Path, gate: dict[str, Any]
) -> None:
    dialog = open_dialog(qtbot, ctx, lotte)
    dialog.set_path(out / "Lotte.pdf")
    dialog.create_report()
    assert gate["reached"].wait(20)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.state == "cancelling"
    gate["open"].set()
    qtbot.waitUntil(lambda: dialog.state == "cancelled", timeout=20_000)
    assert leftovers(out) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_a_path_that_cannot_be_written_shows_why_and_leaves_nothing(
    qtbot: Any, ctx: UiContext, lotte: Child, out: Path, where: str
) -> None:
    dialog = open_dialog(qtbot, ctx, lotte)
    if where == "a folder":
        (out / "taken.pdf").mkdir()
        target, reason = out / "taken.pdf", "it is a folder"
    else:
        target, reason = out / "nowhere" / "Lotte.pdf", "the folder does not exist"
    before = leftovers(out)
    dialog.set_path(target)
    dialog.create_report()
    qtbot.waitUntil(lambda: dialog.state == "failed", timeout=20_000)
    assert "cannot be written" in dialog.status.text() and reason in dialog.status.text()
    assert leftovers(out) == before
    assert not dialog.open_button.isVisible()
    assert dialog.create_button.isEnabled()


def test_the_reason_is_shown_in_the_apps_language(
    qtbot: Any, ctx: UiContext, lotte: Child, out: Path
) -> None:
    ctx.languages.set_language("nl")
    dialog = open_dialog(qtbot, ctx, lotte)
    dialog.set_path(out / "nowhere" / "Lotte.pdf")
    dialog.create_report()
    qtbot.waitUntil(lambda: dialog.state == "failed", timeout=20_000)
    assert "kan niet naar" in dialog.status.text()
    assert "de map bestaat niet" in dialog.status.text()  # the reason in Dutch too
    assert leftovers(out) == []


def test_an_existing_file_is_replaced_only_when_the_person_agrees(
    qtbot: Any, ctx: UiContext, lotte: Child, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, ctx, lotte)
    target = out / "Lotte.pdf"
    target.write_bytes(b"an older report")
    dialog.set_path(target)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    dialog.create_report()
    assert dialog.state == "idle" and target.read_bytes() == b"an older report"
    dialog.create_report()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_period_that_ends_before_it_starts(qtbot: Any, ctx: UiContext, lotte: Child) -> None:
    dialog = open_dialog(qtbot, ctx, lotte)
    dialog.start.set_value(TODAY)
    dialog.end.set_value(TODAY - timedelta(days=3))
    assert "starts after it ends" in dialog.status.text()
    dialog.create_report()
    assert dialog.state == "idle"


@pytest.fixture
def supervisor_ctx(tmp_path: Path, qapp: Any) -> Iterator[tuple[UiContext, Any]]:
    book = profile.create_profile(
        tmp_path / "supervisor",
        PASSPHRASE,
        profile.NewProfile("Hilde Vos", "Dienst Pleegzorg", HouseholdKind.SIMBA, Role.SUPERVISOR),
        strength="minimum",
        today=lambda: TODAY,
    )
    summary = supervisor.fill_supervisor(book, households=2, children=2, days=20, seed=5)
    with book.store.write() as session:  # enrolled: the supervised households are in scope
        Store.set_meta(session, sync_state.URL, "https://office.invalid")
        Store.set_meta(session, sync_state.TOKEN, "token")
    languages = Languages()
    languages.set_language("en")
    context = UiContext(book, languages, Settings())
    yield context, summary
    context.tasks.wait()
    book.close()


def test_a_supervisor_chooses_among_the_children_of_the_households_in_scope(
    qtbot: Any, supervisor_ctx: tuple[UiContext, Any], out: Path
) -> None:
    ctx, summary = supervisor_ctx
    dialog = open_dialog(qtbot, ctx)
    listed = [dialog.child.itemText(i) for i in range(dialog.child.count())]
    expected = [
        f"{name} — {household.name}"
        for household in summary.households
        for name in household.children
    ]
    assert sorted(listed) == sorted(expected)
    dialog.child.setCurrentIndex(listed.index(expected[-1]))
    dialog.set_path(out / "r.pdf")
    dialog.create_report()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=60_000)
    name = summary.households[-1].children[-1]
    assert name in "\n".join(p.extract_text() for p in PdfReader(out / "r.pdf").pages)


def test_the_child_chosen_in_the_window_is_the_reports_child_and_its_file_is_seen_whole(
    qtbot: Any, ctx: UiContext, lotte: Child, book: Book, records: RecordService
) -> None:
    # Another child, listed before Lotte; the id given is a copy, as the window gives it.
    other = records.create(factories.child(book.identity.household_id, given_name="Arne"))
    import uuid

    dialog = open_dialog(qtbot, ctx, lotte)
    assert dialog.child.count() == 2 and dialog.child.itemData(0) == other.id
    dialog.close()
    copy = uuid.UUID(str(lotte.id))
    dialog = ReportDialog(ctx, copy)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.child.count() == 2 and dialog.state == "idle", timeout=20_000)
    assert dialog.chosen_child() == lotte.id  # was the first child listed
    dialog.set_child(uuid.UUID(str(other.id)))
    assert dialog.chosen_child() == other.id
    # The path field is as wide as the whole path.
    metrics = dialog.path.fontMetrics()
    assert dialog.path.width() >= metrics.horizontalAdvance(dialog.path.text())


def test_a_missing_documents_folder_is_made_for_the_suggested_file(
    qtbot: Any, ctx: UiContext, lotte: Child, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "new account" / "Documents"
    monkeypatch.setattr(report_module, "documents_folder", lambda: documents)
    dialog = open_dialog(qtbot, ctx, lotte)
    assert Path(dialog.path.text()).parent == documents and not documents.exists()
    dialog.create_report()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=30_000)
    assert dialog.result_ is not None and dialog.result_.path.parent == documents
    assert dialog.result_.path.is_file()
