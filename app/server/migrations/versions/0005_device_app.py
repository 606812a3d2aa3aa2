"""Each device's app version and the changes it said were waiting on it, for the
office's device list.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("app_version", sa.String(40), nullable=True))
        batch.add_column(sa.Column("changes_waiting", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.drop_column("changes_waiting")
        batch.drop_column("app_version")
