"""Writing demo records the app's own way, and what a fill reports."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from app.domain.records import Household, Person, Record
from app.domain.vocabulary import Role
from app.services.records import RecordService
from app.storage import records as record_store
from app.storage.book import Book
from app.storage.store import Store

RELIEF_CARER: Final = "Sophie Lambert"


@dataclass(frozen=True)
class DemoSummary:
    household: str
    children: list[str]
    records: int


class Writer:
    """Checks each record, then stamps and stores it with its outbox entry the way
    ``RecordService`` does; in batches of ``batch_size`` per write transaction, or
    one ``RecordService.create`` per record when not batching."""

    def __init__(self, book: Book, *, batch: bool, batch_size: int | None = None) -> None:
        self.book = book
        self.service = RecordService(book)
        self.today = book.today()
        self.batch = batch
        self.batch_size = batch_size
        self.pending: list[Record] = []
        self.written = 0

    def add(self, record: Record) -> None:
        record.check(self.today)
        if not self.batch:
            self.service.create(record)
            self.written += 1
            return
        self.pending.append(record)
        if self.batch_size is not None and len(self.pending) >= self.batch_size:
            self.flush()

    def add_all(self, records: Iterable[Record]) -> None:
        for record in records:
            self.add(record)

    def flush(self) -> None:
        if not self.pending:
            return
        with self.book.store.write() as session:
            # RecordService._put, with the clock saved once per batch, not once per record.
            for record in self.pending:
                stamped = self.service._stamp(record, 1)
                record_store.put_local(session, stamped, base_version=0)
            Store.set_meta(session, "clock", self.book.clock.last)
        self.written += len(self.pending)
        self.pending = []


def household_name(book: Book) -> str:
    with book.store.read() as session:
        stored = record_store.get(session, book.identity.household_id)
    if stored is not None and isinstance(stored.record, Household):
        return stored.record.name
    return ""


def relief_carer(household_id: uuid.UUID) -> Person:
    return Person(
        household_id=household_id,
        display_name=RELIEF_CARER,
        role=Role.CAREGIVER,
        households=[household_id],
    )
