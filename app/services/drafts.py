"""What a person typed in a dialog and did not store yet, kept in the encrypted
store (never in a plain file) until it is stored or thrown away: through a lock,
a quit or a crash, the dialog opens again with the same words.

A draft is a flat JSON object under a short key in the profile's meta table,
named by the dialog and what it is about (``contact:<child id>``)."""

from __future__ import annotations

import json
from typing import Any

from app.storage.book import Book
from app.storage.store import Store

PREFIX = "dlg:"


class DialogDrafts:
    def __init__(self, book: Book) -> None:
        self.book = book

    def save(self, key: str, values: dict[str, Any]) -> None:
        with self.book.store.write() as session:
            Store.set_meta(session, PREFIX + key, json.dumps(values, default=str))

    def load(self, key: str) -> dict[str, Any] | None:
        value = self.book.store.get_meta(PREFIX + key)
        if not value:
            return None
        try:
            found = json.loads(value)
        except ValueError:
            return None
        return found if isinstance(found, dict) else None

    def discard(self, key: str) -> None:
        with self.book.store.write() as session:
            Store.delete_meta(session, PREFIX + key)
