"""App versions as the central office and the app compare them.

The office states the oldest app version it accepts (``app_minimum``) and the one
it recommends (``app_recommended``); the app compares its own version with them.
Versions are ``MAJOR.MINOR[.PATCH]`` with anything after (``rc1``, ``+local``)
ignored; a version that does not read so (a source tree that was never installed,
``0.0.0+source``) is unknown and never refused.
"""

from __future__ import annotations

import re

# The first app that speaks protocol 1: the oldest an office accepts unless told.
OLDEST_APP_VERSION = "0.1.0"
UNKNOWN = "0.0.0+source"  # app.__version__ of a source tree that was not installed
AGENT = "Thuisboek/"  # the app's requests carry ``User-Agent: Thuisboek/<version>``
# The office's minimum, with its 426 ``app_too_old`` answer to an older app.
MINIMUM_HEADER = "X-Thuisboek-App-Minimum"
# With a push, the app may say how many of its changes still wait behind it, for the
# office's device list only (never trusted for anything else).
WAITING_HEADER = "X-Thuisboek-Changes-Waiting"
MAX_WAITING = 10**9
MAX_VERSION_LENGTH = 40

_VERSION = re.compile(r"^\s*v?(\d+)\.(\d+)(?:\.(\d+))?")


def parse(text: str | None) -> tuple[int, int, int] | None:
    """``(major, minor, patch)``, or None when ``text`` is no version."""
    if not text or text.strip() == UNKNOWN:
        return None
    match = _VERSION.match(text)
    if match is None:
        return None
    major, minor, patch = match.groups()
    return int(major), int(minor), int(patch or 0)


def is_older(version: str | None, than: str | None) -> bool:
    """Whether ``version`` is older than ``than``; False when either is unknown."""
    mine, theirs = parse(version), parse(than)
    return mine is not None and theirs is not None and mine < theirs


def agent(version: str) -> str:
    return f"{AGENT}{version}"


def app_of_agent(user_agent: str) -> str | None:
    """The app version a ``User-Agent`` names; None for any other client."""
    if not user_agent.startswith(AGENT):
        return None
    rest = user_agent[len(AGENT) :].split()
    return rest[0][:MAX_VERSION_LENGTH] if rest else None


def waiting_of(header: str | None) -> int | None:
    """The changes waiting an app says it has; None when it does not say so plainly."""
    text = (header or "").strip()
    if not text.isascii() or not text.isdigit() or len(text) > 10:
        return None
    count = int(text)
    return count if count <= MAX_WAITING else None
