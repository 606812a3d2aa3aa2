"""What each answer of the central office means to the app: offline and retried,
the office's own trouble, or a refusal."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import httpx
import pytest

from app.sync.transport import (
    CursorAhead,
    DeviceRevoked,
    Offline,
    RateLimited,
    ServerRefused,
    ServerTrouble,
    SyncError,
    Transport,
)


def answer(status: int, code: str = "") -> httpx.Response:
    return httpx.Response(status, json={"code": code, "detail": "…"})


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (401, "revoked", DeviceRevoked),
        (409, "cursor_ahead", CursorAhead),
        (429, "rate_limited", RateLimited),
        (503, "", Offline),
        (504, "", Offline),
        (500, "", ServerTrouble),
        (422, "invalid", ServerRefused),
        (403, "forbidden", ServerRefused),
    ],
)
def test_each_answer_has_its_meaning(status: int, code: str, kind: type[SyncError]) -> None:
    error = Transport._error(answer(status, code))
    assert type(error) is kind


def test_the_offices_own_trouble_is_not_called_offline() -> None:
    error = Transport._error(answer(500))
    assert isinstance(error, ServerTrouble) and not isinstance(error, Offline)
    assert error.message.params == {"status": 500}
    assert "Nothing is lost" in error.message.text


def test_an_office_refusing_too_many_attempts_is_not_called_offline() -> None:
    response = httpx.Response(429, json={"code": "rate_limited", "detail": "…"},
                              headers={"Retry-After": "90"})  # fmt: skip
    error = Transport._error(response)
    assert isinstance(error, RateLimited) and not isinstance(error, Offline)
    assert "refusing too many attempts" in error.message.text
    assert re.fullmatch(r"\d\d:\d\d", error.message.params["time"])
    later = datetime.now() + timedelta(seconds=90)
    assert error.message.params["time"] in {
        (later + timedelta(minutes=d)).strftime("%H:%M") for d in (-1, 0, 1)
    }
