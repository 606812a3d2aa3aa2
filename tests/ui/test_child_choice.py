"""Choosing a child in the main window: the page in front shows the child at
once; a page behind it shows the child when it comes to the front, so its reads
do not queue before the one the person waits for. The same for what changes
while a page is behind: it reads nothing then, and shows the change when it
comes to the front."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.domain.care import CareGoal, GoalStep
from app.domain.changes import ChangeSet
from app.domain.records import Child, ContactNote
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.pages.care import CarePage
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


def test_a_page_behind_reads_nothing_when_records_change_and_shows_them_in_front(
    qtbot: QtBot, ctx: UiContext, child: Child, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: main.children_list.loaded)
    model, view = main.children_model, main.children_view
    view.setCurrentIndex(model.index(model.row_of(child.id)))
    contacts = next(p for p in main.pages if isinstance(p, ContactsPage))
    main.tabs.setCurrentWidget(contacts)
    main.tabs.setCurrentWidget(main.today_page)
    wait_for_tasks(qtbot, ctx)
    reads: list[Any] = []
    overview = contacts.service.overview
    monkeypatch.setattr(contacts.service, "overview", lambda *a: reads.append(a) or overview(*a))

    household = ctx.book.identity.household_id
    mother = ctx.records.create(factories.relative(household, [child], name="Sara"))
    note = ctx.records.create(factories.contact_note(ctx.book.identity, [child], [mother]))
    ctx.changed(ChangeSet.of("relative", ids=[mother.id], households=[household]))
    ctx.changed(ChangeSet.of(ContactNote.kind, ids=[note.id], households=[household]))
    wait_for_tasks(qtbot, ctx)
    assert reads == []  # behind Today: nothing read
    assert contacts.notes_model.rowCount() == 0

    main.tabs.setCurrentWidget(contacts)
    wait_for_tasks(qtbot, ctx)
    assert len(reads) == 1  # both changes, read once
    assert contacts.notes_model.rowCount() == 1
    main.tabs.setCurrentWidget(main.today_page)
    main.tabs.setCurrentWidget(contacts)
    wait_for_tasks(qtbot, ctx)
    assert len(reads) == 1  # nothing changed meanwhile: nothing read again


def test_the_questions_waiting_are_counted_while_their_page_is_behind(
    qtbot: QtBot, ctx: UiContext, child: Child, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    wait_for_tasks(qtbot, ctx)
    queue = main.questions_page
    main.tabs.setCurrentWidget(main.today_page)
    assert queue.is_behind()
    heard: list[ChangeSet] = []
    monkeypatch.setattr(queue, "on_records_changed", heard.append)
    changes = ChangeSet.of("review", households=[ctx.book.identity.household_id])
    ctx.changed(changes)
    assert heard == [changes]  # the banner's count follows, also from behind
    wait_for_tasks(qtbot, ctx)


def test_the_panels_of_a_page_behind_wait_for_it_to_come_to_the_front(
    qtbot: QtBot, ctx: UiContext, child: Child, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: main.children_list.loaded)
    model, view = main.children_model, main.children_view
    view.setCurrentIndex(model.index(model.row_of(child.id)))
    care = next(p for p in main.pages if isinstance(p, CarePage))
    main.tabs.setCurrentWidget(care)
    main.tabs.setCurrentWidget(main.today_page)
    wait_for_tasks(qtbot, ctx)
    reloads: list[str] = []
    monkeypatch.setattr(care.goals, "reload", lambda: reloads.append("goals"))
    monkeypatch.setattr(care.medication, "reload", lambda: reloads.append("medication"))

    ctx.changed(ChangeSet.of(CareGoal.kind, ids=[uuid.uuid4()]))
    ctx.changed(ChangeSet.of(GoalStep.kind, ids=[uuid.uuid4()]))
    assert reloads == []  # behind Today: nothing read

    main.tabs.setCurrentWidget(care)
    assert reloads == ["goals"]  # both changes, read once; medication did not change
    wait_for_tasks(qtbot, ctx)
