"""Bearer-token authentication of devices."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, select

from app.server.core import errors
from app.server.core.clock import as_utc
from app.server.core.security import hash_token, same_hash
from app.server.services.scope import DeviceContext, context
from app.server.tables import DeviceRow, PersonRow

# last_seen_at is for the administrator's device list; writing it on every
# request would add a write to every pull for no one's benefit.
LAST_SEEN_STEP = timedelta(minutes=1)
MAX_TOKEN_LENGTH = 200


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    return token


def authenticate(
    session: Session,
    token: str | None,
    *,
    now: datetime,
    app_version: str | None = None,
) -> DeviceContext:
    """The device of ``token``; raises 401 "unauthorized" or "revoked".

    ``app_version``: the laptop's app, kept for the office's device list when
    given. (The changes still waiting on it are kept by the push that says so,
    in its own transaction.)

    Commits before returning: the transaction (on SQLite a write lock) must not
    stay open while the route reads a large request body."""
    if token is None:
        raise errors.unauthorized()
    token_hash = hash_token(token)
    device = session.exec(select(DeviceRow).where(DeviceRow.token_hash == token_hash)).first()
    if device is None or not same_hash(device.token_hash, token_hash):
        raise errors.unauthorized()
    if device.revoked_at is not None:
        raise errors.revoked()
    person = session.get(PersonRow, device.person_id)
    if person is None:
        raise errors.unauthorized()
    if device.last_seen_at is None or now - as_utc(device.last_seen_at) >= LAST_SEEN_STEP:
        device.last_seen_at = now
        session.add(device)
    if app_version is not None and device.app_version != app_version:
        device.app_version = app_version
        session.add(device)
    found = context(session, device.id, person)
    session.commit()
    return found
