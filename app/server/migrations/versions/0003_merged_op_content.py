"""Applied ops: what a device sent in an op the server merged (the same change
sent again after a lost answer, with more edits since, merges from it: a
conflict is decided once), and the ops a later op covered before they arrived
(a late one is answered, not applied again).

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
    with op.batch_alter_table("applied_op") as batch:
        batch.add_column(sa.Column("content", sa.Text(), nullable=True))
        batch.add_column(sa.Column("covered_by", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("applied_op") as batch:
        batch.drop_column("covered_by")
        batch.drop_column("content")
