"""Reports for the audit log: the records a device's person opened."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import ValidationError

from app.protocol.schemas import (
    MAX_BODY_BYTES,
    MAX_VIEWS_PER_REPORT,
    ViewReport,
    ViewReportResponse,
)
from app.server.api.body import json_body, openapi_body
from app.server.api.deps import CurrentDevice, SessionDep
from app.server.api.errors import ERROR_RESPONSES, check_protocol, where
from app.server.core.clock import now_utc
from app.server.core.errors import invalid, too_large
from app.server.services import views as views_service

router = APIRouter(tags=["audit"])


async def view_report(request: Request) -> ViewReport:
    """The body read by hand, like a push: gzip and size limits before pydantic."""
    data: Any = await json_body(request, MAX_BODY_BYTES)
    views = data.get("views") if isinstance(data, dict) else None
    if isinstance(views, list) and len(views) > MAX_VIEWS_PER_REPORT:
        raise too_large(f"At most {MAX_VIEWS_PER_REPORT} views per report.")
    try:
        body = ViewReport.model_validate(data)
    except ValidationError as exc:
        raise invalid(f"The request is not valid: {where(exc.errors())}.") from None
    check_protocol(body.protocol)
    return body


VIEWS_BODY_SCHEMA = openapi_body(ViewReport)


@router.post("/audit/views", responses=ERROR_RESPONSES, openapi_extra=VIEWS_BODY_SCHEMA)
def report_views(
    device: CurrentDevice,
    body: Annotated[ViewReport, Depends(view_report)],
    session: SessionDep,
) -> ViewReportResponse:
    return views_service.report(session, device, body, now=now_utc())
