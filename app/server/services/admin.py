"""What the administrator does from the CLI: households, people, enrollment codes, devices,
reading the audit log.

Every action writes an audit row in the same transaction.
"""

from __future__ import annotations

import getpass
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, col, select

from app.domain.messages import ValidationFailed
from app.domain.vocabulary import HouseholdKind, Role
from app.server import audit
from app.server.core.clock import SERVER_DEVICE, as_utc, latest_today, server_stamp
from app.server.core.security import hash_code, new_enroll_code
from app.server.services import records
from app.server.services.people import household_record, person_record
from app.server.services.scope import membership_role, memberships
from app.server.tables import (
    DeviceRow,
    EnrollmentCodeRow,
    HouseholdRow,
    MembershipRow,
    PersonRow,
)

MAX_CODE_HOURS = 24 * 14
MAX_REASON = 200
# Who acts, as the audit log names them: the system user of the CLI, or the staff
# member signed in to the office console (set for the time of their request).
_actor: ContextVar[str | None] = ContextVar("thuisboek_admin_actor", default=None)


@contextmanager
def acting_as(actor: str) -> Iterator[None]:
    """Admin actions in this block are written to the audit log as ``actor``'s."""
    token = _actor.set(actor)
    try:
        yield
    finally:
        _actor.reset(token)


class AdminError(Exception):
    """A refused admin action, with a message for the administrator."""


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    person_id: str
    person_name: str
    name: str
    created_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None
    app_version: str | None = None  # as the laptop said
    changes_waiting: int | None = None  # as the laptop last reported with a push


@dataclass(frozen=True)
class HouseholdInfo:
    id: str
    name: str
    kind: str
    caregivers: int
    supervisors: int


@dataclass(frozen=True)
class PersonInfo:
    id: str
    name: str
    role: str
    households: list[str]
    deactivated_at: datetime | None = None
    household_names: list[str] = field(default_factory=list)  # in the order of ``households``


