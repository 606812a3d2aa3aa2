"""Records opened here, kept until the server's audit log has them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from app.storage.rows import in_list


def add_view(
    session: Session, view_id: uuid.UUID, record_id: uuid.UUID, household_id: uuid.UUID,
    viewed_at: datetime,
) -> None:  # fmt: skip
    session.execute(
        text(
            "INSERT INTO record_view (view_id, record_id, household_id, viewed_at) "
            "VALUES (:v, :r, :h, :t)"
        ),
        {"v": str(view_id), "r": str(record_id), "h": str(household_id),
         "t": viewed_at.astimezone(UTC).isoformat()},
    )  # fmt: skip


def last_view(session: Session, record_id: uuid.UUID) -> datetime | None:
    """When the record was last opened here, among the views not yet reported."""
    value = session.execute(
        text("SELECT max(viewed_at) FROM record_view WHERE record_id = :r"),
        {"r": str(record_id)},
    ).scalar()
    return datetime.fromisoformat(value) if value else None


@dataclass(frozen=True)
class PendingView:
    view_id: str
    record_id: str
    household_id: str
    viewed_at: datetime


def pending_views(session: Session, limit: int | None = None) -> list[PendingView]:
    sql = "SELECT view_id, record_id, household_id, viewed_at FROM record_view ORDER BY seq"
    params: dict[str, object] = {}
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [
        PendingView(v, r, h, datetime.fromisoformat(t))
        for v, r, h, t in session.execute(text(sql), params)
    ]


def delete_views(session: Session, view_ids: Iterable[str]) -> int:
    params: dict[str, object] = {}
    ids = list(view_ids)
    if not ids:
        return 0
    result = session.execute(
        text(f"DELETE FROM record_view WHERE view_id IN {in_list('v', ids, params)}"), params
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
