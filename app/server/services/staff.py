"""Staff accounts of the office console: who may sign in, with a password and a second factor.

Apart from the devices' tokens and from the people of the records: a staff member
manages households, people, codes and devices from a browser, and never sees a
record's content. Passwords are hashed with Argon2id; the second factor is a
TOTP (RFC 6238) whose time step, once used, is refused again; recovery codes are
shown once and kept as SHA-256 hashes (they are random, 60 bits each). After
``MAX_FAILURES`` failed sign-ins in a row the account is locked for
``LOCK_MINUTES``. Every sign-in, failed or not, is written to the audit log.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from contextlib import AbstractContextManager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from app.server import audit
from app.server.core.clock import as_utc
from app.server.core.security import CODE_ALPHABET, normalize_code
from app.server.services.admin import AdminError, acting_as, who
from app.server.tables import StaffRow, StaffSessionRow

MIN_PASSWORD = 12
MAX_PASSWORD = 1024
MAX_NAME = 100
MAX_FAILURES = 5
LOCK_MINUTES = 15
IDLE_MINUTES = 30
MAX_SESSION_HOURS = 12
RECOVERY_CODES = 8
RECOVERY_LENGTH = 12
ISSUER = "Thuisboek"

_hasher = PasswordHasher()  # Argon2id, argon2-cffi's recommended parameters
# Verified against when the name is unknown, so that a wrong name takes as long as
# a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class StaffRole(StrEnum):
    ADMIN = "admin"  # everything, staff accounts included
    OFFICE = "office"  # households, people, codes, devices, the audit log


class Stage(StrEnum):
    SECOND_FACTOR = "password"  # the password was right; the code from the app is due
    SETUP = "setup"  # the password was right; the authenticator app is to be set up
    FULL = "full"  # signed in


class Refused(StrEnum):
    """Why a sign-in step was refused (the console words it in the reader's language)."""

    WRONG = "wrong"  # the name, password or code is not right
    LOCKED = "locked"  # too many failures: try again later
    REPLAYED = "replayed"  # this code was used already: wait for the next one


class SignInRefused(Exception):
    def __init__(self, why: Refused) -> None:
        super().__init__(why.value)
        self.why = why


@dataclass(frozen=True)
class StaffInfo:
    id: str
    name: str
    role: StaffRole
    second_factor_set: bool
    locked_until: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class SignedIn:
    """A browser session as the console sees it."""

    staff: StaffInfo
    stage: Stage
    csrf: str
    totp_secret: str  # for the setup page only; never shown after


def _info(row: StaffRow) -> StaffInfo:
    return StaffInfo(
        id=row.id,
        name=row.name,
        role=StaffRole(row.role),
        second_factor_set=row.totp_confirmed,
        locked_until=as_utc(row.locked_until) if row.locked_until else None,
        created_at=as_utc(row.created_at),
    )


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def check_password(password: str) -> None:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise AdminError(f"a password has at least {MIN_PASSWORD} characters")


def add_staff(session: Session, name: str, role: str, password: str, *, now: datetime) -> StaffInfo:
    """A new staff account; its second factor is set up at its first sign-in."""
    name = " ".join(name.split())
    if not 0 < len(name) <= MAX_NAME:
        raise AdminError(f"a staff name has 1 to {MAX_NAME} characters")
    try:
        staff_role = StaffRole(role)
    except ValueError:
        raise AdminError(f"unknown staff role: {role}") from None
    check_password(password)
    if session.exec(select(StaffRow).where(col(StaffRow.name) == name)).first() is not None:
        raise AdminError(f"a staff account named {name} exists already")
    row = StaffRow(
        id=uuid.uuid4().hex,
        name=name,
        role=staff_role.value,
        password_hash=_hasher.hash(password),
        totp_secret=pyotp.random_base32(),
        created_at=now,
    )
    session.add(row)
    audit.record(session, audit.ADD_STAFF, detail=f"staff={row.id} role={row.role} {who()}",
                 at=now)  # fmt: skip
    session.commit()
    return _info(row)


def reset(
    session: Session, name: str, *, now: datetime, password: str | None = None,
    by: str | None = None,
) -> StaffInfo:  # fmt: skip
    """A lost phone: the account's authenticator is set up again at its next sign-in
    (its recovery codes are void, its lock lifted, its sessions ended), with a new
    password when one is given. ``by``: the staff id of the one who resets it, who
    may not reset their own account this way."""
    row = session.exec(select(StaffRow).where(col(StaffRow.name) == " ".join(name.split()))).first()
    if row is None:
        raise AdminError(f"no staff account named {name}")
    if by is not None and row.id == by:
        raise AdminError("an account cannot be reset by itself")
    if password is not None:
        check_password(password)
        row.password_hash = _hasher.hash(password)
    row.totp_secret = pyotp.random_base32()
    row.totp_confirmed = False
    row.totp_last_step = 0
    row.recovery_hashes = "[]"
    row.failures = 0
    row.locked_until = None
    session.add(row)
    for found in session.exec(
        select(StaffSessionRow).where(col(StaffSessionRow.staff_id) == row.id)
    ).all():
        session.delete(found)
    what = "password+totp" if password is not None else "totp"
    audit.record(session, audit.RESET_STAFF, detail=f"staff={row.id} {what} {who()}", at=now)
    session.commit()
    return _info(row)


def list_staff(session: Session) -> list[StaffInfo]:
    rows = session.exec(select(StaffRow).order_by(col(StaffRow.name))).all()
    return [_info(r) for r in rows]


def _fail(session: Session, row: StaffRow | None, why: str, now: datetime) -> Refused:
    """Count a failure (locking the account at the limit), audit it, commit."""
    refused = Refused.WRONG
    if row is not None:
        row.failures += 1
        if row.failures >= MAX_FAILURES:
            row.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            row.failures = 0
            why += " locked"
        session.add(row)
    who = row.id if row is not None else "?"
    audit.record(session, audit.SIGN_IN_FAILED, detail=f"staff={who} {why}", at=now)
    session.commit()
    return refused


def _locked(row: StaffRow, now: datetime) -> bool:
    return row.locked_until is not None and as_utc(row.locked_until) > now


def sign_in(session: Session, name: str, password: str, *, now: datetime) -> tuple[str, Stage]:
    """The first step: name and password. A new session id (for the cookie) whose
    second factor is still due."""
    row = session.exec(select(StaffRow).where(col(StaffRow.name) == " ".join(name.split()))).first()
    if row is None:
        with suppress(VerificationError):
            _hasher.verify(_DUMMY_HASH, password[:MAX_PASSWORD])
        raise SignInRefused(_fail(session, None, "password", now))
    if _locked(row, now):
        audit.record(session, audit.SIGN_IN_FAILED, detail=f"staff={row.id} locked", at=now)
        session.commit()
        raise SignInRefused(Refused.LOCKED)
    try:
        _hasher.verify(row.password_hash, password[:MAX_PASSWORD])
    except (VerificationError, InvalidHashError):
        _fail(session, row, "password", now)
        raise SignInRefused(Refused.LOCKED if _locked(row, now) else Refused.WRONG) from None
    if _hasher.check_needs_rehash(row.password_hash):
        row.password_hash = _hasher.hash(password)
    stage = Stage.SECOND_FACTOR if row.totp_confirmed else Stage.SETUP
    session_id = secrets.token_urlsafe(32)
    session.add(row)
    session.add(StaffSessionRow(id_hash=_digest(session_id), staff_id=row.id,
                                csrf=secrets.token_urlsafe(32), stage=stage.value,
                                created_at=now, last_seen_at=now))  # fmt: skip
    session.commit()
    return session_id, stage


def current(
    session: Session, session_id: str, *, now: datetime, touch: bool = True
) -> SignedIn | None:
    """The session behind a cookie, or None when it is unknown, idle too long or too old
    (an expired one is removed). A session still at its second factor has a few minutes.
    ``touch=False``: a page refreshing itself, which does not count as use."""
    found = session.get(StaffSessionRow, _digest(session_id))
    if found is None:
        return None
    idle = timedelta(minutes=IDLE_MINUTES if found.stage == Stage.FULL else 5)
    if (
        as_utc(found.last_seen_at) + idle < now
        or as_utc(found.created_at) + timedelta(hours=MAX_SESSION_HOURS) < now
    ):
        session.delete(found)
        session.commit()
        return None
    row = session.get(StaffRow, found.staff_id)
    if row is None or _locked(row, now):
        return None
    if touch:
        found.last_seen_at = now
        session.add(found)
    session.commit()
    return SignedIn(_info(row), Stage(found.stage), found.csrf, row.totp_secret)


def provisioning_uri(signed: SignedIn) -> str:
    return pyotp.TOTP(signed.totp_secret).provisioning_uri(
        name=signed.staff.name, issuer_name=ISSUER
    )


def _totp_step(secret: str, code: str, now: datetime) -> int | None:
    """The time step ``code`` is valid for (this one, the one before or after), or None."""
    totp = pyotp.TOTP(secret)
    digits = "".join(code.split())
    if not digits.isdigit() or len(digits) != totp.digits:
        return None
    step = totp.timecode(now)
    for candidate in (step, step - 1, step + 1):
        if secrets.compare_digest(totp.generate_otp(candidate), digits):
            return candidate
    return None


def _recovery_match(row: StaffRow, code: str) -> bool:
    """Whether ``code`` is one of the account's unused recovery codes (then it is used up)."""
    hashes: list[str] = json.loads(row.recovery_hashes)
    digest = _digest(normalize_code(code))
    for known in hashes:
        if secrets.compare_digest(known, digest):
            hashes.remove(known)
            row.recovery_hashes = json.dumps(hashes)
            return True
    return False


def _full_session(session: Session, old_id: str, row: StaffRow, now: datetime) -> str:
    """The session is signed in: a fresh id and CSRF token (the old id dies)."""
    found = session.get(StaffSessionRow, _digest(old_id))
    assert found is not None
    session.delete(found)
    session.flush()
    session_id = secrets.token_urlsafe(32)
    session.add(StaffSessionRow(id_hash=_digest(session_id), staff_id=row.id,
                                csrf=secrets.token_urlsafe(32), stage=Stage.FULL.value,
                                created_at=now, last_seen_at=now))  # fmt: skip
    return session_id


def second_factor(session: Session, session_id: str, code: str, *, now: datetime) -> str:
    """The second step: a code from the app (or a recovery code). The new session id."""
    found = session.get(StaffSessionRow, _digest(session_id))
    if found is None or found.stage != Stage.SECOND_FACTOR:
        raise SignInRefused(Refused.WRONG)
    row = session.get(StaffRow, found.staff_id)
    assert row is not None
    if _locked(row, now):
        raise SignInRefused(Refused.LOCKED)
    step = _totp_step(row.totp_secret, code, now)
    how = "totp"
    if step is None:
        if not (len(normalize_code(code)) == RECOVERY_LENGTH and _recovery_match(row, code)):
            _fail(session, row, "code", now)
            raise SignInRefused(Refused.LOCKED if _locked(row, now) else Refused.WRONG)
        how = "recovery"
    elif step <= row.totp_last_step:
        _fail(session, row, "replayed", now)
        raise SignInRefused(Refused.LOCKED if _locked(row, now) else Refused.REPLAYED)
    else:
        row.totp_last_step = step
    row.failures = 0
    session.add(row)
    new_id = _full_session(session, session_id, row, now)
    audit.record(session, audit.SIGN_IN, detail=f"staff={row.id} {how}", at=now)
    session.commit()
    return new_id


def set_up_second_factor(
    session: Session, session_id: str, code: str, *, now: datetime
) -> tuple[str, list[str]]:
    """First sign-in: the app shows its first code; the account's factor is set.
    The new session id and the recovery codes (shown this once)."""
    found = session.get(StaffSessionRow, _digest(session_id))
    if found is None or found.stage != Stage.SETUP:
        raise SignInRefused(Refused.WRONG)
    row = session.get(StaffRow, found.staff_id)
    assert row is not None
    step = _totp_step(row.totp_secret, code, now)
    if step is None:
        _fail(session, row, "setup", now)
        raise SignInRefused(Refused.LOCKED if _locked(row, now) else Refused.WRONG)
    codes = [
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(RECOVERY_LENGTH))
        for _ in range(RECOVERY_CODES)
    ]
    row.totp_confirmed = True
    row.totp_last_step = step
    row.failures = 0
    row.recovery_hashes = json.dumps([_digest(c) for c in codes])
    session.add(row)
    new_id = _full_session(session, session_id, row, now)
    audit.record(session, audit.SECOND_FACTOR_SET, detail=f"staff={row.id}", at=now)
    audit.record(session, audit.SIGN_IN, detail=f"staff={row.id} totp", at=now)
    session.commit()
    return new_id, [f"{c[:4]}-{c[4:8]}-{c[8:]}" for c in codes]


def sign_out(session: Session, session_id: str, *, now: datetime) -> None:
    found = session.get(StaffSessionRow, _digest(session_id))
    if found is None:
        return
    session.delete(found)
    audit.record(session, audit.SIGN_OUT, detail=f"staff={found.staff_id}", at=now)
    session.commit()


def actor(signed: SignedIn) -> AbstractContextManager[None]:
    """Admin actions in this block are audited as this staff member's."""
    return acting_as(f"staff:{signed.staff.id}")
