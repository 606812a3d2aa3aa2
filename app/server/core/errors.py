"""Errors the API answers with an ``ErrorBody`` (``{"code": …, "detail": …}``).

Details are fixed texts: they never echo request content, which may hold a
child's record.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException

from app.protocol.versions import MINIMUM_HEADER


class ApiError(HTTPException):
    """An answer other than 2xx, with a machine-readable code.

    A subclass of Starlette's HTTPException so that FastAPI passes it through
    body parsing untouched (the body-size guard raises it from ``receive``)."""

    def __init__(
        self, status_code: int, code: str, detail: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(status_code=status_code, detail=detail, headers=headers)
        self.code = code


def unauthorized() -> ApiError:
    return ApiError(401, "unauthorized", "Unknown or missing device token.",
                    {"WWW-Authenticate": "Bearer"})  # fmt: skip


def revoked() -> ApiError:
    return ApiError(401, "revoked", "This device was revoked by the central office.",
                    {"WWW-Authenticate": "Bearer"})  # fmt: skip


def rate_limited(retry_after: int = 60) -> ApiError:
    return ApiError(429, "rate_limited", "Too many attempts; try again later.",
                    {"Retry-After": str(retry_after)})  # fmt: skip


def app_too_old(minimum: str) -> ApiError:
    """426: the app that sent the request is older than the office accepts."""
    return ApiError(426, "app_too_old", f"This office needs Thuisboek {minimum} or newer.",
                    {MINIMUM_HEADER: minimum})  # fmt: skip


def not_found() -> ApiError:
    return ApiError(404, "not_found", "Not found.")


def too_large(detail: str = "The request is too large.") -> ApiError:
    return ApiError(413, "too_large", detail)


def invalid(detail: str = "The request is not valid.") -> ApiError:
    return ApiError(422, "invalid_request", detail)
