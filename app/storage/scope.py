"""A household's records on this device as a whole: whether any of its changes
still wait for the central office, and erasing them once a household was taken
away from the person."""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlmodel import Session

from app.storage.store import Store
from app.storage.sync_state import CURSOR, CURSOR_AT
from app.storage.tables import SYNC_SYNCED


def waiting(session: Session, household_id: uuid.UUID) -> int:
    """The household's records whose change has not reached the central office
    (waiting in the outbox, or refused and kept here)."""
    return int(
        session.execute(
            text("SELECT count(*) FROM record WHERE household_id = :h AND sync_state != :s"),
            {"h": str(household_id), "s": SYNC_SYNCED},
        ).scalar()
        or 0
    )


def erase_household(session: Session, household_id: uuid.UUID) -> int:
    """Remove every record of the household from this device (with its search
    entries, child links, pending views and pull cursor); the number removed.
    Only for a household whose changes all reached the central office."""
    h = {"h": str(household_id)}
    rows = "SELECT rowid FROM record WHERE household_id = :h"
    session.execute(text(f"DELETE FROM record_fts WHERE rowid IN ({rows})"), h)
    session.execute(text(f"DELETE FROM record_words WHERE rowid IN ({rows})"), h)
    session.execute(text(f"DELETE FROM record_child WHERE record_rowid IN ({rows})"), h)
    erased = session.execute(text("DELETE FROM record WHERE household_id = :h"), h)
    session.execute(text("DELETE FROM record_view WHERE household_id = :h"), h)
    for key in (CURSOR, CURSOR_AT):
        Store.delete_meta(session, key + str(household_id))
    return int(erased.rowcount or 0)  # type: ignore[attr-defined]
