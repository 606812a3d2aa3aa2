"""HTTP to the central office: JSON, gzip both ways, ``/api/v1``.

Plain HTTP is accepted only to this computer (loopback); anything else must be
HTTPS, verified against the operating system's trust store (``truststore``: the
Windows certificate store, the macOS Keychain, the system's CA bundle on Linux),
so that an office's own certificate authority, rolled out to its laptops, is
trusted like a public one; TLS 1.2 at least, and no redirect is followed.
Failures become the few errors the sync engine knows how to handle.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import ipaddress
import json
import re
import ssl
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
import truststore
from pydantic import BaseModel

from app import __version__
from app.domain.messages import QT_TRANSLATE_NOOP, Message, ThuisboekError
from app.protocol import versions
from app.protocol.schemas import (
    PROTOCOL_VERSION,
    BlobStatus,
    DeviceStatus,
    EnrollRequest,
    EnrollResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    ViewReport,
    ViewReportResponse,
)
from app.sync.pages import PulledPage, read_page

CTX = "Sync"
M = TypeVar("M", bound=BaseModel)

# A record as this device stores it (the domain model's own JSON) begins with these
# fields, in this order; read from that beginning, a push needs no decoding.
_STORED_HEAD = re.compile(
    r'\{"id":"[0-9a-f-]{36}","household_id":"([0-9a-f-]{36})","version":-?[0-9]+,'
    r'"modified_at":"([^"\\]*)"'
)
_HOUSEHOLDS: dict[str, uuid.UUID] = {}  # a device knows few households: each parsed once


@functools.cache
def _kind_json(kind: str) -> str:
    """A record kind as JSON (few kinds: each written once)."""
    return json.dumps(kind)


class StoredOp:
    """A push operation read from this device's outbox, its record kept as the JSON
    text it is stored as (a checked record: the office checks it again). Sent as
    that text, neither decoded nor encoded again; its values (``content``, the ids)
    are made only when someone asks for them."""

    def __init__(
        self,
        op_id: str,
        covers: Sequence[str],
        kind: str,
        record_id: str,
        base_version: int,
        stored: str,
    ) -> None:
        self.op_text = op_id
        self.cover_texts = list(covers)
        self.kind = kind
        self.record_text = record_id
        self.base_version = base_version
        self.stored = stored
        head = _STORED_HEAD.match(stored)
        if head is not None:
            self.household_text, self.modified_at = head.group(1), head.group(2)
        else:  # another layout (not this app's own dump): read as JSON
            self.household_text = str(self.content["household_id"])
            self.modified_at = str(self.content.get("modified_at", ""))

    @cached_property
    def content(self) -> dict[str, Any]:
        value = json.loads(self.stored)
        assert isinstance(value, dict)
        return value

    @cached_property
    def op_id(self) -> uuid.UUID:
        return uuid.UUID(self.op_text)

    @cached_property
    def covers(self) -> list[uuid.UUID]:
        return [uuid.UUID(c) for c in self.cover_texts]

    @cached_property
    def record_id(self) -> uuid.UUID:
        return uuid.UUID(self.record_text)

    @property
    def household_id(self) -> uuid.UUID:
        found = _HOUSEHOLDS.get(self.household_text)
        if found is None:
            found = _HOUSEHOLDS.setdefault(self.household_text, uuid.UUID(self.household_text))
        return found

    def json(self) -> str:
        """The op as a ``PushOp``'s JSON, the record's stored text inside as it is
        (the ids are this device's own UUIDs, written as they are)."""
        covers = ",".join([f'"{c}"' for c in self.cover_texts])
        return (
            f'{{"op_id":"{self.op_text}","covers":[{covers}],'
            f'"kind":{_kind_json(self.kind)},"record_id":"{self.record_text}",'
            f'"household_id":"{self.household_text}","base_version":{int(self.base_version)},'
            f'"content":{self.stored}}}'
        )


@dataclass(frozen=True)
class OutgoingPush:
    """A ``PushRequest`` of this device's stored ops, written by hand."""

    ops: list[StoredOp]
    protocol: int = PROTOCOL_VERSION

    def body(self) -> bytes:
        return self._body

    @cached_property
    def _body(self) -> bytes:  # written once (it may be written before it is sent)
        ops = ",".join(op.json() for op in self.ops)
        return f'{{"protocol":{int(self.protocol)},"ops":[{ops}]}}'.encode()


class SyncError(ThuisboekError):
    pass


class Offline(SyncError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            Message(CTX, QT_TRANSLATE_NOOP("Sync", "The central office cannot be reached."))
        )
        self.detail = detail


class RateLimited(SyncError):
    """The central office refuses too many attempts for now: reachable, not offline."""

    def __init__(self, retry_after: float) -> None:
        at = datetime.now() + timedelta(seconds=retry_after)
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "The central office is refusing too many attempts; trying again at {time}.",
                ),
                {"time": at.strftime("%H:%M")},
            )
        )
        self.retry_after = retry_after


