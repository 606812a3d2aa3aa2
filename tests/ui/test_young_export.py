"""Closing a placement offers the book and the young person's export, after
saying what still waits to reach the office; the export is made on the task
queue into a folder, and the Profile page of a closed placement offers both."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate

from app.domain.records import Child
from app.domain.vocabulary import PlacementOutcome, Role
from app.services.lifebook.texts import TEXTS as BOOK_TEXTS
from app.services.records import RecordService
from app.services.young_export.texts import TEXTS
from app.ui.context import UiContext
from app.ui.dialogs.lifebook import BookDialog
from app.ui.dialogs.young_export import LeavingOffersDialog, YoungExportDialog
from app.ui.pages.child_profile import ProfilePage
from app.ui.tasks import Lane
from tests import factories
from tests.ui.conftest import wait_for_tasks


def _close(qtbot: object, ctx: UiContext, page: ProfilePage, child: Child) -> None:
    dialog = page.open_close_placement()
    assert dialog is not None
    ended = date.today() - timedelta(days=1)
    dialog.ended.setDate(QDate(ended.year, ended.month, ended.day))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(PlacementOutcome.KINSHIP.value))
    dialog.accept()
    wait_for_tasks(qtbot, ctx)


def test_closing_offers_the_book_and_the_export(
    qtbot: object, ctx: UiContext, child: Child, records: RecordService, tmp_path: Path
) -> None:
    me = ctx.book.identity
    records.create(factories.daily_log(me, child, moments="Bouwde een kamp in het bos"))
    ctx.book.identity = replace(me, role=Role.SUPERVISOR)
    page = ProfilePage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.set_child(child)
    assert page.leaving_export.isHidden() and page.leaving_book.isHidden()
    _close(qtbot, ctx, page, child)

    offers = page.offers
    assert isinstance(offers, LeavingOffersDialog) and offers.isVisible()
    # First what still waits here: the child, the log and the closing were never sent.
    qtbot.waitUntil(lambda: offers.waiting.text() != "")  # type: ignore[attr-defined]
    assert "still wait on this laptop" in offers.waiting.text()
    assert "a day after the closing reaches them" in offers.waiting.text()

    book = offers.open_book()
    assert isinstance(book, BookDialog)
    book.reject()
    export = offers.open_export()
    assert isinstance(export, YoungExportDialog) and export.isVisible()
    export.language.setCurrentIndex(export.language.findData("fr"))
    written: list[list[Path]] = []
    export.sig_written.connect(written.append)
    out = tmp_path / "pour Lotte"
    out.mkdir()
    export.make_into(out)
    assert not export.progress.isHidden()
    qtbot.waitUntil(lambda: bool(written), timeout=30_000)  # type: ignore[attr-defined]
    ctx.tasks.wait(lane=Lane.LONG)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.name for p in written[0]) and len(names) == 2
    assert any(n.startswith(TEXTS["fr"]["title"]) for n in names)
    assert any(n.startswith(BOOK_TEXTS["fr"]["title"].format(name="")) for n in names)
    assert out.name in export.status.text() and export.progress.isHidden()
    offers.accept()

    # The page of the closed placement offers both too.
    qtbot.waitUntil(lambda: not page.leaving_export.isHidden())  # type: ignore[attr-defined]
    assert not page.leaving_book.isHidden()
    again = page.open_export()
    assert isinstance(again, YoungExportDialog)
    again.reject()


def test_a_missing_folder_is_told_in_the_dialog(
    qtbot: object, ctx: UiContext, child: Child, tmp_path: Path
) -> None:
    dialog = YoungExportDialog(ctx, child)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.make_into(tmp_path / "nope")
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)  # type: ignore[attr-defined]
    assert "nope" in dialog.status.text() and not (tmp_path / "nope").exists()
    assert dialog.make_button.isEnabled()
