"""Words waiting for the search index: ``record_words``.

A save puts the words of the record it writes in ``record_words`` (one row,
keyed by the record's rowid, at the end of a small table) instead of the
full-text index, whose every commit writes a new segment and its merges.
Search reads both: the index, and the waiting words through an index of its
own kept in memory for the query. The waiting words are folded into the index
in one step, in the transaction of the save that finds ``FOLD_AT`` of them
waiting (a record's words are in one of the two, never both).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE record_words (rowid INTEGER PRIMARY KEY, text TEXT NOT NULL)")


def downgrade() -> None:
    op.execute("INSERT INTO record_fts (rowid, text) SELECT rowid, text FROM record_words")
    op.execute("DROP TABLE record_words")
