"""The bytes of attached files, chunk by chunk (docs/architecture.md,
"Attachments"); the work is in app.server.services.blobs."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from app.domain.attachments import CHUNK_BYTES, MAX_FILE_BYTES, chunk_count
from app.protocol.schemas import BlobStatus
from app.server.api.body import raw_body
from app.server.api.deps import CurrentDevice, SessionDep, accepted_app
from app.server.api.routes.sync import SYNC_RESPONSES
from app.server.core.clock import now_utc
from app.server.core.config import Settings
from app.server.services import blobs as blob_service

router = APIRouter(tags=["blobs"], dependencies=[Depends(accepted_app)])

SHA256 = Annotated[str, Path(min_length=64, max_length=64, pattern="^[0-9a-f]{64}$")]
CHUNK_NUMBER = Annotated[int, Path(ge=0, lt=chunk_count(MAX_FILE_BYTES))]
CHUNK_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string",
                                                             "format": "binary"}}},
    }
}  # fmt: skip


async def chunk_body(request: Request) -> bytes:
    """The chunk's bytes as sent (at most one chunk)."""
    return await raw_body(request, CHUNK_BYTES)


@router.get("/blobs/{sha256}", response_model=BlobStatus, responses=SYNC_RESPONSES)
def blob_status(
    device: CurrentDevice, session: SessionDep, sha256: SHA256, household: uuid.UUID
) -> BlobStatus:
    """Which chunks of the file the server holds in the household."""
    return blob_service.status(session, device, household, sha256, now=now_utc())


@router.put(
    "/blobs/{sha256}/{n:int}",
    response_model=BlobStatus,
    responses=SYNC_RESPONSES,
    openapi_extra=CHUNK_BODY,
)
def put_chunk(
    request: Request,
    device: CurrentDevice,
    session: SessionDep,
    sha256: SHA256,
    n: CHUNK_NUMBER,
    household: uuid.UUID,
    size: Annotated[int, Query(ge=1, le=MAX_FILE_BYTES)],
    data: Annotated[bytes, Depends(chunk_body)],
) -> BlobStatus:
    """Chunk ``n`` of a file of ``size`` bytes; the same chunk twice is kept once."""
    settings: Settings = request.app.state.settings
    return blob_service.put_chunk(session, device, household, sha256, n, size, data,
                                  limit=settings.household_blob_bytes, now=now_utc())  # fmt: skip


@router.post("/blobs/{sha256}/complete", response_model=BlobStatus, responses=SYNC_RESPONSES)
def complete(
    device: CurrentDevice, session: SessionDep, sha256: SHA256, household: uuid.UUID
) -> BlobStatus:
    """Every chunk is there: the server hashes them and keeps the file, or forgets
    the chunks when they do not make the file they name (422 hash_mismatch)."""
    return blob_service.complete(session, device, household, sha256, now=now_utc())


@router.get(
    "/blobs/{sha256}/{n:int}/bytes",
    response_class=Response,
    responses={**SYNC_RESPONSES, 200: {"content": {"application/octet-stream": {}}}},
)
def get_chunk(
    device: CurrentDevice, session: SessionDep, sha256: SHA256, n: CHUNK_NUMBER,
    household: uuid.UUID,
) -> Response:  # fmt: skip
    """Chunk ``n`` of a file the household holds whole."""
    data = blob_service.get_chunk(session, device, household, sha256, n, now=now_utc())
    return Response(data, media_type="application/octet-stream")
