"""Every error answer is an ``ErrorBody``; never an echo of the request."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from app.protocol.schemas import PROTOCOL_VERSION, ErrorBody
from app.server.core.errors import ApiError

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 404, 409, 413, 415, 422, 429)
}
_CODES = {400: "bad_request", 401: "unauthorized", 404: "not_found",
          405: "method_not_allowed", 413: "too_large", 422: "invalid_request"}  # fmt: skip


def check_protocol(protocol: int) -> None:
    if protocol != PROTOCOL_VERSION:
        raise ApiError(400, "unsupported_protocol",
                       f"This server speaks protocol {PROTOCOL_VERSION}.")  # fmt: skip


def where(errors: Sequence[Any]) -> str:
    """Where a body is invalid (field paths only: the values may be a child's record)."""
    places = list(dict.fromkeys(".".join(str(p) for p in e.get("loc", ())) for e in errors))
    shown = ", ".join(places[:5]) or "body"
    return shown + (f" and {len(places) - 5} more" if len(places) > 5 else "")


def _answer(status: int, code: str, detail: str, headers: Mapping[str, str] | None) -> JSONResponse:
    body = ErrorBody(code=code, detail=detail)
    return JSONResponse(body.model_dump(), status_code=status, headers=dict(headers or {}))


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code = exc.code if isinstance(exc, ApiError) else _CODES.get(exc.status_code, "error")
    return _answer(exc.status_code, code, str(exc.detail), exc.headers)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return _answer(422, "invalid_request", f"The request is not valid: {where(exc.errors())}.",
                   None)  # fmt: skip


def install(app: FastAPI) -> None:
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
