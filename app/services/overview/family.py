"""A child's family in the overview: contacts with each relative (planned, held,
cancelled, no-show, missed in a row) and brothers and sisters, together or
apart, and when they last saw each other."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from sqlmodel import Session

from app.domain.records import Child, Relative
from app.domain.vocabulary import ContactStatus
from app.services.contacts import PARENTS, same_group
from app.services.overview.figures import (
    MISSED,
    SIBLING_RELATIONS,
    RelativeContacts,
    SiblingLink,
)
from app.services.overview.period import Period
from app.storage import overview as overview_rows
from app.storage.overview import EntryRow

_STATUSES = frozenset(s.value for s in ContactStatus)


class Contacts:
    """Contact notes of one household's children since the period started."""

    def __init__(
        self, session: Session, household: str, notes: Sequence[EntryRow], period: Period
    ) -> None:
        self.session = session
        self.household = household
        self.period = period
        self.by_child: dict[str, list[EntryRow]] = defaultdict(list)
        for note in sorted(notes, key=lambda n: (n.day, n.created)):
            for child in note.children:
                self.by_child[child].append(note)

    def with_relative(self, child: str, relative: str) -> list[EntryRow]:
        return [n for n in self.by_child.get(child, ()) if relative in n.relatives]

    def last_held(self, child: str, relative: str) -> date | None:
        """The last contact that happened up to ``on``, before the period too."""
        held = [
            n.day
            for n in self.with_relative(child, relative)
            if n.status == ContactStatus.HAPPENED and n.day <= self.period.on
        ]
        if held:
            return max(held)
        return overview_rows.last_held(
            self.session, self.household, child, relative, self.period.start - timedelta(days=1)
        )

    def summary(self, child: Child, relative: Relative) -> RelativeContacts:
        period = self.period
        me, rid = str(child.id), str(relative.id)
        notes = self.with_relative(me, rid)
        counts = Counter(
            n.status for n in notes if period.start <= n.day <= period.end and n.status in _STATUSES
        )
        missed = 0
        for note in reversed([n for n in notes if n.day <= period.on]):
            if note.status == ContactStatus.PLANNED:
                continue
            if note.status not in MISSED:
                break
            missed += 1
        last = self.last_held(me, rid)
        planned = [n.day for n in notes if n.status == ContactStatus.PLANNED and n.day > period.on]
        return RelativeContacts(
            relative_id=relative.id,
            name=relative.name,
            relation=relative.relation,
            planned=counts[ContactStatus.PLANNED],
            held=counts[ContactStatus.HAPPENED],
            cancelled=counts[ContactStatus.CANCELLED],
            no_show=counts[ContactStatus.NO_SHOW],
            last_held=last,
            days_since=(period.on - last).days if last is not None else None,
            next_planned=min(planned, default=None),
            missed_in_a_row=missed,
        )


def _same_person(name: str, child: Child) -> bool:
    """Whether a relative's name names this child (full name, or first name)."""
    wanted = " ".join(name.split()).casefold()
    return bool(wanted) and wanted in (
        " ".join(child.display_name().split()).casefold(),
        child.given_name.strip().casefold(),
    )


class Siblings:
    """Brothers and sisters: in the household, in the other households this store
    holds (the same sibling group), and relatives placed elsewhere."""

    def __init__(
        self,
        session: Session,
        household_id: uuid.UUID,
        children: Sequence[Child],
        relatives: Sequence[Relative],
        contacts: Contacts,
    ) -> None:
        self.session = session
        self.children = children
        self.relatives = relatives
        self.contacts = contacts
        self.period = contacts.period
        self._there: dict[uuid.UUID, list[Relative]] = {}
        groups = {c.sibling_group.strip().casefold() for c in children} - {""}
        self.elsewhere: list[Child] = []
        if groups:
            for other in overview_rows.children_elsewhere(session, household_id, groups):
                if other.placement_end is None or other.placement_end >= self.period.on:
                    self.elsewhere.append(other)

    def links(self, child: Child) -> tuple[SiblingLink, ...]:
        mine = [
            r for r in self.relatives if r.relation in SIBLING_RELATIONS and child.id in r.children
        ]
        parents = [r for r in self.relatives if r.relation in PARENTS and child.id in r.children]
        used: set[uuid.UUID] = set()
        out: list[SiblingLink] = []

        def named(other: Child) -> Relative | None:
            found = next((r for r in mine if _same_person(r.name, other)), None)
            if found is not None:
                used.add(found.id)
            return found

        for other in self.children:
            if other.id != child.id and (
                same_group(child, other) or any(other.id in p.children for p in parents)
            ):
                relative = named(other)
                out.append(
                    SiblingLink(
                        other.display_name(),
                        True,
                        child_id=other.id,
                        relative_id=relative.id if relative else None,
                        household_id=other.household_id,
                    )
                )
        for other in self.elsewhere:
            if not same_group(child, other):
                continue
            relative = named(other)
            seen = [
                self.contacts.last_held(str(child.id), str(relative.id)) if relative else None,
                self._seen_from_there(child, other),
            ]
            out.append(self._apart(other.display_name(), relative, [d for d in seen if d], other))
        for relative in mine:
            if relative.id in used:
                continue
            if relative.placed_together:
                out.append(SiblingLink(relative.name, True, relative_id=relative.id))
                continue
            last = self.contacts.last_held(str(child.id), str(relative.id))
            out.append(self._apart(relative.name, relative, [last] if last else []))
        return tuple(out)

    def _apart(
        self, name: str, relative: Relative | None, seen: list[date], other: Child | None = None
    ) -> SiblingLink:
        last = max(seen, default=None)
        return SiblingLink(
            name,
            False,
            child_id=other.id if other else None,
            relative_id=relative.id if relative else None,
            household_id=other.household_id if other else None,
            last_seen=last,
            days_since=(self.period.on - last).days if last is not None else None,
        )

    def _seen_from_there(self, child: Child, other: Child) -> date | None:
        """What the other household wrote: its child with its relative record for ours."""
        household = str(other.household_id)
        if other.id not in self._there:
            self._there[other.id] = [
                r
                for r in overview_rows.relatives_of(self.session, str(other.id), household)
                if r.relation in SIBLING_RELATIONS
            ]
        seen = [
            overview_rows.last_held(
                self.session, household, str(other.id), str(r.id), self.period.on
            )
            for r in self._there[other.id]
            if _same_person(r.name, child)
        ]
        return max((d for d in seen if d is not None), default=None)
