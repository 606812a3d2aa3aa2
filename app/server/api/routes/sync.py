"""Push and pull (docs/architecture.md, "Sync guarantees"); the work is in app.server.services."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import ValidationError

from app.protocol import versions
from app.protocol.schemas import (
    MAX_BODY_BYTES,
    MAX_OPS_PER_PUSH,
    MAX_PULL_LIMIT,
    MAX_SEQ,
    MAX_VERSION,
    ErrorBody,
    PullResponse,
    PushRequest,
    PushResponse,
)
from app.server.api.body import MAX_DEPTH, depth, not_json, openapi_body, raw_body
from app.server.api.deps import CurrentDevice, SessionDep, accepted_app
from app.server.api.errors import ERROR_RESPONSES, check_protocol, where
from app.server.core import collector
from app.server.core.clock import now_utc
from app.server.core.errors import invalid, too_large
from app.server.services import pull as pull_service
from app.server.services import push as push_service

router = APIRouter(tags=["sync"])


async def push_request(request: Request) -> PushRequest:
    """The push body, read by hand (gzip and size limits come first) and validated
    straight from its bytes, in one pass."""
    raw = await raw_body(request, MAX_BODY_BYTES)
    try:
        with collector.batch():
            body = PushRequest.model_validate_json(raw)
    except ValidationError as exc:
        errors = exc.errors()
        if any(e["type"] == "json_invalid" for e in errors):
            raise not_json() from None
        if any(e["type"] == "too_long" and tuple(e["loc"]) == ("ops",) for e in errors):
            raise too_large(f"At most {MAX_OPS_PER_PUSH} operations per push.") from None
        raise invalid(f"The request is not valid: {where(errors)}.") from None
    # The deepest record: the list of them is one level more (one walk for the batch).
    if body.ops and depth([op.content for op in body.ops]) - 1 > MAX_DEPTH:
        raise invalid(f"A record nests deeper than {MAX_DEPTH} levels.")
    check_protocol(body.protocol)
    return body


PUSH_BODY_SCHEMA = openapi_body(PushRequest)


# An app older than the office accepts is told so (426) before anything is read.
SYNC_RESPONSES = {**ERROR_RESPONSES, 426: {"model": ErrorBody}}


@router.post(
    "/push",
    response_model=PushResponse,
    responses=SYNC_RESPONSES,
    openapi_extra=PUSH_BODY_SCHEMA,
    dependencies=[Depends(accepted_app)],
)
def push(
    request: Request,
    device: CurrentDevice,
    body: Annotated[PushRequest, Depends(push_request)],
    session: SessionDep,
) -> Response:
    """The answer is the ``PushResponse`` written once, from each op's answer as kept.
    ``X-Thuisboek-Changes-Waiting``: what still waits on the laptop behind this
    push, kept for the office's device list with the push's changes."""
    waiting = versions.waiting_of(request.headers.get(versions.WAITING_HEADER))
    answer = push_service.push(session, device, body, now=now_utc(), waiting=waiting)
    return Response(answer.body, media_type="application/json")


@router.get(
    "/pull",
    response_model=PullResponse,
    responses=SYNC_RESPONSES,
    dependencies=[Depends(accepted_app)],
)
def pull(
    device: CurrentDevice,
    session: SessionDep,
    household: uuid.UUID,
    after: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = MAX_PULL_LIMIT,
    after_record: uuid.UUID | None = None,
    after_version: Annotated[int | None, Query(ge=1, le=MAX_VERSION)] = None,
) -> Response:
    """``after_record`` and ``after_version``: the change ``after`` as the device
    got it; when the server numbers another change ``after`` (restored from an
    older backup), the answer is 409 cursor_ahead.

    The answer is a ``PullResponse`` written straight from the stored JSON of
    each record (not decoded and encoded again on its way out)."""
    at = (after_record, after_version) if after_record and after_version else None
    with collector.batch():
        page = pull_service.pull(session, device, household, after=after, limit=limit,
                                 now=now_utc(), at=at)  # fmt: skip
    return Response(page.body, media_type="application/json")
