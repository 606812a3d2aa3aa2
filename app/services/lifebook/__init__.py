"""A child's life-story book as a PDF: made from what the household kept for
the child (``app.domain.story``), the people and places of the child's life and
the milestones reached, in the child's language (docs/decisions/0016).

``make_book`` lays the book out in memory (the app previews its pages from the
bytes); ``save_book`` writes it where the person asked — the only plaintext of
the child's story Thuisboek ever writes to disk — through a temporary file
beside the target, so that a failure leaves no file behind. No Qt.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.domain.records import Child
from app.services.lifebook.data import BookData, gather
from app.services.lifebook.render import render
from app.services.lifebook.texts import LANGUAGES
from app.services.report import normalise_language, write_beside
from app.services.report.data import find_child
from app.storage.book import Book

__all__ = ["LANGUAGES", "LifeBook", "book_language", "make_book", "save_book"]


@dataclass(frozen=True)
class LifeBook:
    pdf: bytes
    pages: int
    data: BookData

    @property
    def child(self) -> Child:
        return self.data.child


def book_language(child: Child, fallback: str = "nl") -> str:
    """The child's language for the book: the first of the child's languages the
    book speaks, else ``fallback``."""
    for name in child.languages:
        code = name.strip().lower()
        for lang, words in (("nl", ("nl", "dutch", "nederlands", "néerlandais")),
                            ("fr", ("fr", "french", "frans", "français")),
                            ("en", ("en", "english", "engels", "anglais"))):  # fmt: skip
            if code in words:
                return lang
    return fallback


def make_book(
    book: Book, child: uuid.UUID | str, lang: str | None = None, *, today: dt.date | None = None
) -> LifeBook:
    """The book of ``child`` (an id or a name) in ``lang`` (the child's own language
    when None), as PDF bytes in memory."""
    found = find_child(book, child)
    code = normalise_language(lang) if lang else book_language(found)
    data = gather(book, found, code, today=today or book.today())
    pdf, pages = render(data)
    return LifeBook(pdf, pages, data)


def save_book(made: LifeBook, out_path: Path | str) -> Path:
    return write_beside(Path(out_path).expanduser().absolute(), made.pdf)
