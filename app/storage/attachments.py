"""The bytes of attachments in the local store: chunks named by the SHA-256 of
the whole file and their number, and a small picture per photo.

Bytes never leave the encrypted database: they are written here in the caller's
transaction and read back into memory. A file is stored once however many
attachment records name it, and goes when no live record names it any more.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from app.domain.attachments import CHUNK_BYTES, chunk_count

_PUT_CHUNK = text(
    "INSERT INTO attachment_chunk (sha256, n, data) VALUES (:sha, :n, :data) "
    "ON CONFLICT (sha256, n) DO NOTHING"
)
_PUT_THUMB = text(
    "INSERT INTO attachment_thumb (sha256, data) VALUES (:sha, :data) "
    "ON CONFLICT (sha256) DO NOTHING"
)
_CHUNK_NUMBERS = text("SELECT n FROM attachment_chunk WHERE sha256 = :sha")
_CHUNKS = text("SELECT n, data FROM attachment_chunk WHERE sha256 = :sha ORDER BY n")
_CHUNK = text("SELECT data FROM attachment_chunk WHERE sha256 = :sha AND n = :n")
_THUMB = text("SELECT data FROM attachment_thumb WHERE sha256 = :sha")
_LIVE = text(
    "SELECT count(*) FROM record WHERE kind = 'attachment' AND deleted = 0 "
    "AND json_extract(content, '$.sha256') = :sha"
)
_LIVE_ATTACHMENTS = text(
    "SELECT household_id, content FROM record WHERE kind = 'attachment' AND deleted = 0"
)
_WAITING = text("SELECT content FROM outbox WHERE record_kind = 'attachment' ORDER BY seq")
_CHUNK_COUNTS = text("SELECT sha256, count(*) FROM attachment_chunk GROUP BY sha256")
_STORED_SHAS = text("SELECT sha256 FROM attachment_chunk UNION SELECT sha256 FROM attachment_thumb")
_CHILD_BYTES = text(
    "SELECT coalesce(sum(json_extract(content, '$.size')), 0) FROM record "
    "WHERE kind = 'attachment' AND deleted = 0 AND json_extract(content, '$.child_id') = :child"
)


@dataclass(frozen=True)
class Blob:
    """The bytes an attachment record names, in the household it belongs to."""

    household_id: uuid.UUID
    sha256: str
    size: int

    @property
    def chunks(self) -> int:
        return chunk_count(self.size)


def split(data: bytes) -> list[bytes]:
    """``data`` in chunks of ``CHUNK_BYTES`` (one chunk at least)."""
    return [data[i : i + CHUNK_BYTES] for i in range(0, max(len(data), 1), CHUNK_BYTES)]


def put_content(session: Session, sha256: str, data: bytes) -> None:
    """Store a whole file's bytes (nothing happens for chunks stored already)."""
    for n, chunk in enumerate(split(data)):
        put_chunk(session, sha256, n, chunk)


def put_chunk(session: Session, sha256: str, n: int, data: bytes) -> None:
    session.execute(_PUT_CHUNK, {"sha": sha256, "n": n, "data": data})


def put_thumb(session: Session, sha256: str, data: bytes) -> None:
    session.execute(_PUT_THUMB, {"sha": sha256, "data": data})


def chunk_numbers(session: Session, sha256: str) -> set[int]:
    """The numbers of the chunks of a file that are here."""
    return {int(n) for (n,) in session.execute(_CHUNK_NUMBERS, {"sha": sha256})}


def chunk(session: Session, sha256: str, n: int) -> bytes | None:
    data = session.execute(_CHUNK, {"sha": sha256, "n": n}).scalar()
    return bytes(data) if data is not None else None


def content(session: Session, sha256: str, size: int) -> bytes | None:
    """A file's bytes, or None while some of its chunks are not here."""
    rows = session.execute(_CHUNKS, {"sha": sha256}).all()
    if [int(n) for n, _ in rows] != list(range(chunk_count(size))):
        return None
    data = b"".join(bytes(d) for _, d in rows)
    return data if len(data) == size else None


def thumb(session: Session, sha256: str) -> bytes | None:
    data = session.execute(_THUMB, {"sha": sha256}).scalar()
    return bytes(data) if data is not None else None


def complete_shas(session: Session) -> dict[str, int]:
    """How many chunks of each file are here, by the file's hash."""
    return {str(sha): int(n) for sha, n in session.execute(_CHUNK_COUNTS)}


def missing(session: Session) -> list[Blob]:
    """The files that live attachment records name and that are not (all) here."""
    have = complete_shas(session)
    wanted: dict[tuple[str, str], Blob] = {}
    for household, raw in session.execute(_LIVE_ATTACHMENTS):
        data = json.loads(raw)
        sha, size = str(data.get("sha256", "")), int(data.get("size") or 0)
        if size < 1 or have.get(sha, 0) >= chunk_count(size):
            continue
        wanted.setdefault((str(household), sha), Blob(uuid.UUID(household), sha, size))
    return list(wanted.values())


def waiting_uploads(session: Session) -> list[Blob]:
    """The files named by attachment records waiting in the outbox (not deleted):
    their bytes go to the server before the records do."""
    wanted: dict[tuple[str, str], Blob] = {}
    for (raw,) in session.execute(_WAITING):
        data = json.loads(raw)
        sha, size = str(data.get("sha256", "")), int(data.get("size") or 0)
        if data.get("deleted") or size < 1:
            continue
        household = str(data.get("household_id", ""))
        wanted.setdefault((household, sha), Blob(uuid.UUID(household), sha, size))
    return list(wanted.values())


def referenced(session: Session, sha256: str) -> bool:
    """Whether a live attachment record names this file."""
    return bool(session.execute(_LIVE, {"sha": sha256}).scalar())


def drop(session: Session, sha256: str) -> None:
    """Remove a file's bytes and its small picture."""
    session.execute(text("DELETE FROM attachment_chunk WHERE sha256 = :sha"), {"sha": sha256})
    session.execute(text("DELETE FROM attachment_thumb WHERE sha256 = :sha"), {"sha": sha256})


def unreferenced(session: Session) -> list[str]:
    """The files here that no live attachment record names."""
    return [str(s) for (s,) in session.execute(_STORED_SHAS) if not referenced(session, str(s))]


def drop_unreferenced(session: Session, shas: Iterable[str] | None = None) -> int:
    """Remove the bytes no live attachment record names (of ``shas``, or all):
    how many files went."""
    candidates = (
        set(shas) if shas is not None else {str(s) for (s,) in session.execute(_STORED_SHAS)}
    )
    gone = 0
    for sha in candidates:
        if not referenced(session, sha):
            drop(session, sha)
            gone += 1
    return gone


def child_bytes(session: Session, child_id: uuid.UUID) -> int:
    """The bytes of a child's live attachments together."""
    return int(session.execute(_CHILD_BYTES, {"child": str(child_id)}).scalar() or 0)
