"""A test server with its admin actions, enrolled devices, and record builders."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from app.domain.attachments import CHUNK_BYTES, Attachment, chunk_count
from app.domain.clock import Stamp
from app.domain.records import Review
from app.domain.vocabulary import ReviewMark
from app.server.core.config import API_PREFIX, Settings
from app.server.main import create_app
from app.server.services import admin
from app.server.tables import AuditLogRow, ChangeRow, RecordRow, RecordVersionRow
from tests import factories

CANARY = "Zwartbessenkanarie"  # appears nowhere but in records the tests write
YESTERDAY = date.today() - timedelta(days=1)


class FakeClock:
    """The rate limits' clock, moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def stamp(millis: int, device: str, counter: int = 0) -> str:
    return str(Stamp(millis, counter, device))


@dataclass
class Device:
    server: Server
    token: str
    device_id: str
    person_id: uuid.UUID
    household: uuid.UUID | None
    ticks: int = 0

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def stamp(self) -> str:
        """A later hybrid-clock stamp at each call, as the device's clock would give."""
        self.ticks += 1
        return stamp(1_700_000_000_000 + self.ticks, self.device_id)

    def push(self, ops: Sequence[dict[str, Any]], **kwargs: Any) -> httpx.Response:
        response: httpx.Response = self.server.client.post(
            f"{API_PREFIX}/push", json={"ops": list(ops)}, headers=self.headers, **kwargs
        )
        return response

    def push_ok(self, ops: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        response = self.push(ops)
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def pull(
        self,
        household: uuid.UUID | None = None,
        after: int = 0,
        limit: int | None = None,
        at: tuple[str, int] | None = None,
    ) -> httpx.Response:
        params: dict[str, Any] = {"household": str(household or self.household), "after": after}
        if limit is not None:
            params["limit"] = limit
        if at is not None:
            params |= {"after_record": at[0], "after_version": at[1]}
        response: httpx.Response = self.server.client.get(
            f"{API_PREFIX}/pull", params=params, headers=self.headers
        )
        return response

    # Records, stamped by this device.
    def child(self, **fields: Any) -> dict[str, Any]:
        assert self.household is not None
        record = factories.child(
            self.household,
            family_name="Janssens",
            modified_at=self.stamp(),
            modified_by=self.person_id,
            device_id=self.device_id,
            **fields,
        )
        return record.model_dump(mode="json")

    def daily_log(self, child_id: Any, **fields: Any) -> dict[str, Any]:
        assert self.household is not None
        record = factories.daily_log(
            factories.Author(self.household, self.person_id),
            uuid.UUID(str(child_id)),
            date=fields.pop("date", YESTERDAY),
            modified_at=self.stamp(),
            modified_by=self.person_id,
            device_id=self.device_id,
            **fields,
        )
        return record.model_dump(mode="json")

    def review(self, target: dict[str, Any], household: uuid.UUID, **fields: Any) -> dict[str, Any]:
        record = Review(
            household_id=household,
            target_id=uuid.UUID(target["id"]),
            target_kind=fields.pop("target_kind", "daily_log"),
            mark=fields.pop("mark", ReviewMark.REVIEWED),
            author_id=self.person_id,
            modified_at=self.stamp(),
            modified_by=self.person_id,
            device_id=self.device_id,
            **fields,
        )
        return record.model_dump(mode="json")

    # Attached files: their bytes, chunk by chunk, then the record naming them.
    def put_blob(self, data: bytes, household: uuid.UUID | None = None) -> str:
        """Put every chunk of ``data`` and have the server check them: the file's hash."""
        sha = hashlib.sha256(data).hexdigest()
        params = {"household": str(household or self.household), "size": len(data)}
        for n in range(chunk_count(len(data))):
            chunk = data[n * CHUNK_BYTES : (n + 1) * CHUNK_BYTES]
            response = self.server.client.put(
                f"{API_PREFIX}/blobs/{sha}/{n}", content=chunk, params=params,
                headers=self.headers,
            )  # fmt: skip
            assert response.status_code == 200, response.text
        response = self.server.client.post(
            f"{API_PREFIX}/blobs/{sha}/complete", params={"household": params["household"]},
            headers=self.headers,
        )  # fmt: skip
        assert response.status_code == 200 and response.json()["complete"], response.text
        return sha

    def attachment(self, child_id: Any, data: bytes, **fields: Any) -> dict[str, Any]:
        """An attachment record of a PDF ``data`` (its bytes not put)."""
        assert self.household is not None
        record = Attachment(
            household_id=self.household,
            child_id=uuid.UUID(str(child_id)),
            file_name=fields.pop("file_name", "rapport.pdf"),
            media_type="application/pdf",
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            author_id=self.person_id,
            modified_at=self.stamp(),
            modified_by=self.person_id,
            device_id=self.device_id,
            **fields,
        )
        return record.model_dump(mode="json")

    def edit(self, content: dict[str, Any], **changes: Any) -> dict[str, Any]:
        """``content`` changed on this device: new fields, a new stamp."""
        return {**content, **changes, "modified_at": self.stamp(), "device_id": self.device_id}


def op(
    kind: str,
    content: dict[str, Any],
    base: int = 0,
    *,
    op_id: uuid.UUID | None = None,
    covers: Sequence[uuid.UUID] = (),
    household: Any = None,
    record_id: Any = None,
) -> dict[str, Any]:
    return {
        "op_id": str(op_id or uuid.uuid4()),
        "covers": [str(c) for c in covers],
        "kind": kind,
        "record_id": str(record_id or content["id"]),
        "household_id": str(household or content["household_id"]),
        "base_version": base,
        "content": content,
    }


@dataclass
class Server:
    app: FastAPI
    client: TestClient
    engine: Engine
    clock: FakeClock
    devices: list[Device] = field(default_factory=list)

    @classmethod
    @contextmanager
    def start(cls, engine: Engine, data_dir: Path, clock: FakeClock) -> Iterator[Server]:
        app = create_app(Settings(data_dir=data_dir, monotonic=clock), engine=engine)
        with TestClient(app) as client:
            yield cls(app, client, engine, clock)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def now(self) -> datetime:
        return datetime.now(UTC)

    # Admin actions, as the CLI does them.
    def add_household(self, name: str = "Gezin Peeters", kind: str = "simba") -> uuid.UUID:
        with self.session() as s:
            return admin.add_household(s, name, kind, now=self.now())

    def add_person(
        self, name: str, role: str = "caregiver", households: Sequence[uuid.UUID] = ()
    ) -> uuid.UUID:
        with self.session() as s:
            return admin.add_person(s, name, role, [str(h) for h in households], now=self.now())

    def enroll_code(self, person_id: uuid.UUID, hours: float = 24, *, ago: float = 0) -> str:
        with self.session() as s:
            when = self.now() - timedelta(hours=ago)
            code, _ = admin.make_enroll_code(s, str(person_id), hours, now=when)
            return code

    def revoke(self, device: Device) -> None:
        with self.session() as s:
            admin.revoke(s, device.device_id, now=self.now())

    def enroll(self, code: str, name: str = "laptop") -> httpx.Response:
        response: httpx.Response = self.client.post(
            f"{API_PREFIX}/enroll", json={"code": code, "device_name": name}
        )
        return response

    def device(
        self, household: uuid.UUID | None, role: str = "caregiver", name: str = "Anna"
    ) -> Device:
        """A person of ``household`` with an enrolled device."""
        person = self.add_person(name, role, [household] if household else [])
        response = self.enroll(self.enroll_code(person))
        assert response.status_code == 200, response.text
        body = response.json()
        device = Device(self, body["token"], body["device_id"], person, household)
        self.devices.append(device)
        return device

    # What is stored.
    def record(self, record_id: Any) -> RecordRow | None:
        with self.session() as s:
            return s.get(RecordRow, str(record_id))

    def count(self, table: type[Any]) -> int:
        with self.session() as s:
            return int(s.exec(select(func.count()).select_from(table)).one())

    def counts(self) -> tuple[int, int, int]:
        return self.count(RecordRow), self.count(RecordVersionRow), self.count(ChangeRow)

    def audit_rows(self) -> list[AuditLogRow]:
        with self.session() as s:
            return list(s.exec(select(AuditLogRow)).all())
