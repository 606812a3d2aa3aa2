"""What waits for review is kept as rows (``review_open``) by the store itself, in the
same transaction as each write of a record: after any mix of saves, changes,
amendments, deletions, reviews, questions, answers, pulled pages and an undone
"mark all before", the rows are exactly what a count from scratch finds."""

from __future__ import annotations

import os
import tempfile
import uuid
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.domain.messages import ThuisboekError
from app.domain.records import Child, ContactNote, DailyLog, Household, Person, Record, Review
from app.domain.vocabulary import ContactStatus, HouseholdKind, ReviewMark, Role, Severity
from app.services.records import RecordService
from app.services.review import QUEUE_KINDS, ReviewQueue
from app.storage import bulk, records
from app.storage.book import Book, Identity
from app.storage.review import queue_counts_by_severity, recount_by_severity, unreviewed_ids
from app.storage.store import Store
from tests import factories

TODAY = date(2025, 6, 20)
NOT_QUEUED = ("review", "conflict_revision")


def open_rows(book: Book) -> dict[str, tuple[str, str, int, int, str | None]]:
    """Record id -> (household, kind, group, severity rank, day), as kept."""
    with book.store.read() as session:
        rows = session.execute(
            text(
                "SELECT r.id, o.household_id, o.kind, o.grp, o.sev, o.day FROM review_open AS o "
                "JOIN record AS r ON r.rowid = o.record_rowid"
            )
        )
        return {i: (h, k, g, s, d) for i, h, k, g, s, d in rows}


def assert_kept_as_counted(book: Book) -> None:
    """The kept rows are the live records the queue's own probe finds unreviewed,
    and the households' counts equal a count from scratch."""
    kept = open_rows(book)
    with book.store.read() as session:
        live = [
            (i, h, k, d)
            for i, h, k, d in session.execute(
                text("SELECT id, household_id, kind, day FROM record WHERE deleted = 0")
            )
            if k not in NOT_QUEUED
        ]
        waiting = unreviewed_ids(session, [i for i, *_ in live])
        households = [uuid.UUID(h) for h in {h for _, h, _, _ in live}]
        counted = queue_counts_by_severity(session, households, QUEUE_KINDS)
        recounted = recount_by_severity(session, households, QUEUE_KINDS)
    assert set(kept) == waiting
    assert {i: (h, k, d) for i, h, k, d in live if i in waiting} == {
        i: (h, k, d) for i, (h, k, _g, _s, d) in kept.items()
    }
    assert counted == recounted


@dataclass
class World:
    book: Book
    caregiver: Identity
    supervisor: Identity
    child: Child
    entries: list[uuid.UUID] = field(default_factory=list)
    questions: list[uuid.UUID] = field(default_factory=list)
    backlogs: list[uuid.UUID] = field(default_factory=list)

    @property
    def records(self) -> RecordService:
        return RecordService(self.book)

    @property
    def queue(self) -> ReviewQueue:
        return ReviewQueue(self.book)

    def as_caregiver(self) -> None:
        self.book.identity = self.caregiver

    def as_supervisor(self) -> None:
        self.book.identity = self.supervisor

    def pick(self, n: int) -> uuid.UUID | None:
        return self.entries[n % len(self.entries)] if self.entries else None

    def stored(self, record_id: uuid.UUID) -> Record | None:
        with self.book.store.read() as session:
            found = records.get(session, record_id)
        return found.record if found is not None else None


def _log(w: World, n: int, flag: bool, severity: Severity | None) -> None:
    w.as_caregiver()
    # One log per child and day: each new one a day further back.
    day = TODAY - timedelta(days=sum(1 for _ in w.entries))
    fields: dict[str, object] = {"text": f"Dag {n}", "date": day}
    if flag:
        fields.update(flag=True, severity=severity or Severity.LOW)
    w.entries.append(w.records.create(factories.daily_log(w.caregiver, w.child, **fields)).id)


def _contact(w: World, n: int, status: ContactStatus) -> None:
    w.as_caregiver()
    note = factories.contact_note(
        w.caregiver, [w.child], [uuid.uuid4()], status=status, date=TODAY - timedelta(days=n % 20)
    )
    w.entries.append(w.records.create(note).id)


def _change(w: World, n: int) -> None:
    target = w.pick(n)
    record = w.stored(target) if target else None
    if record is None or record.deleted:
        return
    w.as_caregiver()
    if isinstance(record, DailyLog | ContactNote):
        w.records.update(record.id, text=f"Anders {n}")


def _amend(w: World, n: int) -> None:
    target = w.pick(n)
    record = w.stored(target) if target else None
    if not isinstance(record, DailyLog) or record.deleted:
        return
    w.as_caregiver()
    w.entries.append(w.records.amend(record.id, "Verbeterd", text=f"Eigenlijk {n}").id)


