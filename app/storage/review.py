"""Supervisor mode: the review queue, read in SQL without parsing whole records.

What waits for review is kept in ``review_open`` (migration 0005: rows kept by
triggers in the same transaction as every write of a record), so counting and
listing it reads that table's index, as many steps as records wait, however
long the history. Indexes: ix_record_talk (migration 0006, partial) for a
household's questions among its many "reviewed" marks, ix_record_review
(migration 0003) for the reviews of a record.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from app.domain.records import Record, parse_record
from app.storage.rows import in_list

QUEUE_INCIDENT, QUEUE_MISSED_CONTACT, QUEUE_REST = 0, 1, 2
_QUEUE_GROUP = (
    "CASE WHEN r.kind = 'daily_log' AND json_extract(r.content, '$.flag') THEN 0 "
    "WHEN r.kind = 'contact_note' AND json_extract(r.content, '$.status') "
    "IN ('cancelled', 'no_show') THEN 1 ELSE 2 END"
)
# Reviewed: a "reviewed" mark on the version now held (a review without a target
# version covers what was there when it was written), with no question or answer
# about the record after it. Both probes read ix_record_review alone; "+r.id" (no
# column affinity) is what lets SQLite compare it with the indexed expression.
_UNREVIEWED = (
    "NOT EXISTS (SELECT 1 FROM record AS v INDEXED BY ix_record_review WHERE v.kind = 'review' "
    "AND json_extract(v.content, '$.target_id') = +r.id "
    "AND json_extract(v.content, '$.mark') = 'reviewed' AND v.deleted = 0 "
    "AND coalesce(json_extract(v.content, '$.target_version') >= r.version, "
    "v.modified_at >= r.modified_at) "
    "AND NOT EXISTS (SELECT 1 FROM record AS q INDEXED BY ix_record_review "
    "WHERE q.kind = 'review' "
    "AND json_extract(q.content, '$.target_id') = +r.id "
    "AND json_extract(q.content, '$.mark') <> 'reviewed' AND q.deleted = 0 "
    "AND q.modified_at > v.modified_at))"
)
_SEVERITY_RANK = (
    "CASE json_extract(r.content, '$.severity') WHEN 'high' THEN 0 WHEN 'medium' THEN 1 "
    "WHEN 'low' THEN 2 ELSE 3 END"
)


@dataclass(frozen=True)
class QueueRow:
    """An unreviewed record as the queue lists it: no full parse of its content."""

    rowid: int
    id: str
    kind: str
    household_id: str
    day: str | None
    version: int
    group: int
    severity: str | None
    status: str | None
    contact_kind: str | None
    item_id: str | None
    amends_id: str | None
    author_id: str | None
    child_ids: list[str]
    summary: str


def queue_counts(
    session: Session, household_ids: Sequence[uuid.UUID], kinds: Sequence[str]
) -> dict[tuple[str, int], int]:
    """(household, queue group) -> how many live records of ``kinds`` are unreviewed.

    Read from ``review_open``'s index alone."""
    counts: dict[tuple[str, int], int] = {}
    for (h, g, _severity), n in queue_counts_by_severity(session, household_ids, kinds).items():
        counts[(h, g)] = counts.get((h, g), 0) + n
    return counts


def queue_counts_by_severity(
    session: Session, household_ids: Sequence[uuid.UUID], kinds: Sequence[str]
) -> dict[tuple[str, int, int], int]:
    """(household, queue group, severity rank) -> how many are unreviewed; the rank
    is 0 high, 1 medium, 2 low for incidents and 3 for everything else. Counted in
    ``review_open``'s index: as many steps as records wait, whatever the history."""
    params: dict[str, object] = {}
    households = in_list("h", [str(h) for h in household_ids], params)
    sql = (
        "SELECT household_id, grp, CASE WHEN grp = 0 THEN sev ELSE 3 END AS s, count(*) "
        f"FROM review_open WHERE household_id IN {households} "
        f"AND kind IN {in_list('k', list(kinds), params)} GROUP BY household_id, grp, s"
    )
    return {(h, int(g), int(s)): int(n) for h, g, s, n in session.execute(text(sql), params)}


def recount_by_severity(
    session: Session, household_ids: Sequence[uuid.UUID], kinds: Sequence[str]
) -> dict[tuple[str, int, int], int]:
    """``queue_counts_by_severity`` counted from scratch, every live record of the
    households probed for its reviews (what ``review_open`` keeps; for checks)."""
    params: dict[str, object] = {}
    households = in_list("h", [str(h) for h in household_ids], params)
    sql = (
        f"WITH q AS MATERIALIZED (SELECT r.household_id AS h, {_QUEUE_GROUP} AS grp, "
        f"CASE WHEN {_QUEUE_GROUP} = 0 THEN {_SEVERITY_RANK} ELSE 3 END AS sev "
        f"FROM record AS r WHERE r.household_id IN {households} "
        f"AND r.kind IN {in_list('k', list(kinds), params)} AND r.deleted = 0 AND {_UNREVIEWED}) "
        "SELECT h, grp, sev, count(*) FROM q GROUP BY h, grp, sev"
    )
    return {(h, int(g), int(s)): int(n) for h, g, s, n in session.execute(text(sql), params)}


def _json_field(name: str) -> str:
    if not name.isidentifier():
        raise ValueError(f"not a field name: {name}")
    return f"json_extract(r.content, '$.{name}')"


