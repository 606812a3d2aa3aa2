"""The bounds every record keeps and the references it carries, as pure rules."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from app.domain import bounds
from app.domain.clock import Stamp
from app.domain.records import ContactNote, DailyLog, parse_record
from app.domain.references import references

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def _log(**fields: object) -> tuple[DailyLog, dict[str, object]]:
    log = DailyLog(household_id=uuid.uuid4(), author_id=uuid.uuid4(), child_id=uuid.uuid4(),
                   date=date(2026, 5, 31), created_at=NOW,
                   modified_at=str(Stamp(int(NOW.timestamp() * 1000), 0, "laptop")))  # fmt: skip
    content = {**log.model_dump(mode="json"), **fields}
    record = parse_record("daily_log", content)
    assert isinstance(record, DailyLog)
    return record, content


def _problems(**fields: object) -> list[str]:
    record, content = _log(**fields)
    return bounds.problems(record, content, bounds.record_size(content), NOW)


def test_a_plain_log_is_within_bounds() -> None:
    assert _problems() == []
    assert _problems(modified_at="") == []  # never stamped: sorts first, harmless


def test_stamps_must_be_clock_stamps_of_a_sane_time() -> None:
    ahead = NOW + timedelta(days=400)
    assert _problems(modified_at="9999-12-31T23:59:59zzzz")
    assert _problems(modified_at=str(Stamp(int(ahead.timestamp() * 1000), 0, "x")))
    assert _problems(modified_at=str(Stamp(5, 0, "x")))
    assert _problems(modified_at="1" * 1000)
    soon = NOW + timedelta(days=30)  # a clock a month ahead is a wrong clock, not a forgery
    assert _problems(modified_at=str(Stamp(int(soon.timestamp() * 1000), 0, "x"))) == []


def test_a_stamp_is_judged_to_the_millisecond_and_by_its_digits() -> None:
    latest = int((NOW + bounds.TIME_AHEAD).timestamp() * 1000)
    earliest = int(bounds.EARLIEST_TIME.timestamp() * 1000)
    assert bounds.stamp_problem(f"{latest:013d}-00000-x", NOW) is None
    assert bounds.stamp_problem(f"{latest + 1:013d}-00000-x", NOW) == (
        "outside the accepted time window"
    )
    assert bounds.stamp_problem(f"{earliest:013d}-99999-x", NOW) is None
    assert bounds.stamp_problem(f"{earliest - 1:013d}-00000-x", NOW) == (
        "outside the accepted time window"
    )
    for text in ("1780000000000-00000", "178000000000-00000-x", "+780000000000-00000-x",
                 "²780000000000-00000-x", "1780000000000-0000²-x"):  # fmt: skip
        assert bounds.stamp_problem(text, NOW) == "not a clock stamp", text


def test_times_dates_and_sizes_are_bounded() -> None:
    assert _problems(created_at="0001-01-01T00:00:00+00:00")
    assert _problems(created_at="9999-01-01T00:00:00+00:00")
    assert _problems(date="0001-01-01")
    assert _problems(device_id="d" * 65)
    assert _problems(unknown="x" * 30_000)
    assert _problems(**{f"f{n}": 1 for n in range(41)})
    assert _problems(**{"n" * 65: 1})
    assert _problems(text="x" * 400_000)


def test_references_name_ids_with_the_kinds_they_may_be() -> None:
    child, relative, original = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    note = ContactNote(household_id=uuid.uuid4(), author_id=uuid.uuid4(), children=[child],
                       relatives=[relative], date=date(2026, 5, 1), amends_id=original,
                       amendment_reason="r")  # fmt: skip
    found = {(r.field, r.id, tuple(sorted(r.kinds)))
             for r in references("contact_note", note.model_dump(mode="json"))}  # fmt: skip
    assert found == {
        ("children", str(child), ("child",)),
        ("relatives", str(relative), ("relative",)),
        ("amends_id", str(original), ("contact_note",)),
    }
    assert references("child", {"id": str(child)}) == []
    assert references("daily_log", {"child_id": "not an id"}) == []
