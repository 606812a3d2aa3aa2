"""A pushed record as the rules see it, and how a rule refuses it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.domain.records import Record
from app.domain.references import Reference
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
    person_id: str  # the pushing device's person (its id as text)
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
    # The ids ``content`` refers to, when already found (``app.domain.references``).
    references: list[Reference] | None = None
    # The size of an attached file complete in a household (by its SHA-256), or None.
    blob_size: Callable[[str, str], int | None] | None = None

    @property
    def resent(self) -> bool:
        """The device holds a later version than the server (restored from a backup)."""
        return self.base > (self.row.version if self.row is not None else 0)
