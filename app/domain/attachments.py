"""Photos, scans and documents attached to a child, or to one of the child's daily
logs, milestone observations or contact notes.

An attachment record is metadata only (name, type, size, the SHA-256 of its
bytes, the picture's size and date, a caption) and syncs like every record. Its
bytes live in chunks of ``CHUNK_BYTES`` inside the encrypted store on a laptop
and are named by their hash; they travel beside the record (the laptop uploads
them before it pushes the record, and fetches them after it pulled it).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from datetime import datetime
from typing import ClassVar

from pydantic import Field

from app.domain.messages import QT_TRANSLATE_NOOP, Problem
from app.domain.records import MEDIUM_TEXT, RECORD_TYPES, SHORT_TEXT, Record, utc_now
from app.domain.validation import not_future, problem

# What an attachment may belong to besides the child itself ("").
ATTACHABLE_KINDS = frozenset({"daily_log", "milestone_observation", "contact_note"})
MAX_FILE_BYTES = 15 * 1024 * 1024  # per file, as imported
MAX_CHILD_BYTES = 1024 * 1024 * 1024  # all of one child's attachments together
CHUNK_BYTES = 1024 * 1024  # bytes are stored and synced in chunks of this size
MEDIA_TYPES = frozenset({"image/jpeg", "image/png", "application/pdf"})
IMAGE_TYPES = frozenset({"image/jpeg", "image/png"})

_SHA256 = re.compile(r"[0-9a-f]{64}")


def chunk_count(size: int) -> int:
    """How many chunks hold ``size`` bytes."""
    return max(1, -(-size // CHUNK_BYTES))


def is_sha256(value: str) -> bool:
    return _SHA256.fullmatch(value) is not None


class Attachment(Record):
    """One file attached to a child (``target_kind`` "") or to one of the child's
    daily logs, milestone observations or contact notes."""

    kind: ClassVar[str] = "attachment"
    text_limits: ClassVar[dict[str, int]] = {"file_name": SHORT_TEXT, "caption": MEDIUM_TEXT}

    child_id: uuid.UUID
    target_kind: str = ""
    target_id: uuid.UUID | None = None
    file_name: str
    media_type: str
    size: int  # bytes as stored (after the photo's metadata was removed)
    sha256: str  # hex of the stored bytes: the content's name
    width: int | None = None
    height: int | None = None
    taken_on: dt.date | None = None
    caption: str = ""
    author_id: uuid.UUID
    created_at: datetime = Field(default_factory=utc_now)

    def problems(self, today: dt.date) -> list[Problem]:
        problems = super().problems(today)
        if self.media_type not in MEDIA_TYPES:
            problems.append(
                problem(
                    "media_type",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Only photos (JPEG, PNG) and PDF documents can be attached."
                    ),
                )
            )
        if not 1 <= self.size <= MAX_FILE_BYTES:
            problems.append(
                problem(
                    "size",
                    QT_TRANSLATE_NOOP("Validation", "An attached file holds at most {limit} MB."),
                    limit=MAX_FILE_BYTES // (1024 * 1024),
                )
            )
        if not is_sha256(self.sha256):
            problems.append(
                problem(
                    "sha256",
                    QT_TRANSLATE_NOOP(
                        "Validation", "The attached file's fingerprint is not valid."
                    ),
                )
            )
        if not self.file_name.strip() or "/" in self.file_name or "\\" in self.file_name:
            problems.append(
                problem(
                    "file_name",
                    QT_TRANSLATE_NOOP("Validation", "An attached file needs a name (no folder)."),
                )
            )
        if (self.target_kind == "") != (self.target_id is None) or (
            self.target_kind and self.target_kind not in ATTACHABLE_KINDS
        ):
            problems.append(
                problem(
                    "target_kind",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "A file is attached to a child, a daily log, a milestone or a contact.",
                    ),
                )
            )
        for name, value in (("width", self.width), ("height", self.height)):
            if value is not None and value < 1:
                problems.append(
                    problem(
                        name,
                        QT_TRANSLATE_NOOP("Validation", "The picture's size is not valid."),
                    )
                )
        problems += not_future(
            "taken_on",
            self.taken_on,
            today + dt.timedelta(days=1),  # a camera's clock a little ahead of the laptop's
            QT_TRANSLATE_NOOP("Validation", "A photo cannot be taken in the future ({date})."),
        )
        return problems

    def child_ids(self) -> list[uuid.UUID]:
        return [self.child_id]

    def day(self) -> dt.date | None:
        return self.taken_on or self.created_at.date()

    def search_text(self) -> str:
        return "\n".join(x for x in (self.caption, self.file_name) if x)


ATTACHMENT_TYPES: tuple[type[Record], ...] = (Attachment,)
RECORD_TYPES.update({cls.kind: cls for cls in ATTACHMENT_TYPES})
