"""The Today page, driven through its real widgets over a real encrypted profile."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from app.domain.records import Child, DailyLog
from app.domain.vocabulary import Severity
from app.services.timeline import TimelineFilter
from app.ui.context import UiContext
from app.ui.i18n import Languages
from app.ui.pages.today import TodayPage
from app.ui.pages.today_view import qdate
from tests import factories
from tests.ui.conftest import wait_for_tasks


def make_page(qtbot: QtBot, ctx: UiContext, child: Child, *, keep: bool = True) -> TodayPage:
    page = TodayPage(ctx)
    if keep:
        qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.set_child(child)
    wait_for_tasks(qtbot, ctx)
    return page


def press_save(qtbot: QtBot, page: TodayPage) -> None:
    field = page.form.texts["text"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def write_log(
    ctx: UiContext, child: Child, day: date, created: datetime, **fields: object
) -> DailyLog:
    return ctx.records.create(
        factories.daily_log(ctx.book.identity, child, date=day, created_at=created, **fields)
    )


def test_typed_log_is_stored_and_in_the_timeline(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    page = make_page(qtbot, ctx, child)
    today = ctx.book.today()
    qtbot.mouseClick(page.form.mood_buttons[4], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.form.texts["sleep"], "Slept through until seven")
    qtbot.keyClicks(page.form.texts["eating"], "Two plates of stoemp")
    qtbot.keyClicks(page.form.texts["moments"], "First time on the bike")
    press_save(qtbot, page)
    wait_for_tasks(qtbot, ctx)

    log = ctx.daily.my_log(child.id, today)
    assert log is not None
    assert log.mood == 4
    assert log.sleep == "Slept through until seven"
    assert log.eating == "Two plates of stoemp"
    assert log.moments == "First time on the bike"
    assert not log.flag
    assert "Saved" in page.status_label.text()
    items = ctx.timeline.page(TimelineFilter(child_id=child.id)).items
    assert [item.record.id for item in items] == [log.id]


def test_saving_again_changes_the_same_log_and_undo_restores_it(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    page = make_page(qtbot, ctx, child)
    today = ctx.book.today()
    qtbot.keyClicks(page.form.texts["health"], "A little cough")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ctx)
    first = ctx.daily.my_log(child.id, today)
    assert first is not None

    qtbot.keyClicks(page.form.texts["health"], ", better by evening")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ctx)
    changed = ctx.daily.my_log(child.id, today)
    assert changed is not None and changed.id == first.id
    assert changed.health == "A little cough, better by evening"

    ctx.undo.undo()
    wait_for_tasks(qtbot, ctx)
    back = ctx.daily.my_log(child.id, today)
    assert back is not None and back.health == "A little cough"
    assert page.form.texts["health"].toPlainText() == "A little cough"

    # Undoing the first save removes the log, but the words come back as a draft.
    ctx.undo.undo()
    wait_for_tasks(qtbot, ctx)
    assert ctx.daily.my_log(child.id, today) is None
    assert ctx.daily.load_draft(child.id, today)["health"] == "A little cough"
    assert page.form.texts["health"].toPlainText() == "A little cough"
    assert page.banner.isVisible()

    ctx.undo.redo()
    wait_for_tasks(qtbot, ctx)
    again = ctx.daily.my_log(child.id, today)
    assert again is not None and again.id == first.id
    assert ctx.daily.load_draft(child.id, today) is None


def test_incident_without_severity_is_refused_and_nothing_stored(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    page = make_page(qtbot, ctx, child)
    today = ctx.book.today()
    qtbot.keyClicks(page.form.texts["text"], "Bit her brother at dinner")
    qtbot.keyClick(page.form.flag, Qt.Key.Key_Space)
    assert page.form.flag.isChecked()
    hint = page.form.problem_labels["severity"]
    assert hint.isVisible()  # the form says so before saving
    press_save(qtbot, page)
    wait_for_tasks(qtbot, ctx)

    assert ctx.daily.my_log(child.id, today) is None
    assert hint.isVisible()
    assert "severity" in hint.text().lower()
    assert page.problems_label.isVisible()
    assert "not saved" in page.problems_label.text()
    # Nothing typed is lost: the form still holds it, and it is kept as a draft.
    assert page.form.texts["text"].toPlainText() == "Bit her brother at dinner"
    assert ctx.daily.load_draft(child.id, today)["text"] == "Bit her brother at dinner"

    qtbot.mouseClick(page.form.severity_buttons[Severity.MEDIUM], Qt.MouseButton.LeftButton)
    assert not hint.isVisible()
    press_save(qtbot, page)
    wait_for_tasks(qtbot, ctx)
    log = ctx.daily.my_log(child.id, today)
    assert log is not None and log.flag and log.severity == Severity.MEDIUM


def test_draft_survives_a_new_page_and_is_dropped_after_saving(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    today = ctx.book.today()
    page = make_page(qtbot, ctx, child, keep=False)
    qtbot.keyClicks(page.form.texts["activities"], "Swimming lesson, jumped in alone")
    page.flush()
    wait_for_tasks(qtbot, ctx)
    shiboken6.delete(page)
    assert not shiboken6.isValid(page)

    again = make_page(qtbot, ctx, child)
    assert again.form.texts["activities"].toPlainText() == "Swimming lesson, jumped in alone"
    assert again.banner.isVisible()
    assert "Restored your unsaved draft" in again.banner.text.text()
    assert ctx.daily.my_log(child.id, today) is None

    press_save(qtbot, again)
    wait_for_tasks(qtbot, ctx)
    log = ctx.daily.my_log(child.id, today)
    assert log is not None and log.activities == "Swimming lesson, jumped in alone"
    assert ctx.daily.load_draft(child.id, today) is None
    assert not again.banner.isVisible()


def test_draft_is_kept_after_a_pause_and_can_be_discarded(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    today = ctx.book.today()
    page = make_page(qtbot, ctx, child)
    page._draft_timer.setInterval(50)
    qtbot.keyClicks(page.form.texts["school"], "Daycare closed")
    qtbot.waitUntil(lambda: ctx.daily.load_draft(child.id, today) is not None, timeout=3000)
    assert ctx.daily.load_draft(child.id, today)["school"] == "Daycare closed"

    other = make_page(qtbot, ctx, child)
    assert other.banner.discard_button.isVisible()
    qtbot.mouseClick(other.banner.discard_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ctx)
    assert ctx.daily.load_draft(child.id, today) is None
    assert other.form.texts["school"].toPlainText() == ""
    ctx.undo.undo()  # a discarded draft comes back
    wait_for_tasks(qtbot, ctx)
    assert ctx.daily.load_draft(child.id, today)["school"] == "Daycare closed"
    assert other.form.texts["school"].toPlainText() == "Daycare closed"


def test_old_entry_is_read_only_and_amended_through_the_dialog(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    day = ctx.book.today() - timedelta(days=2)
    original = write_log(
        ctx, child, day, datetime.now(UTC) - timedelta(days=2), sleep="Slept badly", mood=2
    )
    page = make_page(qtbot, ctx, child)
    page.day_bar.date_edit.setDate(page.day_bar.date_edit.date().addDays(-2))
    wait_for_tasks(qtbot, ctx)

    assert page.day == day
    assert page.form.texts["sleep"].toPlainText() == "Slept badly"
    assert page.form.texts["sleep"].isReadOnly()
    assert not page.save_button.isEnabled()
    assert "kept as it was written" in page.banner.text.text()
    assert page.banner.amend_button.isVisible()

    qtbot.mouseClick(page.banner.amend_button, Qt.MouseButton.LeftButton)
    dialog = page.amend_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.reason.hasFocus)
    assert dialog.form.texts["sleep"].toPlainText() == "Slept badly"
    sleep = dialog.form.texts["sleep"]
    sleep.selectAll()
    qtbot.keyClicks(sleep, "Slept badly until midnight, then well")
    qtbot.keyClicks(dialog.reason, "Night nurse told me the rest the next morning")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, ctx)

    logs = ctx.daily.logs_on(child.id, day)
    amendments = [x for x in logs if x.amends_id == original.id]
    assert len(amendments) == 1
    assert amendments[0].amendment_reason == "Night nurse told me the rest the next morning"
    assert amendments[0].sleep == "Slept badly until midnight, then well"
    stored = ctx.records.get(original.id).record
    assert stored == original
    assert page.amend_dialog is None or not page.amend_dialog.isVisible()
    assert page.side.amendments_box.isVisible()


def test_amendment_without_reason_is_refused_in_the_dialog(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    day = ctx.book.today() - timedelta(days=3)
    original = write_log(ctx, child, day, datetime.now(UTC) - timedelta(days=3), eating="Rice")
    page = make_page(qtbot, ctx, child)
    page.go_to_day(day)
    wait_for_tasks(qtbot, ctx)
    qtbot.mouseClick(page.banner.amend_button, Qt.MouseButton.LeftButton)
    dialog = page.amend_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.form.texts["eating"], " and soup")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    wait_for_tasks(qtbot, ctx)
    assert dialog.isVisible()
    assert dialog.reason_problem.isVisible()
    assert [x for x in ctx.daily.logs_on(child.id, day) if x.amends_id] == []
    assert ctx.records.get(original.id).record == original


def test_alt_left_shows_the_previous_day(qtbot: QtBot, ctx: UiContext, child: Child) -> None:
    today = ctx.book.today()
    yesterday = today - timedelta(days=1)
    write_log(ctx, child, yesterday, datetime.now(UTC) - timedelta(hours=20), eating="Pasta")
    page = make_page(qtbot, ctx, child)
    assert page.form.texts["eating"].toPlainText() == ""
    assert not page.day_bar.next_button.isEnabled()  # never a future day

    field = page.form.texts["sleep"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    wait_for_tasks(qtbot, ctx)
    assert page.day == yesterday
    assert page.day_bar.date_edit.date().toPython() == yesterday
    assert page.form.texts["eating"].toPlainText() == "Pasta"
    assert page.day_bar.relative_label.text() == "Yesterday"

    qtbot.keyClick(page.form.texts["sleep"], Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    wait_for_tasks(qtbot, ctx)
    assert page.day == today
    qtbot.keyClick(page.form.texts["sleep"], Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    wait_for_tasks(qtbot, ctx)
    assert page.day == today


def test_previous_entry_and_other_caregivers_are_shown_read_only(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    today = ctx.book.today()
    write_log(ctx, child, today - timedelta(days=4), datetime.now(UTC), health="Fever 38.5")
    colleague = ctx.records.create(
        factories.person(ctx.book.identity.household_id, display_name="Karim Benali")
    )
    ctx.records.create(
        factories.daily_log(
            ctx.book.identity,
            child,
            author_id=colleague.id,
            date=today,
            moments="Laughed at the ducks",
        )
    )
    page = make_page(qtbot, ctx, child)
    side = page.side
    assert side.previous_box.isVisible()
    assert "Fever 38.5" in side.previous_card.body.text()
    qtbot.mouseClick(page.day_bar.previous_toggle, Qt.MouseButton.LeftButton)
    assert not side.previous_box.isVisible()
    assert side.others_box.isVisible()
    [card] = [c for c in side.cards if c.log is not None and c.log.author_id == colleague.id]
    assert "Laughed at the ducks" in card.body.text()
    assert "Karim Benali" in card.heading.text()
    # Someone else's log never fills my form.
    assert page.form.texts["moments"].toPlainText() == ""


def test_switching_child_flushes_the_draft_to_the_right_child(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    today = ctx.book.today()
    sibling = ctx.records.create(
        factories.child(
            ctx.book.identity.household_id, given_name="Noor", date_of_birth=date(2020, 5, 2)
        )
    )
    page = make_page(qtbot, ctx, child)
    qtbot.keyClicks(page.form.texts["sleep"], "Nightmare at three")
    page.set_child(sibling)  # as the main window does: flush, then switch
    wait_for_tasks(qtbot, ctx)
    assert page.form.texts["sleep"].toPlainText() == ""
    assert ctx.daily.load_draft(child.id, today)["sleep"] == "Nightmare at three"
    assert ctx.daily.load_draft(sibling.id, today) is None


@pytest.fixture(autouse=True)
def _no_stray_error_boxes(ctx: UiContext) -> Iterator[None]:
    """Every failure here must show on the page, not as an error box of the window."""
    errors: list[object] = []
    ctx.events.sig_error.connect(errors.append)
    yield
    assert errors == []


def test_choosing_the_same_child_again_keeps_the_form(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    page = make_page(qtbot, ctx, child)
    qtbot.keyClicks(page.form.texts["eating"], "Soup")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, ctx)
    qtbot.keyClicks(page.form.texts["eating"], " and bread")
    page.set_child(child)  # the main window does this when its list is refreshed
    wait_for_tasks(qtbot, ctx)
    assert page.form.texts["eating"].toPlainText() == "Soup and bread"
    assert not page.banner.isVisible()  # my own draft of a minute ago is no "restored" one
    assert ctx.daily.load_draft(child.id, ctx.book.today())["eating"] == "Soup and bread"


def test_language_switch_updates_the_page(
    qtbot: QtBot, ctx: UiContext, child: Child, languages: Languages
) -> None:
    page = make_page(qtbot, ctx, child)
    qtbot.keyClicks(page.form.texts["sleep"], "Goed geslapen")
    languages.set_language("fr")
    expected = QLocale("fr").toString(qdate(ctx.book.today()), QLocale.FormatType.LongFormat)
    qtbot.waitUntil(lambda: page.day_bar.date_edit.text() == expected)
    assert page.form.texts["sleep"].toPlainText() == "Goed geslapen"


def test_an_amendments_words_come_back_after_a_lock(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    from app.ui.widgets.drafts import flush_open_drafts

    day = ctx.book.today() - timedelta(days=3)
    write_log(ctx, child, day, datetime.now(UTC) - timedelta(days=3), eating="Rice")
    page = make_page(qtbot, ctx, child)
    page.go_to_day(day)
    wait_for_tasks(qtbot, ctx)
    page.open_amendment()
    dialog = page.amend_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.form.texts["eating"], " and soup")
    qtbot.keyClicks(dialog.reason, "Forgot the soup")
    typed = dialog.form.texts["eating"].toPlainText()
    assert "soup" in typed and "Rice" in typed
    flush_open_drafts()  # what a lock does first
    wait_for_tasks(qtbot, ctx)
    dialog.deleteLater()  # the window goes with the lock
    qtbot.waitUntil(lambda: page.amend_dialog is None)
    page.open_amendment()
    again = page.amend_dialog
    assert again is not None
    qtbot.waitUntil(lambda: again.reason.toPlainText() == "Forgot the soup")
    assert again.form.texts["eating"].toPlainText() == typed
