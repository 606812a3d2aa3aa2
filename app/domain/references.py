"""The ids a record refers to, and of which kind each must be (docs/trust-model.md).

Every reference a record carries names a record of its own household: a log's
child, a contact note's children and relatives, the original an amendment
corrects, the record a review or conflict revision is about, the question an
answer replies to. Pure data: the server checks them against what it holds,
a whole batch at a time.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ANY_KIND: frozenset[str] = frozenset()  # a review or revision may be about any record


@dataclass(frozen=True)
class Reference:
    field: str
    id: str  # the id as the record holds it (text)
    kinds: frozenset[str]  # the kinds it may name; empty: any


_CHILD = frozenset({"child"})
# field -> (the kinds it may name, whether it holds a list of ids)
REFERENCE_FIELDS: dict[str, dict[str, tuple[frozenset[str], bool]]] = {
    "relative": {"children": (_CHILD, True)},
    "daily_log": {"child_id": (_CHILD, False), "amends_id": (frozenset({"daily_log"}), False)},
    "milestone_observation": {"child_id": (_CHILD, False)},
    "wellbeing_check": {
        "child_id": (_CHILD, False),
        "amends_id": (frozenset({"wellbeing_check"}), False),
    },
    "contact_note": {
        "children": (_CHILD, True),
        "relatives": (frozenset({"relative"}), True),
        "amends_id": (frozenset({"contact_note"}), False),
    },
    "review": {
        "target_id": (ANY_KIND, False),
        "children": (_CHILD, True),
        "reply_to": (frozenset({"review"}), False),
    },
    "conflict_revision": {"target_id": (ANY_KIND, False), "children": (_CHILD, True)},
    # A child's daily care (app.domain.care).
    "medication": {"child_id": (_CHILD, False)},
    "medication_dose": {
        "child_id": (_CHILD, False),
        "medication_id": (frozenset({"medication"}), False),
    },
    "care_goal": {"child_id": (_CHILD, False)},
    "goal_step": {
        "child_id": (_CHILD, False),
        "goal_id": (frozenset({"care_goal"}), False),
        "entry_id": (frozenset({"daily_log", "contact_note"}), False),
    },
    "appointment": {
        "children": (_CHILD, True),
        "relatives": (frozenset({"relative"}), True),
        "contact_note_id": (frozenset({"contact_note"}), False),
    },
    "minor_file": {"child_id": (_CHILD, False)},
    # The child's own story (app.domain.story).
    "keepsake": {
        "child_id": (_CHILD, False),
        "target_id": (
            frozenset({"daily_log", "milestone_observation", "contact_note", "attachment"}),
            False,
        ),
    },
    # Attached photos and documents (app.domain.attachments).
    "attachment": {
        "child_id": (_CHILD, False),
        "target_id": (frozenset({"daily_log", "milestone_observation", "contact_note"}), False),
    },
    # Handover notes and their receipts (app.domain.handover).
    "handover": {"children": (_CHILD, True)},
    "handover_read": {"handover_id": (frozenset({"handover"}), False)},
}


def canonical_id(value: object) -> str | None:
    """``value`` as the text of a UUID, or None when it is none."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if not isinstance(value, str) or len(value) > 64:
        return None
    if _CANONICAL.fullmatch(value):
        return value  # already as ``str(uuid.UUID(value))`` writes it (as records hold ids)
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def references(kind: str, content: dict[str, Any]) -> list[Reference]:
    """The references in ``content`` (a record's JSON) that name an id; values
    that are no id at all are left to the record's own validation."""
    found: list[Reference] = []
    for field, (kinds, is_list) in REFERENCE_FIELDS.get(kind, {}).items():
        value = content.get(field)
        values = value if is_list and isinstance(value, list) else [value]
        for item in values:
            ref = canonical_id(item)
            if ref is not None:
                found.append(Reference(field, ref, kinds))
    return found