class ServerTrouble(SyncError):
    """The central office answered, but with an error of its own: reachable, not offline."""

    def __init__(self, status: int) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "The central office had a problem (HTTP {status}). Nothing is lost: "
                    "your changes wait here and are sent later.",
                ),
                {"status": status},
            )
        )
        self.status = status


class InsecureServer(SyncError):
    def __init__(self, url: str) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "The address {url} is not secure: use https:// "
                    "(http:// only for this computer).",
                ),
                {"url": url},
            )
        )


class UntrustedServer(SyncError):
    """The office answered with a certificate this computer does not trust."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This computer does not trust the central office's certificate. Nothing "
                    "was sent. Ask the office to install its certificate authority on this "
                    "computer, or check the address.",
                ),
            )
        )


def tls_context() -> ssl.SSLContext:
    """Certificates checked against the operating system's trust store, TLS 1.2 or newer."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _is_untrusted(exc: BaseException) -> bool:
    """Whether a failed connection was a certificate that did not verify."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


class AppTooOld(SyncError):
    """The office accepts no app older than ``minimum``: nothing is sent or taken."""

    def __init__(self, version: str, minimum: str) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This Thuisboek ({version}) is too old for the central office, which "
                    "needs version {minimum} or newer. Nothing was sent; your changes wait "
                    "here. Install the new version, then sync again.",
                ),
                {"version": version, "minimum": minimum},
            )
        )
        self.version = version
        self.minimum = minimum


class DeviceRevoked(SyncError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "The central office has revoked this computer. The records on it are locked; "
                    "you can erase them.",
                ),
            )
        )


class Unauthorized(SyncError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync", "The central office does not recognise this computer. Enrol it again."
                ),
            )
        )


class InvalidCode(SyncError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync", "The enrolment code is not valid (mistyped, used already, or expired)."
                ),
            )
        )


class CursorAhead(SyncError):
    """The server knows fewer changes than this device has seen: it was restored."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX, QT_TRANSLATE_NOOP("Sync", "The central office was restored from a backup.")
            )
        )


class ServerRefused(SyncError):
    def __init__(self, status: int, code: str = "") -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync", "The central office refused the request ({status} {code})."
                ),
                {"status": status, "code": code},
            )
        )
        self.status = status
        self.code = code


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    """The server's base URL, refused unless HTTPS or loopback HTTP."""
    parts = urlsplit(url.strip())
    if parts.scheme == "https" and parts.hostname:
        return url.strip().rstrip("/")
    if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return url.strip().rstrip("/")
    raise InsecureServer(url)


