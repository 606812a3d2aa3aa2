"""Who wrote what: the timeline filtered by author ("Written by")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.domain.records import DailyLog
from app.storage import records
from app.ui.context import UiContext
from app.ui.pages.timeline import TimelinePage
from tests import factories
from tests.ui.conftest import wait_for_tasks


def test_written_by_shows_one_persons_entries(qtbot: QtBot, ctx: UiContext) -> None:
    home = ctx.book.identity.household_id
    tine = factories.person(home, display_name="Tine Janssens")
    lotte = factories.child(home, given_name="Lotte")
    theirs = DailyLog(household_id=home, child_id=lotte.id, author_id=tine.id,
                      date=ctx.book.today(), mood=2, text="Oorpijn")  # fmt: skip
    with ctx.book.store.write() as session:
        for record in (tine, lotte, theirs):
            records.put_synced(session, record)
    mine = ctx.daily.save(lotte.id, ctx.book.today(), {"mood": 4, "text": "Goede dag"})

    page = TimelinePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    page.set_child(None)
    wait_for_tasks(qtbot, ctx)
    assert set(page.model.record_ids()) == {theirs.id, mine.id}
    combo = page.filters.author
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["Everyone", "Anna Peeters", "Tine Janssens"]

    combo.setCurrentIndex(2)
    wait_for_tasks(qtbot, ctx)
    assert page.model.record_ids() == [theirs.id]
    combo.setCurrentIndex(1)
    wait_for_tasks(qtbot, ctx)
    assert page.model.record_ids() == [mine.id]
    combo.setCurrentIndex(0)
    wait_for_tasks(qtbot, ctx)
    assert set(page.model.record_ids()) == {theirs.id, mine.id}
