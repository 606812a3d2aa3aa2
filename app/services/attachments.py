"""Photos, scans and documents attached to a child or to one of the child's daily
logs, milestone observations or contact notes (``app.domain.attachments``).

Importing a file checks its size before reading it, knows its type from its
bytes (never from its name), turns a photo upright and writes it anew without
its metadata (EXIF with the place it was taken, XMP, a PNG's text), keeps the
date it was taken, makes a small picture of it, and writes the record, the
bytes and the small picture in one transaction inside the encrypted store.
Nothing is written to a file on the way: bytes are decrypted into memory only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import uuid
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlmodel import Session

from app.domain.attachments import (
    ATTACHABLE_KINDS,
    IMAGE_TYPES,
    MAX_CHILD_BYTES,
    MAX_FILE_BYTES,
    Attachment,
    chunk_count,
)
from app.domain.changes import NOTHING, ChangeSet
from app.domain.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    Problem,
    ThuisboekError,
    ValidationFailed,
)
from app.domain.records import Child, Record
from app.domain.story import Keepsake
from app.services.records import EntryLocked, RecordNotFound, RecordService, is_reviewer
from app.storage import attachments as stored_bytes
from app.storage import records
from app.storage.book import Book
from app.storage.tables import SYNC_PENDING

CTX = "Attachments"
MAX_PIXELS = 50_000_000  # a picture larger than this is refused before it is decoded
THUMB_SIDE = 256
JPEG_QUALITY = 90
_MB = 1024 * 1024

_EXIF_IFD = 0x8769
_DATE_TAKEN = 36867  # DateTimeOriginal, in the Exif IFD
_DATE_TIME = 306  # DateTime, in the main IFD
# What a photo keeps of its own information when written anew: how its colours
# are meant and which colour is see-through. Everything else goes.
_KEPT_INFO = ("icc_profile", "transparency")


class AttachmentRefused(ThuisboekError):
    """A file that cannot be attached: too large, of an unknown type, unreadable,
    or over what one child may hold. Nothing was written."""


class ContentMissing(ThuisboekError):
    """The bytes of an attachment are not on this laptop (yet)."""


@dataclass(frozen=True)
class AttachmentItem:
    attachment: Attachment
    available: bool  # all of its bytes are on this laptop
    thumbnail: bytes | None  # a small JPEG or PNG for photos; None for documents


@dataclass(frozen=True)
class Usage:
    used: int  # bytes of the child's attachments
    limit: int  # MAX_CHILD_BYTES


@dataclass(frozen=True)
class Prepared:
    """A file as it will be stored: its bytes without metadata and what is known of it."""

    data: bytes
    media_type: str
    width: int | None = None
    height: int | None = None
    taken_on: dt.date | None = None
    thumbnail: bytes | None = None


def _refused(text: str, **params: object) -> AttachmentRefused:
    return AttachmentRefused(Message(CTX, text, dict(params)))


def _too_large(size: int) -> AttachmentRefused:
    return _refused(
        QT_TRANSLATE_NOOP(
            "Attachments", "This file is too large ({size} MB); a file may hold at most {limit} MB."
        ),
        size=f"{size / _MB:.1f}",
        limit=MAX_FILE_BYTES // _MB,
    )


def _unreadable() -> AttachmentRefused:
    return _refused(
        QT_TRANSLATE_NOOP(
            "Attachments", "This picture cannot be read; it may be damaged or incomplete."
        )
    )


def _over_limit(used: int) -> AttachmentRefused:
    return _refused(
        QT_TRANSLATE_NOOP(
            "Attachments",
            "This child's attachments would take more than {limit} MB together "
            "({used} MB are used). Remove some first.",
        ),
        limit=MAX_CHILD_BYTES // _MB,
        used=used // _MB,
    )


def media_type_of(data: bytes) -> str | None:
    """The type of a file from its first bytes (JPEG, PNG or PDF), or None."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    return None


def _date_taken(image: Image.Image) -> dt.date | None:
    exif = image.getexif()
    for value in (exif.get_ifd(_EXIF_IFD).get(_DATE_TAKEN), exif.get(_DATE_TIME)):
        if isinstance(value, str):
            try:
                return dt.datetime.strptime(value.strip()[:10], "%Y:%m:%d").date()
            except ValueError:
                continue
    return None


