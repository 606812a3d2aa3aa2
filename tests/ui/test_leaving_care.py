"""Closing a child's placement from the Profile page, as a supervisor would."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate

from app.domain.records import Child
from app.domain.vocabulary import PlacementOutcome, Role
from app.storage import records
from app.ui.context import UiContext
from app.ui.dialogs.leaving import ClosePlacementDialog
from app.ui.pages.child_profile import ProfilePage
from tests.ui.conftest import wait_for_tasks


def _as_supervisor(ctx: UiContext) -> None:
    ctx.book.identity = replace(ctx.book.identity, role=Role.SUPERVISOR)


def test_a_caregiver_sees_no_closing_button(qtbot: object, ctx: UiContext, child: Child) -> None:
    page = ProfilePage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.set_child(child)
    assert page.close_placement.isHidden() and page.departure.isHidden()


def test_a_supervisor_closes_the_placement(qtbot: object, ctx: UiContext, child: Child) -> None:
    _as_supervisor(ctx)
    page = ProfilePage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.set_child(child)
    assert not page.close_placement.isHidden()
    dialog = page.open_close_placement()
    assert isinstance(dialog, ClosePlacementDialog)

    # A day before the placement started is refused with a message; nothing stored.
    early = child.placement_start - timedelta(days=1)
    dialog.ended.setDate(QDate(early.year, early.month, early.day))
    dialog.accept()
    assert dialog.isVisible() and not dialog.problems.isHidden()
    stored = ctx.records.get(child.id).record
    assert isinstance(stored, Child) and stored.placement_outcome is None

    ended = date.today() - timedelta(days=2)
    dialog.ended.setDate(QDate(ended.year, ended.month, ended.day))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(PlacementOutcome.KINSHIP.value))
    dialog.accept()
    wait_for_tasks(qtbot, ctx)
    assert not dialog.isVisible()
    stored = ctx.records.get(child.id).record
    assert isinstance(stored, Child)
    assert (stored.placement_end, stored.placement_outcome) == (ended, PlacementOutcome.KINSHIP)
    with ctx.book.store.read() as session:
        assert records.get(session, child.id).sync_state == "pending"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not page.departure.isHidden())  # type: ignore[attr-defined]
    assert "next sync" in page.departure.text()
    assert page.close_placement.isHidden()
