"""Handover notes and read receipts on the server: the next person marks a note
read for themself alone, and a note or receipt is changed by its author alone."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from app.domain.handover import HandoverRead
from app.server.services.rules.own_notes import REASON
from tests.server.helpers import Device, Server, op


def _note(device: Device, text: str = "Noah sliep slecht, kijk zijn oor na") -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "household_id": str(device.household),
        "author_id": str(device.person_id),
        "date": datetime.now(UTC).date().isoformat(),
        "shift": "night",
        "text": text,
        "created_at": datetime.now(UTC).isoformat(),
        "modified_at": device.stamp(),
        "modified_by": str(device.person_id),
        "device_id": device.device_id,
    }


def _receipt(device: Device, note: dict[str, Any], reader: uuid.UUID) -> dict[str, Any]:
    return {
        "id": str(HandoverRead.id_for(uuid.UUID(note["id"]), reader)),
        "household_id": str(device.household),
        "handover_id": note["id"],
        "author_id": str(reader),
        "read_at": datetime.now(UTC).isoformat(),
        "modified_at": device.stamp(),
        "modified_by": str(device.person_id),
        "device_id": device.device_id,
    }


def test_only_the_reader_marks_their_receipt_and_only_the_author_changes_a_note(
    server: Server,
) -> None:
    home = server.add_household("Gezin Peeters", "village_family")
    aunt = server.device(home, name="Tine")
    mother = server.device(home, name="Maria")
    note = _note(aunt)
    [sent] = aunt.push_ok([op("handover", note)])
    assert sent["status"] == "applied"

    # The aunt cannot mark the note read in the mother's name.
    forged = _receipt(aunt, note, mother.person_id)
    [answer] = aunt.push_ok([op("handover_read", forged)])
    assert answer["status"] == "rejected"
    assert server.record(forged["id"]) is None

    [answer] = mother.push_ok([op("handover_read", _receipt(mother, note, mother.person_id))])
    assert answer["status"] == "applied"

    # The mother cannot rewrite the aunt's note, even as herself.
    rewritten = mother.edit(note, text="Alles rustig", modified_by=str(mother.person_id))
    [answer] = mother.push_ok([op("handover", rewritten, base=sent["version"])])
    assert answer["status"] == "rejected" and answer["reason"] == REASON
    held = server.record(note["id"])
    assert held is not None and "Noah sliep slecht" in held.content

    # Nor take back the receipt of someone else: the aunt's own receipt is hers.
    mine = _receipt(aunt, note, aunt.person_id)
    [kept] = aunt.push_ok([op("handover_read", mine)])
    assert kept["status"] == "applied"
    undone = mother.edit(mine, deleted=True, modified_by=str(mother.person_id))
    [answer] = mother.push_ok([op("handover_read", undone, base=kept["version"])])
    assert answer["status"] == "rejected" and answer["reason"] == REASON

    # The author may correct her own note.
    fixed = aunt.edit(note, text="Noah sliep slecht; oor nagekeken, niets ernstigs")
    [answer] = aunt.push_ok([op("handover", fixed, base=sent["version"])])
    assert answer["status"] in ("applied", "merged")
