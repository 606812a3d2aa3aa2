"""Change sets: a write announces what it wrote, once; a page reloads only for
changes of what it shows."""

from __future__ import annotations

import threading
import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import NOTHING, ChangeSet
from app.domain.records import Child, DailyLog
from app.ui.context import UiContext
from app.ui.pages.child_profile import ProfilePage
from app.ui.pages.contacts import ContactsPage
from app.ui.pages.milestones import MilestonesPage
from app.ui.pages.today import TodayPage
from tests.ui.conftest import wait_for_tasks


def announced(ctx: UiContext) -> list[ChangeSet]:
    heard: list[ChangeSet] = []
    ctx.events.sig_records_changed.connect(heard.append)
    return heard


def test_a_change_of_nothing_is_not_announced(qtbot: QtBot, ctx: UiContext) -> None:
    heard = announced(ctx)
    ctx.changed(NOTHING)
    ctx.changed(ChangeSet.of("review"))
    assert heard == [ChangeSet.of("review")]


@pytest.mark.parametrize("page_class", [ContactsPage, MilestonesPage])
def test_a_page_does_not_reload_for_a_kind_it_does_not_show(
    qtbot: QtBot,
    ctx: UiContext,
    child: Child,
    page_class: type[ContactsPage] | type[MilestonesPage],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = page_class(ctx)
    qtbot.addWidget(page)
    page.set_child(child)
    wait_for_tasks(qtbot, ctx)
    reloads: list[int] = []
    monkeypatch.setattr(page, "reload", lambda: reloads.append(1))

    ctx.changed(ChangeSet.of("review", "conflict_revision", ids=[uuid.uuid4()]))
    ctx.changed(ChangeSet.of(DailyLog.kind, ids=[uuid.uuid4()]))
    assert reloads == []

    ctx.changed(ChangeSet.of(Child.kind, ids=[child.id]))
    assert reloads == [1]


def test_the_milestones_do_not_reload_for_another_child(
    qtbot: QtBot, ctx: UiContext, child: Child, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = MilestonesPage(ctx)
    qtbot.addWidget(page)
    page.set_child(child)
    wait_for_tasks(qtbot, ctx)
    reloads: list[int] = []
    monkeypatch.setattr(page, "reload", lambda: reloads.append(1))

    ctx.changed(ChangeSet.of(Child.kind, ids=[uuid.uuid4()]))
    assert reloads == []
    ctx.changed(ChangeSet.of("milestone_observation", ids=[uuid.uuid4()]))
    assert reloads == [1]


def test_a_save_announces_its_kind_and_id(qtbot: QtBot, ctx: UiContext, child: Child) -> None:
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.set_child(child)
    wait_for_tasks(qtbot, ctx)
    heard = announced(ctx)

    qtbot.keyClicks(page.form.texts["text"], "Slept through until seven")
    with qtbot.waitSignal(ctx.events.sig_records_changed, timeout=10_000):
        field = page.form.texts["text"]
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    log = ctx.daily.my_log(child.id, ctx.book.today())
    assert log is not None
    assert heard == [
        ChangeSet.of(DailyLog.kind, ids=[log.id], households=[ctx.book.identity.household_id])
    ]
    assert ctx.daily.load_draft(child.id, ctx.book.today()) is None


def test_the_profile_reads_a_changed_child_on_the_task_queue(
    qtbot: QtBot, ctx: UiContext, child: Child, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ProfilePage(ctx)
    qtbot.addWidget(page)
    page.set_child(child)
    wait_for_tasks(qtbot, ctx)
    reads: list[str] = []
    real_get = ctx.records.get

    def get(record_id: uuid.UUID) -> object:
        reads.append(threading.current_thread().name)
        return real_get(record_id)

    monkeypatch.setattr(ctx.records, "get", get)
    ctx.records.update(child.id, school="De Regenboog")
    reads.clear()

    other = ChangeSet.of(Child.kind, ids=[uuid.uuid4()])  # another child: its groups only
    ctx.changed(other)
    wait_for_tasks(qtbot, ctx)
    assert reads == [] and page.form.school.text() == ""

    ctx.changed(ChangeSet.of(Child.kind, ids=[child.id]))
    qtbot.waitUntil(lambda: page.form.school.text() == "De Regenboog", timeout=10_000)
    assert reads and threading.main_thread().name not in reads
