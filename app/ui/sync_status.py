"""Background sync for the app: on start, on a timer, when the network comes
back and on Sync now (F5); exponential backoff with jitter after failures; a
status that always tells the truth."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.domain.changes import ChangeSet
from app.domain.messages import ThuisboekError
from app.storage import repository
from app.sync import state
from app.sync.engine import MassDeleteHeld, SyncEngine, SyncReport
from app.sync.enroll import transport_for
from app.sync.transport import DeviceRevoked, Offline, Unauthorized
from app.ui.context import UiContext

INTERVAL_MS = 5 * 60_000
MAX_BACKOFF_MS = 30 * 60_000


@dataclass(frozen=True)
class SyncStatus:
    phase: str  # "not_enrolled" | "offline" | "syncing" | "synced" | "failed" | "revoked" | "held"
    waiting: int = 0
    rejected: int = 0
    conflicts: int = 0
    done: int = 0
    total: int = 0
    last_ok: str | None = None
    error: ThuisboekError | None = None

    @property
    def may_enrol(self) -> bool:
        """Whether File ▸ Connect is offered: a profile not linked yet, or one whose
        token the central office no longer recognises (it is enrolled again)."""
        return self.phase == "not_enrolled" or (
            self.phase == "failed" and isinstance(self.error, Unauthorized)
        )


class _Relay(QObject):
    sig_progress = Signal(str, int, int)
    sig_finished = Signal(object)
    sig_failed = Signal(object)


class _SyncRun(QRunnable):
    def __init__(self, ctx: UiContext, relay: _Relay, confirm: bool) -> None:
        super().__init__()
        self.ctx, self.relay, self.confirm = ctx, relay, confirm

    def run(self) -> None:
        transport = transport_for(self.ctx.book)
        if transport is None:
            self.relay.sig_finished.emit(None)
            return
        try:
            report = SyncEngine(self.ctx.book, transport).sync(
                self.relay.sig_progress.emit, confirm_mass_delete=self.confirm
            )
        except Exception as exc:  # handed to the UI thread, which shows it
            self.relay.sig_failed.emit(exc)
        else:
            self.relay.sig_finished.emit(report)
        finally:
            transport.close()


class SyncController(QObject):
    sig_status = Signal(object)  # SyncStatus
    sig_synced = Signal(object)  # SyncReport

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running = False
        self._failures = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._relay = _Relay(self)
        self._relay.sig_progress.connect(self._progress)
        self._relay.sig_finished.connect(self._finished)
        self._relay.sig_failed.connect(self._failed)
        self.status = self._resting("synced")
        self._watch_network()

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:
            return
        if QNetworkInformation.loadDefaultBackend():
            info = QNetworkInformation.instance()
            if info is not None:
                info.reachabilityChanged.connect(self._reachability)

    def _reachability(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self.sync_now()

    @property
    def enrolled(self) -> bool:
        link = state.read_link(self.ctx.book.store)
        return link is not None and bool(link.server_url)

    def _counts(self) -> tuple[int, int, int]:
        with self.ctx.book.store.read() as session:
            waiting = repository.pending_count(session)
            rejected = repository.count_rejected(session)
            conflicts = repository.count_open_conflicts(session)
        return waiting, rejected, conflicts

    def _resting(self, phase: str, error: ThuisboekError | None = None) -> SyncStatus:
        if self.ctx.book.closed:
            return SyncStatus("offline")
        link = state.read_link(self.ctx.book.store)
        waiting, rejected, conflicts = self._counts()
        if link is None or not link.server_url:
            phase = "not_enrolled"
        elif link.revoked:
            phase = "revoked"
        last_ok = link.last_ok if link else None
        return SyncStatus(phase, waiting, rejected, conflicts, last_ok=last_ok, error=error)

    def refresh(self) -> None:
        if not self._running:
            self.status = self._resting(self.status.phase, self.status.error)
            self.sig_status.emit(self.status)

    def start(self) -> None:
        self.refresh()
        if self.enrolled:
            self.sync_now()

    def stop(self) -> None:
        self._timer.stop()
        self._pool.waitForDone(60_000)

    def sync_now(self, confirm_mass_delete: bool = False) -> None:
        if self._running or self.ctx.book.closed or not self.enrolled:
            self.refresh()
            return
        self._running = True
        self._timer.stop()
        self.status = SyncStatus("syncing", *self._counts())
        self.sig_status.emit(self.status)
        self._pool.start(_SyncRun(self.ctx, self._relay, confirm_mass_delete))

    def _progress(self, phase: str, done: int, total: int) -> None:
        # The counts stay as they were until the run ends (refused changes stay shown).
        self.status = replace(self.status, phase="syncing", done=done, total=total)
        self.sig_status.emit(self.status)

    def _finished(self, report: SyncReport | None) -> None:
        self._running = False
        self._failures = 0
        if self.ctx.book.closed:
            return
        self.status = self._resting("synced")
        self.sig_status.emit(self.status)
        if report is not None:
            self.sig_synced.emit(report)
            self.ctx.changed(ChangeSet.of("daily_log", "contact_note", "milestone_observation",
                             "review", "child", "relative", "conflict_revision"))  # fmt: skip
        self._timer.start(INTERVAL_MS)

    def _failed(self, error: Exception) -> None:
        self._running = False
        if self.ctx.book.closed:
            return
        self._failures += 1
        if isinstance(error, DeviceRevoked):
            phase = "revoked"
        elif isinstance(error, Offline):
            phase = "offline"
        elif isinstance(error, MassDeleteHeld):
            phase = "held"
        else:
            phase = "failed"
        known = error if isinstance(error, ThuisboekError) else None
        self.status = self._resting(phase, known)
        self.sig_status.emit(self.status)
        if phase not in ("revoked", "held"):
            # Exponential backoff with jitter, so many laptops do not return at once.
            delay = min(MAX_BACKOFF_MS, 30_000 * 2 ** (self._failures - 1))
            self._timer.start(int(delay * random.uniform(0.5, 1.0)))


def last_ok_time(status: SyncStatus) -> str | None:
    if not status.last_ok:
        return None
    try:
        return datetime.fromisoformat(status.last_ok).astimezone().strftime("%H:%M")
    except ValueError:
        return None
