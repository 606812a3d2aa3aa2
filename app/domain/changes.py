"""What a unit of work changed: the record kinds and ids it wrote.

A service that writes returns a :class:`ChangeSet`; a sync reports the one it
pulled. The UI announces it once and each view decides itself whether it cares
(a sync that pulled nothing changes nothing on screen)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChangeSet:
    kinds: frozenset[str] = frozenset()
    ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    # Households whose records changed; empty when unknown (a local write in the
    # person's own household).
    households: frozenset[uuid.UUID] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls,
        *kinds: str,
        ids: Iterable[uuid.UUID] = (),
        households: Iterable[uuid.UUID] = (),
    ) -> ChangeSet:
        return cls(frozenset(kinds), frozenset(ids), frozenset(households))

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def concerns(self, *kinds: str) -> bool:
        """Whether any of these record kinds changed."""
        return not self.kinds.isdisjoint(kinds)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        """Both as one. No ids (or households) named means any may have changed,
        so one made with such a set names none either; nothing changed adds nothing."""
        if not self:
            return other
        if not other:
            return self
        return ChangeSet(
            self.kinds | other.kinds,
            _named(self.ids, other.ids),
            _named(self.households, other.households),
        )


def _named(a: frozenset[uuid.UUID], b: frozenset[uuid.UUID]) -> frozenset[uuid.UUID]:
    """The ids both sets name; none when either names none (any)."""
    return a | b if a and b else frozenset()


NOTHING = ChangeSet()
