"""A change of a record validates the changed fields only; the record it was
made from stays as it was."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.domain.messages import ValidationFailed
from app.domain.records import DailyLog, with_changes
from app.domain.vocabulary import Severity


def log(**fields: object) -> DailyLog:
    values: dict[str, object] = {
        "household_id": uuid.uuid4(),
        "child_id": uuid.uuid4(),
        "author_id": uuid.uuid4(),
        "date": date(2026, 11, 23),
        "mood": 3,
        "text": "Rustige dag",
    }
    return DailyLog(**{**values, **fields})


def test_changed_fields_are_validated_and_coerced() -> None:
    original = log(kept_by_a_newer_app="x")
    changed = with_changes(
        original, {"mood": "5", "date": "2026-11-22", "severity": "high", "flag": True}
    )
    assert changed.mood == 5 and changed.date == date(2026, 11, 22)
    assert changed.severity is Severity.HIGH and changed.flag is True
    assert changed.text == "Rustige dag" and changed.id == original.id
    assert changed.model_extra == {"kept_by_a_newer_app": "x"}
    assert (original.mood, original.date, original.severity) == (3, date(2026, 11, 23), None)


def test_a_bad_change_is_a_translatable_problem_and_changes_nothing() -> None:
    original = log()
    with pytest.raises(ValidationFailed) as raised:
        with_changes(original, {"text": "Beter", "mood": "heel goed"})
    assert [p.field for p in raised.value.problems] == ["mood"]
    assert original.text == "Rustige dag" and original.mood == 3


def test_unchanged_fields_are_not_validated_again() -> None:
    # A record as stored by a version with other rules: its fields are not checked
    # again when another field changes.
    held = DailyLog.model_construct(**{**log().__dict__, "mood": "onbekend"})
    changed = with_changes(held, {"text": "Nieuwe woorden", "mood": "onbekend"})
    assert changed.text == "Nieuwe woorden" and changed.mood == "onbekend"
    with pytest.raises(ValidationFailed):
        with_changes(held, {"mood": "nog steeds onbekend"})
