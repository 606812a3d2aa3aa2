"""Sync protocol v1: the JSON bodies of ``/api/v1``, defined once for client and server.

A record travels as its full JSON (``content``: the domain model's own dump,
unknown fields included, so nothing a newer app wrote is lost in an older one).

Push: the device sends, per record, the latest local content and the last
server version it was based on (``base_version``, 0 for a new record), with the
ids of every outbox entry it covers. The server applies the batch in one
transaction and remembers each op id: a batch sent again changes nothing and
gets the same answers.

Pull: the server numbers every accepted change per household with a strictly
increasing ``seq``; the device asks for changes after its cursor, page by page.

Views: the device reports which records its person opened (ids and times, never
content) for the server's audit log; it forgets a view once the server answered
for it, recorded or not found.

Blobs: the bytes of an attached file travel apart from its record, in chunks
named by the file's SHA-256 and their number, each put once; the server hashes
them when told they are all there. A laptop puts them before it pushes the
record, and fetches them after it pulled it.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictInt

PROTOCOL_VERSION = 1
MAX_OPS_PER_PUSH = 500
MAX_PULL_LIMIT = 1000
MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_VIEWS_PER_REPORT = 1000
MAX_VERSION = 2**31 - 1  # record versions: a 32-bit integer column on the server
MAX_SEQ = 2**63 - 1  # change feed numbers: a 64-bit integer column


class _Wire(BaseModel):
    # Unknown fields from a newer peer are kept, not dropped.
    model_config = ConfigDict(extra="allow")


class PushOp(_Wire):
    op_id: uuid.UUID
    covers: list[uuid.UUID] = Field(default_factory=list, max_length=10_000)
    kind: str = Field(max_length=40)
    record_id: uuid.UUID
    household_id: uuid.UUID
    base_version: StrictInt = Field(ge=0, le=MAX_VERSION)
    content: dict[str, Any]


class PushRequest(_Wire):
    protocol: StrictInt = PROTOCOL_VERSION
    ops: list[PushOp] = Field(max_length=MAX_OPS_PER_PUSH)


class OpStatus(StrEnum):
    APPLIED = "applied"  # the server took the change as it was
    MERGED = "merged"  # others had changed the record: merged, see ``record``
    REJECTED = "rejected"  # refused (invalid, not allowed); kept on the device with ``reason``


class OpResult(_Wire):
    op_id: uuid.UUID
    status: OpStatus
    record_id: uuid.UUID
    version: int = 0
    seq: int | None = None
    reason: str | None = None
    # The record as the server now holds it; left out when that is exactly the
    # content the op sent (an applied change, at ``version``), and when rejected.
    record: dict[str, Any] | None = None
    conflicts: list[uuid.UUID] = Field(default_factory=list)  # conflict revisions made


class PushResponse(_Wire):
    protocol: StrictInt = PROTOCOL_VERSION
    results: list[OpResult]


class Change(_Wire):
    seq: int
    kind: str
    record_id: uuid.UUID
    household_id: uuid.UUID
    version: int
    content: dict[str, Any]


class PullResponse(_Wire):
    protocol: StrictInt = PROTOCOL_VERSION
    household_id: uuid.UUID
    changes: list[Change]
    next_after: int
    has_more: bool
    max_seq: int  # the household's latest seq: a cursor beyond it means the server lost data
    live_records: int  # how many live records the household holds on the server
    # How many changes of the household come after this page (None from an office
    # that does not say): with the page's own, what a first pull has ahead of it.
    remaining: int | None = None


class EnrollRequest(_Wire):
    protocol: StrictInt = PROTOCOL_VERSION
    code: str = Field(min_length=6, max_length=64)
    device_name: str = Field(default="", max_length=200)
    # Enrolling an existing profile again: the person it belongs to. A code for
    # someone else is then refused (409 other_person) and stays unused.
    person_id: uuid.UUID | None = None


class EnrollResponse(_Wire):
    protocol: StrictInt = PROTOCOL_VERSION
    device_id: str
    token: str
    person: dict[str, Any]  # the Person record of the enrolled user
    households: list[uuid.UUID]
    role: str


class DeviceStatus(_Wire):
    protocol: StrictInt = PROTOCOL_VERSION
    device_id: str
    person_id: uuid.UUID
    role: str
    households: list[uuid.UUID]
    revoked: bool = False
    # The app versions the office accepts and recommends (app.protocol.versions);
    # None from an office that does not say. An older app than ``app_minimum`` does
    # not sync; one older than ``app_recommended`` syncs and says so.
    app_minimum: str | None = Field(default=None, max_length=40)
    app_recommended: str | None = Field(default=None, max_length=40)


def _date_time_text(value: Any) -> Any:
    """A time on the wire is ISO 8601 text; a bare number (an epoch?) is refused."""
    if not isinstance(value, str | datetime):
        raise ValueError("a date and time as ISO 8601 text")
    return value


class RecordView(_Wire):
    """A record opened on a device (who: the device's person; no content)."""

    view_id: uuid.UUID  # made on the device: a report sent again is recorded once
    record_id: uuid.UUID
    household_id: uuid.UUID
    viewed_at: Annotated[datetime, BeforeValidator(_date_time_text)]


class ViewReport(_Wire):
    """``POST /audit/views``: records opened on the device since the last report."""

    protocol: StrictInt = PROTOCOL_VERSION
    views: list[RecordView] = Field(max_length=MAX_VIEWS_PER_REPORT)


class ViewStatus(StrEnum):
    RECORDED = "recorded"  # in the audit log (now, or by an earlier report)
    NOT_FOUND = "not_found"  # no such record in the device's scope: nothing written


class ViewResult(_Wire):
    view_id: uuid.UUID
    status: ViewStatus


class ViewReportResponse(_Wire):
    protocol: StrictInt = PROTOCOL_VERSION
    results: list[ViewResult]


class ErrorBody(_Wire):
    code: str
    detail: str


class BlobStatus(_Wire):
    """What the server holds of an attached file's bytes in a household: the
    numbers of the chunks it has, and whether all arrived and matched the hash
    (``GET /blobs/{sha256}``, ``POST /blobs/{sha256}/complete``)."""

    sha256: str
    size: int = 0  # 0: nothing of it yet
    complete: bool = False
    chunks: list[int] = Field(default_factory=list)
