"""The outbox as a push reads and settles it: one batch of records at a time, as
plain rows, and records the server took as sent marked synced in bulk."""

from __future__ import annotations

import itertools
import random
import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.records import DailyLog
from app.storage import outbox
from app.storage import records as record_store
from app.storage.store import Store

H, A, C = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.create(tmp_path / "profile" / "thuisboek.db", None)
    yield opened
    opened.close()


def _log(n: int) -> DailyLog:
    day = date(2025, 1, 1 + n % 28)
    return DailyLog(household_id=H, child_id=C, author_id=A, date=day, text=f"dag {n}", version=1)


def _write(store: Store, changes: list[DailyLog]) -> None:
    with store.write() as session:
        for record in changes:
            record_store.put_local(session, record, 0)


def _expected(
    store: Store, records: int, window: int, skip: frozenset[str] = frozenset()
) -> list[tuple[object, ...]]:
    """What a push takes, from the whole outbox: the entries among the first
    ``window`` of the first ``records`` records to appear, oldest first (the
    records ``skip`` left out)."""
    with store.read() as session:
        entries = [e for e in outbox.outbox(session) if e.record_id not in skip][:window]
    chosen = list(dict.fromkeys(e.record_id for e in entries))[:records]
    return [
        (e.op_id, e.record_kind, e.record_id, e.base_version, e.content)
        for e in entries
        if e.record_id in chosen
    ]


def test_a_batch_is_the_first_records_waiting_with_all_their_entries(store: Store) -> None:
    rng = random.Random(7)
    logs = [_log(n) for n in range(40)]
    changes = []
    for n in range(300):  # records changed again and again, in between each other
        i = rng.randrange(len(logs)) if n >= len(logs) else n
        logs[i] = logs[i].model_copy(update={"text": f"wijziging {n}", "version": logs[i].version})
        changes.append(logs[i])
    _write(store, changes)
    for records, window in [(200, 4000), (10, 4000), (10, 25), (3, 3), (1, 1), (40, 300)]:
        with store.read() as session:
            batch = outbox.outbox_batch(session, records, window=window)
        assert [tuple(e) for e in batch] == _expected(store, records, window)
        assert len({e.record_id for e in batch}) == min(records, len(logs), window)


def test_a_batch_leaves_out_the_records_on_their_way(store: Store) -> None:
    rng = random.Random(8)
    logs = [_log(n) for n in range(40)]
    changes = []
    for n in range(300):
        i = rng.randrange(len(logs)) if n >= len(logs) else n
        logs[i] = logs[i].model_copy(update={"text": f"wijziging {n}", "version": logs[i].version})
        changes.append(logs[i])
    _write(store, changes)
    with store.read() as session:
        first = outbox.outbox_batch(session, 10, window=4000)
    on_their_way = frozenset(e.record_id for e in first)
    for records, window in [(10, 4000), (10, 25), (200, 4000), (1, 1)]:
        with store.read() as session:
            batch = outbox.outbox_batch(session, records, window=window, skip=on_their_way)
        assert [tuple(e) for e in batch] == _expected(store, records, window, on_their_way)
        assert not {e.record_id for e in batch} & on_their_way
        assert batch


def test_single_entry_records_are_read_no_further_than_the_batch(store: Store) -> None:
    _write(store, [_log(n) for n in range(30)])
    with store.read() as session:
        batch = outbox.outbox_batch(session, 7, window=4000)
        rest = outbox.outbox_batch(session, 100, window=4000, skip={e.record_id for e in batch})
    assert [tuple(e) for e in batch] == _expected(store, 7, 4000)
    assert len(batch) + len(rest) == 30
    assert not {e.op_id for e in batch} & {e.op_id for e in rest}


def test_an_empty_outbox_gives_an_empty_batch(store: Store) -> None:
    with store.read() as session:
        assert outbox.outbox_batch(session, 200, window=4000) == []


def test_acknowledged_entries_are_deleted_beyond_one_statements_limit(store: Store) -> None:
    _write(store, [_log(n) for n in range(1_203)])
    with store.read() as session:
        ids = [e.op_id for e in outbox.outbox(session)]
    with store.write() as session:
        assert outbox.delete_outbox(session, [*ids[:1_201], "not an op"]) == 1_201
        assert outbox.delete_outbox(session, []) == 0
    with store.read() as session:
        assert [e.op_id for e in outbox.outbox(session)] == ids[1_201:]


