"""Device tokens, enrollment codes and rate limits.

A device token is 32 random bytes, shown once at enrollment; the server keeps
only its SHA-256, so a stolen database holds no working credential. An
enrollment code is short enough to type (10 characters from an alphabet
without look-alikes) and stored hashed as well; it is single-use, expires and
its guessing is rate-limited.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import threading
from collections import deque
from collections.abc import Callable

TOKEN_BYTES = 32
DEVICE_ID_BYTES = 9  # 18 hex characters
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L
CODE_LENGTH = 10
CODE_GROUP = 5


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def same_hash(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("ascii"), b.encode("ascii"))


def new_device_id() -> str:
    # Hex, so an id never starts with "-" (which a command line, e.g. the admin's
    # `revoke ID`, would read as an option) and reads back unambiguously.
    return secrets.token_hex(DEVICE_ID_BYTES)


def new_enroll_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:CODE_GROUP]}-{raw[CODE_GROUP:]}"


def normalize_code(code: str) -> str:
    """What a person types: any case, with or without the dash or spaces."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def hash_code(code: str) -> str:
    return hashlib.sha256(normalize_code(code).encode("utf-8")).hexdigest()


class SlidingWindow:
    """At most ``limit`` events per key within ``window`` seconds (in memory, per process).

    Thread-safe: sync routes run in a thread pool."""

    MAX_KEYS = 10_000  # past this, keys with no recent event are forgotten

    def __init__(self, limit: int, window: float, clock: Callable[[], float]) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        events = self._events.setdefault(key, deque())
        while events and events[0] <= now - self.window:
            events.popleft()
        return events

    def _prune(self, now: float) -> None:
        if len(self._events) <= self.MAX_KEYS:
            return
        for key in [k for k, v in self._events.items() if not v or v[-1] <= now - self.window]:
            del self._events[key]

    def exceeded(self, key: str) -> bool:
        """True when ``key`` already used up its allowance."""
        with self._lock:
            return len(self._recent(key, self._clock())) >= self.limit

    def retry_after(self, key: str) -> int:
        """Whole seconds until ``key`` has room for one more event again (at least 1)."""
        with self._lock:
            now = self._clock()
            events = self._recent(key, now)
            if len(events) < self.limit:
                return 1
            wait = events[len(events) - self.limit] + self.window - now
            return max(1, math.ceil(wait))

    def add(self, key: str) -> None:
        with self._lock:
            now = self._clock()
            self._recent(key, now).append(now)
            self._prune(now)

    def attempt(self, key: str) -> bool:
        """Count one attempt; False when it is over the limit (and then it is not counted)."""
        with self._lock:
            now = self._clock()
            events = self._recent(key, now)
            if len(events) >= self.limit:
                return False
            events.append(now)
            self._prune(now)
            return True
