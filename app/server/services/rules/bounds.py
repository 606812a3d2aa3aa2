"""Every field within its size, format and time window (``app.domain.bounds``)."""

from __future__ import annotations

from app.domain import bounds
from app.server.services.rules.pushed import Pushed, Refused


def check(pushed: Pushed) -> None:
    problems = bounds.problems(pushed.record, pushed.content, pushed.size, pushed.now)
    if problems:
        raise Refused(problems[0])
