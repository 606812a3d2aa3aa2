"""What the server checks on every pushed record before anything is written
(docs/trust-model.md), one module per rule:

- ``bounds``: every field within its size, format and time window;
- ``references``: every id the record refers to names a record of its own
  household, of the right kind;
- ``authorship``: the author is the person of the pushing device;
- ``kept_entries``: a daily log or contact note the server holds is never
  changed in place or deleted (a correction is an amendment).

Each rule raises ``Refused`` with an English reason, which the device keeps and
shows with the refused change. The batch reads what the rules look up once
(``Lookups``): the records referred to, the people of a household.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.domain.records import Record
from app.server.services.records import Current


class Refused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Pushed:
    """One pushed record, with what the server holds of it and may look up."""

    kind: str
    household_id: str
    person_id: uuid.UUID  # the pushing device's person
    record: Record
    content: dict[str, Any]  # as sent
    size: int  # of ``content`` as JSON, in characters
    base: int  # the effective base version
    row: Current | None  # the record as the server holds it
    current: dict[str, Any] | None  # its content
    # The device sent this record before in an op whose answer it never got.
    covers_own: bool
    now: datetime
    today: date
    record_of: Callable[[str], Current | None]  # a record of the batch's lookups
    people_of: Callable[[str], frozenset[str]]  # the person ids of a household

    @property
    def resent(self) -> bool:
        """The device holds a later version than the server (restored from a backup)."""
        return self.base > (self.row.version if self.row is not None else 0)


def check(pushed: Pushed) -> None:
    """Raise ``Refused`` at the first rule ``pushed`` breaks."""
    from app.server.services.rules import authorship, bounds, kept_entries, references

    bounds.check(pushed)
    references.check(pushed)
    authorship.check(pushed)
    kept_entries.check(pushed)
