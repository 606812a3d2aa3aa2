"""The Contacts page and its dialogs, driven like a person would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QListView

from app.domain.changes import ChangeSet
from app.domain.records import Child, ContactNote, Relative
from app.domain.vocabulary import CancelledBy, ContactKind, ContactStatus, RelationKind
from app.services.contacts import ContactService
from app.ui.context import UiContext
from app.ui.dialogs.contact_note import ContactNoteDialog, NoteMode
from app.ui.dialogs.relative import RelativeDialog
from app.ui.models.contacts import CheckListModel, ContactNotesModel, NoteColumn
from app.ui.models.relatives import Column, RelativesModel
from app.ui.pages.contacts import ContactsPage
from tests import factories
from tests.ui.conftest import wait_for_tasks

TODAY = date(2025, 6, 20)


@pytest.fixture
def service(ctx: UiContext) -> ContactService:
    ctx.book.today = lambda: TODAY
    return ContactService(ctx.book)


@pytest.fixture
def mother(ctx: UiContext, service: ContactService, child: Child) -> Relative:
    return ctx.records.create(
        service.new_relative(name="Sara", relation=RelationKind.MOTHER, children=[child.id])
    )


@pytest.fixture
def father(ctx: UiContext, service: ContactService, child: Child) -> Relative:
    return ctx.records.create(
        service.new_relative(name="Karim", relation=RelationKind.FATHER, children=[child.id])
    )


@pytest.fixture
def page(
    qtbot: object, ctx: UiContext, child: Child, service: ContactService
) -> Iterator[ContactsPage]:
    widget = ContactsPage(ctx)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.set_child(child)
    wait_for_tasks(qtbot, ctx)
    yield widget


def _note(ctx: UiContext, service: ContactService, child: Child, day: date, status: ContactStatus,
          *relatives: Relative, **fields: object) -> ContactNote:  # fmt: skip
    return ctx.records.create(
        service.new_note(
            date=day,
            status=status,
            contact_kind=ContactKind.VISIT,
            children=[child.id],
            relatives=[r.id for r in relatives],
            **fields,
        )
    )


def _refresh(qtbot: object, ctx: UiContext, page: ContactsPage) -> None:
    page.reload()
    wait_for_tasks(qtbot, ctx)


def _tick(qtbot: object, view: QListView, label: str) -> None:
    """Tick an item of a checkable list with the keyboard, as a person would."""
    model = view.model()
    for row in range(model.rowCount()):
        if str(model.index(row, 0).data()).startswith(label):
            view.setCurrentIndex(model.index(row, 0))
            qtbot.keyClick(view, Qt.Key.Key_Space)  # type: ignore[attr-defined]
            return
    raise AssertionError(f"{label} is not in the list")


def _ok(qtbot: object, dialog: ContactNoteDialog | RelativeDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def _activate(qtbot: object, page: ContactsPage) -> None:
    """Show the page in an active window: keyboard shortcuts only work there."""
    page.show()
    qtbot.waitExposed(page)  # type: ignore[attr-defined]
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # type: ignore[attr-defined]


def _select_note(page: ContactsPage, row: int = 0) -> None:
    page.notes_view.setCurrentIndex(page.notes_proxy.index(row, 0))


def test_recording_a_contact_through_the_dialog_stores_it(
    qtbot: object,
    ctx: UiContext,
    page: ContactsPage,
    service: ContactService,
    child: Child,
    mother: Relative,
    father: Relative,
) -> None:
    _refresh(qtbot, ctx, page)
    _activate(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    dialogs = page.findChildren(ContactNoteDialog)
    assert len(dialogs) == 1, "Ctrl+N opens the dialog"
    dialog = dialogs[0]

    dialog.kind.setCurrentIndex(dialog.kind.findData(ContactKind.SUPERVISED_VISIT))
    dialog.status.setCurrentIndex(dialog.status.findData(ContactStatus.HAPPENED))
    dialog.date.setDate(QDate(2025, 6, 18))
    dialog.duration.selectAll()
    qtbot.keyClicks(dialog.duration, "90")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.place, "Visiting centre")  # type: ignore[attr-defined]
    _tick(qtbot, dialog.relatives_view, "Sara")
    qtbot.keyClicks(dialog.texts["reaction_after"], "Cried, then slept well")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.texts["agreements"], "Next visit in two weeks")  # type: ignore[attr-defined]
    _ok(qtbot, dialog)
    wait_for_tasks(qtbot, ctx)

    [note] = service.notes_of(child.id)
    assert note.contact_kind == ContactKind.SUPERVISED_VISIT
    assert note.status == ContactStatus.HAPPENED
    assert note.relatives == [mother.id]
    assert note.children == [child.id]
    assert note.date == date(2025, 6, 18)
    assert note.duration_minutes == 90
    assert note.place == "Visiting centre"
    assert note.reaction_after == "Cried, then slept well"
    assert note.agreements == "Next visit in two weeks"
    assert page.notes_model.rowCount() == 1
    assert page.notes_model.index(0, NoteColumn.WITH).data() == "Sara"
    # The visit counts at once for the mother, not for the father.
    row = page.relatives_model.row_of(mother.id)
    assert "2 days ago" in page.relatives_model.index(row, Column.LAST_SEEN).data()
    row = page.relatives_model.row_of(father.id)
    assert page.relatives_model.index(row, Column.LAST_SEEN).data() == "Not yet"


def test_a_sibling_in_the_household_can_share_the_contact(
    qtbot: object, ctx: UiContext, service: ContactService, child: Child, mother: Relative
) -> None:
    ctx.records.update(child.id, sibling_group="Janssens")
    noor = ctx.records.create(
        factories.child(
            ctx.book.identity.household_id,
            given_name="Noor",
            date_of_birth=date(2020, 2, 2),
            sibling_group="Janssens",
        )
    )
    page = ContactsPage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.set_child(child)
    wait_for_tasks(qtbot, ctx)
    assert "Noor" in page.siblings_label.text()

    dialog = page.record_contact()
    assert dialog is not None
    children = dialog.children_model
    assert children.checked_ids() == [child.id], "this child comes pre-checked"
    dialog.kind.setCurrentIndex(dialog.kind.findData(ContactKind.VISIT))
    assert dialog.relatives_model.checked_ids() == [mother.id]  # the only relative: ticked
    _tick(qtbot, dialog.children_view, "Noor")
    _ok(qtbot, dialog)
    wait_for_tasks(qtbot, ctx)

    [note] = service.notes_of(noor.id)
    assert set(note.children) == {child.id, noor.id}


def test_last_seen_shows_the_last_contact_that_happened(
    qtbot: object,
    ctx: UiContext,
    page: ContactsPage,
    service: ContactService,
    child: Child,
    mother: Relative,
) -> None:
    _note(ctx, service, child, date(2025, 6, 1), ContactStatus.HAPPENED, mother)
    _note(ctx, service, child, date(2025, 5, 1), ContactStatus.HAPPENED, mother)
    _note(ctx, service, child, date(2025, 6, 12), ContactStatus.CANCELLED, mother)
    _note(ctx, service, child, date(2025, 7, 3), ContactStatus.PLANNED, mother)
    ctx.changed(ChangeSet.of(ContactNote.kind))
    wait_for_tasks(qtbot, ctx)

    locale = QLocale(ctx.languages.current)
    shown = page.relatives_model.index(0, Column.LAST_SEEN).data()
    assert locale.toString(QDate(2025, 6, 1), QLocale.FormatType.ShortFormat) in shown
    assert "19 days ago" in shown
    assert locale.toString(QDate(2025, 6, 12), QLocale.FormatType.ShortFormat) not in shown
    planned = page.relatives_model.index(0, Column.NEXT_PLANNED).data()
    assert planned == locale.toString(QDate(2025, 7, 3), QLocale.FormatType.ShortFormat)
    counts = page.relatives_model.index(0, Column.LAST_SEEN).data(Qt.ItemDataRole.ToolTipRole)
    assert counts == "2 held, 1 cancelled"
    assert page.notes_model.rowCount() == 4
    # Newest first.
    assert page.notes_proxy.index(0, NoteColumn.STATUS).data() == "Planned"


def test_a_contact_without_kind_or_relative_is_refused(
    qtbot: object, ctx: UiContext, page: ContactsPage, service: ContactService, child: Child,
    mother: Relative,
) -> None:  # fmt: skip
    _refresh(qtbot, ctx, page)
    dialog = page.record_contact()
    assert dialog is not None
    _tick(qtbot, dialog.relatives_view, "Sara")  # the only relative comes ticked: untick her
    qtbot.keyClicks(dialog.place, "Park")  # type: ignore[attr-defined]
    _ok(qtbot, dialog)
    wait_for_tasks(qtbot, ctx)

    assert dialog.isVisible()
    assert dialog.problems.isVisible()
    assert "Choose the kind of contact" in dialog.problems.texts()
    assert "Choose at least one relative." in dialog.problems.texts()
    assert service.notes_of(child.id) == []
    assert ctx.undo.count() == 0


def test_adding_a_relative_through_the_dialog(
    qtbot: object, ctx: UiContext, page: ContactsPage, service: ContactService, child: Child
) -> None:
    assert page.relatives_empty.isVisibleTo(page)
    dialog = page.add_relative()
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Daan")  # type: ignore[attr-defined]
    dialog.relation.setCurrentIndex(dialog.relation.findData(RelationKind.SIBLING))
    qtbot.keyClicks(dialog.lives_where, "Foster family in Leuven")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.arrangement, "Every other Saturday")  # type: ignore[attr-defined]
    _ok(qtbot, dialog)
    wait_for_tasks(qtbot, ctx)

    [daan] = service.relatives_of(child.id)
    assert (daan.name, daan.relation) == ("Daan", RelationKind.SIBLING)
    assert daan.children == [child.id]
    assert daan.lives_where == "Foster family in Leuven"
    assert daan.contact_arrangement == "Every other Saturday"
    assert page.relatives_model.index(0, Column.NAME).data() == "Daan"
    assert page.relatives_model.index(0, Column.LAST_SEEN).data() == "Not yet"
    assert not page.relatives_empty.isVisibleTo(page)


def test_a_relative_needs_a_name(
    qtbot: object, ctx: UiContext, page: ContactsPage, service: ContactService, child: Child
) -> None:
    dialog = page.add_relative()
    assert dialog is not None
    _ok(qtbot, dialog)
    wait_for_tasks(qtbot, ctx)
    assert dialog.isVisible()
    assert "The relative needs a name." in dialog.problems.texts()
    assert service.relatives_of(child.id) == []


def test_editing_a_relative_and_removing_it_with_undo(
    qtbot: object, ctx: UiContext, page: ContactsPage, service: ContactService, child: Child,
    mother: Relative,
) -> None:  # fmt: skip
    _refresh(qtbot, ctx, page)
    page.relatives_view.setCurrentIndex(page.relatives_proxy.index(0, 0))
    dialog = page.edit_relative()
    assert dialog is not None
    dialog.arrangement.selectAll()
    qtbot.keyClicks(dialog.arrangement, "Monthly, supervised")  # type: ignore[attr-defined]
    _ok(qtbot, dialog)
    wait_for_tasks(qtbot, ctx)
    assert service.relatives_of(child.id)[0].contact_arrangement == "Monthly, supervised"

    _activate(qtbot, page)
    page.relatives_view.setCurrentIndex(page.relatives_proxy.index(0, 0))
    page.relatives_view.setFocus()
    qtbot.keyClick(page.relatives_view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    assert service.relatives_of(child.id) == []
    ctx.undo.undo()
    wait_for_tasks(qtbot, ctx)
    assert [r.id for r in service.relatives_of(child.id)] == [mother.id]


def test_a_fresh_note_is_edited_in_place_and_deleted_with_undo(
    qtbot: object, ctx: UiContext, page: ContactsPage, service: ContactService, child: Child,
    mother: Relative,
) -> None:  # fmt: skip
    note = _note(ctx, service, child, date(2025, 6, 19), ContactStatus.HAPPENED, mother)
    _refresh(qtbot, ctx, page)
    _activate(qtbot, page)
    _select_note(page)
    assert page.edit_note_action.text() == "Edi&t contact…"
    page.notes_view.setFocus()
    qtbot.keyClick(page.notes_view, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    [dialog] = page.findChildren(ContactNoteDialog)
    assert dialog.mode == NoteMode.EDIT
    dialog.status.setCurrentIndex(dialog.status.findData(ContactStatus.NO_SHOW))
    _ok(qtbot, dialog)
    wait_for_tasks(qtbot, ctx)
    [stored] = service.notes_of(child.id)
    assert stored.id == note.id and stored.status == ContactStatus.NO_SHOW

    _activate(qtbot, page)  # back from the dialog
    _select_note(page)
    page.notes_view.setFocus()
    qtbot.keyClick(page.notes_view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    assert service.notes_of(child.id) == []
    assert page.notes_model.rowCount() == 0
    ctx.undo.undo()
    wait_for_tasks(qtbot, ctx)
    assert [n.id for n in service.notes_of(child.id)] == [note.id]


def test_an_old_note_gets_an_amendment_with_a_reason(
    qtbot: object, ctx: UiContext, page: ContactsPage, service: ContactService, child: Child,
    mother: Relative,
) -> None:  # fmt: skip
    written = datetime.now(UTC) - timedelta(days=3)
    note = _note(ctx, service, child, date(2025, 6, 10), ContactStatus.HAPPENED, mother,
                 place="Park", created_at=written)  # fmt: skip
    _refresh(qtbot, ctx, page)
    _select_note(page)
    assert page.edit_note_action.text() == "Add &amendment…"
    assert not page.delete_note_action.isEnabled()
    dialog = page.edit_note()
    assert dialog is not None and dialog.mode == NoteMode.AMEND
    dialog.place.selectAll()
    qtbot.keyClicks(dialog.place, "Visiting centre")  # type: ignore[attr-defined]
    _ok(qtbot, dialog)
    assert "An amendment needs a reason." in dialog.problems.texts()
    qtbot.keyClicks(dialog.reason, "Wrong place written")  # type: ignore[attr-defined]
    _ok(qtbot, dialog)
    wait_for_tasks(qtbot, ctx)

    [thread] = service.threads_of(child.id)
    assert thread.original.id == note.id and thread.original.place == "Park"
    assert thread.current.place == "Visiting centre"
    assert thread.current.amendment_reason == "Wrong place written"
    assert "✎" in page.notes_model.index(0, NoteColumn.DATE).data()
    assert "Wrong place written" in page.note_detail.toPlainText()

    ctx.undo.undo()
    wait_for_tasks(qtbot, ctx)
    [thread] = service.threads_of(child.id)
    assert not thread.amended and thread.current.place == "Park"


def test_models_pass_the_model_tester(
    qtmodeltester: object, ctx: UiContext, service: ContactService, child: Child,
    mother: Relative, father: Relative,
) -> None:  # fmt: skip
    _note(ctx, service, child, date(2025, 6, 1), ContactStatus.HAPPENED, mother, father)
    _note(ctx, service, child, date(2025, 6, 5), ContactStatus.NO_SHOW, father,
          duration_minutes=75)  # fmt: skip
    overview = service.overview(child.id)

    relatives = RelativesModel()
    relatives.set_rows(overview.summaries)
    qtmodeltester.check(relatives)  # type: ignore[attr-defined]
    notes = ContactNotesModel()
    notes.set_rows(overview.threads, overview.relative_names)
    qtmodeltester.check(notes)  # type: ignore[attr-defined]
    assert notes.index(0, NoteColumn.DURATION).data() == "1 h 15 min"
    checks = CheckListModel()
    checks.set_items([(mother.id, "Sara"), (father.id, "Karim")], {father.id})
    qtmodeltester.check(checks)  # type: ignore[attr-defined]
    checks.set_checked(mother.id, True)
    assert checks.checked_ids() == [mother.id, father.id]


def test_a_language_switch_redraws_dates_in_the_new_locale(
    qtbot: object, ctx: UiContext, page: ContactsPage, service: ContactService, child: Child,
    mother: Relative,
) -> None:  # fmt: skip
    _note(ctx, service, child, date(2025, 6, 1), ContactStatus.HAPPENED, mother)
    _refresh(qtbot, ctx, page)
    ctx.languages.set_language("fr")
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: page.notes_model.index(0, NoteColumn.DATE).data() == "01/06/2025"
    )
    assert page.relatives_model.index(0, Column.LAST_SEEN).data().startswith("01/06/2025")


def test_a_cancelled_contact_says_who_cancelled(
    qtbot: object,
    ctx: UiContext,
    page: ContactsPage,
    service: ContactService,
    child: Child,
    mother: Relative,
) -> None:
    _refresh(qtbot, ctx, page)
    _activate(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    [dialog] = page.findChildren(ContactNoteDialog)
    dialog.show()
    # Asked only for a cancelled contact.
    assert not dialog.cancelled_by.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ContactKind.VISIT))
    dialog.status.setCurrentIndex(dialog.status.findData(ContactStatus.CANCELLED))
    assert dialog.cancelled_by.isVisible()
    assert dialog.cancelled_by.currentText() == "Not recorded"
    dialog.cancelled_by.setCurrentIndex(dialog.cancelled_by.findData(CancelledBy.FAMILY))
    assert dialog.relatives_model.checked_ids() == [mother.id]  # the only relative, ticked
    _ok(qtbot, dialog)
    wait_for_tasks(qtbot, ctx)
    [note] = service.notes_of(child.id)
    assert note.status == ContactStatus.CANCELLED and note.cancelled_by == CancelledBy.FAMILY


def test_the_tables_fit_their_width_and_the_detail_says_what_to_do(
    qtbot: object, ctx: UiContext, page: ContactsPage, child: Child, service: ContactService,
    mother: Relative, father: Relative,
) -> None:  # fmt: skip
    ctx.languages.set_language("fr")
    for day in range(1, 6):
        place = "Espace rencontre du CPAS d'Anderlecht, salle des familles, 2e étage"
        _note(ctx, service, child, TODAY - timedelta(days=day), ContactStatus.HAPPENED, mother,
              place=place)  # fmt: skip
    _refresh(qtbot, ctx, page)
    page.resize(1000, 560)  # the Contacts page of a 1366×768 window
    _activate(qtbot, page)
    page.relatives_view.setCurrentIndex(page.relatives_view.model().index(-1, -1))
    for view in (page.relatives_view, page.notes_view):
        assert view.model().rowCount() > 0
        qtbot.waitUntil(lambda view=view: view.horizontalScrollBar().maximum() == 0)  # type: ignore[attr-defined]
        header = view.horizontalHeader()
        used = sum(header.sectionSize(c) for c in range(header.count()))
        assert used <= view.viewport().width() + 1  # every column seen, none cut off
    # Before a row is chosen, the detail panes say what they are for.
    page.notes_view.clearSelection()
    page.notes_view.setCurrentIndex(page.notes_view.model().index(-1, -1))
    assert "Choisissez un contact" in page.note_detail.toPlainText()


def test_a_contact_with_no_relative_yet_adds_one_from_inside_and_keeps_its_words(
    qtbot: object, ctx: UiContext, page: ContactsPage, service: ContactService, child: Child,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from PySide6.QtWidgets import QMessageBox

    from app.services.drafts import DialogDrafts
    from app.ui.widgets.drafts import flush_open_drafts

    _refresh(qtbot, ctx, page)
    dialog = page.record_contact()
    assert dialog is not None and dialog.relatives_model.rowCount() == 0
    dialog.kind.setCurrentIndex(dialog.kind.findData(ContactKind.PHONE))
    qtbot.keyClicks(dialog.texts["reaction_during"], "Blij haar stem te horen")  # type: ignore[attr-defined]
    # No relative yet: one is added from inside the contact, and comes ticked.
    assert dialog.add_relative_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.add_relative_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    relative_dialog = dialog.relative_dialog
    assert isinstance(relative_dialog, RelativeDialog)
    qtbot.keyClicks(relative_dialog.name, "Sara")  # type: ignore[attr-defined]
    relative_dialog.relation.setCurrentIndex(relative_dialog.relation.findData(RelationKind.MOTHER))
    _ok(qtbot, relative_dialog)
    wait_for_tasks(qtbot, ctx)
    [sara] = service.relatives_of(child.id)
    assert dialog.relatives_model.checked_ids() == [sara.id]

    # Cancel asks before throwing words away; "keep writing" keeps the dialog.
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel]

    def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.reject()
    assert asked and dialog.result() == 0 and not dialog.isHidden()

    # A lock keeps the words (encrypted, in the profile) and the dialog goes.
    flush_open_drafts()
    wait_for_tasks(qtbot, ctx)
    stored = DialogDrafts(ctx.book).load(f"contact:{child.id}")
    assert stored is not None and stored["reaction_during"] == "Blij haar stem te horen"
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not page.findChildren(ContactNoteDialog))  # type: ignore[attr-defined]

    # Opened again, the dialog has them back.
    again = page.record_contact()
    assert again is not None
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: again.texts["reaction_during"].toPlainText() == "Blij haar stem te horen"
    )
    assert again.restored_label.isVisibleTo(again)
    assert again.kind.currentData() == ContactKind.PHONE
    assert again.relatives_model.checked_ids() == [sara.id]
    _ok(qtbot, again)
    wait_for_tasks(qtbot, ctx)
    assert len(service.notes_of(child.id)) == 1
    assert DialogDrafts(ctx.book).load(f"contact:{child.id}") is None  # stored: no draft


def test_the_only_relative_comes_ticked(
    qtbot: object, ctx: UiContext, page: ContactsPage, mother: Relative
) -> None:
    _refresh(qtbot, ctx, page)
    dialog = page.record_contact()
    assert dialog is not None
    assert dialog.relatives_model.checked_ids() == [mother.id]


def test_a_new_relatives_words_come_back_after_a_lock(
    qtbot: object, ctx: UiContext, page: ContactsPage, child: Child
) -> None:
    from app.ui.widgets.drafts import flush_open_drafts

    _refresh(qtbot, ctx, page)
    dialog = page.add_relative()
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Oma Jeanne")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.arrangement, "Elke zondag bellen")  # type: ignore[attr-defined]
    flush_open_drafts()  # what a lock does first
    wait_for_tasks(qtbot, ctx)
    dialog.deleteLater()  # the window goes with the lock
    qtbot.waitUntil(lambda: not page.findChildren(RelativeDialog))  # type: ignore[attr-defined]
    again = page.add_relative()
    assert again is not None
    qtbot.waitUntil(lambda: again.name.text() == "Oma Jeanne")  # type: ignore[attr-defined]
    assert again.arrangement.toPlainText() == "Elke zondag bellen"
