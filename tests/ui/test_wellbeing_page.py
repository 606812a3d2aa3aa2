"""The Well-being page and its form on a real profile: the reminder, a check saved
through the form with the previous one beside it, a bad check refused."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.domain.records import Child
from app.domain.vocabulary import WellbeingDimension as D
from app.services.wellbeing import WellbeingService
from app.storage.book import Book
from app.ui.context import UiContext
from app.ui.dialogs.wellbeing import NOT_APPLICABLE, WellbeingDialog
from app.ui.pages.wellbeing import WellbeingPage
from tests.ui.conftest import wait_for_tasks


def test_reminder_then_a_check_through_the_form(
    qtbot: QtBot, ctx: UiContext, book: Book, child: Child
) -> None:
    service = WellbeingService(book)
    service.save(service.new_check(child.id, book.today() - timedelta(days=120),
                                   {D.CARE: 2, D.LIVELIHOOD: None},
                                   {D.CARE: "Still settling in"}))  # fmt: skip
    page = WellbeingPage(ctx)
    qtbot.addWidget(page)
    page.set_child(child)
    wait_for_tasks(qtbot, ctx)
    assert "is due" in page.reminder.text()
    assert page.table.item(0, 1).text() == "2 – some concern"

    dialog = WellbeingDialog(ctx, child, page.checks[0], page)
    qtbot.addWidget(dialog)
    # The previous check beside the form; a dimension that did not apply still does not.
    assert dialog.before[D.CARE].text() == "2 – some concern — Still settling in"
    assert dialog.choices[D.LIVELIHOOD].currentData() == NOT_APPLICABLE
    # A check with nothing rated is refused, and nothing is stored.
    for choice in dialog.choices.values():
        choice.setCurrentIndex(0)
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.problems.isVisible()
    assert "at least one" in dialog.problems.label.text()
    assert len(service.checks(child.id)) == 1
    dialog.choices[D.CARE].setCurrentIndex(dialog.choices[D.CARE].findData(3))
    dialog.notes[D.CARE].setText("Laughs more")
    dialog.accept()
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: len(page.checks) == 2)
    latest = service.checks(child.id)[0]
    assert latest.ratings == {D.CARE: 3} and latest.notes == {D.CARE: "Laughs more"}
    assert "next one" in page.reminder.text()
    assert page.table.item(0, 3).text() == "↑ Laughs more"


def test_the_latest_check_is_corrected_by_an_amendment_with_a_reason(
    qtbot: QtBot, ctx: UiContext, book: Book, child: Child
) -> None:
    service = WellbeingService(book)
    first = service.save(service.new_check(child.id, book.today() - timedelta(days=30),
                                           {D.CARE: 2, D.LIVELIHOOD: None},
                                           {D.CARE: "Quiet"}))  # fmt: skip
    page = WellbeingPage(ctx)
    qtbot.addWidget(page)
    page.set_child(child)
    wait_for_tasks(qtbot, ctx)
    assert page.correct.isEnabled()
    dialog = WellbeingDialog(ctx, child, None, page, amends=page.checks[0])
    qtbot.addWidget(dialog)
    dialog.show()
    # The check's own values are in the form.
    assert dialog.choices[D.CARE].currentData() == 2
    assert dialog.choices[D.LIVELIHOOD].currentData() == NOT_APPLICABLE
    assert dialog.notes[D.CARE].text() == "Quiet"
    dialog.choices[D.CARE].setCurrentIndex(dialog.choices[D.CARE].findData(3))
    dialog.accept()  # no reason: refused, nothing stored
    assert dialog.isVisible() and "reason" in dialog.problems.label.text()
    dialog.reason.setText("Rated before the holiday by mistake")
    dialog.accept()
    wait_for_tasks(qtbot, ctx)
    [latest] = service.checks(child.id)
    assert latest.amends_id == first.id and latest.ratings == {D.CARE: 3, D.LIVELIHOOD: None}
    assert latest.amendment_reason == "Rated before the holiday by mistake"
    ctx.undo.undo()  # the amendment goes; the original was never touched
    wait_for_tasks(qtbot, ctx)
    assert [c.id for c in service.checks(child.id)] == [first.id]
