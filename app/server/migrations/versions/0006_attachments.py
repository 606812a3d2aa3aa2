"""The bytes of attached photos and documents: a row per file and household
(its size, and whether every chunk arrived and matched its hash) and its chunks.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob",
        sa.Column("household_id", sa.String(36), sa.ForeignKey("household.id"), primary_key=True),
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "blob_chunk",
        sa.Column("household_id", sa.String(36), primary_key=True),
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("n", sa.Integer(), primary_key=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id", "sha256"],
            ["blob.household_id", "blob.sha256"],
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    op.drop_table("blob_chunk")
    op.drop_table("blob")
