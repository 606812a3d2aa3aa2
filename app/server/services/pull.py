"""Pull: a household's changes after a cursor, page by page
(docs/architecture.md, "The household's change feed").

Each change comes with the record's content *at that version* (from
``record_version``), so a page reads the same however often it is fetched.
The query walks the ``(household_id, seq)`` index: its cost follows the page
and the household, not the size of the server.

The page is read in a read-only transaction (on SQLite it waits for no
writer); the audit row follows in a short write transaction of its own, and
is committed before the page is handed out.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlmodel import Session

from app.protocol.schemas import PROTOCOL_VERSION
from app.server import audit
from app.server.core.db import reading
from app.server.core.errors import ApiError, not_found
from app.server.services.records import CHANGES, RECORDS, VERSIONS
from app.server.services.scope import DeviceContext


def cursor_ahead() -> ApiError:
    return ApiError(
        409,
        "cursor_ahead",
        "The cursor is beyond the server's latest change: the server was restored from "
        "an older backup. Send your records again.",
    )


def max_seq(session: Session, household_id: str) -> int:
    query = select(func.max(CHANGES.c.seq)).where(CHANGES.c.household_id == household_id)
    return int(session.connection().execute(query).scalar_one() or 0)


def live_records(session: Session, household_id: str) -> int:
    """Counted on every page: the device checks it on the first page of each pull
    (a mass delete held back), and that may start at any cursor."""
    query = (
        select(func.count())
        .select_from(RECORDS)
        .where(RECORDS.c.household_id == household_id, RECORDS.c.deleted.is_(False))
    )
    return int(session.connection().execute(query).scalar_one())


def changes_after(session: Session, household_id: str, seq: int) -> int:
    """How many changes of the household come after ``seq`` (along the
    ``(household_id, seq)`` index: as many steps as there are such changes)."""
    query = (
        select(func.count())
        .select_from(CHANGES)
        .where(CHANGES.c.household_id == household_id, CHANGES.c.seq > seq)
    )
    return int(session.connection().execute(query).scalar_one())


def _stands_on(session: Session, household_id: str, seq: int, at: tuple[uuid.UUID, int]) -> bool:
    query = select(CHANGES.c.household_id, CHANGES.c.record_id, CHANGES.c.version).where(
        CHANGES.c.seq == seq
    )
    row = session.connection().execute(query).first()
    return row is not None and tuple(row) == (household_id, str(at[0]), at[1])


def _page(household_id: str, after: int, limit: int) -> Select[tuple[Any, ...]]:
    change, record, version = CHANGES.c, RECORDS.c, VERSIONS.c
    return (
        select(change.seq, change.record_id, change.version, record.kind, version.content)
        .join_from(CHANGES, RECORDS, record.id == change.record_id)
        .join(
            VERSIONS,
            and_(version.record_id == change.record_id, version.version == change.version),
        )
        .where(change.household_id == household_id, change.seq > after)
        .order_by(change.seq)
        .limit(limit)
    )


@dataclass(frozen=True)
class PulledPage:
    """A page of the feed as its answer's JSON (a ``PullResponse``), and the records it names."""

    body: bytes
    record_ids: list[str]


def _body(
    household_id: str,
    rows: Sequence[Any],
    next_after: int,
    latest: int,
    live: int,
    remaining: int,
) -> bytes:
    """The ``PullResponse`` JSON of a page, written from the rows as they are.

    Each record's content goes out as the JSON text it is stored as (the
    server's own compact JSON, made when the change was accepted): it is neither
    decoded nor encoded again. The other values are the server's own numbers,
    ids and kinds."""
    head = (
        '{"seq":%d,"kind":%s,"record_id":"%s","household_id":"'
        + household_id
        + '","version":%d,"content":'
    )
    changes = ",".join(
        head % (seq, _text(kind), record_id, version) + content + "}"
        for seq, record_id, version, kind, content in rows
    )
    return (
        f'{{"protocol":{PROTOCOL_VERSION},"household_id":"{household_id}","changes":[{changes}],'
        f'"next_after":{next_after},"has_more":{_bool(next_after < latest)},'
        f'"max_seq":{latest},"live_records":{live},"remaining":{remaining}}}'
    ).encode()


def _text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _bool(value: bool) -> str:
    return "true" if value else "false"


def pull(
    session: Session,
    device: DeviceContext,
    household: uuid.UUID,
    *,
    after: int,
    limit: int,
    now: datetime,
    at: tuple[uuid.UUID, int] | None = None,
) -> PulledPage:
    """The changes after seq ``after``, as the JSON of a ``PullResponse``. ``at``:
    the record and version the device got as change ``after``; a feed that
    numbers another change ``after`` was restored from an older backup (and
    others wrote since): the cursor is ahead of it as surely as one beyond its
    last change."""
    if household not in device.memberships:
        # Kept for the office (an attempt to read another household), then the
        # same answer whether or not the household exists.
        audit.record(session, audit.PULL_REFUSED, person_id=device.person_id,
                     device_id=device.device_id, household_id=household, at=now)  # fmt: skip
        session.commit()
        raise not_found()
    household_id = str(household)
    with reading(session):
        latest = max_seq(session, household_id)
        if after > latest or (
            at is not None and after > 0 and not _stands_on(session, household_id, after, at)
        ):
            raise cursor_ahead()
        rows = session.connection().execute(_page(household_id, after, limit)).all()
        live = live_records(session, household_id)
        next_after = rows[-1][0] if rows else after
        remaining = changes_after(session, household_id, next_after) if len(rows) == limit else 0
    # A change committed since ``latest`` was read may be on this page already.
    latest = max(latest, next_after)
    page = PulledPage(
        body=_body(household_id, rows, next_after, latest, live, remaining),
        record_ids=[row[1] for row in rows],
    )
    audit.record(
        session,
        audit.PULL,
        person_id=device.person_id,
        device_id=device.device_id,
        household_id=household,
        record_ids=page.record_ids,
        detail=f"after={after} changes={len(rows)}",
        at=now,
    )
    session.commit()
    return page