class Transport:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
        app_version: str = __version__,
    ) -> None:
        self.base_url = check_url(base_url)
        self.token = token
        self.app_version = app_version  # this app's, told to the office with each request
        # The changes still waiting behind the next push, told to the office with it
        # (for its device list); None: not said.
        self.waiting: int | None = None
        self._client = client or httpx.Client(
            timeout=timeout, follow_redirects=False, verify=tls_context()
        )

    def close(self) -> None:
        self._client.close()

    def _request(
        self,
        method: str,
        path: str,
        body: BaseModel | bytes | None,
        params: dict[str, Any] | None = None,
        *,
        compress: bool = True,
        content_type: str = "application/json",
        gzip_answer: bool = True,
    ) -> httpx.Response:
        headers = {
            "Accept": "application/json",
            # Not for the bytes of photos and scans: they do not shrink, and packing
            # them would only cost both sides time.
            "Accept-Encoding": "gzip" if gzip_answer else "identity",
            # The office refuses an app older than it accepts (426 app_too_old).
            "User-Agent": versions.agent(self.app_version),
        }
        content = None
        if body is not None:
            content = body if isinstance(body, bytes) else body.model_dump_json().encode()
            headers["Content-Type"] = content_type
            if compress:
                content = gzip.compress(content, compresslevel=5)
                headers["Content-Encoding"] = "gzip"
        if path == "/push" and self.waiting is not None:
            headers[versions.WAITING_HEADER] = str(max(self.waiting, 0))
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = self._client.request(
                method, f"{self.base_url}/api/v1{path}", content=content, headers=headers,
                params=params,
            )  # fmt: skip
        except httpx.TransportError as exc:
            if isinstance(exc, httpx.ConnectError) and _is_untrusted(exc):
                raise UntrustedServer() from None
            raise Offline(type(exc).__name__) from None
        if response.status_code == 426:  # this app is older than the office accepts
            minimum = response.headers.get(versions.MINIMUM_HEADER, "")[:40] or "?"
            raise AppTooOld(self.app_version, minimum)
        if response.status_code >= 400:
            raise self._error(response)
        return response

    @staticmethod
    def _error(response: httpx.Response) -> SyncError:
        code = ""
        with contextlib.suppress(ValueError, AttributeError):
            code = str(response.json().get("code", ""))
        if response.status_code == 401:
            return DeviceRevoked() if code == "revoked" else Unauthorized()
        if response.status_code == 409 and code == "cursor_ahead":
            return CursorAhead()
        if response.status_code == 400 and code == "invalid_code":
            return InvalidCode()
        if response.status_code == 429 and code == "rate_limited":
            return RateLimited(_retry_after(response))
        if response.status_code in (408, 429, 502, 503, 504):
            return Offline(f"HTTP {response.status_code}")  # busy, or a gateway without it
        if response.status_code >= 500:
            return ServerTrouble(response.status_code)
        return ServerRefused(response.status_code, code)

    @staticmethod
    def _parse(response: httpx.Response, model: type[M]) -> M:
        try:
            return model.model_validate_json(response.content)
        except ValueError:
            # A body cut short by the network looks like this: try again later.
            raise Offline("malformed answer") from None

    def enroll(
        self, code: str, device_name: str, person_id: uuid.UUID | None = None
    ) -> EnrollResponse:
        """``person_id``: enrolling an existing profile again, whose person that is."""
        request = EnrollRequest(code=code, device_name=device_name, person_id=person_id)
        # Sent plain: only push inflates a gzip body; /enroll reads plain JSON.
        response = self._request("POST", "/enroll", request, compress=False)
        return self._parse(response, EnrollResponse)

    def device(self) -> DeviceStatus:
        return self._parse(self._request("GET", "/device", None), DeviceStatus)

    def push(self, request: PushRequest | OutgoingPush) -> PushResponse:
        body = request.body() if isinstance(request, OutgoingPush) else request
        return self._parse(self._request("POST", "/push", body), PushResponse)

    def pull(
        self,
        household: uuid.UUID,
        after: int,
        limit: int,
        *,
        at: tuple[uuid.UUID, int] | None = None,
    ) -> PulledPage | PullResponse:
        """Changes after seq ``after``; ``at``: the record and version of change
        ``after`` as this device got it, which the server checks. The page comes
        with its records parsed (``pages``), or as the protocol's ``PullResponse``
        when it cannot be read so."""
        params: dict[str, str | int] = {"household": str(household), "after": after, "limit": limit}
        if at is not None:
            params |= {"after_record": str(at[0]), "after_version": at[1]}
        response = self._request("GET", "/pull", None, params)
        return read_page(response.content) or self._parse(response, PullResponse)

    def report_views(self, request: ViewReport) -> ViewReportResponse:
        return self._parse(self._request("POST", "/audit/views", request), ViewReportResponse)

    # The bytes of attached files, chunk by chunk.
    def blob_status(self, household: uuid.UUID, sha256: str) -> BlobStatus:
        """Which chunks of a file the server holds in the household."""
        response = self._request("GET", f"/blobs/{sha256}", None, {"household": str(household)})
        return self._parse(response, BlobStatus)

    def put_chunk(
        self, household: uuid.UUID, sha256: str, n: int, size: int, data: bytes
    ) -> BlobStatus:
        """Chunk ``n`` of a file of ``size`` bytes (sent plain: photos do not shrink)."""
        params = {"household": str(household), "size": size}
        response = self._request("PUT", f"/blobs/{sha256}/{n}", data, params, compress=False,
                                 content_type="application/octet-stream")  # fmt: skip
        return self._parse(response, BlobStatus)

    def complete_blob(self, household: uuid.UUID, sha256: str) -> BlobStatus:
        """Have the server check the file's chunks against its hash."""
        params = {"household": str(household)}
        response = self._request("POST", f"/blobs/{sha256}/complete", None, params)
        return self._parse(response, BlobStatus)

    def get_chunk(self, household: uuid.UUID, sha256: str, n: int) -> bytes:
        path, params = f"/blobs/{sha256}/{n}/bytes", {"household": str(household)}
        response = self._request("GET", path, None, params, gzip_answer=False)
        return response.content


def _retry_after(response: httpx.Response) -> float:
    """The seconds the office asks to wait (``Retry-After``), a minute if it does not say."""
    try:
        return min(max(float(response.headers.get("Retry-After", "60")), 1.0), 3600.0)
    except ValueError:
        return 60.0
