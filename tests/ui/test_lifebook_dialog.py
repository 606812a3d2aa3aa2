"""The life-story book previewed page by page in the app, then saved."""

from __future__ import annotations

from pathlib import Path

from app.domain.records import Child
from app.services.records import RecordService
from app.services.story import StoryService
from app.ui.context import UiContext
from app.ui.dialogs.lifebook import BookDialog
from app.ui.pages.child_profile import ProfilePage
from tests import factories
from tests.ui.conftest import wait_for_tasks


def test_the_book_is_previewed_page_by_page_and_saved(
    qtbot: object, ctx: UiContext, records: RecordService, child: Child, tmp_path: Path
) -> None:
    log = records.create(factories.daily_log(ctx.book.identity, child, moments="Zandkasteel"))
    StoryService(ctx.book).keep(log, "Het hoogste kasteel van het strand")
    page = ProfilePage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.set_child(child)
    dialog = page.open_book()
    assert isinstance(dialog, BookDialog)
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=20_000)  # type: ignore[attr-defined]
    assert dialog.made is not None and dialog.page_count() == dialog.made.pages >= 5
    first = dialog.image.pixmap().toImage()
    assert not first.isNull() and first.width() > 300
    dialog.next.click()
    assert dialog.page == 1 and dialog.previous.isEnabled()
    assert dialog.image.pixmap().toImage() != first
    # Nothing of the book is written anywhere before it is saved.
    for file in (f for f in tmp_path.rglob("*") if f.is_file()):
        assert b"Zandkasteel" not in file.read_bytes(), file
        assert b"hoogste kasteel" not in file.read_bytes(), file

    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.made is not None and dialog.made.data.lang == "fr")  # type: ignore[attr-defined]
    out = tmp_path / "out"
    out.mkdir()
    target = out / "livre.pdf"
    assert dialog.save_to(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.iterdir()] == ["livre.pdf"]  # no temporary file left
