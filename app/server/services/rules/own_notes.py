"""A handover note and a reader's receipt of it are written and changed by their
author alone: the next person on duty marks a note read for themself, never for
someone else, and a note says what its writer wrote. (``authorship`` already
holds a new one to the pushing person; this rule holds every later change to
them too, where ``modified_by`` alone would let anyone of the household in.)
A device resending what a restored server lacks may send them as they were."""

from __future__ import annotations

from app.domain.references import canonical_id
from app.server.services.rules.pushed import Pushed, Refused

KINDS = frozenset({"handover", "handover_read"})
REASON = "A handover note or its read receipt is changed only by the person who wrote it."


def check(pushed: Pushed) -> None:
    if pushed.kind not in KINDS or pushed.current is None:
        return
    author = canonical_id(pushed.current.get("author_id"))
    if author == pushed.person_id:
        return
    if pushed.resent and canonical_id(pushed.content.get("modified_by")) in (
        canonical_id(pushed.current.get("modified_by")),
        author,
    ):
        return
    raise Refused(REASON)
