"""Children whose placement ended leave this laptop.

When the office or a supervisor closed a child's placement (``Child.has_left``),
the child's records are erased here, but only once nothing about the child waits
to be sent — a log written on the last evening reaches the office first — and a
day after this laptop first held the closing, so that the household sees it
coming and can still make the child's book. A record about several children goes
only when all of them have left."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import text
from sqlmodel import Session

from app.domain.records import Child, parse_record
from app.storage.attachments import drop_unreferenced
from app.storage.records import forget
from app.storage.store import Store

GRACE = timedelta(days=1)  # from the closing's arrival here to the erasing
SEEN = "leaving_seen:"  # meta key prefix: when this laptop first held a child's closing

# Only a closing the office holds counts: a child's record as last synced.
_CHILDREN = text(
    "SELECT content FROM record WHERE kind = 'child' AND deleted = 0 AND sync_state = 'synced'"
)
_ALL = text("SELECT id, kind, content FROM record WHERE kind NOT IN ('household', 'person')")
_PENDING = text("SELECT record_id, content FROM outbox")


@dataclass(frozen=True)
class Leaving:
    """A child whose placement was closed, how many local changes about them
    still wait to be sent, and when this laptop first held the closing (the
    child is erased when nothing waits and ``GRACE`` has passed since)."""

    child: Child
    waiting: int
    seen: datetime | None = None

    @property
    def leaves_after(self) -> datetime | None:
        return self.seen + GRACE if self.seen is not None else None


def _concerned(record_id: str, kind: str, content: dict[str, object]) -> set[str]:
    found = {str(content.get("child_id") or "")}
    children = content.get("children")
    if isinstance(children, list):
        found |= {str(c) for c in children}
    if kind == "child":
        found.add(record_id)
    return found - {""}


def leaving(session: Session) -> list[Leaving]:
    """The children here whose placement was closed, with their waiting changes."""
    closed: dict[str, Child] = {}
    for (content,) in session.execute(_CHILDREN):
        child = parse_record("child", content)
        if isinstance(child, Child) and child.has_left():
            closed[str(child.id)] = child
    if not closed:
        return []
    waiting = dict.fromkeys(closed, 0)
    for record_id, content in session.execute(_PENDING):
        kind_content = json.loads(content)
        for child_id in _concerned(str(record_id), "", kind_content) | {str(record_id)}:
            if child_id in waiting:
                waiting[child_id] += 1
    seen = Store.meta_with_prefix(session, SEEN)
    return [Leaving(closed[c], waiting[c], _when(seen.get(SEEN + c))) for c in sorted(closed)]


def waiting_about(session: Session, child_id: uuid.UUID) -> int:
    """How many local changes about one child still wait to be sent."""
    wanted = str(child_id)
    return sum(
        wanted in _concerned(str(record_id), "", json.loads(content)) | {str(record_id)}
        for record_id, content in session.execute(_PENDING)
    )


def _when(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def erase(session: Session, children: set[uuid.UUID]) -> int:
    """Erase the records of these children (all of whose changes were sent): how
    many records went."""
    gone = {str(c) for c in children}
    erased = 0
    for record_id, kind, content in session.execute(_ALL).all():
        concerned = _concerned(str(record_id), str(kind), json.loads(content))
        if concerned and concerned <= gone:
            forget(session, record_id)
            erased += 1
    drop_unreferenced(session)  # the bytes of their attached photos and documents
    return erased


def let_go(session: Session, now: datetime | None = None) -> tuple[list[Child], list[Leaving]]:
    """Erase every closed child with nothing waiting whose closing arrived here
    ``GRACE`` ago: the children erased, and the ones still to go."""
    now = now or datetime.now(UTC)
    ready: list[Child] = []
    staying: list[Leaving] = []
    for x in leaving(session):
        if x.seen is None:
            Store.set_meta(session, SEEN + str(x.child.id), now.isoformat())
            staying.append(Leaving(x.child, x.waiting, now))
        elif x.waiting == 0 and now >= x.seen + GRACE:
            ready.append(x.child)
            Store.delete_meta(session, SEEN + str(x.child.id))
        else:
            staying.append(x)
    if ready:
        erase(session, {c.id for c in ready})
    return ready, staying
