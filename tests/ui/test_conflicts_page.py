"""Conflict revisions, field by field, and their resolution: the household may take
the other value back; a supervisor keeps the current one with a note."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.changes import ChangeSet
from app.domain.records import Child, ConflictRevision, Record
from app.domain.vocabulary import Role
from app.services.conflicts import ConflictService
from app.services.records import RecordService
from app.storage import records as record_store
from app.storage.book import Book
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.models.conflicts import ConflictColumn, FieldColumn
from app.ui.pages.conflicts import ConflictsPage
from tests import factories
from tests.ui.conftest import wait_for_tasks


def pulled(book: Book, record: Record) -> None:
    """Store a record as a sync brings it from the server."""
    with book.store.write() as session:
        record_store.put_synced(session, record)


def conflict_on(
    child: Child, losing: dict[str, object], winning: dict[str, object]
) -> ConflictRevision:
    return factories.conflict_revision(
        child, losing, winning, created_at=datetime(2025, 6, 1, 18, 30, tzinfo=UTC)
    )


def conflicts_page(qtbot: QtBot, ctx: UiContext, **kwargs: object) -> ConflictsPage:
    page = ConflictsPage(ctx, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def cell(page: ConflictsPage, row: int, column: int) -> str:
    return str(page.fields_model.index(row, column).data())


def test_the_household_takes_the_other_value_back(
    qtbot: QtBot, ctx: UiContext, book: Book, records: RecordService, child: Child
) -> None:
    records.update(child.id, school="De Regenboog")
    revision = conflict_on(child, {"school": "Sint-Jozef"}, {"school": "De Regenboog"})
    pulled(book, revision)
    page = conflicts_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    assert page.count() == 1
    assert page.model.index(0, ConflictColumn.RECORD).data() == "Child profile · Lotte Janssens"
    assert page.model.index(0, ConflictColumn.FIELDS).data() == "School or daycare"
    assert page.model.index(0, ConflictColumn.BY).data() == "laptop2"
    assert [cell(page, 0, c) for c in FieldColumn] == [
        "School or daycare",
        "De Regenboog",
        "De Regenboog",
        "Sint-Jozef",
    ]
    assert page.keep_button.isEnabled() and page.losing_button.isEnabled()
    assert page.why_not.text() == ""

    qtbot.keyClicks(page.note, "Sint-Jozef klopt: verhuisd in mei")
    qtbot.mouseClick(page.losing_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ctx)

    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert "other values are used" in page.notice.text()
    assert "No conflicts" in page.results.text()
    current = records.get(child.id).record
    assert isinstance(current, Child) and current.school == "Sint-Jozef"
    [settled] = ConflictService(book).revisions(include_resolved=True)
    assert settled.resolved and settled.resolution_note == "Sint-Jozef klopt: verhuisd in mei"


def test_a_supervisor_keeps_the_current_value_with_a_note(
    qtbot: QtBot, ctx: UiContext, book: Book, records: RecordService, child: Child
) -> None:
    revision = conflict_on(child, {"school": "Oud", "placed": True}, {"school": "Nieuw"})
    pulled(book, revision)
    book.identity = replace(book.identity, user_id=uuid.uuid4(), role=Role.SUPERVISOR)
    page = conflicts_page(qtbot, ctx, per_household=True)
    assert "Choose a household" in page.results.text()
    page.set_household(book.identity.household_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    assert not page.losing_button.isEnabled()
    assert page.why_not.text().startswith("Supervisors do not change the household's records")
    assert page.losing_button.toolTip() == page.why_not.text()
    assert cell(page, 1, FieldColumn.FIELD) == "Placed"  # a field without words of its own
    assert cell(page, 1, FieldColumn.LOSING) == "yes"
    assert cell(page, 1, FieldColumn.WINNING) == "—"

    page.losing_button.click()  # disabled: nothing happens
    wait_for_tasks(qtbot, ctx)
    assert page.model.rowCount() == 1

    page.note.setFocus()
    qtbot.keyClicks(page.note, "Besproken met het gezin")
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    [settled] = ConflictService(book).revisions(include_resolved=True)
    assert settled.resolved and settled.resolution_note == "Besproken met het gezin"
    assert records.get(child.id).record == child


def test_the_caregivers_conflicts_tab_shows_only_when_there_is_one(
    qtbot: QtBot, ctx: UiContext, book: Book, child: Child
) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    page = main.conflicts_page
    index = main.tabs.indexOf(page)
    qtbot.waitUntil(lambda: page.loaded)
    assert not main.tabs.isTabVisible(index)

    pulled(book, conflict_on(child, {"school": "Oud"}, {"school": "Nieuw"}))
    ctx.changed(ChangeSet.of("conflict_revision"))  # as a sync announces it
    qtbot.waitUntil(lambda: main.tabs.isTabVisible(index))
    assert main.tabs.tabText(index) == "Conflicts (1)"
    main.menus.page_actions[index].trigger()  # Alt+7
    assert main.tabs.currentWidget() is page
    main.flush()


def test_the_conflict_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, ctx: UiContext, book: Book, records: RecordService,
    child: Child,
) -> None:  # fmt: skip
    records.update(child.id, school="De Regenboog")
    pulled(book, conflict_on(child, {"school": "Sint-Jozef"}, {"school": "De Regenboog"}))
    page = conflicts_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.waitUntil(lambda: page.fields_model.rowCount() > 0)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.fields_model)  # type: ignore[attr-defined]
    page.retranslate()
    assert page.model.index(0, ConflictColumn.BY).data() == "laptop2"