def _row(store: Store, record_id: uuid.UUID) -> dict[str, object]:
    """Everything the store holds of a record: its row, child links and words."""
    with store.read() as session:
        found = session.execute(text("SELECT * FROM record WHERE id = :i"), {"i": str(record_id)})
        row = found.mappings().one()
        links = session.execute(
            text("SELECT child_id, day FROM record_child WHERE record_rowid = :r"),
            {"r": row["rowid"]},
        ).all()
        words = session.execute(
            text(
                "SELECT text FROM record_fts WHERE rowid = :r "
                "UNION ALL SELECT text FROM record_words WHERE rowid = :r"
            ),
            {"r": row["rowid"]},
        ).all()
    return {**row, "links": sorted(links), "words": words}


def _sent(store: Store) -> dict[str, str]:
    """Each record waiting, with the entry whose content a push sends (its last)."""
    with store.read() as session:
        return {e.record_id: e.op_id for e in outbox.outbox(session)}


def test_records_taken_as_sent_are_marked_synced_without_being_written_again(
    store: Store,
) -> None:
    same, changed, rejected = _log(1), _log(2), _log(3)
    _write(store, [same, changed, rejected])
    with store.write() as session:
        outbox.mark_rejected(session, rejected.id, "eerder geweigerd")
    sent = _sent(store)  # each record's entry, as a push sends it
    assert set(sent) == {str(r.id) for r in (same, changed, rejected)}
    # Changed here after it was sent, without an outbox entry: not what was sent.
    with store.write() as session:
        record_store.put_synced(session, changed.model_copy(update={"text": "anders"}))
    before = {r.id: _row(store, r.id) for r in (same, changed, rejected)}

    with store.write() as session:
        marked = outbox.mark_synced(session, {**sent, str(uuid.uuid4()): str(uuid.uuid4())})

    assert marked == {str(same.id), str(rejected.id)}
    marks = ("sync_state", "ever_synced", "reject_reason")
    for record in (same, rejected):
        after = _row(store, record.id)
        assert [after[k] for k in marks] == ["synced", 1, ""]
        untouched = {k: v for k, v in after.items() if k not in marks}
        assert untouched == {k: before[record.id][k] for k in untouched}
        # Exactly what writing the server's copy would have left.
        with store.write() as session:
            record_store.put_synced(session, record)
        assert _row(store, record.id) == after
    assert _row(store, changed.id) == before[changed.id]


def test_content_with_any_characters_is_recognised_as_sent(store: Store) -> None:
    texts = ['Zei "nee" \\ toen 😀', "Eerste regel\nTweede\tregel", "Één café"]
    odd = [_log(n).model_copy(update={"text": text}) for n, text in enumerate(texts)]
    _write(store, odd)
    sent = _sent(store)
    assert set(sent) == {str(r.id) for r in odd}
    with store.write() as session:
        assert outbox.mark_synced(session, sent) == set(sent)
    with store.write() as session:
        assert outbox.mark_synced(session, {}) == set()


def test_a_new_entry_is_added_at_the_end_of_the_index_of_ids(store: Store) -> None:
    """Entry ids are UUIDs that begin with the time: each new one sorts after the
    ones before it (and stays unique)."""
    changes = [_log(n) for n in range(40)]
    for change in changes:
        _write(store, [change])
    with store.read() as session:
        ids = [e.op_id for e in outbox.outbox(session)]
    assert len(set(ids)) == len(ids) == 40
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert ids[0][:8] <= ids[-1][:8]  # the time leads
    assert [i[:13] for i in ids] == sorted(i[:13] for i in ids)


def test_new_records_ids_begin_with_the_time() -> None:
    """A new record's id sorts after the ids made before it (to the millisecond)
    and is unique."""
    first = [_log(n).id for n in range(200)]
    time.sleep(0.002)
    later = _log(200).id
    assert len(set(first)) == 200
    assert all(i.version == 7 for i in [*first, later])
    assert max(str(i)[:13] for i in first) < str(later)[:13]


def test_op_ids_follow_the_order_entries_are_written_in(store: Store) -> None:
    """Entries written later sort after the earlier ones (from one millisecond to
    the next), so a settled batch leaves a few pages of the index of op ids."""
    waves = []
    for wave in range(3):
        _write(store, [_log(10 * wave + n) for n in range(5)])
        with store.read() as session:
            waves.append({e.op_id for e in outbox.outbox(session)} - set().union(*waves))
        time.sleep(0.003)
    for earlier, later in itertools.pairwise(waves):
        assert len(later) == 5
        assert max(earlier) < min(later)
    ids = [uuid.UUID(op_id) for op_id in set().union(*waves)]
    assert {(i.version, i.variant) for i in ids} == {(7, uuid.RFC_4122)}
    assert len(ids) == 15
