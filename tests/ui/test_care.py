"""The Care page, driven like a person would, over a real encrypted store: a
dose ticked on today's checklist (and a second one within its interval that
asks first), a log linked to a goal in one action, an appointment's outcome
recorded (a family visit through its contact note), a minor's file saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.care import Appointment, GoalStep, MedicationDose, MinorFile
from app.domain.records import Child, ContactNote, MilestoneObservation
from app.domain.vocabulary import (
    AppointmentKind,
    AppointmentOutcome,
    DoseOutcome,
    LegalStatus,
    MilestoneStatus,
    RelationKind,
)
from app.services.appointments import monday_of
from app.storage import records as stored
from app.ui.context import UiContext
from app.ui.pages.care import CarePage
from app.ui.pages.care_agenda import AppointmentRole
from app.ui.pages.care_medication import MedicationPanel
from tests import factories
from tests.ui.conftest import wait_for_tasks

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.fixture
def page(qtbot: object, ctx: UiContext, child: Child) -> Iterator[CarePage]:
    ctx.book.today = lambda: TODAY
    widget = CarePage(ctx)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.set_child(child)
    wait_for_tasks(qtbot, ctx)
    yield widget


def test_the_sections_are_made_when_the_page_is_first_shown(
    qtbot: object, ctx: UiContext, child: Child
) -> None:
    ctx.book.today = lambda: TODAY
    widget = CarePage(ctx)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.set_child(child)
    assert widget.findChildren(MedicationPanel) == []  # a page not shown makes none
    widget.show()
    panels = widget.findChildren(MedicationPanel)
    assert panels == [widget.medication] and widget.medication.child_id == child.id
    sections = widget.sections
    assert sections.isVisible()
    texts = [sections.tabText(i) for i in range(sections.count())]
    assert texts == ["Medication", "Goals", "Appointments", "Procedure and languages"]
    wait_for_tasks(qtbot, ctx)


def _all(ctx: UiContext, kind: str) -> list[object]:
    with ctx.book.store.read() as session:
        return list(stored.list_kind(session, kind))


def test_ticking_a_dose_notes_it_given_and_a_second_within_its_interval_asks(
    qtbot: object, ctx: UiContext, child: Child, page: CarePage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    home = ctx.book.identity.household_id
    ctx.records.create(factories.medication(home, child, times=["20:00", "20:30"], dose="1 mg"))
    page.medication.reload()
    page.medication.checklist.reload()
    wait_for_tasks(qtbot, ctx)
    checklist = page.medication.checklist
    assert checklist.list.count() == 2
    assert "Melatonine · 1 mg" in checklist.list.item(0).text()
    checklist.list.item(0).setCheckState(Qt.CheckState.Checked)  # one action
    wait_for_tasks(qtbot, ctx)
    [dose] = _all(ctx, MedicationDose.kind)
    assert isinstance(dose, MedicationDose)
    assert (dose.outcome, dose.slot, dose.author_id) == (
        DoseOutcome.GIVEN, "20:00", ctx.book.identity.user_id
    )  # fmt: skip
    wait_for_tasks(qtbot, ctx)
    assert "Given at" in checklist.list.item(0).text()
    assert not checklist.list.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    # The 20:30 dose, a minute later: less than half an hour apart, so it asks first.
    asked: list[str] = []

    def warn(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", warn)
    checklist.list.item(1).setCheckState(Qt.CheckState.Checked)
    wait_for_tasks(qtbot, ctx)
    assert len(asked) == 1 and "Melatonine" in asked[0]
    assert len(_all(ctx, MedicationDose.kind)) == 1  # "No": nothing noted
    assert checklist.list.item(1).checkState() == Qt.CheckState.Unchecked
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Yes)
    checklist.list.item(1).setCheckState(Qt.CheckState.Checked)
    wait_for_tasks(qtbot, ctx)
    assert len(_all(ctx, MedicationDose.kind)) == 2
    ctx.undo.undo()  # a dose ticked by mistake
    wait_for_tasks(qtbot, ctx)
    assert len(_all(ctx, MedicationDose.kind)) == 1


def test_linking_a_log_to_a_goal_takes_one_action_and_shows_in_its_history(
    qtbot: object, ctx: UiContext, child: Child, page: CarePage
) -> None:
    home = ctx.book.identity.household_id
    goal = ctx.records.create(factories.care_goal(home, child, text="Slaapt in eigen bed"))
    log = ctx.records.create(factories.daily_log(ctx.book.identity, child, date=TODAY,
                                                 text="Hele nacht doorgeslapen"))  # fmt: skip
    page.goals.reload()
    wait_for_tasks(qtbot, ctx)
    panel = page.goals
    assert panel.table.rowCount() == 1
    panel.table.setCurrentCell(0, 0)
    assert panel.link_button.isEnabled()
    [action] = [a for a in panel.link_menu.actions() if "doorgeslapen" in a.text()]
    action.trigger()  # the one action
    wait_for_tasks(qtbot, ctx)
    [step] = _all(ctx, GoalStep.kind)
    assert isinstance(step, GoalStep)
    assert (step.goal_id, step.entry_id, step.entry_kind) == (goal.id, log.id, "daily_log")
    wait_for_tasks(qtbot, ctx)
    assert "Hele nacht doorgeslapen" in panel.history.toPlainText()


def _choose(page: CarePage, appointment: Appointment) -> None:
    tree = page.agenda.tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is not None and item.data(0, AppointmentRole) == appointment.id:
            tree.setCurrentItem(item)
            return
    raise AssertionError("appointment not in the week")


def test_recording_what_happened_at_an_appointment(
    qtbot: object, ctx: UiContext, child: Child, page: CarePage
) -> None:
    home = ctx.book.identity.household_id
    dentist = ctx.records.create(factories.appointment(
        home, [child], starts_at=datetime(2026, 11, 24, 9, 30)))  # fmt: skip
    mother = ctx.records.create(factories.relative(home, [child], relation=RelationKind.MOTHER))
    visit = ctx.records.create(factories.appointment(
        home, [child], appointment_kind=AppointmentKind.FAMILY_VISIT, relatives=[mother.id],
        place="Bezoekruimte", starts_at=datetime(2026, 11, 23, 14),
        duration_minutes=90))  # fmt: skip
    page.agenda.reload()
    wait_for_tasks(qtbot, ctx)
    assert page.agenda.monday == monday_of(TODAY)
    _choose(page, dentist)
    dialog = page.agenda.record_outcome()
    assert dialog is not None
    from app.ui.dialogs.care import OutcomeDialog

    assert isinstance(dialog, OutcomeDialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(AppointmentOutcome.HAPPENED))
    dialog.note.setPlainText("Geen gaatjes")
    dialog.accept()
    wait_for_tasks(qtbot, ctx)
    kept = ctx.records.get(dentist.id).record
    assert isinstance(kept, Appointment)
    assert (kept.outcome, kept.outcome_note) == (AppointmentOutcome.HAPPENED, "Geen gaatjes")
    # A family visit: the contact note opens filled in, and is linked once written.
    wait_for_tasks(qtbot, ctx)
    _choose(page, visit)
    note_dialog = page.agenda.record_outcome()
    from app.ui.dialogs.contact_note import ContactNoteDialog

    assert isinstance(note_dialog, ContactNoteDialog)
    assert note_dialog.date.value() == date(2026, 11, 23)
    assert note_dialog.place.text() == "Bezoekruimte"
    assert note_dialog.relatives_model.checked_ids() == [mother.id]
    note_dialog.texts["reaction_during"].setPlainText("Blij om mama te zien")
    note_dialog.accept()
    wait_for_tasks(qtbot, ctx)
    [note] = _all(ctx, ContactNote.kind)
    assert isinstance(note, ContactNote) and note.duration_minutes == 90
    kept = ctx.records.get(visit.id).record
    assert isinstance(kept, Appointment)
    assert (kept.outcome, kept.contact_note_id) == (AppointmentOutcome.HAPPENED, note.id)


def test_a_later_appointment_cannot_be_told_about_yet_and_the_calendar_is_exported(
    qtbot: object, ctx: UiContext, child: Child, page: CarePage, tmp_path: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    home = ctx.book.identity.household_id
    later = ctx.records.create(factories.appointment(
        home, [child], starts_at=datetime(2026, 11, 27, 9, 30)))  # fmt: skip
    page.agenda.reload()
    wait_for_tasks(qtbot, ctx)
    _choose(page, later)
    assert not page.agenda.outcome_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    target = f"{tmp_path}/lotte.ics"
    page.agenda.export(target)
    wait_for_tasks(qtbot, ctx)
    assert page.agenda.exported is not None
    assert b"BEGIN:VEVENT" in page.agenda.exported.read_bytes()


def test_a_minor_file_is_saved_from_the_page(
    qtbot: object, ctx: UiContext, child: Child, page: CarePage
) -> None:
    panel = page.minor
    panel.legal.setCurrentIndex(panel.legal.findData(LegalStatus.APPLICANT))
    panel.school.setText("OKAN")
    panel._step_row(None)
    panel._language_row(None)
    first = panel.languages.item(0, 0)
    assert first is not None
    first.setText("Dari")
    panel.save()
    wait_for_tasks(qtbot, ctx)
    [kept] = _all(ctx, MinorFile.kind)
    assert isinstance(kept, MinorFile)
    assert (kept.legal_status, kept.school, kept.languages[0].language) == (
        LegalStatus.APPLICANT, "OKAN", "Dari"
    )  # fmt: skip
    assert [s.on for s in kept.steps] == [TODAY]
    # A language without a name is refused with a message, and nothing changes.
    panel._language_row(None)
    panel.save()
    wait_for_tasks(qtbot, ctx)
    assert panel.problems.isVisibleTo(panel)
    assert len(_all(ctx, MinorFile.kind)) == 1


def test_the_today_page_shows_the_day_s_doses_and_a_tick_notes_one(
    qtbot: object, ctx: UiContext, child: Child
) -> None:
    from app.ui.pages.today import TodayPage

    ctx.book.today = lambda: TODAY
    page = TodayPage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.set_child(child)
    wait_for_tasks(qtbot, ctx)
    assert not page.doses.isVisibleTo(page)  # no medication: nothing shown
    ctx.records.create(factories.medication(ctx.book.identity.household_id, child))
    page.doses.checklist.reload()
    wait_for_tasks(qtbot, ctx)
    assert page.doses.isVisibleTo(page)
    checklist = page.doses.checklist
    assert checklist.list.count() == 1 and "20:00" in checklist.list.item(0).text()
    checklist.list.item(0).setCheckState(Qt.CheckState.Checked)
    wait_for_tasks(qtbot, ctx)
    [dose] = _all(ctx, MedicationDose.kind)
    assert isinstance(dose, MedicationDose) and dose.slot == "20:00"


def test_a_log_in_the_timeline_moves_a_goal_in_one_action(
    qtbot: object, ctx: UiContext, child: Child
) -> None:
    from app.ui.pages.timeline_detail import TimelineDetail

    ctx.book.today = lambda: TODAY
    home = ctx.book.identity.household_id
    goal = ctx.records.create(factories.care_goal(home, child, text="Fietst zonder zijwieltjes"))
    ctx.records.create(factories.care_goal(home, child, text="Klaar", status="reached"))
    log = ctx.records.create(factories.daily_log(ctx.book.identity, child, date=TODAY))
    detail = TimelineDetail(ctx)
    qtbot.addWidget(detail)  # type: ignore[attr-defined]
    detail.show_record(log.id)
    wait_for_tasks(qtbot, ctx)
    button = detail.goal_button
    assert button.isVisibleTo(detail)
    [action] = button.menu().actions()  # open goals only
    assert action.text() == "Fietst zonder zijwieltjes"
    action.trigger()
    wait_for_tasks(qtbot, ctx)
    [step] = _all(ctx, GoalStep.kind)
    assert isinstance(step, GoalStep) and (step.goal_id, step.entry_id) == (goal.id, log.id)
    # A milestone observation moves no goal: no button.
    seen = ctx.records.create(MilestoneObservation(
        household_id=home, child_id=child.id, item_id="who-walk-alone",
        status=MilestoneStatus.ACHIEVED, observed_on=TODAY))  # fmt: skip
    detail.show_record(seen.id)
    wait_for_tasks(qtbot, ctx)
    assert not button.isVisibleTo(detail)
