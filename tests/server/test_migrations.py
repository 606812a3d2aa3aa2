"""The Alembic migrations build exactly the schema the SQLModel tables describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from app.server.core.db import current_revision, head_revision, upgrade
from app.server.tables import ServerTable


def test_migrations_match_the_tables(engine: Engine) -> None:
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    upgrade(engine)  # a second run is a no-op
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, ServerTable.metadata)
    assert diff == []
