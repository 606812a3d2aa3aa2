"""What waits for review, kept as rows: ``review_open``.

One row per live record (of any kind but reviews and kept conflict versions)
that is not reviewed as it is now, with what the review queue counts and
orders by: its household, kind, queue group (0 an incident, 1 a contact that
did not happen, 2 the rest), severity rank (0 high, 1 medium, 2 low, 3 none)
and day. Triggers on ``record`` keep it in the same transaction as every write
of a record, whichever path writes it (a local save, a pulled page, an undone
"mark all before", a forgotten household): the record itself when it is
written or removed, and a review's target when the review is. So counting a
supervisor's households reads this table's index, not every record's pages.

"Reviewed" is the same rule as the queue's probe (app.storage.review): a live
"reviewed" mark on the version held (or, without a target version, written
after the record's stamp) with no question, follow-up or answer about the
record after that mark.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_NOT_QUEUED = "('review', 'conflict_revision')"


def _group(r: str) -> str:
    return (
        f"CASE WHEN {r}.kind = 'daily_log' AND json_extract({r}.content, '$.flag') THEN 0 "
        f"WHEN {r}.kind = 'contact_note' AND json_extract({r}.content, '$.status') "
        "IN ('cancelled', 'no_show') THEN 1 ELSE 2 END"
    )


def _severity(r: str) -> str:
    return (
        f"CASE json_extract({r}.content, '$.severity') WHEN 'high' THEN 0 WHEN 'medium' THEN 1 "
        "WHEN 'low' THEN 2 ELSE 3 END"
    )


def _unreviewed(r: str) -> str:
    """Not reviewed as it is now: the queue's probe of ix_record_review."""
    return (
        "NOT EXISTS (SELECT 1 FROM record AS v INDEXED BY ix_record_review "
        "WHERE v.kind = 'review' "
        f"AND json_extract(v.content, '$.target_id') = +{r}.id "
        "AND json_extract(v.content, '$.mark') = 'reviewed' AND v.deleted = 0 "
        f"AND coalesce(json_extract(v.content, '$.target_version') >= {r}.version, "
        f"v.modified_at >= {r}.modified_at) "
        "AND NOT EXISTS (SELECT 1 FROM record AS q INDEXED BY ix_record_review "
        "WHERE q.kind = 'review' "
        f"AND json_extract(q.content, '$.target_id') = +{r}.id "
        "AND json_extract(q.content, '$.mark') <> 'reviewed' AND q.deleted = 0 "
        "AND q.modified_at > v.modified_at))"
    )


_COLUMNS = "review_open (record_rowid, household_id, kind, grp, sev, day)"
_OPEN_ROWS = (
    f"SELECT r.rowid, r.household_id, r.kind, {_group('r')}, {_severity('r')}, r.day "
    f"FROM record AS r WHERE r.deleted = 0 AND r.kind NOT IN {_NOT_QUEUED} AND {_unreviewed('r')}"
)


def _settle_record(rowid: str) -> str:
    """The statements that put one record's row right (``rowid``: an expression)."""
    return (
        f"DELETE FROM review_open WHERE record_rowid = {rowid}; "
        f"INSERT INTO {_COLUMNS} {_OPEN_ROWS} AND r.rowid = {rowid};"
    )


def _settle_target(review: str) -> str:
    """The statements that put the row of a review's target right (``review``:
    NEW or OLD); nothing when the review is not one or targets nothing held."""
    target = f"json_extract({review}.content, '$.target_id')"
    where = f"{review}.kind = 'review' AND {target} IS NOT NULL"
    return (
        "DELETE FROM review_open WHERE record_rowid IN "
        f"(SELECT t.rowid FROM record AS t WHERE {where} AND t.id = {target}); "
        f"INSERT INTO {_COLUMNS} {_OPEN_ROWS} AND {where} AND r.id = {target};"
    )


# A new record is read from NEW (a new rowid has no row yet); a new review settles
# its target. The WHEN clauses keep each insert to the one trigger that concerns it.
TRIGGERS = {
    "tr_review_open_insert": (
        f"AFTER INSERT ON record WHEN NEW.deleted = 0 AND NEW.kind NOT IN {_NOT_QUEUED} BEGIN "
        f"INSERT INTO {_COLUMNS} SELECT NEW.rowid, NEW.household_id, NEW.kind, "
        f"{_group('NEW')}, {_severity('NEW')}, NEW.day WHERE {_unreviewed('NEW')}; END"
    ),
    "tr_review_open_insert_review": (
        f"AFTER INSERT ON record WHEN NEW.kind = 'review' BEGIN {_settle_target('NEW')} END"
    ),
    "tr_review_open_update": (
        "AFTER UPDATE OF id, kind, household_id, day, version, modified_at, deleted, content "
        f"ON record BEGIN {_settle_record('NEW.rowid')} {_settle_target('OLD')} "
        f"{_settle_target('NEW')} END"
    ),
    "tr_review_open_delete": (
        "AFTER DELETE ON record BEGIN "
        f"DELETE FROM review_open WHERE record_rowid = OLD.rowid; {_settle_target('OLD')} END"
    ),
}


def upgrade() -> None:
    op.execute(
        "CREATE TABLE review_open (record_rowid INTEGER PRIMARY KEY, "
        "household_id VARCHAR(36) NOT NULL, kind VARCHAR(40) NOT NULL, "
        "grp INTEGER NOT NULL, sev INTEGER NOT NULL, day VARCHAR(10))"
    )
    op.execute(
        "CREATE INDEX ix_review_open_queue ON review_open (household_id, kind, grp, sev, day)"
    )
    op.execute(f"INSERT INTO {_COLUMNS} {_OPEN_ROWS}")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP INDEX ix_review_open_queue")
    op.execute("DROP TABLE review_open")
