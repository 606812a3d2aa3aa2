"""What the device knows about its link to the central office, kept in the
encrypted store's meta table (the device token included: never in a plain file)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlmodel import Session

from app.storage.store import Store

URL = "sync:server_url"
TOKEN = "sync:token"
DEVICE = "sync:device_id"
HOUSEHOLDS = "sync:households"
LAST_OK = "sync:last_ok"
REVOKED = "sync:revoked"
CURSOR = "sync:cursor:"
CURSOR_AT = "sync:cursor_at:"  # the change the cursor stands on: "record-id version"
# The app versions the office accepts and recommends, as it last said them.
APP_MINIMUM = "sync:app_minimum"
APP_RECOMMENDED = "sync:app_recommended"


@dataclass(frozen=True)
class Link:
    server_url: str
    token: str
    device_id: str
    households: list[uuid.UUID]
    revoked: bool
    last_ok: str | None
    app_minimum: str | None = None
    app_recommended: str | None = None


def read_link(store: Store) -> Link | None:
    meta = store.all_meta()
    if URL not in meta or TOKEN not in meta:
        return None
    return Link(
        server_url=meta[URL],
        token=meta[TOKEN],
        device_id=meta.get(DEVICE, ""),
        households=[uuid.UUID(h) for h in json.loads(meta.get(HOUSEHOLDS, "[]"))],
        revoked=meta.get(REVOKED) == "1",
        last_ok=meta.get(LAST_OK),
        app_minimum=meta.get(APP_MINIMUM) or None,
        app_recommended=meta.get(APP_RECOMMENDED) or None,
    )


def set_app_versions(session: Session, minimum: str | None, recommended: str | None) -> None:
    """What the office last said of app versions (an empty value: it did not say)."""
    Store.set_meta(session, APP_MINIMUM, minimum or "")
    Store.set_meta(session, APP_RECOMMENDED, recommended or "")


def households(store: Store) -> list[uuid.UUID]:
    """The households this device holds records of, as the last enrolment (or a
    supervisor's demo) set them; empty when none were set."""
    return [uuid.UUID(h) for h in json.loads(store.get_meta(HOUSEHOLDS) or "[]")]


@dataclass(frozen=True)
class Cursor:
    """Where a household's pull stands: after change ``seq``, which was version
    ``version`` of record ``record_id`` (so a server restored from an older backup,
    whose feed numbers other changes ``seq`` now, is told from one that has it)."""

    seq: int = 0
    record_id: uuid.UUID | None = None
    version: int = 0


def set_households(session: Session, households: list[uuid.UUID]) -> None:
    Store.set_meta(session, HOUSEHOLDS, json.dumps([str(h) for h in households]))


KEPT = "sync:kept_households"  # taken away, kept while some of their changes wait


def kept_households(store: Store) -> list[uuid.UUID]:
    """Households taken away from the person whose records stay here until their
    changes reach the central office."""
    return [uuid.UUID(h) for h in json.loads(store.get_meta(KEPT) or "[]")]


def set_kept_households(session: Session, households: list[uuid.UUID]) -> None:
    Store.set_meta(session, KEPT, json.dumps([str(h) for h in households]))


def cursor(store: Store, household: uuid.UUID) -> Cursor:
    seq = int(store.get_meta(CURSOR + str(household)) or 0)
    at = (store.get_meta(CURSOR_AT + str(household)) or "").split(" ")
    if seq and len(at) == 2:
        return Cursor(seq, uuid.UUID(at[0]), int(at[1]))
    return Cursor(seq)


def set_cursor(session: Session, household: uuid.UUID, value: Cursor) -> None:
    Store.set_meta(session, CURSOR + str(household), str(value.seq))
    at = f"{value.record_id} {value.version}" if value.record_id is not None else ""
    Store.set_meta(session, CURSOR_AT + str(household), at)
