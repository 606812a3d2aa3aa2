"""Enrollment: a one-time code from the administrator becomes a device and its token."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from app.protocol.schemas import EnrollRequest, EnrollResponse
from app.server import audit
from app.server.core.clock import as_utc
from app.server.core.errors import ApiError
from app.server.core.security import hash_code, hash_token, new_device_id, new_token
from app.server.services.people import person_content
from app.server.services.scope import memberships
from app.server.tables import DeviceRow, EnrollmentCodeRow, PersonRow


def invalid_code() -> ApiError:
    # One answer for a wrong, used or expired code: the answer must not help guessing.
    return ApiError(400, "invalid_code", "This enrollment code is not valid.")


def enroll(session: Session, request: EnrollRequest, *, now: datetime) -> EnrollResponse:
    code = session.get(EnrollmentCodeRow, hash_code(request.code), with_for_update=True)
    if code is None or code.used_at is not None or as_utc(code.expires_at) <= now:
        raise invalid_code()
    person = session.get(PersonRow, code.person_id)
    if person is None or person.deactivated_at is not None:
        raise invalid_code()
    if request.person_id is not None and str(request.person_id) != person.id:
        raise ApiError(409, "other_person", "This enrollment code is for someone else.")
    token = new_token()
    device = DeviceRow(
        id=new_device_id(),
        person_id=person.id,
        name=request.device_name.strip(),
        token_hash=hash_token(token),
        created_at=now,
    )
    session.add(device)
    session.flush()
    code.used_at, code.device_id = now, device.id
    session.add(code)
    households = sorted(memberships(session, person.id), key=str)
    content = person_content(session, person)
    audit.record(session, audit.ENROLL, person_id=person.id, device_id=device.id,
                 record_ids=[person.id], at=now)  # fmt: skip
    session.commit()
    return EnrollResponse(
        device_id=device.id,
        token=token,
        person=content,
        households=households,
        role=person.role,
    )
