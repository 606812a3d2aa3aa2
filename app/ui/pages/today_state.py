"""What the Today page shows for one child and day, gathered off the UI thread.

Plain Python over the services (no Qt), so that one call on the task queue
brings everything the page needs and the page never reads the store itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.messages import Message
from app.domain.records import DailyLog, Person
from app.services.daily import LOG_FIELDS, DailyLogService
from app.services.records import RecordNotFound, RecordService

TEXT_FIELDS = (
    "sleep", "eating", "health", "medication", "school", "activities", "moments", "incident",
    "text",
)  # fmt: skip


def empty_fields() -> dict[str, Any]:
    values: dict[str, Any] = dict.fromkeys(TEXT_FIELDS, "")
    values.update(mood=None, flag=False, severity=None)
    return values


def log_fields(log: DailyLog) -> dict[str, Any]:
    """A log's own fields as the form and the drafts hold them: plain JSON values,
    so that a form, a draft and a stored log compare equal when they say the same."""
    values = {name: getattr(log, name) for name in LOG_FIELDS}
    values["severity"] = log.severity.value if log.severity is not None else None
    return values


def normalized(values: dict[str, Any]) -> dict[str, Any]:
    """Drafts written by an older form may miss fields; fill them in."""
    out = empty_fields()
    out.update({k: v for k, v in values.items() if k in out})
    return out


@dataclass(frozen=True)
class DayState:
    child_id: uuid.UUID
    day: date
    today: date
    mine: DailyLog | None
    editable: bool
    locked_reason: Message | None
    draft: dict[str, Any] | None
    others: list[DailyLog]
    # Amendments by the id of the log they correct, oldest first.
    amendments: dict[uuid.UUID, list[DailyLog]] = field(default_factory=dict)
    previous: DailyLog | None = None
    authors: dict[uuid.UUID, str] = field(default_factory=dict)

    def amendments_of(self, log: DailyLog) -> list[DailyLog]:
        return self.amendments.get(log.id, [])

    def latest_version_of(self, log: DailyLog) -> DailyLog:
        """The log as last corrected: what an amendment starts from."""
        later = self.amendments_of(log)
        return later[-1] if later else log


def load_day(
    daily: DailyLogService, records: RecordService, child_id: uuid.UUID, day: date
) -> DayState:
    identity = daily.book.identity
    logs = daily.logs_on(child_id, day)
    mine = daily.my_log(child_id, day)
    editable, reason = True, None
    if mine is not None:
        verdict = records.editability(records.get(mine.id))
        editable, reason = verdict.editable, verdict.reason
    amendments: dict[uuid.UUID, list[DailyLog]] = {}
    for log in sorted(logs, key=lambda x: x.created_at):
        if log.amends_id is not None:
            amendments.setdefault(log.amends_id, []).append(log)
    others = sorted(
        (x for x in logs if x.amends_id is None and (mine is None or x.id != mine.id)),
        key=lambda x: x.created_at,
    )
    previous = daily.previous_log(child_id, day)
    authors = {identity.user_id: identity.display_name}
    for log in [*logs, *([previous] if previous else [])]:
        if log.author_id in authors:
            continue
        try:
            person = records.get(log.author_id).record
        except RecordNotFound:
            continue
        if isinstance(person, Person):
            authors[log.author_id] = person.display_name
    return DayState(
        child_id=child_id,
        day=day,
        today=daily.book.today(),
        mine=mine,
        editable=editable,
        locked_reason=reason,
        draft=daily.load_draft(child_id, day),
        others=others,
        amendments=amendments,
        previous=previous,
        authors=authors,
    )


def amendment_start(
    state: DayState, original: DailyLog
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """What an amendment of ``original`` starts from, and the draft it takes up:
    my own unsaved draft of a locked log, else the log as last corrected."""
    if original is state.mine and state.draft is not None:
        return normalized(state.draft), state.draft
    return log_fields(state.latest_version_of(original)), None
