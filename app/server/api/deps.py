"""Dependencies of the routes: a database session and the authenticated device."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine
from sqlmodel import Session

from app.protocol import versions
from app.server.core import errors
from app.server.core.clock import now_utc
from app.server.core.config import Settings
from app.server.core.db import session_scope
from app.server.core.security import SlidingWindow, hash_token
from app.server.services import auth
from app.server.services.scope import DeviceContext

WINDOW_SECONDS = 60.0
TOKEN_FAILURES = 5  # failures of one presented token per window
CODE_FAILURES = 5  # failures of one presented enrolment code per window


@dataclass(frozen=True)
class Limits:
    """The rate limits of one app instance. Failures are counted per presented
    token or code (by its hash) and per address, separately.

    A token is 32 random bytes: guessing one is hopeless, so an address over its
    limit only gets "too many attempts" for tokens that fail; a valid token is
    never refused because of other tokens' failures at its address (a shared
    office network, a relief carer's old laptop beside a new one). An enrolment
    code is short enough to type: an address over its limit waits, valid code
    or not."""

    enroll: SlidingWindow  # failed codes per address
    code_failures: SlidingWindow  # failures per code
    auth_failures: SlidingWindow  # failed tokens per address
    token_failures: SlidingWindow  # failures per token

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        def window(limit: int) -> SlidingWindow:
            return SlidingWindow(limit, WINDOW_SECONDS, settings.monotonic)

        return cls(
            enroll=window(settings.enroll_attempts_per_minute),
            code_failures=window(CODE_FAILURES),
            auth_failures=window(settings.auth_failures_per_minute),
            token_failures=window(TOKEN_FAILURES),
        )


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
    found = limits(request)
    ip = client_ip(request)
    token = auth.bearer_token(request.headers.get("authorization"))
    key = hash_token(token) if token is not None else ""
    if key and found.token_failures.exceeded(key):
        raise errors.rate_limited(found.token_failures.retry_after(key))
    try:
        return auth.authenticate(
            session, token, now=now_utc(),
            app_version=versions.app_of_agent(request.headers.get("user-agent", "")),
        )  # fmt: skip
    except errors.ApiError as exc:
        if exc.code != "unauthorized":
            raise  # a revoked device's token is no guess
        if found.auth_failures.exceeded(ip):
            raise errors.rate_limited(found.auth_failures.retry_after(ip)) from None
        found.auth_failures.add(ip)
        if key:
            found.token_failures.add(key)
        raise


CurrentDevice = Annotated[DeviceContext, Depends(current_device)]


def accepted_app(request: Request) -> None:
    """Refuse (426 app_too_old) a Thuisboek app older than the office's minimum, as
    its ``User-Agent: Thuisboek/<version>`` says; other clients are not judged."""
    settings: Settings = request.app.state.settings
    version = versions.app_of_agent(request.headers.get("user-agent", ""))
    if settings.app_minimum is not None and versions.is_older(version, settings.app_minimum):
        raise errors.app_too_old(settings.app_minimum)
