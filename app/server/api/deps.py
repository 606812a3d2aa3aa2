"""Dependencies of the routes: a database session and the authenticated device."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine
from sqlmodel import Session

from app.server.core import errors
from app.server.core.clock import now_utc
from app.server.core.config import Settings
from app.server.core.db import session_scope
from app.server.core.security import SlidingWindow
from app.server.services import auth
from app.server.services.scope import DeviceContext

WINDOW_SECONDS = 60.0


@dataclass(frozen=True)
class Limits:
    """The per-IP rate limits of one app instance."""

    enroll: SlidingWindow
    auth_failures: SlidingWindow

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        return cls(
            enroll=SlidingWindow(settings.enroll_attempts_per_minute, WINDOW_SECONDS,
                                 settings.monotonic),
            auth_failures=SlidingWindow(settings.auth_failures_per_minute, WINDOW_SECONDS,
                                        settings.monotonic),
        )  # fmt: skip


def get_db(request: Request) -> Iterator[Session]:
    engine: Engine = request.app.state.engine
    yield from session_scope(engine)


SessionDep = Annotated[Session, Depends(get_db)]


def limits(request: Request) -> Limits:
    found: Limits = request.app.state.limits
    return found


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def current_device(request: Request, session: SessionDep) -> DeviceContext:
    window = limits(request).auth_failures
    ip = client_ip(request)
    if window.exceeded(ip):
        raise errors.rate_limited()
    token = auth.bearer_token(request.headers.get("authorization"))
    try:
        return auth.authenticate(session, token, now=now_utc())
    except errors.ApiError:
        window.add(ip)
        raise


CurrentDevice = Annotated[DeviceContext, Depends(current_device)]
