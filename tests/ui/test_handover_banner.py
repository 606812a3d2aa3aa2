"""The handover band on top of the main window: another person's note shows until
the person marks it read (their receipt, waiting for the central office), and what
others wrote since the person was last here is one click away."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.handover import Handover, HandoverRead, Shift
from app.domain.records import DailyLog
from app.services.handover import HandoverService
from app.storage import outbox, records
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.window.handover import SinceDialog
from tests import factories
from tests.ui.conftest import wait_for_tasks


def _open(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: main.children_list.loaded)
    return main


def _aunt_wrote(ctx: UiContext) -> tuple[uuid.UUID, uuid.UUID, Handover]:
    """Tine, the relief carer, wrote a note (and a log) in this household, as a sync
    brings them."""
    home = ctx.book.identity.household_id
    tine = factories.person(home, display_name="Tine Janssens")
    noah = factories.child(home, given_name="Noah")
    note = Handover(
        household_id=home,
        author_id=tine.id,
        date=ctx.book.today(),
        shift=Shift.EVENING,
        text="Noah slept badly, check his ear; mother phoned, visit moved to Thursday",
        children=[noah.id],
        modified_by=tine.id,
    )
    log = DailyLog(household_id=home, child_id=noah.id, author_id=tine.id,
                   date=ctx.book.today(), mood=2, text="Oorpijn")  # fmt: skip
    with ctx.book.store.write() as session:
        for record in (tine, noah, note, log):
            records.put_synced(session, record)
    return tine.id, noah.id, note


def test_the_next_person_sees_the_note_until_they_mark_it_read(
    qtbot: QtBot, ctx: UiContext
) -> None:
    HandoverService(ctx.book).leave(datetime.now(UTC) - timedelta(hours=12))
    _tine, _noah, note = _aunt_wrote(ctx)
    main = _open(qtbot, ctx)
    banner = main.handover.banner
    qtbot.waitUntil(banner.isVisible)
    assert banner.title.text().startswith("Handover from Tine Janssens (evening, ")
    assert banner.text.text() == note.text
    assert banner.new_button.isVisible() and banner.new_button.text() == "What's &new (2)"

    qtbot.mouseClick(banner.read_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ctx)
    me = ctx.book.identity.user_id
    with ctx.book.store.read() as session:
        receipt = records.get(session, HandoverRead.id_for(note.id, me))
        waiting = {e.record_id for e in outbox.outbox(session)}
    assert receipt is not None and isinstance(receipt.record, HandoverRead)
    assert receipt.record.author_id == me and receipt.sync_state == "pending"
    assert str(receipt.record.id) in waiting
    assert not banner.read_button.isVisible()  # read: only "what's new" stays
    assert banner.title.text() == "Since you were last here"
    assert HandoverService(ctx.book).mark_read(note.id) is None  # once

    dialog = SinceDialog(HandoverService(ctx.book).since_last(), main)
    qtbot.addWidget(dialog)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert sorted(r.text(2) for r in rows if r) == ["Handover (evening)", "Log"]
    assert {r.text(1) for r in rows if r} == {"Tine Janssens"}


def test_a_note_written_here_waits_for_the_next_person_not_for_its_writer(
    qtbot: QtBot, ctx: UiContext
) -> None:
    main = _open(qtbot, ctx)
    written = HandoverService(ctx.book).write(Shift.NIGHT, "  Lotte has a fever  ")
    assert written.text == "Lotte has a fever" and written.author_id == ctx.book.identity.user_id
    main.handover.reload()
    wait_for_tasks(qtbot, ctx)
    assert not main.handover.banner.isVisible()
    assert main.handover.write_action.shortcut().toString() == "Ctrl+Shift+H"
