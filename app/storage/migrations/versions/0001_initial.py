"""The first schema: records, their children, full-text index, outbox, meta.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record",
        sa.Column("rowid", sa.Integer(), primary_key=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("household_id", sa.String(36), nullable=False),
        sa.Column("day", sa.String(10), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("modified_at", sa.String(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("sync_state", sa.String(), nullable=False, server_default="pending"),
        sa.Column("ever_synced", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("reject_reason", sa.String(), nullable=False, server_default=""),
        sa.Column("content", sa.String(), nullable=False),
    )
    op.create_index("ix_record_household_day", "record", ["household_id", "day", "rowid"])
    op.create_index("ix_record_kind", "record", ["kind", "household_id"])
    op.create_table(
        "record_child",
        sa.Column(
            "record_rowid",
            sa.Integer(),
            sa.ForeignKey("record.rowid", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("child_id", sa.String(36), primary_key=True),
        sa.Column("day", sa.String(10), nullable=True),
    )
    op.create_index("ix_record_child_timeline", "record_child", ["child_id", "day", "record_rowid"])
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("op_id", sa.String(36), nullable=False, unique=True),
        sa.Column("record_kind", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("content", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_index("ix_outbox_record_id", "outbox", ["record_id"])
    op.create_table(
        "meta",
        sa.Column("key", sa.String(60), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )
    # Contentless full-text index over the words of logs, contacts and notes; its
    # rowid is the record's rowid. Inside the encrypted file like everything else.
    op.execute(
        "CREATE VIRTUAL TABLE record_fts USING fts5("
        "text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE record_fts")
    op.drop_table("meta")
    op.drop_table("outbox")
    op.drop_table("record_child")
    op.drop_table("record")
