"""Fewer pages a save writes: words waiting for the search index, and no
index of every record for the few questions of the review queue.

``record_words``:

A save puts the words of the record it writes in ``record_words`` (one row,
keyed by the record's rowid, at the end of a small table) instead of the
full-text index, whose every commit writes a new segment and its merges.
Search reads both: the index, and the waiting words through an index of its
own kept in memory for the query. The waiting words are folded into the index
in one step, in the transaction of the save that finds ``FOLD_AT`` of them
waiting (a record's words are in one of the two, never both).

``ix_record_talk`` in place of ``ix_record_queue``: the questions, follow-ups
and answers of the review queue by household, a partial index that only those
few reviews are written to. ``ix_record_queue`` held every record, and a new
record's entry landed at a random place in it (by its id): a page or a page
split more for every save, for one read that ``review_open`` (0005) left to it.

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


TALK = "json_extract(content, '$.mark') IN ('question', 'follow_up', 'answer')"


def upgrade() -> None:
    op.execute("CREATE TABLE record_words (rowid INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    op.execute("DROP INDEX ix_record_queue")
    op.execute(
        "CREATE INDEX ix_record_talk ON record (household_id, modified_at) "
        f"WHERE kind = 'review' AND {TALK}"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_record_talk")
    op.execute(
        "CREATE INDEX ix_record_queue ON record (household_id, kind, deleted, "
        "json_extract(content, '$.mark'), json_extract(content, '$.flag'), "
        "json_extract(content, '$.status'), id, version, modified_at)"
    )
    op.execute("INSERT INTO record_fts (rowid, text) SELECT rowid, text FROM record_words")
    op.execute("DROP TABLE record_words")
