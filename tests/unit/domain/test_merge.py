from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.merge import merge

BASE = {
    "id": "r",
    "version": 3,
    "modified_at": "1-0-a",
    "device_id": "a",
    "school": "A",
    "notes": "n",
    "deleted": False,
}


def side(stamp: str, device: str, **fields: object) -> dict[str, object]:
    return {**BASE, "modified_at": stamp, "device_id": device, **fields}


def test_fields_changed_on_one_side_only_merge() -> None:
    ours = side("5-0-b", "b", school="B")
    theirs = side("4-0-c", "c", notes="changed")
    merged = merge(BASE, ours, theirs)
    assert merged.content["school"] == "B" and merged.content["notes"] == "changed"
    assert merged.collisions == {}


def test_both_changed_the_later_wins_and_the_other_value_is_kept() -> None:
    ours = side("5-0-b", "b", school="B")
    theirs = side("6-0-c", "c", school="C")
    merged = merge(BASE, ours, theirs)
    assert merged.content["school"] == "C"
    assert merged.collisions == {"school": ("C", "B")}
    assert not merged.ours_won


def test_a_deletion_is_never_undone() -> None:
    merged = merge(BASE, side("5-0-b", "b", school="B"), side("4-0-c", "c", deleted=True))
    assert merged.content["deleted"] is True


def test_unknown_fields_survive() -> None:
    merged = merge(BASE, side("5-0-b", "b", weather="sunny"), side("4-0-c", "c"))
    assert merged.content["weather"] == "sunny"


values = st.sampled_from(["A", "B", "C", None])


@given(values, values, values, st.booleans())
def test_every_replica_picks_the_same_winner(base: str, x: str, y: str, flip: bool) -> None:
    b = {**BASE, "school": base}
    one = side("5-0-b", "b", school=x)
    two = side("5-0-c", "c", school=y)
    first = merge(b, one, two) if flip else merge(b, two, one)
    second = merge(b, two, one) if flip else merge(b, one, two)
    assert first.content["school"] == second.content["school"]
    # Nothing vanishes: each side's value is the result or a kept loser.
    kept = {first.content["school"], *(v for pair in first.collisions.values() for v in pair)}
    for value, source in ((x, one), (y, two)):
        if value != base:
            assert value in kept, source
