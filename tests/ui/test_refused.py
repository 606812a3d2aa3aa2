"""Refused changes, shown and sent again: the dialog lists what the central office
did not accept with its reason; "Send again" (the button or Ctrl+Enter) puts the
chosen records back in the queue unchanged; Enter does nothing; Escape closes.
The main window opens it from File and from the status bar's sync text."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from app.domain.records import Child
from app.services.records import RecordService
from app.services.refused import RefusedService
from app.storage import outbox as outbox_store
from app.storage.book import Book
from app.ui import sync_status
from app.ui.context import UiContext
from app.ui.dialogs.refused import RefusedDialog
from app.ui.i18n import Languages
from app.ui.main_window import MainWindow
from app.ui.models.refused import REASON_CHARS, RefusedColumn, RefusedModel
from app.ui.models.timeline import snippet
from app.ui.models.words import Words
from app.ui.window.status_bar import REFUSED_LINK
from tests.refused import LONG_REASON, RefusedHome, refused_home
from tests.ui.conftest import wait_for_tasks

SELECT_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


@pytest.fixture
def home(book: Book, records: RecordService, child: Child) -> RefusedHome:
    return refused_home(book, records, child)


def refused_dialog(qtbot: QtBot, ctx: UiContext) -> RefusedDialog:
    dialog = RefusedDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def cells(dialog: RefusedDialog, column: RefusedColumn) -> list[str]:
    model = dialog.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def select_rows(dialog: RefusedDialog, record_ids: set[uuid.UUID]) -> None:
    dialog.view.clearSelection()
    for row in range(dialog.model.rowCount()):
        found = dialog.model.row(row)
        if found is not None and found.record_id in record_ids:
            dialog.view.selectionModel().select(dialog.model.index(row, 0), SELECT_ROW)


def contents(book: Book) -> dict[str, tuple[str, str]]:
    with book.store.read() as session:
        rows = session.connection().exec_driver_sql("SELECT id, content, sync_state FROM record")
        return {r[0]: (r[1], r[2]) for r in rows}


def outbox(book: Book) -> dict[str, str]:
    with book.store.read() as session:
        return {e.record_id: e.content for e in outbox_store.outbox(session)}


def test_the_model_puts_each_refused_change_in_words(
    qtlog: object, ctx: UiContext, book: Book, home: RefusedHome
) -> None:
    model = RefusedModel(Words())
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_items(RefusedService(book).refused())
    model.retranslate()

    by_id = {model.row(r).record_id: r for r in range(model.rowCount())}  # type: ignore[union-attr]
    texts = {
        record_id: [str(model.index(row, c).data()) for c in RefusedColumn]
        for record_id, row in by_id.items()
    }
    assert texts[home.log.id][:3] == ["Log", "Mon 6/2/2025 · Lotte Janssens", "not found"]
    what, record, reason, changed = texts[home.contact.id]
    assert (what, record) == ("Contact", "Tue 6/3/2025 · Lotte Janssens, Sofie Janssens")
    # A long reason is cut in the list (the tooltip and the panel hold it all).
    assert reason == snippet(LONG_REASON, REASON_CHARS) and reason.endswith("…") and changed
    assert texts[home.child.id][:2] == ["Child profile", "Lotte Janssens"]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in RefusedColumn] == [
        "What", "Record", "Reason", "Changed",
    ]  # fmt: skip
    # The full reason and the record in full as wrapping (rich text) tooltips.
    tip = model.index(by_id[home.contact.id], RefusedColumn.REASON).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tip.startswith("<p>") and "rule C-12" in tip and "2 June 2025" in tip
    about = model.index(by_id[home.log.id], RefusedColumn.RECORD).data(Qt.ItemDataRole.ToolTipRole)
    assert "Eerste keer alleen gefietst." in about and "Gezin Peeters" in about
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]  # type: ignore[attr-defined]
    del tester


def test_the_dialog_shows_the_refused_changes_with_their_reasons(
    qtbot: QtBot, ctx: UiContext, home: RefusedHome
) -> None:
    dialog = refused_dialog(qtbot, ctx)

    assert dialog.model.rowCount() == 3
    assert dialog.windowTitle() == "Refused changes"
    assert dialog.intro.text().startswith("The central office did not accept these changes.")
    assert dialog.results.text() == "3 changes refused."
    assert sorted(cells(dialog, RefusedColumn.WHAT)) == ["Child profile", "Contact", "Log"]
    assert sorted(cells(dialog, RefusedColumn.REASON)) == sorted(
        [
            snippet(LONG_REASON, REASON_CHARS),
            "not found",
            "Only the central office may change this child's school.",
        ]
    )
    # The first row is chosen; the panel below holds its reason in full.
    assert len(dialog.selected_ids()) == 1 and dialog.send_button.isEnabled()
    row = dialog.model.row(dialog.view.currentIndex().row())
    assert row is not None and row.item.reason in dialog.detail.toPlainText()
    # A long reason wraps: its row is taller than a one-line row.
    contact_row = dialog.model.row_of(home.contact.id)
    log_row = dialog.model.row_of(home.log.id)
    assert dialog.view.rowHeight(contact_row) > dialog.view.rowHeight(log_row)


def test_send_again_queues_the_chosen_records_unchanged(
    qtbot: QtBot, ctx: UiContext, book: Book, home: RefusedHome
) -> None:
    dialog = refused_dialog(qtbot, ctx)
    before = contents(book)
    select_rows(dialog, {home.log.id, home.child.id})

    with qtbot.waitSignal(dialog.sig_sent) as sent:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)

    assert sent.args == [2]
    after = contents(book)
    for record_id in (str(home.log.id), str(home.child.id)):
        assert after[record_id] == (before[record_id][0], "pending")
        assert outbox(book)[record_id] == before[record_id][0]  # the very content stored
    assert after[str(home.contact.id)] == before[str(home.contact.id)]
    assert str(home.contact.id) not in outbox(book)
    assert dialog.model.row(0).record_id == home.contact.id  # type: ignore[union-attr]
    assert dialog.results.text() == "1 change refused."
    assert dialog.notice.text() == "2 changes will be sent again with the next sync."
    assert RefusedService(book).count() == 1


def test_enter_does_nothing_ctrl_enter_sends_escape_closes(
    qtbot: QtBot, ctx: UiContext, book: Book, home: RefusedHome
) -> None:
    dialog = refused_dialog(qtbot, ctx)
    dialog.view.setFocus()
    select_rows(dialog, {home.contact.id})

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(dialog.view, key)
    wait_for_tasks(qtbot, ctx)
    assert dialog.isVisible() and dialog.model.rowCount() == 3
    assert outbox(book) == {}

    with qtbot.waitSignal(dialog.sig_sent):
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert set(outbox(book)) == {str(home.contact.id)}

    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == RefusedDialog.DialogCode.Rejected
    assert RefusedService(book).count() == 2  # closing sent and deleted nothing


def test_nothing_refused_says_so_and_sends_nothing(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    dialog = refused_dialog(qtbot, ctx)
    assert dialog.model.rowCount() == 0
    assert dialog.results.text().startswith("No refused changes")
    assert not dialog.send_button.isEnabled()
    dialog.send_again()  # as Ctrl+Enter would
    assert ctx.tasks.pending == 0


def test_the_dialog_speaks_the_chosen_language(
    qtbot: QtBot, ctx: UiContext, languages: Languages, home: RefusedHome
) -> None:
    dialog = refused_dialog(qtbot, ctx)
    languages.set_language("nl")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Geweigerde wijzigingen")
    assert dialog.results.text() == "3 wijzigingen geweigerd."
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Wat"
    languages.set_language("fr")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Modifications refusées")
    assert dialog.send_button.text() == "&Renvoyer"


# The main window --------------------------------------------------------------------


def main_window(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    wait_for_tasks(qtbot, ctx)  # the children and the sync counts are read on the queue
    return main


def script_dialog(
    monkeypatch: pytest.MonkeyPatch, act: Callable[[RefusedDialog], None]
) -> list[RefusedDialog]:
    """Run ``act`` on the dialog in place of its modal loop."""
    opened: list[RefusedDialog] = []

    def exec_(self: RefusedDialog) -> int:
        opened.append(self)
        act(self)
        return 0

    monkeypatch.setattr(RefusedDialog, "exec", exec_)
    return opened


def test_the_menu_action_is_disabled_with_nothing_refused(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    main = main_window(qtbot, ctx)
    assert main.menus.refused_action.text() == "Re&fused changes…"
    assert main.menus.refused_action in main.menus.file_menu.actions()
    assert not main.menus.refused_action.isEnabled()
    assert "refused" not in main.sync_label.text()
    main.flush()


def test_the_status_bar_link_opens_the_dialog_and_send_again_syncs(
    qtbot: QtBot,
    ctx: UiContext,
    book: Book,
    home: RefusedHome,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sync_status.SyncController, "enrolled", property(lambda self: True))
    main = main_window(qtbot, ctx)
    syncs: list[bool] = []
    monkeypatch.setattr(main.sync, "sync_now", lambda confirm=False: syncs.append(confirm))
    label = main.sync_label.text()
    assert main.menus.refused_action.isEnabled()
    assert f'<a href="{REFUSED_LINK}">3 changes refused by the central office</a>' in label

    def send_two(dialog: RefusedDialog) -> None:
        qtbot.waitUntil(lambda: dialog.loaded)
        assert dialog.model.rowCount() == 3
        select_rows(dialog, {home.log.id, home.contact.id})
        dialog.send_button.click()
        wait_for_tasks(qtbot, ctx)

    opened = script_dialog(monkeypatch, send_two)
    main.sync_label.linkActivated.emit(REFUSED_LINK)  # a click on the link

    assert len(opened) == 1
    assert syncs == [False]  # the next sync is now
    qtbot.waitUntil(lambda: "1 change refused" in main.sync_label.text())
    assert "2 changes waiting" in main.sync_label.text()
    assert main.menus.refused_action.isEnabled()
    main.flush()


def test_the_menu_action_opens_the_dialog_and_goes_grey_once_all_are_sent(
    qtbot: QtBot, ctx: UiContext, book: Book, home: RefusedHome, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = main_window(qtbot, ctx)  # not connected to an office: nothing to sync with

    def send_all(dialog: RefusedDialog) -> None:
        qtbot.waitUntil(lambda: dialog.loaded)
        dialog.view.selectAll()
        qtbot.keyClick(dialog.view, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
        wait_for_tasks(qtbot, ctx)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)

    opened = script_dialog(monkeypatch, send_all)
    main.menus.refused_action.trigger()

    assert len(opened) == 1
    qtbot.waitUntil(lambda: not main.menus.refused_action.isEnabled())
    assert "refused" not in main.sync_label.text()
    assert "3 changes waiting" in main.sync_label.text()
    assert {r.record_id for r in RefusedService(book).refused()} == set()
    main.flush()