def _delete_or_restore(w: World, n: int) -> None:
    target = w.pick(n)
    record = w.stored(target) if target else None
    if record is None:
        return
    w.as_caregiver()
    if record.deleted:
        w.records.restore(record.id)
    else:
        w.records.delete(record.id)


def _review(w: World, n: int) -> None:
    target = w.pick(n)
    record = w.stored(target) if target else None
    if record is None or record.deleted:
        return
    w.as_supervisor()
    w.queue.mark_reviewed([record.id])


def _ask(w: World, n: int) -> None:
    target = w.pick(n)
    record = w.stored(target) if target else None
    if record is None or record.deleted:
        return
    w.as_supervisor()
    w.questions.append(w.queue.ask(record.id, f"Waarom {n}?").id)


def _answer(w: World, n: int) -> None:
    if not w.questions:
        return
    w.as_caregiver()
    w.queue.answer(w.questions[n % len(w.questions)], f"Daarom {n}.")


def _backlog(w: World, n: int) -> None:
    w.as_supervisor()
    w.backlogs.append(
        w.queue.mark_all_before(w.caregiver.household_id, TODAY - timedelta(days=n % 20)).audit_id
    )


def _undo(w: World, n: int) -> None:
    if not w.backlogs:
        return
    w.as_supervisor()
    w.queue.undo_backlog(w.backlogs.pop())


def _pulled_review(w: World, n: int, mark: ReviewMark, version_offset: int | None) -> None:
    """A review from another supervisor's laptop arrives in a pulled page: for the
    version held, an older or a newer one, or without a version."""
    target = w.pick(n)
    record = w.stored(target) if target else None
    if record is None:
        return
    version = None if version_offset is None else max(0, record.version + version_offset)
    review = Review(
        household_id=record.household_id,
        target_id=record.id,
        target_kind=record.kind,
        target_version=version,
        mark=mark,
        comment="" if mark == ReviewMark.REVIEWED else f"Vraag {n}",
        author_id=uuid.uuid4(),
        modified_at=w.book.clock.now(),
    )
    with w.book.store.write() as session:
        bulk.put_synced_many(session, [review])


def _pulled_version(w: World, n: int) -> None:
    """A newer version of a record arrives from the office (written over the old row)."""
    target = w.pick(n)
    record = w.stored(target) if target else None
    if record is None:
        return
    newer = record.model_copy(
        update={"version": record.version + 1, "modified_at": w.book.clock.now()}
    )
    with w.book.store.write() as session:
        bulk.put_synced_many(session, [newer])


def _pulled_page(w: World, n: int) -> None:
    """A page of new records with reviews of some of them, the reviews first."""
    logs = [
        factories.daily_log(
            w.caregiver, w.child, text=f"Elders {n}.{i}", date=TODAY - timedelta(days=i),
            flag=i % 2 == 0, severity=Severity.HIGH if i % 2 == 0 else None,
        ).model_copy(update={"version": 1, "modified_at": w.book.clock.now()})
        for i in range(3)
    ]  # fmt: skip
    reviews = [
        Review(
            household_id=log.household_id,
            target_id=log.id,
            target_kind=log.kind,
            target_version=1,
            mark=ReviewMark.REVIEWED,
            author_id=uuid.uuid4(),
            modified_at=w.book.clock.now(),
        )
        for log in logs[: n % 4]
    ]
    with w.book.store.write() as session:
        bulk.put_synced_many(session, [*reviews, *logs])
    w.entries += [log.id for log in logs]


def _withdrawn_review(w: World, n: int) -> None:
    """A review (a mark, a question or an answer) comes back from the office deleted."""
    with w.book.store.read() as session:
        found = records.list_kind(session, Review.kind)
    if not found:
        return
    review = found[n % len(found)]
    gone = review.model_copy(
        update={"deleted": True, "version": review.version + 1, "modified_at": w.book.clock.now()}
    )
    with w.book.store.write() as session:
        bulk.put_synced_many(session, [gone])


def _forget(w: World, n: int) -> None:
    target = w.pick(n)
    if target is None:
        return
    with w.book.store.write() as session:
        records.forget(session, target)
    w.entries.remove(target)


