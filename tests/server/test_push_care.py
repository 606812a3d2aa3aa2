"""The server checks every pushed record of a child's daily care as the laptop
does: a record with problems, a dose given by someone else than the pushing
person, or a goal step that links a review instead of a log is refused, and
nothing is written."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from app.domain.vocabulary import DoseOutcome
from tests import factories
from tests.server.helpers import Device, Server, op


def _signed(device: Device, record: Any) -> dict[str, Any]:
    content: dict[str, Any] = record.model_dump(mode="json")
    content.update(modified_at=device.stamp(), modified_by=str(device.person_id),
                   device_id=device.device_id)  # fmt: skip
    return content


def _home(server: Server) -> tuple[Device, dict[str, Any], dict[str, Any]]:
    home = server.add_household("Zorg")
    carer = server.device(home, name="zorg")
    child = carer.child()
    med = _signed(carer, factories.medication(home, uuid.UUID(child["id"])))
    [a, b] = carer.push_ok([op("child", child), op("medication", med)])
    assert a["status"] == b["status"] == "applied"
    return carer, child, med


def _refused(device: Device, kind: str, content: dict[str, Any]) -> str:
    before = device.server.counts()
    [result] = device.push_ok([op(kind, content)])
    assert result["status"] == "rejected", result
    assert device.server.counts() == before
    return str(result.get("reason") or result.get("error") or result)


def test_a_refused_dose_without_a_reason_is_refused(server: Server) -> None:
    carer, _child, med = _home(server)
    me = factories.Author(carer.household, carer.person_id)  # type: ignore[arg-type]
    held = factories.medication(carer.household, uuid.UUID(med["child_id"]))
    now = datetime.now(UTC).replace(tzinfo=None)
    dose = factories.dose(me, held, medication_id=uuid.UUID(med["id"]),
                          outcome=DoseOutcome.REFUSED, at=now)  # fmt: skip
    assert "refused or skipped" in _refused(carer, "medication_dose", _signed(carer, dose))


def test_a_dose_noted_in_another_person_s_name_is_refused(server: Server) -> None:
    carer, _child, med = _home(server)
    other = factories.Author(carer.household, uuid.uuid4())  # type: ignore[arg-type]
    held = factories.medication(carer.household, uuid.UUID(med["child_id"]))
    dose = factories.dose(other, held, medication_id=uuid.UUID(med["id"]),
                          at=datetime.now(UTC).replace(tzinfo=None))  # fmt: skip
    assert "person of the device" in _refused(carer, "medication_dose", _signed(carer, dose))


def test_a_medication_without_times_of_day_is_refused(server: Server) -> None:
    carer, child, _med = _home(server)
    bad = factories.medication(carer.household, uuid.UUID(child["id"]), times=["8 uur"])  # type: ignore[arg-type]
    assert "hours and minutes" in _refused(carer, "medication", _signed(carer, bad))


def test_an_appointment_told_about_before_it_took_place_is_refused(server: Server) -> None:
    carer, child, _med = _home(server)
    soon = datetime.now(UTC).replace(tzinfo=None) + timedelta(days=30)
    later = factories.appointment(carer.household, [uuid.UUID(child["id"])],  # type: ignore[arg-type]
                                  starts_at=soon, outcome="happened")  # fmt: skip
    assert "after the appointment" in _refused(carer, "appointment", _signed(carer, later))
