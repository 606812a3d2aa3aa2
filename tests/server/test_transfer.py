"""Moving a server database: every row arrives, the change feed keeps its numbers,
and the copy serves on (devices keep their tokens and cursors)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.server.core.config import API_PREFIX
from app.server.core.db import make_engine
from app.server.services.admin import AdminError
from app.server.services.transfer import copy_database
from tests.server.conftest import empty_postgres
from tests.server.helpers import Device, FakeClock, Server, op


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "postgres":
        shared: Engine = request.getfixturevalue("postgres_engine")
        empty_postgres(shared)
        yield shared
        return
    own = make_engine(f"sqlite:///{tmp_path / 'copy.db'}")
    yield own
    own.dispose()


def _feed(device: Device, after: int = 0) -> list[tuple[int, str, int]]:
    response = device.pull(after=after)
    assert response.status_code == 200, response.text
    return [(c["seq"], c["record_id"], c["version"]) for c in response.json()["changes"]]


def test_copy_keeps_every_row_and_the_feed(tmp_path: Path, target: Engine) -> None:
    source = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    clock = FakeClock()
    with Server.start(source, tmp_path, clock) as old:
        household = old.add_household()
        anna = old.device(household)
        child = anna.child()
        anna.push_ok([op("child", child)])
        anna.push_ok([op("daily_log", anna.daily_log(child["id"], text="Eerste dag"))])
        scan = b"%PDF-1.7\n" + bytes(range(256)) * 8000  # two chunks
        sha = anna.put_blob(scan)
        anna.push_ok([op("attachment", anna.attachment(child["id"], scan))])
        before = _feed(anna)
        counts = old.counts()
        audits = len(old.audit_rows())

    copied = copy_database(source, target)
    assert copied >= sum(counts) + audits

    with Server.start(target, tmp_path, clock) as new:
        moved = Device(new, anna.token, anna.device_id, anna.person_id, household, anna.ticks)
        assert new.counts() == counts
        assert _feed(moved) == before  # same numbers: laptops' cursors stay valid
        chunks = [
            new.client.get(f"{API_PREFIX}/blobs/{sha}/{n}/bytes",
                           params={"household": str(household)}, headers=moved.headers).content
            for n in range(2)
        ]  # fmt: skip
        assert b"".join(chunks) == scan
        log = moved.daily_log(child["id"], text="Na de verhuizing")
        moved.push_ok([op("daily_log", log)])
        after = _feed(moved, after=before[-1][0])
        assert [r for _, r, _ in after] == [log["id"]]
        assert after[0][0] > before[-1][0]  # the feed numbers on past the copied ones
        new.add_household("Gezin Claes")  # auto-numbered audit ids continue too
    source.dispose()


def test_copy_refuses_a_target_that_is_not_empty(tmp_path: Path) -> None:
    source = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    other = make_engine(f"sqlite:///{tmp_path / 'b.db'}")
    with Server.start(other, tmp_path, FakeClock()) as busy:
        busy.add_household()
    with pytest.raises(AdminError, match="not empty"):
        copy_database(source, other)
    source.dispose()
    other.dispose()
