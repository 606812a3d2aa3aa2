"""The Profile page and the child dialog, driven like a person would."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from app.domain.records import Child
from app.ui.context import UiContext
from app.ui.dialogs.child import ChildDialog
from app.ui.pages.child_profile import PHOTO_FIELD, ProfilePage
from tests.ui.conftest import wait_for_tasks


@pytest.fixture
def page(qtbot: object, ctx: UiContext, child: Child) -> Iterator[ProfilePage]:
    widget = ProfilePage(ctx)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.set_child(child)
    yield widget


def _stored(ctx: UiContext, child: Child) -> Child:
    record = ctx.records.get(child.id).record
    assert isinstance(record, Child)
    return record


def test_editing_the_school_stores_it_and_undo_restores_it(
    qtbot: object, ctx: UiContext, page: ProfilePage, child: Child
) -> None:
    assert page.form.given_name.text() == "Lotte"
    qtbot.keyClicks(page.form.school, "Basisschool De Regenboog")  # type: ignore[attr-defined]
    qtbot.keyClick(page.form.school, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    assert _stored(ctx, child).school == "Basisschool De Regenboog"
    assert _stored(ctx, child).given_name == "Lotte"

    ctx.undo.undo()
    wait_for_tasks(qtbot, ctx)
    assert _stored(ctx, child).school == ""
    assert page.form.school.text() == ""

    ctx.undo.redo()
    wait_for_tasks(qtbot, ctx)
    assert page.form.school.text() == "Basisschool De Regenboog"


def test_languages_are_a_comma_separated_list(
    qtbot: object, ctx: UiContext, page: ProfilePage, child: Child
) -> None:
    qtbot.keyClicks(page.form.languages, "Dutch , Arabic,, dutch")  # type: ignore[attr-defined]
    qtbot.keyClick(page.form.languages, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    assert _stored(ctx, child).languages == ["Dutch", "Arabic"]
    assert page.form.languages.text() == "Dutch, Arabic"


def test_placement_before_birth_is_refused(
    qtbot: object, ctx: UiContext, page: ProfilePage, child: Child
) -> None:
    page.form.placement_start.setDate(QDate(2021, 6, 1))
    qtbot.keyClick(page.form.placement_start, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)

    assert page.problems.isVisibleTo(page)
    assert "cannot start" in page.problems.texts()
    assert _stored(ctx, child).placement_start == date(2023, 1, 9)
    assert ctx.undo.count() == 0

    # Putting it right clears the message and stores the correction.
    page.form.placement_start.setDate(QDate(2023, 2, 1))
    qtbot.keyClick(page.form.placement_start, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    assert not page.problems.isVisibleTo(page)
    assert _stored(ctx, child).placement_start == date(2023, 2, 1)


def test_ending_the_placement(
    qtbot: object, ctx: UiContext, page: ProfilePage, child: Child
) -> None:
    page.form.placement_ended.setFocus()
    qtbot.keyClick(page.form.placement_ended, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    assert _stored(ctx, child).placement_end is not None


def test_notes_are_stored_when_leaving_the_field(
    qtbot: object, ctx: UiContext, page: ProfilePage, child: Child
) -> None:
    page.form.notes.setFocus()
    qtbot.keyClicks(page.form.notes, "Loves the swings")  # type: ignore[attr-defined]
    page.flush()
    wait_for_tasks(qtbot, ctx)
    assert _stored(ctx, child).notes == "Loves the swings"


def test_a_photo_is_kept_small_inside_the_record(
    qtbot: object, ctx: UiContext, page: ProfilePage, child: Child, tmp_path: Path
) -> None:
    picture = tmp_path / "photo.png"
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(120, 160, 200))
    assert image.save(str(picture))

    assert page.set_photo_from_file(str(picture))
    wait_for_tasks(qtbot, ctx)
    encoded = getattr(_stored(ctx, child), PHOTO_FIELD)
    stored = QImage.fromData(base64.b64decode(encoded), "PNG")
    assert (stored.width(), stored.height()) == (256, 192)
    assert page.remove_photo.isEnabled()

    ctx.undo.undo()
    wait_for_tasks(qtbot, ctx)
    assert getattr(_stored(ctx, child), PHOTO_FIELD) == ""
    assert not page.remove_photo.isEnabled()

    not_a_picture = tmp_path / "notes.txt"
    not_a_picture.write_text("hello")
    assert not page.set_photo_from_file(str(not_a_picture))
    assert page.problems.isVisibleTo(page)


def test_the_child_dialog_adds_a_child(qtbot: object, ctx: UiContext) -> None:
    dialog = ChildDialog(ctx, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    saved: list[Child] = []
    dialog.sig_saved.connect(saved.append)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "The child needs a first name." in dialog.problems.texts()
    assert dialog.record is None

    qtbot.keyClicks(dialog.form.given_name, "Noor")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.form.family_name, "Janssens")  # type: ignore[attr-defined]
    dialog.form.date_of_birth.setDate(QDate(2020, 2, 2))
    dialog.form.placement_start.setDate(QDate(2023, 1, 9))
    qtbot.keyClicks(dialog.form.sibling_group, "Janssens")  # type: ignore[attr-defined]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert saved and dialog.record is saved[0]
    stored = _stored(ctx, saved[0])
    assert (stored.given_name, stored.family_name) == ("Noor", "Janssens")
    assert stored.date_of_birth == date(2020, 2, 2)
    assert stored.sibling_group == "Janssens"
    assert any(c.id == stored.id for c in ctx.household.children())


def test_the_child_dialog_edits_a_child(qtbot: object, ctx: UiContext, child: Child) -> None:
    dialog = ChildDialog(ctx, child)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.form.given_name.text() == "Lotte"
    qtbot.keyClicks(dialog.form.school, "Kinderdagverblijf Zonnetje")  # type: ignore[attr-defined]
    dialog.accept()
    wait_for_tasks(qtbot, ctx)
    assert _stored(ctx, child).school == "Kinderdagverblijf Zonnetje"
    ctx.undo.undo()
    wait_for_tasks(qtbot, ctx)
    assert _stored(ctx, child).school == ""


def test_a_new_childs_details_come_back_after_a_lock(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs.child import ChildDialog
    from app.ui.widgets.drafts import flush_open_drafts
    from tests.ui.conftest import wait_for_tasks

    dialog = ChildDialog(ctx, None)
    qtbot.keyClicks(dialog.form.given_name, "Yasmina")
    qtbot.keyClicks(dialog.form.notes, "Komt morgen met haar knuffel")
    flush_open_drafts()  # what a lock does first
    wait_for_tasks(qtbot, ctx)
    dialog.deleteLater()  # the window goes with the lock
    again = ChildDialog(ctx, None)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.form.given_name.text() == "Yasmina")
    assert again.form.notes.toPlainText() == "Komt morgen met haar knuffel"
    again.accept()  # stored: the draft goes
    wait_for_tasks(qtbot, ctx)
    from app.services.drafts import DialogDrafts

    assert DialogDrafts(ctx.book).load("child:new") is None
