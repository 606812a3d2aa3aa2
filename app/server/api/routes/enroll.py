"""Enrollment of a new device with a one-time code."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.protocol.schemas import EnrollRequest, EnrollResponse
from app.server.api.deps import SessionDep, client_ip, limits
from app.server.api.errors import ERROR_RESPONSES, check_protocol
from app.server.core.clock import now_utc
from app.server.core.errors import rate_limited
from app.server.services import enroll as service

router = APIRouter(tags=["enroll"])


@router.post("/enroll", responses=ERROR_RESPONSES)
def enroll(body: EnrollRequest, request: Request, session: SessionDep) -> EnrollResponse:
    if not limits(request).enroll.attempt(client_ip(request)):
        raise rate_limited()
    check_protocol(body.protocol)
    return service.enroll(session, body, now=now_utc())
