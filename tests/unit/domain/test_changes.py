"""Change sets put together: a set that names no ids (or households) means any."""

from __future__ import annotations

import uuid

from app.domain.changes import NOTHING, ChangeSet


def test_changes_together_name_any_id_when_one_named_none() -> None:
    one, other = ChangeSet.of("child", ids=[uuid.uuid4()]), ChangeSet.of("daily_log")
    joined = one | other
    assert joined.kinds == {"child", "daily_log"}
    assert not joined.ids and not joined.households  # any child may have changed
    both = one | ChangeSet.of("child", ids=[uuid.uuid4()])
    assert len(both.ids) == 2


def test_nothing_changed_adds_nothing() -> None:
    one = ChangeSet.of("child", ids=[uuid.uuid4()], households=[uuid.uuid4()])
    assert NOTHING | one == one
    assert one | NOTHING == one
