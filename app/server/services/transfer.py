"""Copy a whole server database into a new, empty one: the move from the default
SQLite file to PostgreSQL (or back, or to a new disk).

Rows are copied table by table in foreign-key order, in pages, inside one
transaction on the target: a copy either completes or leaves the target as
empty as it was. Auto-numbered columns keep their numbers (the change feed's
``seq`` is what every laptop's cursor points into), and PostgreSQL's sequences
are then moved past them.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, func, insert, select, text

from app.server.core.db import upgrade
from app.server.services.admin import AdminError
from app.server.tables import BlobChunkRow, ServerTable

PAGE = 2_000
BLOB_PAGE = 16  # chunks of attached files (a megabyte each) at a time

Progress = Callable[[str, int], None]  # table name, rows copied so far


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for table in ServerTable.metadata.sorted_tables
        }


def copy_database(source: Engine, target: Engine, progress: Progress | None = None) -> int:
    """Copy every row of ``source`` into ``target`` (migrated first, and empty);
    the number of rows copied."""
    upgrade(source)
    upgrade(target)
    if any(_counts(target).values()):
        raise AdminError("the target database is not empty; give a new, empty database")
    copied = 0
    with source.connect() as reading, target.begin() as writing:
        for table in ServerTable.metadata.sorted_tables:
            done = 0
            page = PAGE if table.name != BlobChunkRow.__tablename__ else BLOB_PAGE
            result = reading.execution_options(yield_per=page).execute(select(table))
            for rows in result.mappings().partitions(page):
                writing.execute(insert(table), [dict(row) for row in rows])
                done += len(rows)
                if progress is not None:
                    progress(table.name, done)
            copied += done
        if target.dialect.name == "postgresql":
            for table in ServerTable.metadata.sorted_tables:
                for column in table.primary_key.columns:
                    if column.autoincrement is True:
                        writing.execute(
                            text(
                                f"SELECT setval(pg_get_serial_sequence('{table.name}', "
                                f"'{column.name}'), COALESCE(MAX({column.name}), 1), "
                                f"MAX({column.name}) IS NOT NULL) FROM {table.name}"
                            )
                        )
    if _counts(source) != _counts(target):
        raise AdminError("the copy does not match the source; the target was left as copied")
    return copied
