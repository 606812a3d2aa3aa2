"""A fault-injecting HTTP proxy on loopback, in front of the real server.

Plain threads and blocking sockets: one thread accepts, one thread serves each
client connection. The proxy reads the client's byte stream one HTTP/1.1
request at a time (head, then a Content-Length or chunked body), so a kept-alive
connection, as httpx reuses them, gets a fresh decision for every request:
faults keyed on connections alone would never reach a pooled connection that
once went well. Each request gets one :class:`Fault`, taken from a schedule
first, then drawn at random with a seed, else the standing fault; every fault
but GOOD and DELAY ends the client connection. Towards the server, every
request goes on its own new connection, closed once the answer was read
(the server's idle timeout then never races a forwarded request).

    with FaultProxy(server_url) as proxy:
        proxy.schedule(Fault.DROP_ANSWER)   # the next request
        proxy.randomly(seed=7)              # after that: any fault, at random
        proxy.always(Fault.GOOD)            # the network is good again
        proxy.counts[Fault.DROP_ANSWER]     # how often each fault was applied
        proxy.by_route[Fault.DROP_ANSWER, "POST /api/v1/push"]   # … and to which route

The proxy never looks into the bodies beyond their framing, and logs nothing.
``serving_logged`` serves the server behind it with its stderr in a file (a cut
upload makes it log a traceback; ``serving``'s unread pipe would fill up).
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import BinaryIO
from urllib.parse import urlsplit

from tests.support.servers import free_port, server_command, serving

MAX_HEAD = 64 * 1024
UPSTREAM_TIMEOUT = 60.0
IDLE_TIMEOUT = 120.0  # a client connection silent this long is closed


class Fault(StrEnum):
    GOOD = "good"  # passed on both ways
    DELAY = "delay"  # passed on, ``delay`` seconds late each way
    DROP = "drop"  # the connection is reset; the request never reaches the server
    CUT_REQUEST = "cut_request"  # the server gets the head and half the body, then a close
    CUT_RESPONSE = "cut_response"  # the server answers; the client gets half of it, then a close
    DROP_ANSWER = "drop_answer"  # the server gets all and answers (it committed); the client
    # connection closes the moment the answer starts, and nothing of it is passed on


FAULTS = tuple(f for f in Fault if f is not Fault.GOOD)  # every fault kind but "good"


class _Closed(Exception):
    """A peer closed its side in the middle of a message."""


def _read_head(stream: BinaryIO) -> bytes | None:
    """A request or response head up to its blank line; None at a clean end of stream."""
    head = bytearray()
    while True:
        line = stream.readline(MAX_HEAD)
        if not line:
            if head:
                raise _Closed
            return None
        head += line
        if len(head) > MAX_HEAD:
            raise _Closed
        if line in (b"\r\n", b"\n"):
            if len(head) == len(line):
                head.clear()  # stray blank lines between messages are allowed
                continue
            return bytes(head)


def _headers(head: bytes) -> dict[str, str]:
    lines = head.decode("latin-1").split("\r\n")[1:]
    found: dict[str, str] = {}
    for line in lines:
        name, sep, value = line.partition(":")
        if sep:
            found[name.strip().lower()] = value.strip()
    return found


def _exactly(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise _Closed
    return data


def _chunked(stream: BinaryIO) -> bytes:
    """A chunked body as it came, framing and trailers included."""
    raw = bytearray()
    while True:
        line = stream.readline(MAX_HEAD)
        if not line.endswith(b"\n"):
            raise _Closed
        raw += line
        size = int(line.split(b";")[0].strip() or b"0", 16)
        if size == 0:
            while True:  # trailers, up to a blank line
                trailer = stream.readline(MAX_HEAD)
                if not trailer.endswith(b"\n"):
                    raise _Closed
                raw += trailer
                if trailer in (b"\r\n", b"\n"):
                    return bytes(raw)
        raw += _exactly(stream, size + 2)


def _body(stream: BinaryIO, head: bytes, *, response: bool, bodiless: bool = False) -> bytes:
    """The body that follows ``head`` in the stream (RFC 9112 §6.3, without 1xx)."""
    if bodiless:
        return b""
    headers = _headers(head)
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return _chunked(stream)
    if "content-length" in headers:
        return _exactly(stream, int(headers["content-length"]))
    return stream.read() if response else b""  # a response without length ends at close


def _status(head: bytes) -> int:
    parts = head.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def _route(head: bytes) -> str:
    """A request's method and path, without its query."""
    method, _, rest = head.split(b"\r\n", 1)[0].decode("latin-1").partition(" ")
    return f"{method} {rest.split(' ', 1)[0].split('?', 1)[0]}"


def _closes(head: bytes) -> bool:
    return "close" in _headers(head).get("connection", "").lower()


