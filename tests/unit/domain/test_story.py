"""Keepsakes and a placement's end, as the app and the server check them."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from app.domain.records import Child
from app.domain.references import references
from app.domain.story import Keepsake
from app.domain.vocabulary import PlacementOutcome

TODAY = date(2026, 11, 23)
H, C, A = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def _fields(record: Keepsake | Child) -> set[str]:
    return {p.field for p in record.problems(TODAY)}


def test_a_keepsake_of_a_moment_and_a_page_of_words() -> None:
    kept = Keepsake(household_id=H, child_id=C, target_id=uuid.uuid4(), target_kind="daily_log",
                    on=TODAY, author_id=A)  # fmt: skip
    assert _fields(kept) == set()
    assert [r.field for r in references("keepsake", kept.model_dump(mode="json"))] == [
        "child_id", "target_id"]  # fmt: skip
    words = Keepsake(household_id=H, child_id=C, on=TODAY, words="Ik hou van voetbal",
                     author_id=A)  # fmt: skip
    assert _fields(words) == set()


def test_what_a_keepsake_may_not_be() -> None:
    empty = Keepsake(household_id=H, child_id=C, on=TODAY, words="  ", author_id=A)
    assert _fields(empty) == {"words"}
    review = Keepsake(household_id=H, child_id=C, target_id=uuid.uuid4(), target_kind="review",
                      on=TODAY, author_id=A)  # fmt: skip
    assert _fields(review) == {"target_kind"}
    later = Keepsake(household_id=H, child_id=C, on=TODAY + timedelta(days=1), words="x",
                     author_id=A)  # fmt: skip
    assert _fields(later) == {"on"}


def test_an_outcome_needs_the_end_of_the_placement() -> None:
    child = Child(household_id=H, given_name="Lotte", date_of_birth=date(2020, 1, 1),
                  placement_start=date(2021, 1, 1))  # fmt: skip
    assert not child.has_left()
    without_end = child.model_copy(update={"placement_outcome": PlacementOutcome.ADOPTION})
    assert _fields(without_end) == {"placement_end"}
    closed = without_end.model_copy(update={"placement_end": date(2026, 6, 30)})
    assert _fields(closed) == set() and closed.has_left()
    ended_only = child.model_copy(update={"placement_end": date(2026, 6, 30)})
    assert _fields(ended_only) == set() and not ended_only.has_left()
