"""Refused changes in the store: listed through the partial index, and queued
again exactly as they are stored."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, text

from app.domain.records import DailyLog
from app.storage import outbox, records
from app.storage.store import Store

H, A, C = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.create(tmp_path / "profile" / "thuisboek.db", None)
    yield opened
    opened.close()


def _log(n: int, version: int = 1) -> DailyLog:
    return DailyLog(
        household_id=H,
        child_id=C,
        author_id=A,
        date=date(2025, 3, 1 + n),
        text=f"dag {n} — Zwartbessenkanarie",
        version=version,
        modified_at=f"{1_740_000_000_000 + n:013d}-00000-laptop",
    )


def _refused(store: Store, record: DailyLog, reason: str) -> None:
    """As a push leaves a refused change: its outbox entries gone, the row marked."""
    with store.write() as session:
        entries = outbox.outbox_for(session, record.id)
        outbox.delete_outbox(session, [e.op_id for e in entries])
        outbox.mark_rejected(session, record.id, reason)


def _row(store: Store, record_id: uuid.UUID) -> dict[str, object]:
    with store.read() as session:
        found = session.execute(text("SELECT * FROM record WHERE id = :i"), {"i": str(record_id)})
        return dict(found.mappings().one())


def test_only_the_refused_records_are_listed_latest_change_first(store: Store) -> None:
    logs = [_log(n) for n in range(5)]
    with store.write() as session:
        for record in logs:
            records.put_local(session, record, 0)
        records.put_synced(session, _log(9))
    _refused(store, logs[1], "not found")
    _refused(store, logs[3], "The record does not match its operation (kind).")

    with store.read() as session:
        found = outbox.list_rejected(session)
        assert outbox.count_rejected(session) == 2

    assert [s.record.id for s in found] == [logs[3].id, logs[1].id]  # newest stamp first
    assert [s.reject_reason for s in found] == [
        "The record does not match its operation (kind).",
        "not found",
    ]
    assert {s.sync_state for s in found} == {"rejected"}
    assert found[0].record == logs[3]


def test_the_list_reads_the_partial_index(store: Store) -> None:
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        with store.read() as session:
            outbox.list_rejected(session)
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    [sql] = [s for s in statements if "FROM record" in s]
    with store.read() as session:
        plan = " ".join(str(r[-1]) for r in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_record_rejected" in plan, plan


def test_a_refused_record_goes_back_in_the_outbox_as_stored(store: Store) -> None:
    created, edited, other = _log(1), _log(2, version=3), _log(3)
    with store.write() as session:
        records.put_local(session, created, 0)
        records.put_local(session, edited, 2)
        records.put_local(session, other, 0)
    _refused(store, created, "not found")
    _refused(store, edited, "not allowed")
    before = {r.id: _row(store, r.id) for r in (created, edited, other)}

    with store.write() as session:
        queued = outbox.requeue_rejected(session, [created.id, edited.id, other.id, C])

    assert sorted(queued) == sorted([str(created.id), str(edited.id)])
    with store.read() as session:
        assert outbox.count_rejected(session) == 0
        assert outbox.list_rejected(session) == []
        entries = {r.id: outbox.outbox_for(session, r.id) for r in (created, edited, other)}
    for record, base in ((created, 0), (edited, 2)):
        [entry] = entries[record.id]
        assert (entry.record_kind, entry.base_version) == ("daily_log", base)
        assert entry.content == before[record.id]["content"]  # the very bytes stored
        after = _row(store, record.id)
        assert (after["sync_state"], after["reject_reason"]) == ("pending", "")
        unchanged = {k: v for k, v in after.items() if k not in ("sync_state", "reject_reason")}
        assert unchanged == {k: before[record.id][k] for k in unchanged}
    assert len(entries[other.id]) == 1  # pending, not refused: left as it was
    assert _row(store, other.id) == before[other.id]

    with store.write() as session:  # a second time: nothing is refused any more
        assert outbox.requeue_rejected(session, [created.id]) == []
