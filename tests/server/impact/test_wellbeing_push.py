"""A well-being check pushed to the server: checked like every record (references,
bounds, authorship) and kept as written once held; a correction is an amendment."""

from __future__ import annotations

import uuid
from typing import Any

from app.domain.records import WellbeingCheck
from app.server.services.rules.kept_entries import REASON
from tests.server.helpers import YESTERDAY, Device, Server, op


def _check(device: Device, child_id: Any, **fields: Any) -> dict[str, Any]:
    assert device.household is not None
    record = WellbeingCheck(
        household_id=device.household, author_id=device.person_id,
        child_id=uuid.UUID(str(child_id)), date=fields.pop("date", YESTERDAY),
        ratings=fields.pop("ratings", {"care": 3, "livelihood": None}),
        modified_at=device.stamp(), modified_by=device.person_id, device_id=device.device_id,
        **fields,
    )  # fmt: skip
    return record.model_dump(mode="json")


def test_a_check_is_kept_and_amended(server: Server) -> None:
    a = server.device(server.add_household("Gezin A"), name="Anna")
    b = server.device(server.add_household("Gezin B"), name="Bram")
    child = a.child()
    a.push_ok([op("child", child)])
    check = _check(a, child["id"], notes={"care": "Calmer at bedtime"})
    [applied] = a.push_ok([op("wellbeing_check", check)])
    assert applied["status"] == "applied"

    # Changed in place once the office holds it: refused.
    changed = a.edit(check, ratings={"care": 1}, version=1)
    [refused] = a.push_ok([op("wellbeing_check", changed, base=1)])
    assert refused["status"] == "rejected" and refused["reason"] == REASON
    # An amendment with a reason is the way.
    amendment = _check(a, child["id"], ratings={"care": 2}, amends_id=check["id"],
                       amendment_reason="Rated the wrong child")  # fmt: skip
    [amended] = a.push_ok([op("wellbeing_check", amendment)])
    assert amended["status"] == "applied"

    # Another household's child, or a rating out of the scale: refused.
    b_check = _check(b, child["id"])
    [other] = b.push_ok([op("wellbeing_check", b_check)])
    assert other["status"] == "rejected"
    bad = _check(a, child["id"])
    bad["ratings"] = {"care": 9}
    [out_of_scale] = a.push_ok([op("wellbeing_check", bad)])
    assert out_of_scale["status"] == "rejected"
    assert server.record(check["id"]) is not None and server.record(bad["id"]) is None
