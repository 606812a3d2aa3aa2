"""Units of work one after the other take the connection used last: its page cache
is still good (another connection's commit would make SQLite drop it, and every
page would be read and decrypted again)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.rows import driver
from app.storage.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.create(tmp_path / "t.db", os.urandom(32))
    yield s
    s.close()


def test_units_of_work_one_after_the_other_take_the_connection_used_last(
    store: Store,
) -> None:
    with store.read() as outer:  # two connections at once, as two threads would hold
        last = driver(outer)
        with store.read() as inner:
            assert driver(inner) is not last
    # ``inner`` went back to the pool first, ``outer`` last.
    used = []
    for _ in range(3):
        with store.write() as session:
            used.append(driver(session))
        with store.read() as session:
            used.append(driver(session))
    assert all(conn is last for conn in used)


def test_a_unit_of_work_beside_another_takes_a_connection_of_its_own(store: Store) -> None:
    with store.read() as reading, store.write() as writing:
        assert driver(reading) is not driver(writing)
