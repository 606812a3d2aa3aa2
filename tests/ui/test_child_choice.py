"""Choosing a child in the main window: the page in front shows the child at
once; a page behind it shows the child when it comes to the front, so its reads
do not queue before the one the person waits for."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.domain.records import Child
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.pages.contacts import ContactsPage
from tests import factories
from tests.ui.conftest import wait_for_tasks


def test_a_page_behind_shows_the_chosen_child_when_it_comes_to_the_front(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    mila = ctx.records.create(factories.child(ctx.book.identity.household_id, given_name="Mila"))
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: main.children_list.loaded)
    model, view = main.children_model, main.children_view
    contacts = next(p for p in main.pages if isinstance(p, ContactsPage))
    view.setCurrentIndex(model.index(model.row_of(child.id)))
    main.tabs.setCurrentWidget(main.today_page)
    assert main.today_page.child is not None and main.today_page.child.id == child.id
    main.tabs.setCurrentWidget(contacts)
    main.tabs.setCurrentWidget(main.today_page)
    wait_for_tasks(qtbot, ctx)

    view.setCurrentIndex(model.index(model.row_of(mila.id)))
    assert main.today_page.child is not None and main.today_page.child.id == mila.id
    behind = contacts.child
    assert behind is not None and behind.id == child.id  # not read again while hidden
    main.tabs.setCurrentWidget(contacts)
    shown = contacts.child
    assert shown is not None and shown.id == mila.id
    wait_for_tasks(qtbot, ctx)
