"""How a record says what is wrong with it: a translatable problem per field."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel

from app.domain.messages import QT_TRANSLATE_NOOP, Message, Problem

CTX = "Validation"


def problem(field_name: str, text: str, **params: Any) -> Problem:
    return Problem(field_name, Message(CTX, text, params))


def text_limits(record: BaseModel, limits: dict[str, int]) -> list[Problem]:
    values = record.__dict__
    try:
        for name, limit in limits.items():
            if len(values[name]) > limit:
                break
        else:
            return []  # the common case: every text within its limit
    except (KeyError, TypeError):  # not a field, or no text: looked at one by one below
        pass
    problems = []
    for name, limit in limits.items():
        value = getattr(record, name)
        if isinstance(value, str) and len(value) > limit:
            problems.append(
                problem(
                    name,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "This text is too long ({length} characters; at most {limit}).",
                    ),
                    length=len(value),
                    limit=limit,
                )
            )
    return problems


def not_future(field: str, value: date | None, today: date, text: str) -> list[Problem]:
    if value is not None and value > today:
        return [problem(field, text, date=value.isoformat())]
    return []