def queue_rows(
    session: Session,
    household_id: uuid.UUID,
    kinds: Sequence[str],
    summary_fields: Sequence[str],
    summary_length: int = 200,
    *,
    since: str | None = None,
    before: str | None = None,
    groups: Sequence[int] | None = None,
    today: str | None = None,
) -> list[QueueRow]:
    """The unreviewed live records of a household, in queue order: incidents (most
    severe first), then contacts that did not happen, then the rest; each group
    newest first. One statement; the few fields a queue line needs are read by
    SQLite's JSON functions (measured: cheaper than parsing each record here).

    ``since`` / ``before`` (ISO days) keep the records of those days only (from
    ``since``, before ``before``); ``groups`` keeps those queue groups only. With
    ``today``, records dated later (contacts planned ahead) come after the others
    of their group."""
    params: dict[str, object] = {"h": str(household_id), "n": summary_length}
    where = later = ""
    if today is not None:
        later = "(o.day > :today), "
        params["today"] = today
    if since is not None:
        where += " AND o.day >= :since"
        params["since"] = since
    if before is not None:
        where += " AND o.day < :before"
        params["before"] = before
    if groups is not None:
        wanted = ", ".join(str(int(g)) for g in groups) or "NULL"  # our own integers
        where += f" AND o.grp IN ({wanted})"
    summary = ", ".join(f"nullif({_json_field(f)}, '')" for f in summary_fields) or "NULL"
    # From the household's rows of review_open (what waits, filtered and ordered in
    # its index) to their records: CROSS JOIN keeps that order of the tables.
    sql = (
        "SELECT r.rowid, r.id, r.kind, r.household_id, r.day, r.version, o.grp, "
        "json_extract(r.content, '$.severity'), json_extract(r.content, '$.status'), "
        "json_extract(r.content, '$.contact_kind'), json_extract(r.content, '$.item_id'), "
        "json_extract(r.content, '$.amends_id'), json_extract(r.content, '$.author_id'), "
        "(SELECT group_concat(k.child_id) FROM record_child AS k WHERE k.record_rowid = r.rowid), "
        f"substr(coalesce({summary}, ''), 1, :n) "
        "FROM review_open AS o CROSS JOIN record AS r ON r.rowid = o.record_rowid "
        f"WHERE o.household_id = :h AND o.kind IN {in_list('k', list(kinds), params)}{where} "
        f"ORDER BY o.grp, o.sev, {later}o.day DESC, o.record_rowid DESC"
    )
    return [_queue_row(row) for row in session.execute(text(sql), params)]


def _queue_row(row: Any) -> QueueRow:
    (rowid, record_id, kind, household_id, day, version, group, severity, status,
     contact_kind, item_id, amends_id, author_id, children, summary) = row  # fmt: skip
    return QueueRow(
        rowid=rowid,
        id=record_id,
        kind=kind,
        household_id=household_id,
        day=day,
        version=version,
        group=int(group),
        severity=severity,
        status=status,
        contact_kind=contact_kind,
        item_id=item_id,
        amends_id=amends_id,
        author_id=author_id,
        child_ids=children.split(",") if children else [],
        summary=summary or "",
    )


def review_talk(session: Session, household_ids: Sequence[uuid.UUID]) -> list[Record]:
    """Every live question, follow-up and answer of the households (not the far more
    numerous "reviewed" marks), oldest first."""
    params: dict[str, object] = {}
    sql = (
        # Named: without statistics SQLite would take ix_record_kind_day and read
        # every "reviewed" mark of the households to find these few. The partial
        # index's terms are written here exactly as in its definition.
        "SELECT r.kind, r.content FROM record AS r INDEXED BY ix_record_talk "
        "WHERE r.kind = 'review' AND json_extract(content, '$.mark') IN ('question', "
        "'follow_up', 'answer') "
        f"AND r.household_id IN {in_list('h', [str(h) for h in household_ids], params)} "
        "AND r.deleted = 0 ORDER BY r.modified_at, r.rowid"
    )
    return [parse_record(kind, content) for kind, content in session.execute(text(sql), params)]


def latest_reviewed(session: Session, target_ids: Sequence[str]) -> dict[str, str]:
    """Target id -> the stamp (modified_at) of its latest live "reviewed" mark."""
    found: dict[str, str] = {}
    ids = list(dict.fromkeys(target_ids))
    for start in range(0, len(ids), 500):
        chunk, params = ids[start : start + 500], dict[str, object]()
        sql = (
            # Named: without statistics SQLite would take ix_record_kind_day and read
            # every review of every household (they grow with the history).
            "SELECT json_extract(v.content, '$.target_id') AS t, max(v.modified_at) "
            "FROM record AS v INDEXED BY ix_record_review WHERE v.kind = 'review' "
            f"AND json_extract(v.content, '$.target_id') IN {in_list('t', chunk, params)} "
            "AND json_extract(v.content, '$.mark') = 'reviewed' AND v.deleted = 0 GROUP BY t"
        )
        found.update({t: stamp for t, stamp in session.execute(text(sql), params)})
    return found


def unreviewed_ids(session: Session, record_ids: Sequence[str]) -> set[str]:
    """Of these records (present here), the ones not reviewed as they are now."""
    found: set[str] = set()
    ids = list(dict.fromkeys(record_ids))
    for start in range(0, len(ids), 500):
        chunk, params = ids[start : start + 500], dict[str, object]()
        sql = (
            f"SELECT r.id FROM record AS r WHERE r.id IN {in_list('i', chunk, params)} "
            f"AND {_UNREVIEWED}"
        )
        found.update(row[0] for row in session.execute(text(sql), params))
    return found
