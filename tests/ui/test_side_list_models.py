"""The lists on the left of the main window as models: the children of the
household (with the whole household first) and a supervisor's households."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import Qt

from app.domain.records import Child
from app.domain.vocabulary import PlacementOutcome
from app.services.household import ChildSummary
from app.services.review import HouseholdQueue
from app.ui.context import UiContext
from app.ui.models.children import ChildIdRole, ChildrenModel, LeftOnRole, LoggedTodayRole
from app.ui.models.households import AttentionRole, CountRole, HouseholdsModel
from tests import factories


def test_the_children_model_passes_the_model_tester(
    qtmodeltester: object, ctx: UiContext, child: Child
) -> None:
    summaries: list[ChildSummary] = ctx.household.summaries()
    assert [s.child.id for s in summaries] == [child.id]
    model = ChildrenModel()
    model.set_children(summaries)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == len(summaries) + 1
    for row, summary in enumerate(summaries, start=1):
        assert model.index(row).data(ChildIdRole) == str(summary.child.id)


def test_a_child_who_left_stays_listed_last_and_needs_no_log(
    qtmodeltester: object, ctx: UiContext, child: Child
) -> None:
    """A placement that ended before today: the child is listed after the others
    (for the book and the export) until the records leave the laptop, with the
    day they left instead of an age and no "log missing" dot."""
    ended = ctx.book.today() - timedelta(days=3)
    anna = ctx.records.create(factories.child(
        ctx.book.identity.household_id, given_name="Anna", placement_end=ended,
        placement_outcome=PlacementOutcome.KINSHIP))  # fmt: skip
    summaries = ctx.household.summaries()
    assert [s.child.id for s in summaries] == [child.id, anna.id]  # Anna sorts first by name
    assert [s.left_on for s in summaries] == [None, ended]
    assert [s.needs_log for s in summaries] == [True, False]
    model = ChildrenModel()
    model.set_children(summaries)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(1).data(LoggedTodayRole) is False
    assert model.index(2).data(LoggedTodayRole) is None
    assert model.index(2).data(LeftOnRole) == ended
    said = model.index(2).data(Qt.ItemDataRole.AccessibleTextRole)
    assert said.startswith("Anna, ") and model.left_text(ended) in said
    assert ended.strftime("%Y") in said and model.index(1).data(LeftOnRole) is None


def test_the_households_model_keeps_its_rows_for_new_counts(qtmodeltester: object) -> None:
    ids = [uuid.uuid4(), uuid.uuid4()]
    model = HouseholdsModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_households([_household(i, n) for i, n in zip(ids, (3, 0), strict=True)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_households([_household(i, n) for i, n in zip(ids, (1, 0), strict=True)])
    assert model.index(0).data(CountRole) == 1
    assert model.index(1).data(AttentionRole) is False
    assert model.row_of(ids[1]) == 1


def _household(household_id: uuid.UUID, unreviewed: int) -> HouseholdQueue:
    return HouseholdQueue(household_id, "Huis", unreviewed, 0, 0, 0, 0)
