"""The period report of one child as a PDF: for a care plan review, a youth
court, or the child's own file.

``build_report`` reads the child's records of the period (``data``), lays
them out in the chosen language (``texts``, ``render``, ``charts``) and writes
the PDF the person asked for — the only plaintext of a record Thuisboek ever
writes to disk. It writes to a temporary file beside the target and renames
it at the end, so that a failed or cancelled report leaves no file behind.
No Qt: the app runs it in a worker, the ``thuisboek report`` command directly.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.domain.messages import QT_TRANSLATE_NOOP
from app.services.report.data import ReportData, find_child, gather
from app.services.report.errors import (
    AmbiguousChild,
    BadPeriod,
    CannotWrite,
    ChildNotFound,
    ReportError,
    UnknownLanguage,
)
from app.services.report.fonts import report_font
from app.services.report.progress import Progress, ProgressCallback
from app.services.report.render import write_pdf
from app.services.report.texts import DEFAULT_LANGUAGE, LANGUAGES
from app.storage.book import Book

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "AmbiguousChild",
    "BadPeriod",
    "CannotWrite",
    "ChildNotFound",
    "ProgressCallback",
    "ReportData",
    "ReportError",
    "ReportResult",
    "UnknownLanguage",
    "build_report",
    "find_child",
    "normalise_language",
]


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    entries: int
    child_name: str
    font: str  # the typeface used and where it was found
    font_note: str  # why some letters may not print, or ""


def normalise_language(lang: str) -> str:
    """``"nl_BE"``, ``"fr-BE"`` and ``"FR"`` mean the base language."""
    code = lang.replace("_", "-").split("-", 1)[0].strip().lower()
    if code not in LANGUAGES:
        raise UnknownLanguage(lang)
    return code


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def _temporary_beside(target: Path) -> Path:
    if target.is_dir():
        raise CannotWrite(target, QT_TRANSLATE_NOOP("Report", "it is a folder"))
    if not target.parent.is_dir():
        raise CannotWrite(target, QT_TRANSLATE_NOOP("Report", "the folder does not exist"))
    try:
        handle, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.stem}.", suffix=".part"
        )
    except OSError as exc:
        raise CannotWrite(target, _reason(exc)) from None
    os.close(handle)
    return Path(name)


def write_beside(target: Path, content: bytes) -> Path:
    """``content`` into ``target`` through a temporary file beside it, so that a
    failure leaves neither a partial file nor a changed one; ``CannotWrite``
    says why."""
    partial = _temporary_beside(target)
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_TRUNC)
        with os.fdopen(fd, "wb") as file:
            file.write(content)
        os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise CannotWrite(target, _reason(exc)) from None
    return target


def build_report(
    book: Book,
    child_id: uuid.UUID | str,
    start: date,
    end: date,
    out_path: Path | str,
    lang: str = DEFAULT_LANGUAGE,
    progress: ProgressCallback | None = None,
    *,
    now: datetime | None = None,
) -> ReportResult:
    """Write the period report of one child (by id, or by name) to ``out_path``.

    ``progress(done, total)`` is called along the way and may raise to cancel.
    Raises a ``ReportError`` for an unknown or ambiguous child, a period that
    ends before it starts, a language without texts, or a path that cannot be
    written; in every failure no file is left behind."""
    code = normalise_language(lang)
    if start > end:
        raise BadPeriod(start.isoformat(), end.isoformat())
    child = find_child(book, child_id)
    target = Path(out_path).expanduser().absolute()
    partial = _temporary_beside(target)
    steps = Progress(progress)
    try:
        data = gather(
            book,
            child,
            start,
            end,
            now=now or datetime.now().astimezone(),
            plan=steps.plan,
            tick=steps.tick,
        )
        try:
            pages = write_pdf(data, code, partial, steps)
            os.replace(partial, target)
        except OSError as exc:  # disk full, or the file is open in a viewer (Windows)
            raise CannotWrite(target, _reason(exc)) from None
    except BaseException:  # failed or cancelled: no file, not even a partial one
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    steps.finish()
    font = report_font()
    return ReportResult(
        path=target,
        pages=pages,
        entries=len(data.entries),
        child_name=child.display_name(),
        font=font.source,
        font_note=font.note,
    )
