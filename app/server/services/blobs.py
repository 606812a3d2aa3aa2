"""The bytes of attached files (docs/architecture.md, "Attachments").

A laptop puts a file's chunks one by one (each stored once, however often it is
sent), then asks the server to check them: the server hashes the chunks in
order and marks the file complete when the hash is the one it is named by, or
forgets them when it is not. Only then does a pushed attachment record naming
the file get in (``rules.content``). Files are kept per household, and a
household holds at most ``Settings.household_blob_bytes`` together.

Scope is that of records: a household outside the device's is "not found"
(and kept in the audit log), whether or not it or the file exists; a
supervisor reads the files of the households they supervise and puts none.
The audit log gets the file's hash and size, never its bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import uuid
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, delete, select

from app.domain.attachments import CHUNK_BYTES, MAX_FILE_BYTES, chunk_count, is_sha256
from app.protocol.schemas import BlobStatus
from app.server import audit
from app.server.core.db import retrying
from app.server.core.errors import ApiError, invalid, not_found
from app.server.services.scope import CAREGIVER, DeviceContext
from app.server.tables import BlobChunkRow, BlobRow, RecordRow


def household_full() -> ApiError:
    return ApiError(
        413,
        "household_full",
        "The household's attached files together would be larger than the office allows.",
    )


def _scope(
    session: Session,
    device: DeviceContext,
    household: uuid.UUID,
    sha256: str,
    now: datetime,
    *,
    put: bool = False,
) -> str:
    role = device.memberships.get(household)
    if role is None:
        audit.record(session, audit.BLOB_REFUSED, person_id=device.person_id,
                     device_id=device.device_id, household_id=household, at=now)  # fmt: skip
        session.commit()
        raise not_found()
    if put and role != CAREGIVER:
        raise ApiError(403, "forbidden", "Supervisors do not add files to a household.")
    if not is_sha256(sha256):
        raise invalid("A file is named by the 64 hexadecimal digits of its SHA-256.")
    return str(household)


def _blob(session: Session, household_id: str, sha256: str) -> BlobRow | None:
    return session.get(BlobRow, (household_id, sha256))


def _numbers(session: Session, household_id: str, sha256: str) -> list[int]:
    query = (
        select(BlobChunkRow.n)
        .where(BlobChunkRow.household_id == household_id, BlobChunkRow.sha256 == sha256)
        .order_by(col(BlobChunkRow.n))
    )
    return list(session.exec(query).all())


def _status(session: Session, household_id: str, sha256: str) -> BlobStatus:
    blob = _blob(session, household_id, sha256)
    if blob is None:
        return BlobStatus(sha256=sha256)
    chunks = (
        list(range(chunk_count(blob.size)))
        if blob.complete
        else _numbers(session, household_id, sha256)
    )
    return BlobStatus(sha256=sha256, size=blob.size, complete=blob.complete, chunks=chunks)


def status(
    session: Session, device: DeviceContext, household: uuid.UUID, sha256: str, *, now: datetime
) -> BlobStatus:
    """What the server holds of a file in a household."""
    household_id = _scope(session, device, household, sha256, now)
    found = _status(session, household_id, sha256)
    session.rollback()
    return found


def used_bytes(session: Session, household_id: str) -> int:
    query = select(func.coalesce(func.sum(BlobRow.size), 0)).where(
        BlobRow.household_id == household_id
    )
    return int(session.exec(query).one())


def put_chunk(
    session: Session,
    device: DeviceContext,
    household: uuid.UUID,
    sha256: str,
    n: int,
    size: int,
    data: bytes,
    *,
    limit: int,
    now: datetime,
) -> BlobStatus:
    """Keep chunk ``n`` of a file of ``size`` bytes (a chunk sent again changes nothing)."""
    household_id = _scope(session, device, household, sha256, now, put=True)
    if not 1 <= size <= MAX_FILE_BYTES:
        raise ApiError(413, "too_large", f"A file holds at most {MAX_FILE_BYTES} bytes.")
    if not 0 <= n < chunk_count(size):
        raise invalid("No chunk of this number in a file of this size.")
    if len(data) != min(CHUNK_BYTES, size - n * CHUNK_BYTES):
        raise invalid("The chunk's length does not match the file's size and its number.")
    # Two laptops may put the same chunk at once: the one that loses the race on
    # the keys finds the other's row on its retry.
    return retrying(session, lambda: _keep_chunk(session, household_id, sha256, n, size, data,
                                                 limit=limit, now=now))  # fmt: skip


def _keep_chunk(
    session: Session,
    household_id: str,
    sha256: str,
    n: int,
    size: int,
    data: bytes,
    *,
    limit: int,
    now: datetime,
) -> BlobStatus:
    blob = _blob(session, household_id, sha256)
    if blob is not None and blob.size != size:
        raise ApiError(409, "size_mismatch", "This file is known with another size.")
    if blob is None:
        if used_bytes(session, household_id) + size > limit:
            raise household_full()
        blob = BlobRow(household_id=household_id, sha256=sha256, size=size, created_at=now)
        session.add(blob)
        session.flush()
    if not blob.complete and n not in _numbers(session, household_id, sha256):
        session.add(BlobChunkRow(household_id=household_id, sha256=sha256, n=n, data=data))
    found = _status(session, household_id, sha256)
    session.commit()
    return found


def complete(
    session: Session, device: DeviceContext, household: uuid.UUID, sha256: str, *, now: datetime
) -> BlobStatus:
    """Hash the chunks of a file: complete when the hash matches its name; a
    mismatch forgets them (409 ``incomplete`` while chunks are missing)."""
    household_id = _scope(session, device, household, sha256, now, put=True)
    blob = _blob(session, household_id, sha256)
    if blob is None:
        raise not_found()
    if not blob.complete:
        count = chunk_count(blob.size)
        if _numbers(session, household_id, sha256) != list(range(count)):
            raise ApiError(409, "incomplete", "Some chunks of this file have not arrived.")
        digest = hashlib.sha256()
        for n in range(count):
            chunk = session.get(BlobChunkRow, (household_id, sha256, n))
            assert chunk is not None
            digest.update(chunk.data)
            session.expunge(chunk)  # one chunk in memory at a time
        if digest.hexdigest() != sha256:
            _forget(session, household_id, sha256)
            audit.record(session, audit.BLOB_REFUSED, person_id=device.person_id,
                         device_id=device.device_id, household_id=household_id, at=now,
                         detail=f"hash mismatch sha256={sha256}")  # fmt: skip
            session.commit()
            raise ApiError(422, "hash_mismatch", "The chunks do not make the file they name.")
        blob.complete = True
        session.add(blob)
        audit.record(session, audit.BLOB_PUT, person_id=device.person_id,
                     device_id=device.device_id, household_id=household_id, at=now,
                     detail=f"sha256={sha256} size={blob.size}")  # fmt: skip
    found = _status(session, household_id, sha256)
    session.commit()
    return found


def get_chunk(
    session: Session,
    device: DeviceContext,
    household: uuid.UUID,
    sha256: str,
    n: int,
    *,
    now: datetime,
) -> bytes:
    """Chunk ``n`` of a complete file."""
    household_id = _scope(session, device, household, sha256, now)
    blob = _blob(session, household_id, sha256)
    chunk = session.get(BlobChunkRow, (household_id, sha256, n)) if blob is not None else None
    if blob is None or not blob.complete or chunk is None:
        session.rollback()
        raise not_found()
    data = bytes(chunk.data)
    if n == 0:
        audit.record(session, audit.BLOB_GET, person_id=device.person_id,
                     device_id=device.device_id, household_id=household_id, at=now,
                     detail=f"sha256={sha256} size={blob.size}")  # fmt: skip
        session.commit()
    else:
        session.rollback()
    return data


def complete_size(session: Session, household_id: str, sha256: str) -> int | None:
    """The size of a file complete in a household, or None."""
    blob = _blob(session, household_id, sha256) if is_sha256(sha256) else None
    return blob.size if blob is not None and blob.complete else None


def _forget(session: Session, household_id: str, sha256: str) -> None:
    session.exec(
        delete(BlobChunkRow).where(
            col(BlobChunkRow.household_id) == household_id, col(BlobChunkRow.sha256) == sha256
        )
    )
    session.exec(
        delete(BlobRow).where(
            col(BlobRow.household_id) == household_id, col(BlobRow.sha256) == sha256
        )
    )


def drop_unreferenced(session: Session, household_id: str) -> int:
    """Forget the files of a household that no attachment record of it names any
    more (its records were purged): how many went."""
    named = set()
    for content in session.exec(
        select(RecordRow.content).where(
            RecordRow.household_id == household_id, RecordRow.kind == "attachment"
        )
    ):
        with contextlib.suppress(ValueError, AttributeError):
            named.add(str(json.loads(content).get("sha256", "")))
    held = session.exec(select(BlobRow.sha256).where(BlobRow.household_id == household_id))
    gone = [sha for sha in held.all() if sha not in named]
    for sha in gone:
        _forget(session, household_id, sha)
    return len(gone)
