"""Indexes for listing one kind of record in date order, for finding the
amendments and reviews of a record, and for counting refused changes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_record_kind", table_name="record")
    op.create_index("ix_record_kind_day", "record", ["kind", "household_id", "day", "rowid"])
    op.execute(
        "CREATE INDEX ix_record_amends ON record (json_extract(content, '$.amends_id')) "
        "WHERE json_extract(content, '$.amends_id') IS NOT NULL"
    )
    op.execute(
        "CREATE INDEX ix_record_target ON record (json_extract(content, '$.target_id')) "
        "WHERE json_extract(content, '$.target_id') IS NOT NULL"
    )


    op.execute("CREATE INDEX ix_record_rejected ON record (sync_state) WHERE sync_state = 'rejected'")


def downgrade() -> None:
    op.execute("DROP INDEX ix_record_rejected")
    op.execute("DROP INDEX ix_record_target")
    op.execute("DROP INDEX ix_record_amends")
    op.drop_index("ix_record_kind_day", table_name="record")
    op.create_index("ix_record_kind", "record", ["kind", "household_id"])
