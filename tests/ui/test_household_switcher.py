"""The switcher of a person who works in several households (a relief carer):
one action and the window works in the other household, with today's missing logs
per household; entries are written as the person at the keyboard."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.records import DailyLog
from app.storage import records, sync_state
from app.storage.book import Book
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from tests import factories
from tests.ui.conftest import wait_for_tasks


@pytest.fixture
def village(book: Book) -> dict[str, uuid.UUID]:
    """The person's own family (Gezin Peeters, Lotte) and a second one she covers
    (Gezin Claes, Mila and Noor), as a sync brings them."""
    home = book.identity.household_id
    other = factories.household(name="Gezin Claes")
    lotte = factories.child(home, given_name="Lotte")
    mila = factories.child(other.id, given_name="Mila")
    noor = factories.child(other.id, given_name="Noor")
    with book.store.write() as session:
        for record in (other, lotte, mila, noor):
            records.put_synced(session, record)
        sync_state.set_households(session, [home, other.id])
    return {"home": home, "other": other.id, "lotte": lotte.id, "mila": mila.id}


def open_main(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: main.children_list.loaded)
    return main


def names(main: MainWindow) -> list[str]:
    model = main.children_model
    return [
        s.child.given_name
        for row in range(model.rowCount())
        if (s := model.summary(row)) is not None
    ]


def test_the_switcher_shows_each_household_and_ctrl_2_switches_the_window(
    qtbot: QtBot, ctx: UiContext, village: dict[str, uuid.UUID]
) -> None:
    main = open_main(qtbot, ctx)
    switcher = main.switcher
    assert switcher.isVisible()
    texts = [switcher.combo.itemText(i) for i in range(switcher.combo.count())]
    assert texts == ["Gezin Claes · 2 logs to write today", "Gezin Peeters · 1 log to write today"]
    assert switcher.combo.currentIndex() == 1  # the person's own household
    assert names(main) == ["Lotte"]
    assert main.header.text().endswith("· Gezin Peeters")

    qtbot.keyClick(main, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, ctx)
    assert ctx.book.identity.household_id == village["other"]
    assert switcher.combo.currentIndex() == 0
    assert names(main) == ["Mila", "Noor"]
    assert main.current_child() is not None and main.current_child().given_name == "Mila"  # type: ignore[union-attr]
    assert main.header.text().startswith("Mila") and main.header.text().endswith("Gezin Claes")

    # Written here, as the person at the keyboard, in the household of the child.
    log = ctx.daily.save(village["mila"], ctx.book.today(), {"mood": 4})
    ctx.changed(factories_changes(log))
    wait_for_tasks(qtbot, ctx)
    assert log.household_id == village["other"] and log.author_id == ctx.book.identity.user_id
    assert switcher.combo.itemText(0) == "Gezin Claes · 1 log to write today"

    switcher.combo.activated.emit(1)  # chosen with the mouse
    wait_for_tasks(qtbot, ctx)
    assert ctx.book.identity.household_id == village["home"]
    assert names(main) == ["Lotte"]


def factories_changes(log: DailyLog) -> object:
    from app.domain.changes import ChangeSet

    return ChangeSet.of(log.kind, ids=[log.id], households=[log.household_id])


def test_a_single_household_shows_no_switcher(qtbot: QtBot, ctx: UiContext) -> None:
    main = open_main(qtbot, ctx)
    assert not main.switcher.isVisible()
    household = ctx.book.identity.household_id
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, ctx)
    assert ctx.book.identity.household_id == household
