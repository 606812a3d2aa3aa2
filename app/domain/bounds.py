"""Bounds on every field of a record, unknown fields included (docs/trust-model.md).

The record types bound their own texts (``Record.problems``); these bounds hold
for whatever a device sends: the size of the whole record, the number, names
and sizes of fields this version does not know, the length of ids and stamps,
and times and dates within a window around now. A ``modified_at`` orders merges
as text, so it must be a hybrid-clock stamp (``app.domain.clock``) of a sane
time, not any text that sorts last. Pure: the caller gives the time.
"""

from __future__ import annotations

import datetime as dt
import typing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache, lru_cache
from typing import Any

from pydantic_core import to_json

from app.domain.records import LONG_TEXT, Record

MAX_RECORD_CHARS = 300_000  # the JSON of one record
MAX_EXTRA_FIELDS = 40
MAX_FIELD_NAME = 64
MAX_EXTRA_FIELD_CHARS = LONG_TEXT  # the JSON of one unknown field's value
MAX_TOKEN_TEXT = 64  # device ids, stamps, kinds
MAX_ID_LIST = 500  # children, relatives, households of one record
MAX_NUMBER = 2**31 - 1
EARLIEST_TIME = datetime(2000, 1, 1, tzinfo=UTC)
# A device's clock may run ahead, and its hybrid clock carries that to the other
# devices; a stamp further ahead than this would win every merge for years.
TIME_AHEAD = timedelta(days=366)
EARLIEST_DATE = dt.date(1900, 1, 1)
DATE_AHEAD = timedelta(days=366 * 10)  # planned contacts, placement ends
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_STAMP_MILLIS = 13
_STAMP_COUNTER = 5
_TOKEN_FIELDS = ("device_id", "losing_device", "target_kind")
_STAMP_FIELDS = ("modified_at", "losing_modified_at")


def record_size(content: dict[str, Any]) -> int:
    return len(to_json(content))


def stamp_problem(text: str, now: datetime) -> str | None:
    """Why ``text`` is no acceptable ``modified_at`` ("" is: never stamped)."""
    if text == "":
        return None
    if len(text) > MAX_TOKEN_TEXT:
        return "too long"
    # "<13 digits>-<5 digits>-<device>" (``app.domain.clock.Stamp``).
    parts = text.split("-", 2)
    if len(parts) != 3:
        return "not a clock stamp"
    millis, counter, _device = parts
    if (
        len(millis) != _STAMP_MILLIS
        or len(counter) != _STAMP_COUNTER
        or not (millis.isdigit() and counter.isdigit())
    ):
        return "not a clock stamp"
    try:
        moment = int(millis)
        int(counter)
    except ValueError:  # digits that are no number ("²")
        return "not a clock stamp"
    earliest, latest = _window_millis(now)
    if not earliest <= moment <= latest:
        return "outside the accepted time window"
    return None


@lru_cache(maxsize=8)
def _window_millis(now: datetime) -> tuple[int, int]:
    """The accepted time window around ``now`` in whole milliseconds since the epoch
    (a stamp's own unit): a stamp is within it when its moment is."""
    latest = now + TIME_AHEAD
    if latest.tzinfo is None:
        latest = latest.replace(tzinfo=UTC)
    return _millis(EARLIEST_TIME, up=True), _millis(latest, up=False)


