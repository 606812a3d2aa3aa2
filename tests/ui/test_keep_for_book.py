"""Keeping a moment for the child's book, and the list of what is kept."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog

from app.domain.records import Child
from app.domain.story import Keepsake
from app.domain.vocabulary import Role, Severity
from app.services.records import RecordService
from app.services.story import StoryService
from app.ui.context import UiContext
from app.ui.dialogs.keep import KeepButton, KeepDialog
from app.ui.pages.child_profile import ProfilePage
from app.ui.pages.child_story import WordsDialog
from tests import factories
from tests.ui.conftest import wait_for_tasks

WORDS = "Je zette je eerste stapjes in de tuin, met de halsband van de hond in je hand."


def test_a_moment_is_kept_with_a_sentence_and_listed_on_the_profile(
    qtbot: object, ctx: UiContext, records: RecordService, child: Child
) -> None:
    log = records.create(factories.daily_log(ctx.book.identity, child, moments="Eerste stapjes"))
    page = ProfilePage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.set_child(child)
    wait_for_tasks(qtbot, ctx)
    assert page.kept.list.count() == 0 and not page.kept.empty.isHidden()

    button = KeepButton(ctx)
    qtbot.addWidget(button)  # type: ignore[attr-defined]
    button.set_record(log)
    assert not button.isHidden() and "Keep" in button.text()
    dialog = button.open_dialog()
    assert isinstance(dialog, KeepDialog)
    dialog.words.setPlainText(WORDS)
    dialog.accept()
    wait_for_tasks(qtbot, ctx)
    assert dialog.result() == QDialog.DialogCode.Accepted

    [kept] = StoryService(ctx.book).kept(child.id)
    assert (kept.target_id, kept.target_kind, kept.words, kept.on) == (
        log.id, "daily_log", WORDS, log.date)  # fmt: skip
    qtbot.waitUntil(lambda: page.kept.list.count() == 1)  # type: ignore[attr-defined]
    assert WORDS in page.kept.list.item(0).text()
    wait_for_tasks(qtbot, ctx)  # the button reads what is kept again, off the UI thread
    assert "Kept" in button.text()

    # Kept again: the same keepsake, new words; then taken out.
    again = button.open_dialog()
    assert isinstance(again, KeepDialog) and again.words.toPlainText() == WORDS
    again.words.setPlainText("Nieuwe zin")
    again.accept()
    wait_for_tasks(qtbot, ctx)
    [kept2] = StoryService(ctx.book).kept(child.id)
    assert kept2.id == kept.id and kept2.words == "Nieuwe zin"
    wait_for_tasks(qtbot, ctx)
    last = button.open_dialog()
    assert last is not None
    last.take_out()
    wait_for_tasks(qtbot, ctx)
    assert StoryService(ctx.book).kept(child.id) == []
    qtbot.waitUntil(lambda: page.kept.list.count() == 0)  # type: ignore[attr-defined]


def test_an_incident_is_not_kept(
    qtbot: object, ctx: UiContext, records: RecordService, child: Child
) -> None:
    log = records.create(
        factories.daily_log(
            ctx.book.identity, child, flag=True, severity=Severity.HIGH, incident="Gevallen"
        )
    )
    button = KeepButton(ctx)
    qtbot.addWidget(button)  # type: ignore[attr-defined]
    button.set_record(log)
    dialog = button.open_dialog()
    assert dialog is not None
    dialog.accept()
    wait_for_tasks(qtbot, ctx)
    assert dialog.isVisible() and not dialog.problems.isHidden()
    assert "incident" in dialog.problems.label.text()
    assert StoryService(ctx.book).kept(child.id) == []


def test_a_contact_with_two_children_is_kept_for_both(
    ctx: UiContext, records: RecordService, child: Child
) -> None:
    home = ctx.book.identity.household_id
    brother = records.create(factories.child(home, given_name="Milan"))
    mother = records.create(factories.relative(home, [child, brother]))
    note = records.create(factories.contact_note(ctx.book.identity, [child, brother], [mother]))
    written = StoryService(ctx.book).keep(note, "Mama kwam op bezoek")
    assert {k.child_id for k in written} == {child.id, brother.id}
    assert all(isinstance(k, Keepsake) and k.target_kind == "contact_note" for k in written)


def test_a_page_of_the_childs_words(qtbot: object, ctx: UiContext, child: Child) -> None:
    dialog = WordsDialog(ctx, child)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.accept()  # empty: refused with a message
    assert not dialog.problems.isHidden()
    dialog.words.setPlainText("Ik hou van voetbal en van mijn zus.")
    dialog.accept()
    [page] = StoryService(ctx.book).kept(child.id)
    assert page.target_id is None and page.words.startswith("Ik hou van voetbal")


def test_a_supervisor_keeps_nothing(qtbot: object, ctx: UiContext, records: RecordService,
                                    child: Child) -> None:  # fmt: skip
    log = records.create(factories.daily_log(ctx.book.identity, child, moments="Zandkasteel"))
    ctx.book.identity = replace(ctx.book.identity, role=Role.SUPERVISOR)
    button = KeepButton(ctx)
    qtbot.addWidget(button)  # type: ignore[attr-defined]
    button.set_record(log)
    assert button.isHidden()