STEPS = st.one_of(
    st.builds(
        lambda n, f, s: lambda w: _log(w, n, f, s),
        st.integers(0, 40),
        st.booleans(),
        st.sampled_from([None, Severity.LOW, Severity.MEDIUM, Severity.HIGH]),
    ),
    st.builds(
        lambda n, s: lambda w: _contact(w, n, s),
        st.integers(0, 40),
        st.sampled_from(list(ContactStatus)),
    ),
    *(
        st.builds(lambda n, f=f: lambda w: f(w, n), st.integers(0, 40))
        for f in (
            _change,
            _amend,
            _delete_or_restore,
            _review,
            _ask,
            _answer,
            _backlog,
            _undo,
            _pulled_version,
            _pulled_page,
            _withdrawn_review,
            _forget,
        )
    ),
    st.builds(
        lambda n, m, v: lambda w: _pulled_review(w, n, m, v),
        st.integers(0, 40),
        st.sampled_from([ReviewMark.REVIEWED, ReviewMark.QUESTION, ReviewMark.ANSWER]),
        st.sampled_from([None, -1, 0, 1]),
    ),
)


def _world(folder: Path) -> World:
    store = Store.create(folder / "thuisboek.db", os.urandom(32))
    household, me = uuid.uuid4(), uuid.uuid4()
    caregiver = Identity("anna", me, "laptop", household, "Anna", Role.CAREGIVER)
    book = Book(folder, store, caregiver)
    book.today = lambda: TODAY
    service = RecordService(book)
    service.create(
        Household(id=household, household_id=household, name="Maes",
                  household_kind=HouseholdKind.SIMBA)
    )  # fmt: skip
    service.create(Person(id=me, household_id=household, display_name="Anna", role=Role.CAREGIVER))
    supervisor = replace(
        caregiver, user_id=uuid.uuid4(), display_name="Sofie", role=Role.SUPERVISOR
    )
    child = service.create(factories.child(household, family_name="Maes"))
    return World(book, caregiver, supervisor, child)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(STEPS, min_size=1, max_size=14))
def test_kept_rows_equal_a_count_from_scratch_after_any_writes(steps: list) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory(prefix="thuisboek-open-") as tmp:
        w = _world(Path(tmp) / "profile")
        try:
            assert_kept_as_counted(w.book)
            for step in steps:
                with suppress(ThuisboekError):  # refused (a locked entry): nothing written
                    step(w)
                assert_kept_as_counted(w.book)
        finally:
            w.book.close()


def test_reviews_questions_and_an_undone_backlog_move_the_counts(tmp_path: Path) -> None:
    w = _world(tmp_path / "profile")
    try:
        household = w.caregiver.household_id
        for n in range(6):
            _log(w, n, flag=n == 0, severity=Severity.HIGH)
        _contact(w, 7, ContactStatus.NO_SHOW)
        w.as_supervisor()
        [counts] = w.queue.households()
        assert (counts.unreviewed, counts.incidents, counts.missed_contacts) == (7, 1, 1)
        assert counts.high_incidents == 1

        w.queue.mark_reviewed([w.entries[0]])
        assert w.queue.households()[0].incidents == 0
        w.queue.ask(w.entries[0], "Hoe gaat het nu?")
        assert w.queue.households()[0].incidents == 1  # a question re-opens it

        backlog = w.queue.mark_all_before(household, TODAY - timedelta(days=2))
        assert len(backlog.review_ids) == 4  # the logs of days 3 to 5, the contact of day 7
        assert w.queue.households()[0].unreviewed == 3
        assert_kept_as_counted(w.book)
        w.queue.undo_backlog(backlog.audit_id)
        assert w.queue.households()[0].unreviewed == 7
        assert_kept_as_counted(w.book)

        w.as_caregiver()
        amendment = w.records.amend(w.entries[1], "Verbeterd", text="Toch anders")
        w.as_supervisor()
        assert w.queue.households()[0].unreviewed == 8
        assert str(amendment.id) in open_rows(w.book)
        assert_kept_as_counted(w.book)
    finally:
        w.book.close()


def test_a_store_from_before_gets_its_rows_from_its_history(tmp_path: Path) -> None:
    """Records and reviews written before the rows were kept: the migration that
    brings them counts them from scratch."""
    from app.storage import migrate

    w = _world(tmp_path / "profile")
    try:
        engine = w.book.store.engine
        for n in range(6):
            _log(w, n, flag=n % 3 == 0, severity=Severity.MEDIUM)
        _contact(w, 9, ContactStatus.CANCELLED)
        _review(w, 1)
        _ask(w, 2)
        _review(w, 2)
        # The store as it was before review_open, these records in its history.
        migrate.downgrade(engine, "0004")
        with engine.connect() as conn:
            names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert "review_open" not in names
        migrate.upgrade(engine)
        assert_kept_as_counted(w.book)
        queued = [k for _h, k, *_ in open_rows(w.book).values() if k in QUEUE_KINDS]
        assert len(queued) == 5  # 7 entries: one reviewed, one reviewed after its question
    finally:
        w.book.close()