def _millis(moment: datetime, *, up: bool) -> int:
    micros = (moment - _EPOCH) // timedelta(microseconds=1)
    return -(-micros // 1000) if up else micros // 1000


@dataclass(frozen=True)
class _Shape:
    """The fields of one record type, by what bounds them (worked out once per type)."""

    datetimes: tuple[str, ...]
    dates: tuple[str, ...]
    lists: tuple[str, ...]
    texts: tuple[str, ...]  # texts without a limit of their own
    numbers: tuple[str, ...]
    stamps: tuple[str, ...]  # of ``_STAMP_FIELDS``, those the type has
    tokens: tuple[str, ...]  # of ``_TOKEN_FIELDS``, those the type has


def _types(annotation: Any) -> set[Any]:
    found = {annotation, typing.get_origin(annotation)}
    for arg in typing.get_args(annotation):
        found |= _types(arg)
    return found


@cache
def _shape(cls: type[Record]) -> _Shape:
    groups: dict[str, list[str]] = {k: [] for k in ("datetimes", "dates", "lists", "texts",
                                                   "numbers")}  # fmt: skip
    for name, info in cls.model_fields.items():
        types = _types(info.annotation)
        if dict in types:
            continue  # bounded by the record's total size
        if datetime in types:
            groups["datetimes"].append(name)
        elif dt.date in types:
            groups["dates"].append(name)
        elif list in types:
            groups["lists"].append(name)
        elif str in types and name not in cls.text_limits:
            groups["texts"].append(name)
        elif int in types:
            groups["numbers"].append(name)
    return _Shape(
        **{k: tuple(v) for k, v in groups.items()},
        stamps=tuple(name for name in _STAMP_FIELDS if name in cls.model_fields),
        tokens=tuple(name for name in _TOKEN_FIELDS if name in cls.model_fields),
    )


def problems(record: Record, content: dict[str, Any], size: int, now: datetime) -> list[str]:
    """What is out of bounds in ``record`` (parsed from ``content``, whose JSON is
    ``size`` characters), as English text; empty when nothing is."""
    found: list[str] = []
    if size > MAX_RECORD_CHARS:
        found.append(f"The record is too large ({size} characters; at most {MAX_RECORD_CHARS}).")
    if record.model_extra:
        _extra_problems(record.model_extra, content, found)
    # Fields the type does not have are not in ``values`` (unknown ones are extra):
    # they count as "" here, which is within bounds.
    values = record.__dict__
    shape = _shape(type(record))
    for name in shape.stamps:
        value = values.get(name, "")
        why = stamp_problem(value, now) if isinstance(value, str) else "not text"
        if why is not None:
            found.append(f"The value of “{name}” is {why}.")
    for name in shape.tokens:
        value = values.get(name, "")
        if isinstance(value, str) and len(value) > MAX_TOKEN_TEXT:
            found.append(f"The value of “{name}” is too long.")
    latest_time = now + TIME_AHEAD
    for name in shape.datetimes:
        value = values[name]
        if value is None:
            continue
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        if not EARLIEST_TIME <= value <= latest_time:
            found.append(f"The time “{name}” is outside the accepted window.")
    if shape.dates:
        earliest, latest = EARLIEST_DATE, now.date() + DATE_AHEAD
        for name in shape.dates:
            value = values[name]
            if value is not None and not earliest <= value <= latest:
                found.append(f"The date “{name}” is outside the accepted window.")
    for name in shape.lists:
        if len(values[name]) > MAX_ID_LIST:
            found.append(f"The list “{name}” is too long.")
    for name in shape.texts:
        value = values[name]
        if isinstance(value, str) and len(value) > LONG_TEXT:
            found.append(f"The value of “{name}” is too long.")
    for name in shape.numbers:
        value = values[name]
        if isinstance(value, int) and abs(value) > MAX_NUMBER:
            found.append(f"The number “{name}” is out of range.")
    return found


def _extra_problems(extra: dict[str, Any], content: dict[str, Any], found: list[str]) -> None:
    """Bounds on the fields this version does not know."""
    names = [name for name in extra if name != "kind"]
    if len(names) > MAX_EXTRA_FIELDS:
        found.append(f"The record has too many unknown fields (at most {MAX_EXTRA_FIELDS}).")
    for name in names[: MAX_EXTRA_FIELDS + 1]:
        if len(name) > MAX_FIELD_NAME:
            found.append("A field name is too long.")
        elif len(to_json(content.get(name))) > MAX_EXTRA_FIELD_CHARS:
            found.append(f"The field “{name}” is too large.")
