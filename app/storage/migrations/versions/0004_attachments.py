"""The bytes of attached photos and documents, inside the encrypted store.

- ``attachment_chunk``: a file's bytes in chunks of ``CHUNK_BYTES``, named by
  the SHA-256 of the whole file and the chunk's number. A file shared by two
  attachment records is stored once.
- ``attachment_thumb``: a small picture of a photo (none for a document).
- ``ix_record_sha256``: the attachment records by the hash of their bytes, to
  know whether anything still refers to a file.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE attachment_chunk ("
        "sha256 VARCHAR(64) NOT NULL, n INTEGER NOT NULL, data BLOB NOT NULL, "
        "PRIMARY KEY (sha256, n))"
    )
    op.execute(
        "CREATE TABLE attachment_thumb ("
        "sha256 VARCHAR(64) NOT NULL PRIMARY KEY, data BLOB NOT NULL)"
    )
    op.execute(
        "CREATE INDEX ix_record_sha256 ON record (json_extract(content, '$.sha256')) "
        "WHERE kind = 'attachment'"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_record_sha256")
    op.execute("DROP TABLE attachment_thumb")
    op.execute("DROP TABLE attachment_chunk")
