"""Transactions on SQLite: writers take the lock up front, a read-only one takes none."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, text

from app.server.core.db import make_engine, new_session, reading, upgrade
from tests.server.helpers import Server, op


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    upgrade(engine)
    yield engine
    engine.dispose()


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    """The SQL the engine sends while inside, BEGINs included."""
    seen: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def test_reading_waits_for_no_writer(sqlite_engine: Engine) -> None:
    households = "SELECT count(*) FROM household"
    with sqlite_engine.connect() as writer:  # BEGIN IMMEDIATE: holds the write lock
        writer.execute(text("INSERT INTO household (id, name, kind) VALUES ('h', 'H', 'simba')"))
        started = time.monotonic()
        with new_session(sqlite_engine) as session, reading(session):
            assert session.connection().execute(text(households)).scalar_one() == 0
        assert time.monotonic() - started < 5  # not the 15 s busy timeout
        writer.commit()
    with statements(sqlite_engine) as seen, new_session(sqlite_engine) as session:
        with reading(session):
            assert session.connection().execute(text(households)).scalar_one() == 1
        session.connection().execute(text(households))  # the next transaction writes
        session.commit()
    assert seen == ["BEGIN", households, "BEGIN IMMEDIATE", households]


def test_a_pull_reads_its_page_before_it_takes_the_write_lock(server: Server) -> None:
    if server.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's transaction modes")
    device = server.device(server.add_household())
    device.push_ok([op("child", device.child())])
    with statements(server.engine) as seen:
        page = device.pull().json()
    assert len(page["changes"]) == 3 and page["live_records"] == 3
    page_read = next(i for i, s in enumerate(seen) if "FROM change JOIN record" in s)
    audit = next(i for i, s in enumerate(seen) if s.startswith("INSERT INTO audit_log"))
    begins = [(i, s) for i, s in enumerate(seen) if s.startswith("BEGIN")]
    assert [s for i, s in begins if i < page_read][-1] == "BEGIN"
    assert [s for i, s in begins if i < audit][-1] == "BEGIN IMMEDIATE"
    assert page_read < audit
