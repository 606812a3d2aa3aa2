"""The author of a record is the person of the device that sends it.

A new entry or review names the pushing person as its author, and a change
names them as ``modified_by``; an author never changes. A device that sends
again what a server restored from a backup lacks may send records of the other
people of the household as they were written (``Pushed.resent``)."""

from __future__ import annotations

from functools import cache

from app.domain.records import Record
from app.domain.references import canonical_id
from app.server.services.rules.pushed import Pushed, Refused

AUTHOR = "A record is written by the person of the device that sends it."
AUTHOR_KEPT = "The author of a record cannot change."


@cache
def _named(cls: type[Record]) -> tuple[str, ...]:
    """Which of the fields that name a person the record type has."""
    return tuple(name for name in ("author_id", "modified_by") if name in cls.model_fields)


def check(pushed: Pushed) -> None:
    me = pushed.person_id
    for name in _named(type(pushed.record)):
        value = canonical_id(pushed.content.get(name))
        stored = canonical_id(pushed.current.get(name)) if pushed.current is not None else None
        if name == "author_id" and pushed.current is not None:
            if value != stored:
                raise Refused(AUTHOR_KEPT)
            continue
        if value is None and name == "modified_by":
            continue
        if value == me or (name == "modified_by" and value == stored):
            continue
        if pushed.resent and value in pushed.people_of(pushed.household_id):
            continue
        raise Refused(AUTHOR)
