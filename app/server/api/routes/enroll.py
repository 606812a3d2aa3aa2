"""Enrollment of a new device with a one-time code."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.protocol.schemas import EnrollRequest, EnrollResponse
from app.server.api.deps import SessionDep, client_ip, limits
from app.server.api.errors import ERROR_RESPONSES, check_protocol
from app.server.core.clock import now_utc
from app.server.core.errors import ApiError, rate_limited
from app.server.core.security import hash_code
from app.server.services import enroll as service

router = APIRouter(tags=["enroll"])


@router.post("/enroll", responses=ERROR_RESPONSES)
def enroll(body: EnrollRequest, request: Request, session: SessionDep) -> EnrollResponse:
    found = limits(request)
    ip, key = client_ip(request), hash_code(body.code)
    for window, name in ((found.enroll, ip), (found.code_failures, key)):
        if window.exceeded(name):
            raise rate_limited(window.retry_after(name))
    check_protocol(body.protocol)
    try:
        return service.enroll(session, body, now=now_utc())
    except ApiError as exc:
        if exc.code == "invalid_code":
            found.enroll.add(ip)
            found.code_failures.add(key)
        raise
