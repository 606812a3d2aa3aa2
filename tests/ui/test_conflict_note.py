"""A conflict the supervisor settled, with a note: the household reads the note
with the record in its timeline."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.domain.records import Child
from app.storage import records as record_store
from app.ui.context import UiContext
from tests import factories
from tests.ui.conftest import wait_for_tasks
from tests.ui.test_timeline import make_page, select


def test_the_supervisors_note_on_a_settled_conflict_shows_with_the_record(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    log = ctx.records.create(factories.daily_log(ctx.book.identity, child, text="Naar zee"))
    settled = factories.conflict_revision(
        log, {"text": "Naar het bos"}, {"text": "Naar zee"},
        resolved=True, resolution_note="Besproken: het was de zee",
    )  # fmt: skip
    open_one = factories.conflict_revision(log, {"sleep": "Onrustig"}, {"sleep": "Goed"})
    with ctx.book.store.write() as session:
        record_store.put_synced(session, settled)
        record_store.put_synced(session, open_one)
    page = make_page(qtbot, ctx, child)
    select(qtbot, page, log.id)
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: "Conflicts settled" in page.detail.browser.toPlainText())
    text = page.detail.browser.toPlainText()
    assert "Besproken: het was de zee" in text
    assert text.count("settled.") == 1  # the conflict still open is not said to be settled
