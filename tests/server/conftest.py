"""Fixtures for the central office server: a fresh app per test, on SQLite and,
when ``THUISBOEK_TEST_POSTGRES_URL`` is set, on PostgreSQL too.

    THUISBOEK_TEST_POSTGRES_URL=postgresql+psycopg://thuisboek:thuisboek@127.0.0.1:5432/thuisboek_test

PostgreSQL runs every test marked by the ``server`` fixture a second time; the
schema is rebuilt once per session and the tables emptied before each test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from app.server.core.db import make_engine
from app.server.tables import ServerTable
from tests.server.helpers import FakeClock, Server
from tests.support.postgres import POSTGRES_ENV


@pytest.fixture(scope="session")
def postgres_engine() -> Iterator[Engine]:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"set {POSTGRES_ENV} to run the server tests against PostgreSQL")
    engine = make_engine(url)
    with engine.begin() as conn:  # a clean schema: the migrations run from nothing
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    yield engine
    engine.dispose()


def empty_postgres(engine: Engine) -> None:
    names = ", ".join(t.name for t in ServerTable.metadata.sorted_tables)
    with engine.begin() as conn:
        exists = conn.execute(text("SELECT to_regclass('public.audit_log')")).scalar()
        if exists is not None:
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "postgres":
        shared: Engine = request.getfixturevalue("postgres_engine")
        empty_postgres(shared)
        yield shared
        return
    own = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    yield own
    own.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(engine: Engine, tmp_path: Path, clock: FakeClock) -> Iterator[Server]:
    with Server.start(engine, tmp_path, clock) as running:
        yield running
