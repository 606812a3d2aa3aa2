"""What a house for unaccompanied minors keeps of a young person beyond the
diary: legal status and procedure, languages, school and training (one
``MinorFile`` per child, made the first time it is saved)."""

from __future__ import annotations

import uuid
from typing import Any

from app.domain.care import MinorFile
from app.domain.records import Record
from app.services.records import RecordService
from app.storage import records
from app.storage.book import Book


class MinorService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.records = RecordService(book)

    def file(self, child_id: uuid.UUID) -> MinorFile | None:
        """The child's file, or None when none was kept yet."""
        with self.book.store.read() as session:
            found = records.for_child_all(session, child_id, MinorFile.kind)
        files = [f for f in found if isinstance(f, MinorFile)]
        return min(files, key=lambda f: str(f.id), default=None)

    def save(self, child_id: uuid.UUID, household_id: uuid.UUID, **fields: Any) -> Record:
        """Keep the child's file: changed in place when there is one, made otherwise."""
        current = self.file(child_id)
        if current is None:
            made = MinorFile.model_validate(
                {"household_id": household_id, "child_id": child_id, **fields}
            )
            return self.records.create(made)
        return self.records.update(current.id, **fields)
