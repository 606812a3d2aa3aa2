"""Field-level three-way merge of two versions of a record.

Decided by what changed since the common base version, never by device
clocks: a field changed on one side only takes that side's value. Where both
sides changed the same field to different values, the later change (by its
hybrid-clock stamp, which embeds the device id, so every replica picks the
same one) wins and the other value is returned as a conflict, to be kept.
A deletion is never undone by a merge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

META_FIELDS = frozenset({"id", "household_id", "version", "modified_at", "modified_by",
                         "device_id", "deleted"})  # fmt: skip


@dataclass
class Merged:
    content: dict[str, Any]
    # field -> (winning value, losing value); empty when nothing collided
    collisions: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    ours_won: bool = True  # whose stamp was later, for the collisions

    @property
    def loser_side(self) -> str:
        return "theirs" if self.ours_won else "ours"


def merge(base: dict[str, Any] | None, ours: dict[str, Any], theirs: dict[str, Any]) -> Merged:
    """Merge ``ours`` (an incoming change) into ``theirs`` (the current version),
    both made from ``base`` (None: no common base is known, every differing
    field counts as changed on both sides)."""
    ours_later = (str(ours.get("modified_at", "")), str(ours.get("device_id", ""))) > (
        str(theirs.get("modified_at", "")), str(theirs.get("device_id", ""))
    )  # fmt: skip
    later, earlier = (ours, theirs) if ours_later else (theirs, ours)
    content: dict[str, Any] = {}
    collisions: dict[str, tuple[Any, Any]] = {}
    missing = object()
    for name in dict.fromkeys([*theirs, *ours]):
        if name in META_FIELDS:
            continue
        o, t = ours.get(name, missing), theirs.get(name, missing)
        b = base.get(name, missing) if base is not None else missing
        if o == t:
            value = o
        elif base is not None and o == b:
            value = t  # only theirs changed it
        elif base is not None and t == b:
            value = o  # only ours changed it
        else:
            value = later.get(name, missing)
            loser = earlier.get(name, missing)
            collisions[name] = (
                None if value is missing else value,
                None if loser is missing else loser,
            )
        if value is not missing:
            content[name] = value
    for name in META_FIELDS:
        if name in later:
            content[name] = later[name]
    content["deleted"] = bool(ours.get("deleted")) or bool(theirs.get("deleted"))
    return Merged(content, collisions, ours_later)
