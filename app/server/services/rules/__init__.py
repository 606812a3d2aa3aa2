"""What the server checks on every pushed record before anything is written
(docs/trust-model.md), one module per rule:

- ``bounds``: every field within its size, format and time window;
- ``references``: every id the record refers to names a record of its own
  household, of the right kind;
- ``authorship``: the author is the person of the pushing device;
- ``kept_entries``: a daily log or contact note the server holds is never
  changed in place or deleted (a correction is an amendment);
- ``own_notes``: a handover note or a reader's receipt is changed by its
  author alone (no one marks another person's note read);
- ``content``: an attachment's file is whole on the server, in its household.

Each rule raises ``Refused`` with an English reason, which the device keeps and
shows with the refused change. The batch reads what the rules look up once
(``Lookups``): the records referred to, the people of a household.
"""

from __future__ import annotations

from app.server.services.rules import (
    authorship,
    bounds,
    content,
    kept_entries,
    own_notes,
    references,
)
from app.server.services.rules.pushed import Pushed, Refused

__all__ = ["Pushed", "Refused", "check"]


def check(pushed: Pushed) -> None:
    """Raise ``Refused`` at the first rule ``pushed`` breaks."""
    bounds.check(pushed)
    references.check(pushed)
    authorship.check(pushed)
    kept_entries.check(pushed)
    own_notes.check(pushed)
    content.check(pushed)
