"""A household's timeline, a page at a time: every kind asked for, newest first,
each record once, whatever the mix of kinds and the page size."""

from __future__ import annotations

import os
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session

from app.domain.records import ContactNote, DailyLog, Record
from app.domain.vocabulary import ContactKind
from app.storage import records, timeline
from app.storage.store import Store

H, OTHER, A = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
C1, C2 = uuid.uuid4(), uuid.uuid4()
START = date(2025, 1, 1)


def _log(day: int, child: uuid.UUID, household: uuid.UUID = H) -> DailyLog:
    return DailyLog(
        household_id=household,
        child_id=child,
        author_id=A,
        date=START + timedelta(days=day),
        text=f"day {day}",
    )


def _note(day: int) -> ContactNote:
    return ContactNote(
        household_id=H,
        children=[C1, C2],
        relatives=[uuid.uuid4()],
        author_id=A,
        contact_kind=ContactKind.PHONE,
        date=START + timedelta(days=day),
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store.create(tmp_path / "thuisboek.db", os.urandom(32))
    written: list[Record] = []
    for day in range(60):
        written += [_log(day, C1), _log(day, C2), _log(day, C1, OTHER)]
        if day % 7 == 0:
            written.append(_note(day))
    with store.write() as session:
        for record in written:
            records.put_local(session, record, 0)
        # A deleted log stays out of every page.
        gone = _log(30, C2)
        records.put_local(session, gone, 0)
        records.put_local(session, gone.model_copy(update={"deleted": True, "version": 2}), 1)
    return store


def _all_pages(session: Session, kinds: list[str] | None, limit: int) -> list[tuple[str, int]]:
    seen: list[tuple[str, int]] = []
    after = None
    while True:
        page = timeline.timeline(session, household_id=H, kinds=kinds, after=after, limit=limit)
        seen += [(str(s.record.day()), s.rowid) for s in page.items]
        if page.next_cursor is None:
            return seen
        after = page.next_cursor


@pytest.mark.parametrize("limit", [1, 7, 50, 500])
@pytest.mark.parametrize(
    "kinds", [None, ["daily_log", "contact_note"], ["contact_note"], ["contact_note", "review"]]
)
def test_pages_hold_every_record_of_the_kinds_once_newest_first(
    store: Store, kinds: list[str] | None, limit: int
) -> None:
    with store.read() as session:
        rows = session.execute(
            text(
                "SELECT day, rowid, kind FROM record "
                "WHERE household_id = :h AND deleted = 0 AND day IS NOT NULL"
            ),
            {"h": str(H)},
        ).all()
        wanted = set(kinds) if kinds is not None else {"daily_log", "contact_note"}
        expected = sorted(
            ((day, rowid) for day, rowid, kind in rows if kind in wanted),
            reverse=True,
        )
        assert _all_pages(session, kinds, limit) == expected
    store.close()
    # 120 live logs of this household (a 121st was deleted) and 9 contact notes.
    assert len(expected) == sum({"daily_log": 120, "contact_note": 9}.get(k, 0) for k in wanted)
