"""UTC time for the server, and stamps for the records it writes itself."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.domain.clock import Stamp

SERVER_DEVICE = "server"  # device_id of records the server makes (admin CLI, conflict revisions)
# The furthest-ahead time zone is UTC+14: a daily log dated "today" on any device
# must not count as dated in the future on a server that runs on UTC.
LATEST_ZONE = timedelta(hours=14)


def now_utc() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; they were written as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def latest_today(now: datetime) -> date:
    return (as_utc(now) + LATEST_ZONE).date()


def server_stamp(now: datetime) -> str:
    """A hybrid-clock stamp (app.domain.clock) for a record the server writes."""
    return str(Stamp(int(as_utc(now).timestamp() * 1000), 0, SERVER_DEVICE))
