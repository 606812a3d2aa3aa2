"""kill -9 in the middle of a burst of writes: afterwards every change has exactly
its outbox entry and the other way round, and the store is whole."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from app.domain.vocabulary import HouseholdKind
from app.services import profile
from app.storage import outbox
from tests import battery
from tests.conftest import PASSPHRASE

WRITER = r"""
import sys, uuid, random
from datetime import date, timedelta
from pathlib import Path
from app.services import profile
from app.services.records import RecordService
from app.domain.records import Child, DailyLog

book = profile.unlock(Path(sys.argv[1]), sys.stdin.readline().rstrip("\n"))
records = RecordService(book)
rng = random.Random(int(sys.argv[2]))
child = records.create(Child(household_id=book.identity.household_id, given_name="Kind",
                             date_of_birth=date(2020, 1, 1), placement_start=date(2021, 1, 1)))
print("ready", flush=True)
logs = []
for i in range(100000):
    if logs and rng.random() < 0.3:
        records.update(rng.choice(logs), text=f"bijgewerkt {i}")
    else:
        log = records.create(DailyLog(household_id=book.identity.household_id, child_id=child.id,
                                      author_id=book.identity.user_id,
                                      date=date.today() - timedelta(days=i),
                                      text=f"dag {i}"))
        logs.append(log.id)
"""


def check_consistent(profile_dir: Path) -> tuple[int, int, int]:
    """The records written, those without their outbox entries (lost to sync) and
    those with an entry too many or an entry that is not the record (duplicated)."""
    book = profile.unlock(profile_dir, PASSPHRASE)
    try:
        assert book.store.integrity_problems() == []
        with book.store.read() as session:
            entries = outbox.outbox(session)
            per_record = Counter(e.record_id for e in entries)
            last_content = {e.record_id: e.content for e in entries}
            from sqlmodel import select

            from app.storage.tables import RecordRow

            rows = session.exec(select(RecordRow)).all()
        ids = {r.id for r in rows}
        lost = len(ids ^ set(per_record))  # a record without entries, or entries without it
        # Nothing was acknowledged: one outbox entry per version, the last one the record.
        duplicated = sum(
            row.id in per_record
            and (
                per_record[row.id] != row.version
                or json.loads(last_content[row.id]) != json.loads(row.content)
            )
            for row in rows
        )
        return len(rows), lost, duplicated
    finally:
        book.close()


@pytest.mark.parametrize("seed", range(battery.size(12, 300)))
def test_outbox_survives_kill_9_during_a_burst_of_writes(tmp_path: Path, seed: int) -> None:
    profile_dir = tmp_path / "profile"
    profile.create_profile(
        profile_dir, PASSPHRASE,
        profile.NewProfile("Anna", "Gezin", HouseholdKind.SIMBA), strength="minimum",
    ).close()  # fmt: skip
    rng = random.Random(seed)
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(profile_dir), str(seed)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.05, 0.6))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    written, lost, duplicated = check_consistent(profile_dir)
    battery.record("kill_writes", kill_points=1, landed=1, records=written, lost=lost,
                   duplicated=duplicated)  # fmt: skip
    assert lost == 0, "outbox and records disagree"
    assert duplicated == 0, "an outbox entry too many, or not the record"
    assert written > 3  # household, person, child, and at least one log