def _thumbnail(image: Image.Image) -> bytes:
    """A small JPEG of a photo, or a small PNG of a picture with see-through parts."""
    small = image.copy()
    small.thumbnail((THUMB_SIDE, THUMB_SIDE))
    out = io.BytesIO()
    if small.mode in ("RGBA", "LA", "PA", "P"):
        small.convert("RGBA").save(out, "PNG")
    else:
        flat = small if small.mode in ("RGB", "L") else small.convert("RGB")
        flat.save(out, "JPEG", quality=80)
    return out.getvalue()


def prepare_image(data: bytes, media_type: str, today: dt.date) -> Prepared:
    """A photo turned upright and written anew without its metadata, with its
    size, the day it was taken and a small picture of it."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data))
            width, height = opened.size
            if width * height > MAX_PIXELS:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Attachments",
                        "This picture is too large ({megapixels} megapixels; at most {limit}).",
                    ),
                    megapixels=round(width * height / 1_000_000),
                    limit=MAX_PIXELS // 1_000_000,
                )
            taken = _date_taken(opened)
            upright = ImageOps.exif_transpose(opened)
            upright.load()
    except AttachmentRefused:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError,
            Image.DecompressionBombWarning):  # fmt: skip
        raise _unreadable() from None
    if taken is not None and taken > today + dt.timedelta(days=1):
        taken = None  # a camera whose clock was wrong
    upright.info = {k: v for k, v in opened.info.items() if k in _KEPT_INFO}
    out = io.BytesIO()
    try:
        if media_type == "image/jpeg":
            if upright.mode not in ("RGB", "L", "CMYK"):
                upright = upright.convert("RGB")
            upright.save(out, "JPEG", quality=JPEG_QUALITY, **_kept(upright))
        else:
            upright.save(out, "PNG", **_kept(upright))
        thumbnail = _thumbnail(upright)
    except (OSError, ValueError):
        raise _unreadable() from None
    return Prepared(out.getvalue(), media_type, upright.width, upright.height, taken, thumbnail)


def _kept(image: Image.Image) -> dict[str, object]:
    return {k: image.info[k] for k in _KEPT_INFO if k in image.info}


def prepare(data: bytes, today: dt.date) -> Prepared:
    """What will be stored of a file, or ``AttachmentRefused``."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    if not data:
        raise _refused(QT_TRANSLATE_NOOP("Attachments", "This file is empty."))
    media_type = media_type_of(data)
    if media_type is None:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Attachments", "Only photos (JPEG, PNG) and PDF documents can be attached."
            )
        )
    if media_type not in IMAGE_TYPES:
        return Prepared(data, media_type)
    prepared = prepare_image(data, media_type, today)
    if len(prepared.data) > MAX_FILE_BYTES:
        raise _too_large(len(prepared.data))
    return prepared


def _changes(attachment: Attachment) -> ChangeSet:
    return ChangeSet.of(Attachment.kind, ids=[attachment.id], households=[attachment.household_id])