def _id(value: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise AdminError(f"not a {what} id: {value}") from None


def who() -> str:
    actor = _actor.get()
    if actor is not None:
        return f"by={actor}"
    try:
        return f"by={getpass.getuser()}"
    except (KeyError, OSError):
        return "by=?"


def init(session: Session, *, now: datetime) -> None:
    audit.record(session, audit.INIT, detail=who(), at=now)
    session.commit()


def add_household(session: Session, name: str, kind: str, *, now: datetime) -> uuid.UUID:
    try:
        household_kind = HouseholdKind(kind)
    except ValueError:
        raise AdminError(f"unknown household kind: {kind}") from None
    household_id = uuid.uuid4()
    record = household_record(household_id, name.strip(), household_kind, now)
    try:
        record.check(latest_today(now))
    except ValidationFailed as exc:
        raise AdminError(str(exc)) from None
    hid = str(household_id)
    session.add(HouseholdRow(id=hid, name=record.name, kind=household_kind.value))
    session.flush()
    records.store_version(session, None, record_id=hid, household_id=hid, kind=record.kind,
                          version=1, content=record.model_dump(mode="json"))  # fmt: skip
    audit.record(session, audit.ADD_HOUSEHOLD, household_id=hid, record_ids=[hid],
                 detail=f"kind={household_kind.value} {who()}", at=now)  # fmt: skip
    session.commit()
    return household_id


def change_household(
    session: Session, household_id: str, name: str, kind: str, *, now: datetime
) -> None:
    """Rename a household or give it another kind: its synced record gets a new
    version, which its laptops pull at their next sync."""
    hid = str(_id(household_id, "household"))
    row = session.get(HouseholdRow, hid)
    if row is None:
        raise AdminError(f"no such household: {hid}")
    try:
        household_kind = HouseholdKind(kind)
    except ValueError:
        raise AdminError(f"unknown household kind: {kind}") from None
    record = household_record(uuid.UUID(hid), name.strip(), household_kind, now)
    try:
        record.check(latest_today(now))
    except ValidationFailed as exc:
        raise AdminError(str(exc)) from None
    if (row.name, row.kind) == (record.name, household_kind.value):
        return
    found = records.current_rows(session, [hid])
    current = found[0] if found else None
    content = records.loads(current.content) if current else record.model_dump(mode="json")
    content.update(name=record.name, household_kind=household_kind.value,
                   modified_at=server_stamp(now), device_id=SERVER_DEVICE)  # fmt: skip
    row.name, row.kind = record.name, household_kind.value
    session.add(row)
    records.store_version(session, current, record_id=hid, household_id=hid, kind=record.kind,
                          version=current.version + 1 if current else 1,
                          content=content)  # fmt: skip
    audit.record(session, audit.CHANGE_HOUSEHOLD, household_id=hid, record_ids=[hid],
                 detail=f"kind={household_kind.value} {who()}", at=now)  # fmt: skip
    session.commit()


def rename_person(session: Session, person_id: str, name: str, *, now: datetime) -> None:
    """A person's new name: their synced record gets a new version (in their first
    household), which the laptops pull at their next sync."""
    pid = str(_id(person_id, "person"))
    person = session.get(PersonRow, pid)
    if person is None:
        raise AdminError(f"no such person: {pid}")
    households = sorted(memberships(session, pid), key=str)
    record = person_record(uuid.UUID(pid), name.strip(), Role(person.role), households, now)
    try:
        record.check(latest_today(now))
    except ValidationFailed as exc:
        raise AdminError(str(exc)) from None
    if person.display_name == record.display_name:
        return
    person.display_name = record.display_name
    session.add(person)
    found = records.current_rows(session, [pid])
    current = found[0] if found else None
    if current is not None:
        content = records.loads(current.content)
        content.update(display_name=record.display_name, modified_at=server_stamp(now),
                       device_id=SERVER_DEVICE)  # fmt: skip
        records.store_version(session, current, record_id=pid,
                              household_id=current.household_id, kind="person",
                              version=current.version + 1, content=content)  # fmt: skip
    audit.record(session, audit.RENAME_PERSON, person_id=pid, record_ids=[pid], detail=who(),
                 at=now)  # fmt: skip
    session.commit()


def add_person(
    session: Session, name: str, role: str, households: list[str], *, now: datetime
) -> uuid.UUID:
    try:
        person_role = Role(role)
        household_ids = list(dict.fromkeys(uuid.UUID(h) for h in households))
    except ValueError as exc:
        raise AdminError(f"invalid role or household id: {exc}") from None
    for household_id in household_ids:
        if session.get(HouseholdRow, str(household_id)) is None:
            raise AdminError(f"no such household: {household_id}")
    person_id = uuid.uuid4()
    record = person_record(person_id, name.strip(), person_role, household_ids, now)
    try:
        record.check(latest_today(now))
    except ValidationFailed as exc:
        raise AdminError(str(exc)) from None
    pid = str(person_id)
    session.add(PersonRow(id=pid, display_name=record.display_name, role=person_role.value))
    session.flush()
    for household_id in household_ids:
        session.add(MembershipRow(person_id=pid, household_id=str(household_id),
                                  role=membership_role(person_role.value)))  # fmt: skip
    if household_ids:
        records.store_version(session, None, record_id=pid,
                              household_id=str(household_ids[0]), kind=record.kind,
                              version=1, content=record.model_dump(mode="json"))  # fmt: skip
    audit.record(session, audit.ADD_PERSON, person_id=pid,
                 household_id=household_ids[0] if household_ids else None, record_ids=[pid],
                 detail=f"role={person_role.value} households={len(household_ids)} {who()}",
                 at=now)  # fmt: skip
    session.commit()
    return person_id


def set_households(
    session: Session, person_id: str, add: list[str], remove: list[str], *, now: datetime
) -> list[uuid.UUID]:
    """Give a person households or take them away; returns their households now.

    Effective at once on the server (scope is read per request); their laptops
    take the new list at their next sync. The person's synced record lives in the
    scope of their first household, which therefore cannot be taken away (make a
    new person for someone who moves on)."""
    try:
        pid = str(uuid.UUID(person_id))
        adding = list(dict.fromkeys(str(uuid.UUID(h)) for h in add))
        removing = list(dict.fromkeys(str(uuid.UUID(h)) for h in remove))
    except ValueError as exc:
        raise AdminError(f"not a person or household id: {exc}") from None
    person = session.get(PersonRow, pid)
    if person is None:
        raise AdminError(f"no such person: {pid}")
    if set(adding) & set(removing):
        raise AdminError("a household cannot be both given and taken away")
    for household_id in adding:
        if session.get(HouseholdRow, household_id) is None:
            raise AdminError(f"no such household: {household_id}")
    found = records.current_rows(session, [pid])
    current = found[0] if found else None
    if current is not None and current.household_id in removing:
        raise AdminError(
            f"{current.household_id} is {person.display_name}'s first household and holds "
            "their record; it cannot be taken away"
        )
    held = {str(h) for h in memberships(session, pid)}
    for household_id in adding:
        if household_id not in held:
            session.add(MembershipRow(person_id=pid, household_id=household_id,
                                      role=membership_role(person.role)))  # fmt: skip
    for household_id in removing:
        row = session.get(MembershipRow, (pid, household_id))
        if row is not None:
            session.delete(row)
    session.flush()
    now_held = sorted(memberships(session, pid), key=str)
    _store_person(session, person, current, now_held, now)
    audit.record(session, audit.SET_HOUSEHOLDS, person_id=pid, record_ids=[pid],
                 detail=f"added={len(adding)} removed={len(removing)} {who()}",
                 at=now)  # fmt: skip
    session.commit()
    return now_held


def _store_person(
    session: Session,
    person: PersonRow,
    current: records.Current | None,
    households: list[uuid.UUID],
    now: datetime,
) -> None:
    """A new version of the person's synced record with these households (their
    record's household first), or their first one once they have a household."""
    if current is None:
        if households:
            record = person_record(uuid.UUID(person.id), person.display_name,
                                   Role(person.role), households, now)  # fmt: skip
            records.store_version(session, None, record_id=person.id,
                                  household_id=str(households[0]), kind=record.kind,
                                  version=1, content=record.model_dump(mode="json"))  # fmt: skip
        return
    first = uuid.UUID(current.household_id)
    ordered = [first, *(h for h in households if h != first)]
    content = records.loads(current.content)
    if content.get("households") == [str(h) for h in ordered]:
        return
    content.update(households=[str(h) for h in ordered], modified_at=server_stamp(now),
                   device_id=SERVER_DEVICE)  # fmt: skip
    records.store_version(session, current, record_id=person.id,
                          household_id=current.household_id, kind="person",
                          version=current.version + 1, content=content)  # fmt: skip


def make_enroll_code(
    session: Session, person_id: str, hours: float, *, now: datetime
) -> tuple[str, datetime]:
    """A new one-time code for ``person_id``: shown once, stored only as its hash."""
    if not 0 < hours <= MAX_CODE_HOURS:
        raise AdminError(f"a code is valid for more than 0 and at most {MAX_CODE_HOURS} hours")
    pid = str(_id(person_id, "person"))
    person = session.get(PersonRow, pid)
    if person is None:
        raise AdminError(f"no such person: {pid}")
    if person.deactivated_at is not None:
        raise AdminError(f"{person.display_name} is deactivated; reactivate them first")
    code = new_enroll_code()
    expires_at = now + timedelta(hours=hours)
    session.add(EnrollmentCodeRow(code_hash=hash_code(code), person_id=pid, created_at=now,
                                  expires_at=expires_at))  # fmt: skip
    audit.record(session, audit.ENROLL_CODE, person_id=pid,
                 detail=f"hours={hours:g} {who()}", at=now)  # fmt: skip
    session.commit()
    return code, expires_at


def list_devices(session: Session, *, now: datetime) -> list[DeviceInfo]:
    rows = session.exec(
        select(DeviceRow, PersonRow)
        .join(PersonRow, col(PersonRow.id) == DeviceRow.person_id)
        .order_by(col(DeviceRow.created_at), col(DeviceRow.id))
    ).all()
    audit.record(session, audit.LIST_DEVICES, detail=who(), at=now)
    session.commit()
    return [
        DeviceInfo(
            id=device.id,
            person_id=person.id,
            person_name=person.display_name,
            name=device.name,
            created_at=as_utc(device.created_at),
            last_seen_at=as_utc(device.last_seen_at) if device.last_seen_at else None,
            revoked_at=as_utc(device.revoked_at) if device.revoked_at else None,
            app_version=device.app_version,
            changes_waiting=device.changes_waiting,
        )
        for device, person in rows
    ]


def _reason(reason: str) -> str:
    """A reason as the audit detail's last field, on one line."""
    text = " ".join(reason.split())[:MAX_REASON]
    return f" reason={text}" if text else ""


def revoke(session: Session, device_id: str, *, now: datetime, reason: str = "") -> None:
    device = session.get(DeviceRow, device_id)
    if device is None:
        raise AdminError(f"no such device: {device_id}")
    if device.revoked_at is None:
        device.revoked_at = now
        session.add(device)
    audit.record(session, audit.REVOKE, person_id=device.person_id, device_id=device.id,
                 detail=who() + _reason(reason), at=now)  # fmt: skip
    session.commit()


def unrevoke(session: Session, device_id: str, *, now: datetime, reason: str = "") -> None:
    """Lift a revocation: the laptop's token works again (a laptop found again,
    or revoked by mistake). Audited like the revocation."""
    device = session.get(DeviceRow, device_id)
    if device is None:
        raise AdminError(f"no such device: {device_id}")
    person = session.get(PersonRow, device.person_id)
    if person is not None and person.deactivated_at is not None:
        raise AdminError(f"{person.display_name} is deactivated; reactivate them first")
    was = device.revoked_at
    device.revoked_at = None
    session.add(device)
    detail = f"{who()} revoked_at={as_utc(was).isoformat(timespec='seconds') if was else '-'}"
    detail += _reason(reason)
    audit.record(session, audit.UNREVOKE, person_id=device.person_id, device_id=device.id,
                 detail=detail, at=now)  # fmt: skip
    session.commit()


def deactivate_person(session: Session, person_id: str, *, now: datetime, reason: str = "") -> int:
    """Someone who left: every laptop of theirs is revoked at once, and no code enrols
    a new one (codes already made stop working). Their records stay. Returns how many
    laptops were revoked."""
    pid = str(_id(person_id, "person"))
    person = session.get(PersonRow, pid)
    if person is None:
        raise AdminError(f"no such person: {pid}")
    revoked = 0
    for device in session.exec(select(DeviceRow).where(col(DeviceRow.person_id) == pid)).all():
        if device.revoked_at is None:
            device.revoked_at = now
            session.add(device)
            revoked += 1
    if person.deactivated_at is None:
        person.deactivated_at = now
        session.add(person)
    audit.record(session, audit.DEACTIVATE_PERSON, person_id=pid,
                 detail=f"revoked={revoked} {who()}{_reason(reason)}", at=now)  # fmt: skip
    session.commit()
    return revoked


def reactivate_person(session: Session, person_id: str, *, now: datetime, reason: str = "") -> None:
    """New codes may enrol them again; their old laptops stay revoked until lifted one by one."""
    pid = str(_id(person_id, "person"))
    person = session.get(PersonRow, pid)
    if person is None:
        raise AdminError(f"no such person: {pid}")
    person.deactivated_at = None
    session.add(person)
    audit.record(session, audit.REACTIVATE_PERSON, person_id=pid,
                 detail=f"{who()}{_reason(reason)}", at=now)  # fmt: skip
    session.commit()


def list_households(session: Session, *, now: datetime) -> list[HouseholdInfo]:
    households = session.exec(select(HouseholdRow).order_by(col(HouseholdRow.name))).all()
    members = session.exec(select(MembershipRow)).all()
    audit.record(session, audit.LIST_PEOPLE, detail=f"households {who()}", at=now)
    session.commit()
    roles: dict[str, list[str]] = {}
    for m in members:
        roles.setdefault(m.household_id, []).append(m.role)
    return [
        HouseholdInfo(
            id=h.id,
            name=h.name,
            kind=h.kind,
            caregivers=sum(1 for r in roles.get(h.id, []) if r != "supervisor"),
            supervisors=sum(1 for r in roles.get(h.id, []) if r == "supervisor"),
        )
        for h in households
    ]


def list_people(session: Session, *, now: datetime) -> list[PersonInfo]:
    people = session.exec(select(PersonRow).order_by(col(PersonRow.display_name))).all()
    members = session.exec(select(MembershipRow)).all()
    names = {h.id: h.name for h in session.exec(select(HouseholdRow)).all()}
    audit.record(session, audit.LIST_PEOPLE, detail=f"people {who()}", at=now)
    session.commit()
    return [
        PersonInfo(
            id=p.id,
            name=p.display_name,
            role=p.role,
            households=(held := sorted(m.household_id for m in members if m.person_id == p.id)),
            household_names=[names.get(h, "") for h in held],
            deactivated_at=as_utc(p.deactivated_at) if p.deactivated_at else None,
        )
        for p in people
    ]


def note_backup(session: Session, target: str, *, now: datetime) -> None:
    audit.record(session, audit.BACKUP, detail=f"{target} {who()}", at=now)
    session.commit()


def read_audit(
    session: Session,
    *,
    record: str | None = None,
    person: str | None = None,
    device: str | None = None,
    household: str | None = None,
    action: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = 100,
    now: datetime,
) -> list[audit.Entry]:
    """The newest ``limit`` audit rows that match (``until`` is a whole day, included).
    Reading the log is itself written to it, with the filters used (ids and dates only)."""
    if action is not None and action not in audit.ACTIONS:
        raise AdminError(f"no such action: {action} (one of {', '.join(audit.ACTIONS)})")
    if since is not None and until is not None and since > until:
        raise AdminError(f"--since {since} comes after --until {until}")
    if limit is not None and limit < 1:
        raise AdminError("the limit is at least 1")
    if device is not None and not re.fullmatch(r"[0-9a-f]{1,32}", device):
        raise AdminError(f"not a device id: {device}")
    where = audit.Filter(
        record_id=None if record is None else _id(record, "record"),
        person_id=None if person is None else _id(person, "person"),
        device_id=device,
        household_id=None if household is None else _id(household, "household"),
        action=action,
        since=datetime.combine(since, time(), UTC) if since else None,
        until=datetime.combine(until + timedelta(days=1), time(), UTC) if until else None,
    )
    entries = audit.read(session, where, limit)
    used = [f"{name}={value}" for name, value in (
        ("record", where.record_id), ("person", where.person_id), ("device", device),
        ("household", where.household_id), ("action", action), ("since", since),
        ("until", until)) if value is not None]  # fmt: skip
    audit.record(session, audit.READ_AUDIT, detail=" ".join([*used, who()]), at=now)
    session.commit()
    return entries
