"""The real thing: ``thuisboek-server serve`` in a subprocess, spoken to over loopback HTTP."""

from __future__ import annotations

import gzip
import json
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest

from app.domain.records import Child
from app.server.core.clock import now_utc
from app.server.core.config import Settings
from app.server.core.db import make_engine, new_session, upgrade
from app.server.services import admin
from tests.support.servers import serving


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[str, str, uuid.UUID]]:
    """A served data folder with one household and an enrollment code for its caregiver."""
    settings = Settings(data_dir=tmp_path)
    engine = make_engine(settings.url)
    upgrade(engine)
    with new_session(engine) as session:
        household = admin.add_household(session, "Gezin Peeters", "simba", now=now_utc())
        person = admin.add_person(session, "Anna", "caregiver", [str(household)], now=now_utc())
        code, _ = admin.make_enroll_code(session, str(person), 1, now=now_utc())
    engine.dispose()

    with serving(tmp_path) as url:
        yield f"{url}/api/v1", code, household


def test_real_server_over_http(live: tuple[str, str, uuid.UUID]) -> None:
    base, code, household = live
    with httpx.Client(base_url=base, timeout=10) as client:
        assert client.get("/health").json() == {"status": "ok", "protocol": 1}
        enrolled = client.post("/enroll", json={"code": code, "device_name": "laptop"})
        assert enrolled.status_code == 200, enrolled.text
        client.headers["Authorization"] = f"Bearer {enrolled.json()['token']}"

        child = Child(household_id=household, given_name="Lotte", date_of_birth=date(2022, 3, 1),
                      placement_start=date(2023, 1, 9)).model_dump(mode="json")  # fmt: skip
        push = {"ops": [{"op_id": str(uuid.uuid4()), "kind": "child", "record_id": child["id"],
                         "household_id": str(household), "base_version": 0,
                         "content": child}]}  # fmt: skip
        pushed = client.post("/push", content=gzip.compress(json.dumps(push).encode()),
                             headers={"Content-Encoding": "gzip",
                                      "Content-Type": "application/json"})  # fmt: skip
        assert pushed.status_code == 200, pushed.text
        assert pushed.json()["results"][0]["status"] == "applied"

        pulled = client.get("/pull", params={"household": str(household), "after": 0})
        assert pulled.status_code == 200
        assert pulled.headers["content-encoding"] == "gzip"
        page = pulled.json()
        assert [c["kind"] for c in page["changes"]] == ["household", "person", "child"]
        assert page["has_more"] is False and page["live_records"] == 3
