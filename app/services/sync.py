"""The link with the central office, as the windows use it: whether this computer
is connected, what waits and what was refused, a sync run, an enrolment.

The errors a window tells apart (offline, no longer recognised, revoked, a held
mass deletion, a wrong code or an insecure address) are named here too, so that
the windows know this module alone."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from app import __version__
from app.protocol.versions import is_older
from app.services.enrolment import enrol_open_book
from app.storage import outbox, records, sync_state
from app.storage.book import Book
from app.storage.sync_state import Link
from app.storage.tables import RecordRow
from app.sync.engine import MassDeleteHeld, Progress, SyncEngine, SyncReport
from app.sync.enroll import default_device_name, transport_for
from app.sync.transport import (
    AppTooOld,
    DeviceRevoked,
    InsecureServer,
    InvalidCode,
    Offline,
    SyncError,
    Unauthorized,
    check_url,
)

__all__ = [
    "AppTooOld",
    "AppUpdate",
    "DeviceRevoked",
    "InsecureServer",
    "InvalidCode",
    "Link",
    "LinkState",
    "MassDeleteHeld",
    "Offline",
    "Progress",
    "SyncError",
    "SyncReport",
    "SyncService",
    "Unauthorized",
    "check_address",
]


@dataclass(frozen=True)
class AppUpdate:
    """This app's version beside those the central office last stated."""

    version: str
    minimum: str | None = None
    recommended: str | None = None

    @property
    def required(self) -> bool:
        """The office accepts no app this old: it does not sync until updated."""
        return is_older(self.version, self.minimum)

    @property
    def advised(self) -> bool:
        """The office recommends a newer app; this one keeps working."""
        return not self.required and is_older(self.version, self.recommended)

    @property
    def wanted(self) -> str | None:
        """The version to install: the minimum when required, else the recommended."""
        if self.required:
            return self.minimum
        return self.recommended if self.advised else None


def app_update(link: Link | None, version: str = __version__) -> AppUpdate:
    if link is None:
        return AppUpdate(version)
    return AppUpdate(version, link.app_minimum, link.app_recommended)


@dataclass(frozen=True)
class LinkState:
    """What the status bar shows at rest: the link (``None`` when this computer was
    never connected) and the changes waiting, refused, and in conflict."""

    link: Link | None
    waiting: int = 0
    refused: int = 0
    conflicts: int = 0
    # Never connected and nothing ever sent: what is written is simply kept here.
    local_only: bool = False

    @property
    def enrolled(self) -> bool:
        return self.link is not None and bool(self.link.server_url)

    @property
    def update(self) -> AppUpdate:
        return app_update(self.link)


def check_address(url: str) -> str:
    """The central office's address as it will be used; ``InsecureServer`` when it
    is plain HTTP to another computer than this one."""
    return check_url(url)


class SyncService:
    def __init__(self, book: Book) -> None:
        self.book = book

    def link(self) -> Link | None:
        return sync_state.read_link(self.book.store)

    def counts(self) -> tuple[int, int, int]:
        """The changes waiting to be sent, refused by the central office, and the
        open conflicts."""
        with self.book.store.read() as session:
            waiting = outbox.pending_count(session)
            refused = outbox.count_rejected(session)
            conflicts = records.count_open_conflicts(session)
        return waiting, refused, conflicts

    def state(self) -> LinkState:
        link = self.link()
        waiting, refused, conflicts = self.counts()
        local_only = (link is None or not link.server_url) and not self._ever_sent()
        return LinkState(link, waiting, refused, conflicts, local_only)

    def _ever_sent(self) -> bool:
        with self.book.store.read() as session:
            row = session.exec(
                select(RecordRow.rowid).where(col(RecordRow.ever_synced)).limit(1)
            ).first()
        return row is not None

    def run(
        self, progress: Progress | None = None, *, confirm_mass_delete: bool = False
    ) -> SyncReport | None:
        """One sync now, in the calling thread; ``None`` when there is no office to
        sync with. ``progress`` may raise to stop the run between two steps (each
        step is its own transaction: nothing is half-done)."""
        transport = transport_for(self.book)
        if transport is None:
            return None
        try:
            return SyncEngine(self.book, transport).sync(
                progress, confirm_mass_delete=confirm_mass_delete
            )
        finally:
            transport.close()

    def enrol(self, server_url: str, code: str, device_name: str | None = None) -> Link:
        """Connect this profile with the central office (again, when it was linked
        before: every record, waiting change and pull position is kept)."""
        return enrol_open_book(self.book, server_url, code, device_name)

    def default_device_name(self) -> str:
        """How the office lists this computer unless the person names it otherwise."""
        return default_device_name(self.book.identity.display_name)
