"""The change set of records a service wrote: what the UI announces once, for
each view to decide whether it cares."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.changes import NOTHING, ChangeSet
from app.domain.records import Record


def changes_of(*written: Record | Iterable[Record] | None) -> ChangeSet:
    """The kinds, ids and households of the records written (``None`` and empty
    lists change nothing)."""
    records: list[Record] = []
    for item in written:
        if item is None:
            continue
        if isinstance(item, Record):
            records.append(item)
        else:
            records.extend(item)
    if not records:
        return NOTHING
    return ChangeSet.of(
        *{r.kind for r in records},
        ids=(r.id for r in records),
        households=(r.household_id for r in records),
    )
