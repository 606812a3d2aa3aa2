"""Pull: a household's changes after a cursor, page by page (DESIGN.md §5).

Each change comes with the record's content *at that version* (from
``record_version``), so a page reads the same however often it is fetched.
The query walks the ``(household_id, seq)`` index: its cost follows the page
and the household, not the size of the server.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import and_, func
from sqlmodel import Session, col, select

from app.protocol.schemas import Change, PullResponse
from app.server import audit
from app.server.core.errors import ApiError, not_found
from app.server.services import records
from app.server.services.scope import DeviceContext
from app.server.tables import ChangeRow, RecordRow, RecordVersionRow


def cursor_ahead() -> ApiError:
    return ApiError(
        409,
        "cursor_ahead",
        "The cursor is beyond the server's latest change: the server was restored from "
        "an older backup. Send your records again.",
    )


def max_seq(session: Session, household_id: str) -> int:
    value = session.exec(
        select(func.max(ChangeRow.seq)).where(ChangeRow.household_id == household_id)
    ).one()
    return int(value or 0)


def live_records(session: Session, household_id: str) -> int:
    value = session.exec(
        select(func.count())
        .select_from(RecordRow)
        .where(RecordRow.household_id == household_id, col(RecordRow.deleted).is_(False))
    ).one()
    return int(value)


def pull(
    session: Session,
    device: DeviceContext,
    household: uuid.UUID,
    *,
    after: int,
    limit: int,
    now: datetime,
) -> PullResponse:
    if household not in device.memberships:
        # Kept for the office (an attempt to read another household), then the
        # same answer whether or not the household exists.
        audit.record(session, audit.PULL_REFUSED, person_id=device.person_id,
                     device_id=device.device_id, household_id=household, at=now)  # fmt: skip
        session.commit()
        raise not_found()
    household_id = str(household)
    latest = max_seq(session, household_id)
    if after > latest:
        raise cursor_ahead()
    rows = session.exec(
        select(ChangeRow, col(RecordRow.kind), col(RecordVersionRow.content))
        .join(RecordRow, col(RecordRow.id) == ChangeRow.record_id)
        .join(
            RecordVersionRow,
            and_(
                col(RecordVersionRow.record_id) == ChangeRow.record_id,
                col(RecordVersionRow.version) == ChangeRow.version,
            ),
        )
        .where(ChangeRow.household_id == household_id, col(ChangeRow.seq) > after)
        .order_by(col(ChangeRow.seq))
        .limit(limit)
    ).all()
    changes = [
        Change(
            seq=change.seq,
            kind=kind,
            record_id=uuid.UUID(change.record_id),
            household_id=household,
            version=change.version,
            content=records.loads(content),
        )
        for change, kind, content in rows
    ]
    next_after = changes[-1].seq if changes else after
    # A change committed since ``latest`` was read may be on this page already.
    latest = max(latest, next_after)
    response = PullResponse(
        household_id=household,
        changes=changes,
        next_after=next_after,
        has_more=next_after < latest,
        max_seq=latest,
        live_records=live_records(session, household_id),
    )
    audit.record(
        session,
        audit.PULL,
        person_id=device.person_id,
        device_id=device.device_id,
        household_id=household,
        record_ids=[c.record_id for c in changes],
        detail=f"after={after} changes={len(changes)}",
        at=now,
    )
    session.commit()
    return response
