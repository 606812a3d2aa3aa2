"""Every id a record refers to names a record of its own household, of the right kind.

An id of another household and an id the server never saw get the same answer:
the answer tells nothing about other households."""

from __future__ import annotations

from app.domain.references import references
from app.server.services.rules.pushed import Pushed, Refused

REASON = "The record refers to a record that is not in its household ({field})."


def check(pushed: Pushed) -> None:
    found = pushed.references
    for ref in references(pushed.kind, pushed.content) if found is None else found:
        row = pushed.record_of(ref.id)
        if (
            row is None
            or row.household_id != pushed.household_id
            or (ref.kinds and row.kind not in ref.kinds)
        ):
            raise Refused(REASON.format(field=ref.field))
