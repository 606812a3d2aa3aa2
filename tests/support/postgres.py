"""A fresh PostgreSQL database, and dropping it once nobody is on it any more."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import ProgrammingError

# A role that may create databases (``.ci/run`` sets one up).
POSTGRES_ENV = "THUISBOEK_TEST_POSTGRES_URL"
DROP_TRIES = 60


def drop_database(root: Engine, name: str, tries: int = DROP_TRIES) -> bool:
    """DROP … WITH (FORCE) ends this role's sessions; an autovacuum worker still on
    the database (after a big load) belongs to another role: wait for it to go.
    Whether the database is gone."""
    for _ in range(tries):
        try:
            with root.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return True
        except ProgrammingError:  # must be a member of the role whose process…
            time.sleep(0.5)
    return False


@contextmanager
def new_database(
    base_url: str,
    prefix: str = "thuisboek_",
    left: Callable[[str], None] | None = None,
) -> Iterator[str]:
    """A new, empty database on the PostgreSQL server of ``base_url``; yields its
    URL and drops it after. ``left`` is told the name of a database that could
    not be dropped."""
    name = f"{prefix}{uuid.uuid4().hex[:12]}"
    root = create_engine(base_url, isolation_level="AUTOCOMMIT")
    try:
        with root.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(base_url).set(database=name).render_as_string(hide_password=False)
    finally:
        if not drop_database(root, name) and left is not None:
            left(name)
        root.dispose()


@contextmanager
def fresh_postgres() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test module; dropped afterwards.

    Skips unless ``THUISBOEK_TEST_POSTGRES_URL`` names a role that may create
    databases."""
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        import pytest  # only a test asks to be skipped; the benchmarks run without it

        pytest.skip(f"set {POSTGRES_ENV} to run this against PostgreSQL")
    with new_database(base) as url:
        yield url