class AttachmentService:
    def __init__(self, book: Book) -> None:
        self.book = book
        self.records = RecordService(book)

    # Adding -------------------------------------------------------------------------
    def add_file(
        self,
        child_id: uuid.UUID,
        path: Path,
        *,
        target_kind: str = "",
        target_id: uuid.UUID | None = None,
        caption: str = "",
    ) -> tuple[Attachment, ChangeSet]:
        """Attach a file from disk (its size is checked before it is read)."""
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise _too_large(size)
            with path.open("rb") as f:
                data = f.read(MAX_FILE_BYTES + 1)
        except OSError:
            raise _refused(
                QT_TRANSLATE_NOOP("Attachments", "This file cannot be opened.")
            ) from None
        return self.add_bytes(
            child_id, data, path.name, target_kind=target_kind, target_id=target_id,
            caption=caption,
        )  # fmt: skip

    def add_bytes(
        self,
        child_id: uuid.UUID,
        data: bytes,
        file_name: str,
        *,
        target_kind: str = "",
        target_id: uuid.UUID | None = None,
        caption: str = "",
    ) -> tuple[Attachment, ChangeSet]:
        """Attach a file's bytes to a child (or to one of the child's records)."""
        if len(data) > MAX_FILE_BYTES:
            raise _too_large(len(data))
        with self.book.store.read() as session:
            child = self._child(session, child_id)
            self._check_target(session, child_id, target_kind, target_id)
        prepared = prepare(data, self.book.today())
        sha = hashlib.sha256(prepared.data).hexdigest()
        name = Path(file_name.replace("\\", "/")).name.strip() or "file"
        attachment = Attachment(
            household_id=child.household_id,
            child_id=child_id,
            target_kind=target_kind if target_id is not None else "",
            target_id=target_id,
            file_name=name[:200],
            media_type=prepared.media_type,
            size=len(prepared.data),
            sha256=sha,
            width=prepared.width,
            height=prepared.height,
            taken_on=prepared.taken_on,
            caption=caption.strip(),
            author_id=self.book.identity.user_id,
        )
        with self.book.store.write() as session:
            used = stored_bytes.child_bytes(session, child_id)
            if used + attachment.size > MAX_CHILD_BYTES:
                raise _over_limit(used)
            written = self.records.create_in(session, attachment)
            stored_bytes.put_content(session, sha, prepared.data)
            if prepared.thumbnail is not None:
                stored_bytes.put_thumb(session, sha, prepared.thumbnail)
        return written, _changes(written)

    def _child(self, session: Session, child_id: uuid.UUID) -> Child:
        found = records.get(session, child_id)
        if found is None or not isinstance(found.record, Child) or found.record.deleted:
            raise RecordNotFound(child_id)
        return found.record

    def _check_target(
        self, session: Session, child_id: uuid.UUID, kind: str, target_id: uuid.UUID | None
    ) -> None:
        if target_id is None:
            return
        found = records.get(session, target_id)
        target: Record | None = found.record if found is not None else None
        if (
            target is None
            or target.deleted
            or target.kind not in ATTACHABLE_KINDS
            or target.kind != kind
            or child_id not in target.child_ids()
        ):
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Attachments",
                    "A file is attached to a child, or to a daily log, a milestone or a "
                    "contact of that child.",
                )
            )

    # Reading ------------------------------------------------------------------------
    def _items(self, found: Sequence[Record]) -> list[AttachmentItem]:
        attached = [a for a in found if isinstance(a, Attachment) and not a.deleted]
        with self.book.store.read() as session:
            counts = stored_bytes.complete_shas(session)
            thumbs = {a.sha256: stored_bytes.thumb(session, a.sha256) for a in attached}
        items = []
        for a in attached:
            available = counts.get(a.sha256, 0) >= chunk_count(a.size)
            thumb = thumbs.get(a.sha256)
            if thumb is None and available and a.media_type in IMAGE_TYPES:
                thumb = thumbs[a.sha256] = self._thumbnail_of(a)
            items.append(AttachmentItem(a, available, thumb))
        return items

    def _thumbnail_of(self, attachment: Attachment) -> bytes | None:
        """The small picture of a photo that arrived by sync, made and kept once."""
        with self.book.store.read() as session:
            data = stored_bytes.content(session, attachment.sha256, attachment.size)
        if data is None:
            return None
        try:
            with Image.open(io.BytesIO(data)) as image:
                if image.width * image.height > MAX_PIXELS:
                    return None
                small = _thumbnail(image)
        except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
            return None
        with self.book.store.write() as session:
            stored_bytes.put_thumb(session, attachment.sha256, small)
        return small

    def for_child(self, child_id: uuid.UUID) -> list[AttachmentItem]:
        """The child's attachments, newest first."""
        with self.book.store.read() as session:
            found = records.for_child(session, child_id, [Attachment.kind])
        attached = [a for a in found if isinstance(a, Attachment)]
        attached.sort(key=lambda a: a.created_at, reverse=True)
        return self._items(attached)

    def for_target(self, target_id: uuid.UUID) -> list[AttachmentItem]:
        """The attachments of a daily log, milestone observation or contact note,
        newest first."""
        with self.book.store.read() as session:
            linked = records.related(session, target_id)
        found = [s.record for s in reversed(linked) if isinstance(s.record, Attachment)]
        return self._items(found)

    def get(self, attachment_id: uuid.UUID) -> Attachment:
        record = self.records.get(attachment_id).record
        if not isinstance(record, Attachment):
            raise RecordNotFound(attachment_id)
        return record

    def content(self, attachment_id: uuid.UUID) -> bytes:
        """The attachment's bytes, decrypted into memory."""
        attachment = self.get(attachment_id)
        with self.book.store.read() as session:
            data = stored_bytes.content(session, attachment.sha256, attachment.size)
        if data is None or hashlib.sha256(data).hexdigest() != attachment.sha256:
            raise ContentMissing(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Attachments",
                        "This file is not on this laptop yet; it arrives with the next sync.",
                    ),
                )
            )
        return data

    def usage(self, child_id: uuid.UUID) -> Usage:
        with self.book.store.read() as session:
            return Usage(stored_bytes.child_bytes(session, child_id), MAX_CHILD_BYTES)

    # Changing -----------------------------------------------------------------------
    def remove(self, attachment_id: uuid.UUID, *, keep_bytes: bool = False) -> ChangeSet:
        """Delete an attachment (a tombstone that syncs); its bytes go from this
        laptop when no other attachment names them, or, with ``keep_bytes``, once
        ``let_go`` is told the removal stays (while it may still be undone)."""
        attachment = self.get(attachment_id)
        with self.book.store.write() as session:
            tomb = self.records.delete_in(session, attachment_id)
            if not keep_bytes:
                stored_bytes.drop_unreferenced(session, [attachment.sha256])
        assert isinstance(tomb, Attachment)
        return _changes(tomb)

    def let_go(self, attachment_ids: Sequence[uuid.UUID]) -> int:
        """The bytes of removed attachments go from this laptop when no live
        attachment names them (the removal is no longer to be undone): how many
        files went."""
        with self.book.store.write() as session:
            found = records.get_many(session, list(attachment_ids))
            shas = [
                s.record.sha256
                for s in found.values()
                if isinstance(s.record, Attachment) and s.record.deleted
            ]
            return stored_bytes.drop_unreferenced(session, shas) if shas else 0

    def restore(self, attachment_id: uuid.UUID) -> tuple[Attachment, ChangeSet]:
        """Undo a removal, as a new change that syncs like any other: the record
        comes back while its deletion waits on this laptop; once the deletion has
        reached the office (where a deleted record stays deleted) the same file
        comes back as a new attachment naming the same bytes (never a second copy
        of them), and what was kept of it for the book follows it."""
        if is_reviewer(self.book.identity.role):
            raise EntryLocked(
                Message(
                    "Records",
                    QT_TRANSLATE_NOOP(
                        "Records",
                        "Supervisors add reviews; they do not change the household's records.",
                    ),
                )
            )
        with self.book.store.write() as session:
            stored = records.get(session, attachment_id)
            if stored is None or not isinstance(stored.record, Attachment):
                raise RecordNotFound(attachment_id)
            old = stored.record
            if not old.deleted:
                return old, NOTHING
            self._child(session, old.child_id)
            used = stored_bytes.child_bytes(session, old.child_id)
            if used + old.size > MAX_CHILD_BYTES:
                raise _over_limit(used)
            if stored.sync_state == SYNC_PENDING:
                alive = self.records.restore_in(session, attachment_id)
                assert isinstance(alive, Attachment)
                return alive, _changes(alive)
            again = self.records.create_in(
                session, old.model_copy(update={"id": uuid.uuid4(), "deleted": False})
            )
            changes = _changes(again)
            for linked in records.related(session, attachment_id):
                kept = linked.record
                if (
                    isinstance(kept, Keepsake)
                    and kept.target_id == attachment_id
                    and not kept.deleted
                ):
                    self.records.change_in(session, linked, {"target_id": again.id})
                    changes = changes | ChangeSet.of(
                        Keepsake.kind, ids=[kept.id], households=[kept.household_id]
                    )
        return again, changes

    def set_caption(self, attachment_id: uuid.UUID, caption: str) -> ChangeSet:
        """A new caption (a few words, at most ``MEDIUM_TEXT`` characters): a change
        of the attachment's record that syncs; ``ValidationFailed`` and nothing
        written when it is empty or too long."""
        caption = caption.strip()
        problems = caption_problems(caption)
        if problems:
            raise ValidationFailed(problems)
        with self.book.store.write() as session:
            changed = self.records.update_in(session, attachment_id, caption=caption)
        assert isinstance(changed, Attachment)
        return _changes(changed)


def caption_problems(caption: str) -> list[Problem]:
    """What is wrong with a caption written anew for a photo or document."""
    text = caption.strip()
    if not text:
        return [
            Problem(
                "caption",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Attachments",
                        "Write a caption of a few words (it is shown under the photo).",
                    ),
                ),
            )
        ]
    limit = Attachment.text_limits["caption"]
    if len(text) > limit:
        return [
            Problem(
                "caption",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Attachments",
                        "This caption is too long ({length} characters; at most {limit}).",
                    ),
                    {"length": len(text), "limit": limit},
                ),
            )
        ]
    return []
