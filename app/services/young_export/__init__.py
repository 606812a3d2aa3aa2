"""The young person's export: what a young person who leaves care receives.

Two PDFs in the young person's language, written into a folder the person
making it chooses: "My file", a readable copy of what the young person may
receive (decided per kind of record in ``app.domain.young_person``,
docs/decisions/0017), and their life-story book (``app.services.lifebook``).
Both are laid out in memory; each is written through a temporary file beside
its target, and when one cannot be written neither is left behind. Nothing
else is written anywhere. No Qt: the app runs it on its task queue, the
``thuisboek export-young-person`` command directly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import Child
from app.domain.story import Keepsake
from app.domain.young_person import ATTACHMENT, received_kinds
from app.services import lifebook
from app.services.attachments import AttachmentService
from app.services.lifebook.texts import Words
from app.services.report import CannotWrite, ReportError, normalise_language, write_beside
from app.services.report.data import find_child
from app.services.young_export.data import Attachment, FileData, gather
from app.services.young_export.render import render
from app.services.young_export.texts import FileWords
from app.storage import records
from app.storage.book import Book

__all__ = ["CannotWriteExport", "YoungExport", "attachments_of", "make_export", "write_export"]

Progress = Callable[[int, int], None]


class CannotWriteExport(ReportError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Report", "The export cannot be written to {path}: {reason}."),
            path=str(path),
            reason=reason,
        )


@dataclass(frozen=True)
class YoungExport:
    file_pdf: bytes
    file_pages: int
    data: FileData
    book: lifebook.LifeBook

    @property
    def child(self) -> Child:
        return self.data.child

    @property
    def lang(self) -> str:
        return self.data.lang

    def file_names(self) -> tuple[str, str]:
        """The names of "My file" and of the book in the young person's language."""
        name = self.child.display_name()
        return (
            _safe(f"{FileWords(self.lang)('title')} - {name}.pdf"),
            _safe(f"{Words(self.lang)('title', name=name)}.pdf"),
        )


def _safe(name: str) -> str:
    """A file name every system accepts (no separators or reserved letters)."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .") or "export.pdf"


def attachments_of(book: Book, data: FileData) -> list[Attachment]:
    """The photos and documents the young person receives with the file: those
    the household kept for the book, the child's own, and those attached to a
    record the file holds (``app.domain.young_person``, kind ``attachment``).
    One whose bytes have not reached this laptop yet is left out."""
    service = AttachmentService(book)
    with book.store.read() as session:
        kept = {
            k.target_id
            for k in records.for_child_all(session, data.child.id, Keepsake.kind)
            if isinstance(k, Keepsake) and not k.deleted and k.target_kind == ATTACHMENT
        }
    out: list[Attachment] = []
    taken: set[str] = set()
    for item in reversed(service.for_child(data.child.id)):  # oldest first
        found = item.attachment
        belongs = found.target_id is None or found.target_id in data.received_ids
        if not item.available or not (belongs or found.id in kept):
            continue
        out.append(Attachment(_unique(_safe(found.file_name), taken), service.content(found.id)))
    return out


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)`` and so on when a file of that name is already there."""
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem} ({n}).{ext}" if dot else f"{stem} ({n})"
    taken.add(candidate.casefold())
    return candidate


def make_export(
    book: Book,
    child: uuid.UUID | str,
    lang: str | None = None,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> YoungExport:
    """The export of ``child`` (an id or a name) in ``lang`` (the child's own
    language when None), in memory. ``progress(done, total)`` is told along the
    way and may raise to cancel."""
    found = find_child(book, child)
    code = normalise_language(lang) if lang else lifebook.book_language(found)
    day = today or book.today()
    total = len(received_kinds()) + 2
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    data = gather(book, found, code, today=day, tick=tick)
    data.attachments.extend(attachments_of(book, data))
    pdf, pages = render(data)
    tick()
    made_book = lifebook.make_book(book, found.id, code, today=day)
    tick()
    return YoungExport(pdf, pages, data, made_book)


def write_export(made: YoungExport, folder: Path | str) -> list[Path]:
    """Write "My file", the book and, in a folder of their own beside them, the
    photos and documents the young person receives into ``folder``: the paths
    written. When one cannot be written, none is left behind."""
    target = Path(folder).expanduser().absolute()
    if not target.is_dir():
        raise CannotWriteExport(target, QT_TRANSLATE_NOOP("Report", "the folder does not exist"))
    attached = target / _safe(FileWords(made.lang)("attachments"))
    files = [(target / name, content) for name, content in
             zip(made.file_names(), (made.file_pdf, made.book.pdf), strict=True)]  # fmt: skip
    files += [(attached / a.name, a.data) for a in made.data.attachments]
    made_folder = False
    written: list[Path] = []
    try:
        if made.data.attachments and not attached.is_dir():
            try:
                attached.mkdir()
            except OSError as exc:
                raise CannotWriteExport(attached, exc.strerror or type(exc).__name__) from None
            made_folder = True
        for path, content in files:
            written.append(_write(path, content))
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        if made_folder:
            with contextlib.suppress(OSError):
                attached.rmdir()
        raise
    return written


def _write(path: Path, content: bytes) -> Path:
    """``content`` into ``path`` through a temporary file beside it."""
    try:
        return write_beside(path, content)
    except CannotWrite as exc:  # the report's words: say it of the export
        raise CannotWriteExport(path, str(exc.message.params["reason"])) from None