def _reset_on_close(sock: socket.socket) -> None:
    """Make the coming close a TCP reset, as a dropped connection looks to the peer."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


class FaultProxy:
    def __init__(self, upstream_url: str, *, delay: float = 0.15) -> None:
        parts = urlsplit(upstream_url)
        assert parts.hostname and parts.port, upstream_url
        self.upstream = (parts.hostname, parts.port)
        self.delay = delay
        self.counts: Counter[Fault] = Counter()
        self.by_route: Counter[tuple[Fault, str]] = Counter()  # (fault, "POST /api/v1/push")
        self.requests = 0
        self._lock = threading.Lock()
        self._queue: deque[Fault] = deque()
        self._standing = Fault.GOOD
        self._random: random.Random | None = None
        self._choices: tuple[Fault, ...] = ()
        self._open: set[socket.socket] = set()
        self._stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)  # the acceptor looks at ``_stopping`` this often
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._acceptor = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)

    # Which faults -------------------------------------------------------------------
    def schedule(self, *faults: Fault) -> None:
        """The next requests get these faults, in order (before any other rule)."""
        with self._lock:
            self._queue.extend(faults)

    def randomly(self, seed: int, faults: Iterable[Fault] = tuple(Fault)) -> None:
        """After the schedule: each request draws one of ``faults`` (seeded)."""
        with self._lock:
            self._random = random.Random(seed)
            self._choices = tuple(faults)

    def always(self, fault: Fault) -> None:
        """After the schedule: every request gets ``fault`` (GOOD: the network is good)."""
        with self._lock:
            self._random = None
            self._standing = fault

    @property
    def injected(self) -> int:
        """How many requests met a fault (anything but GOOD)."""
        with self._lock:
            return sum(n for fault, n in self.counts.items() if fault is not Fault.GOOD)

    def _next(self, head: bytes) -> Fault:
        with self._lock:
            if self._queue:
                fault = self._queue.popleft()
            elif self._random is not None:
                fault = self._random.choice(self._choices)
            else:
                fault = self._standing
            self.counts[fault] += 1
            self.by_route[fault, _route(head)] += 1
            self.requests += 1
            return fault

    # Life ---------------------------------------------------------------------------
    def start(self) -> FaultProxy:
        self._acceptor.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._acceptor.join(timeout=10)
        self._listener.close()
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:  # shutdown wakes a thread reading it (close would wait)
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _track(self, sock: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._open.add(sock)
            else:
                self._open.discard(sock)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(IDLE_TIMEOUT)
            self._track(client, add=True)
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    # One client connection ----------------------------------------------------------
    def _serve(self, client: socket.socket) -> None:
        try:
            with client.makefile("rb") as stream:
                while True:
                    head = _read_head(stream)
                    if head is None:
                        return
                    body = _body(stream, head, response=False)
                    if not self._pass(client, head, body, self._next(head)):
                        return
        except (OSError, _Closed, ValueError):
            return
        finally:
            self._track(client, add=False)
            client.close()

    def _pass(self, client: socket.socket, head: bytes, body: bytes, fault: Fault) -> bool:
        """Pass one request and its answer, with ``fault``; False: the connection ends."""
        if fault is Fault.DROP:
            _reset_on_close(client)
            return False
        if fault is Fault.DELAY:
            time.sleep(self.delay)
        request = head + body
        with socket.create_connection(self.upstream, timeout=UPSTREAM_TIMEOUT) as server:
            self._track(server, add=True)
            try:
                if fault is Fault.CUT_REQUEST:
                    cut = len(head) + len(body) // 2 if body else len(head) // 2
                    server.sendall(request[:cut])
                    return False
                server.sendall(request)
                with server.makefile("rb") as answer:
                    if fault is Fault.DROP_ANSWER:
                        answer_head = _read_head(answer)  # answering: it has committed
                        client.shutdown(socket.SHUT_RDWR)
                        if answer_head is not None:  # read to its end: a normal exchange
                            _body(answer, answer_head, response=True)
                        return False
                    answer_head, answer_body = self._read_response(answer, head)
            finally:
                self._track(server, add=False)
        if fault is Fault.CUT_RESPONSE:
            cut = len(answer_body) // 2 if answer_body else -len(answer_head) // 2
            client.sendall((answer_head + answer_body)[: len(answer_head) + cut])
            return False
        if fault is Fault.DELAY:
            time.sleep(self.delay)
        client.sendall(answer_head + answer_body)
        return not _closes(answer_head)

    @staticmethod
    def _read_response(answer: BinaryIO, request_head: bytes) -> tuple[bytes, bytes]:
        answer_head = _read_head(answer)
        if answer_head is None:
            raise _Closed
        status = _status(answer_head)
        bodiless = request_head.startswith(b"HEAD ") or status in (204, 304) or status < 200
        return answer_head, _body(answer, answer_head, response=True, bodiless=bodiless)


# The server behind the proxy ---------------------------------------------------------
_LOGGED_SERVER = (
    "import os, sys; "
    "os.dup2(os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), 2); "
    "from app.server.cli import main; sys.exit(main(sys.argv[2:]))"
)


@contextlib.contextmanager
def serving_logged(data: Path, log: Path, database_url: str | None = None) -> Iterator[str]:
    """``tests.support.servers.serving``, with the server's stderr going to ``log``.

    ``serving`` gives the server a pipe for stderr that nobody reads while it runs:
    every request cut in the middle makes uvicorn log a ~5 KB traceback
    (starlette's ClientDisconnect), and after a dozen of them the full pipe blocks
    the server for good. A file never fills."""
    port = free_port()
    command = [sys.executable, "-c", _LOGGED_SERVER, str(log),
               *server_command(data, database_url, port)[3:]]  # fmt: skip
    with serving(data, database_url, command=command) as url:
        yield url


def server_tracebacks(log: Path) -> list[str]:
    """The last line of every traceback the server logged (the exception)."""
    if not log.exists():
        return []
    found, inside = [], False
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("Traceback (most recent call last)"):
            inside = True
        elif inside and line and not line.startswith(" "):
            found.append(line.strip())
            inside = False
    return found
