"""A child leaves care: the office closes the placement, keeps the child's file for
the retention period and then purges it (docs/leaving-care.md).

Closing writes a new version of the child's record with the day the placement
ended and where the child went; the laptops pull it and erase the child once
their own changes about the child reached the office. The file stays on the
server until the retention period ends: by default until the young person turns
35, as Flemish youth-care law requires of a youth-care file. Purging removes the
child's records with every version of them and the content the server kept of
their pushes; the change feed keeps its rows (ids and version numbers only), so
that the laptops' places in it stay valid, and an audit row says what was purged.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, delete, select
from sqlmodel import Session

from app.domain.messages import ValidationFailed
from app.domain.records import Child, parse_record
from app.domain.vocabulary import PlacementOutcome
from app.server import audit
from app.server.core.clock import SERVER_DEVICE, latest_today, server_stamp
from app.server.services import blobs, records
from app.server.services.admin import AdminError, who
from app.server.tables import ServerTable

# Flemish youth-care files are kept until the young person turns 35 (BVR of
# 12 February 2014 on integrated youth care, articles 20, 61 and 85, as changed
# in 2019); the office may set another age.
DEFAULT_KEEP_UNTIL_AGE = 35
MIN_KEEP_UNTIL_AGE = 18
MAX_KEEP_UNTIL_AGE = 120
VERSIONS: Table = ServerTable.metadata.tables["record_version"]
APPLIED: Table = ServerTable.metadata.tables["applied_op"]
IN_CHUNK = 500


@dataclass(frozen=True)
class Due:
    """A closed placement whose retention period has ended."""

    child_id: str
    household_id: str
    placement_end: date
    keep_until: date
    records: tuple[str, ...]  # the ids of the records purging removes


def _child(session: Session, child_id: str) -> tuple[records.Current, dict[str, Any]]:
    try:
        cid = str(uuid.UUID(child_id))
    except ValueError:
        raise AdminError(f"not a child id: {child_id}") from None
    found = records.current_rows(session, [cid])
    if not found or found[0].kind != "child" or found[0].deleted:
        raise AdminError(f"no such child: {cid}")
    return found[0], records.loads(found[0].content)


def close_placement(
    session: Session, child_id: str, ended: date, outcome: str, *, now: datetime
) -> None:
    """Record that a child's placement ended on ``ended`` and where the child went."""
    try:
        where = PlacementOutcome(outcome)
    except ValueError:
        choices = ", ".join(o.value for o in PlacementOutcome)
        raise AdminError(f"unknown outcome: {outcome} (one of {choices})") from None
    row, content = _child(session, child_id)
    content.update(placement_end=ended.isoformat(), placement_outcome=where.value,
                   modified_at=server_stamp(now), device_id=SERVER_DEVICE)  # fmt: skip
    try:
        parse_record("child", content).check(latest_today(now))
    except ValidationFailed as exc:
        raise AdminError(str(exc)) from None
    records.store_version(session, row, record_id=row.id, household_id=row.household_id,
                          kind="child", version=row.version + 1, content=content)  # fmt: skip
    audit.record(session, audit.CLOSE_PLACEMENT, household_id=row.household_id,
                 record_ids=[row.id], detail=f"outcome={where.value} {who()}",
                 at=now)  # fmt: skip
    session.commit()


def _keep_until(born: date, age: int) -> date:
    try:
        return born.replace(year=born.year + age)
    except ValueError:  # born on 29 February
        return born.replace(year=born.year + age, day=28)


def _concerned(content: dict[str, Any]) -> set[str]:
    found = {str(content.get("child_id") or "")} | {
        str(c) for c in content.get("children") or [] if c
    }
    return found - {""}


def _file_of(rows: Iterable[tuple[str, str, str]], child_id: str, leaving: set[str]) -> list[str]:
    """The records of a child's file: the child's own record and every record that
    concerns only children whose file goes too."""
    out = []
    for record_id, kind, text in rows:
        if record_id == child_id:
            out.append(record_id)
            continue
        concerned = _concerned(records.loads(text))
        if child_id in concerned and concerned <= leaving and kind not in ("child", "household"):
            out.append(record_id)
    return out


def due(
    session: Session, *, today: date, keep_until_age: int = DEFAULT_KEEP_UNTIL_AGE
) -> list[Due]:
    """The closed placements whose file has been kept long enough."""
    if not MIN_KEEP_UNTIL_AGE <= keep_until_age <= MAX_KEEP_UNTIL_AGE:
        raise AdminError(
            f"the retention age is between {MIN_KEEP_UNTIL_AGE} and {MAX_KEEP_UNTIL_AGE}"
        )
    conn = session.connection()
    table = records.RECORDS.c
    children = conn.execute(
        select(table.id, table.household_id, table.content).where(table.kind == "child")
    ).all()
    expired: dict[str, tuple[str, Child, date]] = {}
    for record_id, household, text in children:
        try:
            child = parse_record("child", text)
        except ValidationFailed:
            continue
        assert isinstance(child, Child)
        if child.placement_end is None or child.placement_outcome is None:
            continue
        until = max(_keep_until(child.date_of_birth, keep_until_age), child.placement_end)
        if until <= today:
            expired[str(record_id)] = (str(household), child, until)
    if not expired:
        return []
    leaving = set(expired)
    households = {h for h, _c, _u in expired.values()}
    rows = conn.execute(
        select(table.id, table.kind, table.content).where(table.household_id.in_(households))
    ).all()
    found = [(str(i), str(k), str(c)) for i, k, c in rows]
    return [
        Due(
            child_id,
            household,
            child.placement_end or until,
            until,
            tuple(_file_of(found, child_id, leaving)),
        )
        for child_id, (household, child, until) in sorted(expired.items())
    ]


def list_due(
    session: Session, *, now: datetime, keep_until_age: int = DEFAULT_KEEP_UNTIL_AGE
) -> list[Due]:
    found = due(session, today=now.date(), keep_until_age=keep_until_age)
    audit.record(session, audit.RETENTION_LIST, record_ids=[d.child_id for d in found],
                 detail=f"until_age={keep_until_age} due={len(found)} {who()}",
                 at=now)  # fmt: skip
    session.commit()
    return found


def purge(
    session: Session, *, now: datetime, keep_until_age: int = DEFAULT_KEEP_UNTIL_AGE
) -> list[Due]:
    """Purge every file due, one audit row per child (ids and counts only)."""
    found = due(session, today=now.date(), keep_until_age=keep_until_age)
    conn = session.connection()
    table = records.RECORDS.c
    for item in found:
        ids = list(item.records)
        for start in range(0, len(ids), IN_CHUNK):
            chunk = ids[start : start + IN_CHUNK]
            conn.execute(delete(APPLIED).where(APPLIED.c.record_id.in_(chunk)))
            conn.execute(delete(VERSIONS).where(VERSIONS.c.record_id.in_(chunk)))
            conn.execute(delete(records.RECORDS).where(table.id.in_(chunk)))
        files = blobs.drop_unreferenced(session, item.household_id)  # their attached files
        audit.record(session, audit.RETENTION_PURGE, household_id=item.household_id,
                     record_ids=ids,
                     detail=f"child={item.child_id} records={len(ids)} files={files} "
                     f"kept_until={item.keep_until.isoformat()} {who()}",
                     at=now)  # fmt: skip
    session.commit()
    return found
