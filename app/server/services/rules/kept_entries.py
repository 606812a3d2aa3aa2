"""Daily logs, contact notes and well-being checks are kept as written once the
server holds them.

A change or a deletion of a held entry is refused: a correction is an amendment
with a reason. Two cases are no change: the entry sent again as it is (a device
resending what a restored server lacks), and an edit the device made within the
day while the answer to the entry's first push was lost (the device did not
know the server held it)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from app.domain.merge import META_FIELDS
from app.domain.records import ENTRY_KINDS
from app.server.services.rules.pushed import Pushed, Refused

REASON = (
    "Daily logs, contact notes and well-being checks are kept as written once the central "
    "office holds them. "
    "Add an amendment with a reason instead."
)
EDIT_WINDOW = timedelta(days=1)


def _words(content: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """What an entry says, and whether it is deleted (its stamps and version aside)."""
    return {k: v for k, v in content.items() if k not in META_FIELDS}, bool(content.get("deleted"))


def check(pushed: Pushed) -> None:
    if pushed.kind not in ENTRY_KINDS or pushed.current is None:
        return
    (words, deleted), (held, held_deleted) = _words(pushed.content), _words(pushed.current)
    if words == held and (deleted == held_deleted or held_deleted):
        return  # no change; or a restore of a deleted entry, which stays deleted
    if pushed.covers_own and not pushed.current.get("deleted") and _recent(pushed):
        return
    raise Refused(REASON)


def _recent(pushed: Pushed) -> bool:
    assert pushed.current is not None
    try:
        created = datetime.fromisoformat(str(pushed.current.get("created_at")))
    except ValueError:
        return False
    if created.tzinfo is None:
        return False
    return pushed.now - created <= EDIT_WINDOW
