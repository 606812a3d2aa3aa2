"""Record views reported by devices, remembered so that a report sent again is
recorded once.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reported_view",
        sa.Column("view_id", sa.String(36), primary_key=True),
        sa.Column("device_id", sa.String(32), sa.ForeignKey("device.id"), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("reported_view")
