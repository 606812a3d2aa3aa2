"""The supervisor's review queue and the record views waiting to be reported.

- ``ix_record_review``: every review by the record it targets, with what decides
  whether the target counts as reviewed (mark, version, stamp; ``kind`` too,
  only so that SQLite sees the index covers the probe). The queue's "is this
  entry reviewed?" probe is answered from the index alone, without reading a
  review's JSON.
- ``ix_record_queue``: a household's records by kind with what the queue counts
  by (a log's flag, a contact's status, a review's mark) and what the probe
  above compares (id, version, stamp): counting a supervisor's households reads
  the index alone, never a record's (encrypted) pages; and a household's
  questions and answers are found among its many "reviewed" marks.
- ``ix_record_flagged``: a household's incidents (flagged logs) by day, so the
  overview and the queue find them without decrypting every log of the year.
- ``record_view``: records opened on this device that the central office's audit
  log has not acknowledged yet (ids and a time only; never content). Rows go
  once the server answered for them, like the outbox.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_record_review ON record ("
        "json_extract(content, '$.target_id'), json_extract(content, '$.mark'), deleted, "
        "json_extract(content, '$.target_version'), modified_at, kind) WHERE kind = 'review'"
    )
    op.execute(
        "CREATE INDEX ix_record_queue ON record (household_id, kind, deleted, "
        "json_extract(content, '$.mark'), json_extract(content, '$.flag'), "
        "json_extract(content, '$.status'), id, version, modified_at)"
    )
    op.execute(
        "CREATE INDEX ix_record_flagged ON record (kind, household_id, day) "
        "WHERE json_extract(content, '$.flag') = 1"
    )
    op.create_table(
        "record_view",
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("view_id", sa.String(36), nullable=False, unique=True),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("household_id", sa.String(36), nullable=False),
        sa.Column("viewed_at", sa.String(), nullable=False),
    )
    op.create_index("ix_record_view_record", "record_view", ["record_id", "viewed_at"])


def downgrade() -> None:
    op.drop_index("ix_record_view_record", table_name="record_view")
    op.drop_table("record_view")
    op.execute("DROP INDEX ix_record_flagged")
    op.execute("DROP INDEX ix_record_queue")
    op.execute("DROP INDEX ix_record_review")
