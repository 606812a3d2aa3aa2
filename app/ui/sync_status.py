"""Background sync for the app: on start, on a timer, when the network comes
back and on Sync now (F5); exponential backoff with jitter after failures; a
status that always tells the truth."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.messages import ThuisboekError
from app.services.sync import (
    AppTooOld,
    AppUpdate,
    DeviceRevoked,
    LinkState,
    MassDeleteHeld,
    Offline,
    SyncReport,
    SyncService,
    Unauthorized,
)
from app.ui.context import UiContext
from app.ui.tasks import Cancelled, Job, Lane, TaskState

INTERVAL_MS = 5 * 60_000
MAX_BACKOFF_MS = 30 * 60_000


@dataclass(frozen=True)
class SyncStatus:
    # "not_enrolled" | "offline" | "syncing" | "synced" | "failed" | "revoked" | "held"
    # | "outdated" (the office accepts no app this old)
    phase: str
    waiting: int = 0
    rejected: int = 0
    conflicts: int = 0
    done: int = 0
    total: int = 0
    last_ok: str | None = None
    error: ThuisboekError | None = None
    local_only: bool = False  # never connected, nothing ever sent
    # This app's version beside those the office last stated (None until read).
    update: AppUpdate | None = None

    @property
    def may_enrol(self) -> bool:
        """Whether File ▸ Connect is offered: a profile not linked yet, or one whose
        token the central office no longer recognises (it is enrolled again)."""
        return self.phase == "not_enrolled" or (
            self.phase == "failed" and isinstance(self.error, Unauthorized)
        )


@dataclass(frozen=True)
class _Outcome:
    """How a run ended, with the link and the counts read after it (in the worker)."""

    report: SyncReport | None
    error: Exception | None
    rest: LinkState


def _run(service: SyncService, state: TaskState, confirm: bool) -> _Outcome:
    def progress(phase: str, done: int, total: int) -> None:
        state.set_progress(done, total, phase)
        state.check()  # stopped between two steps (at a lock or quit): nothing half-done

    try:
        report = service.run(progress, confirm_mass_delete=confirm)
    except Cancelled:
        raise
    except Exception as exc:  # shown in the status bar
        return _Outcome(None, exc, service.state())
    return _Outcome(report, None, service.state())


class SyncController(QObject):
    sig_status = Signal(object)  # SyncStatus
    sig_synced = Signal(object)  # SyncReport

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = SyncService(ctx.book)
        self._job: Job | None = None
        self._running = False
        self._failures = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._rest = LinkState(None)  # the link and counts as last read on the task queue
        self.status = SyncStatus("synced")  # until the first read lands
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
        """Whether the profile is linked to a central office, as last read."""
        return self._rest.enrolled

    def _resting(self, phase: str, error: ThuisboekError | None, rest: LinkState) -> SyncStatus:
        self._rest = rest
        link = rest.link
        if link is None or not link.server_url:
            phase = "not_enrolled"
        elif link.revoked:
            phase = "revoked"
        last_ok = link.last_ok if link else None
        return SyncStatus(
            phase,
            rest.waiting,
            rest.refused,
            rest.conflicts,
            last_ok=last_ok,
            error=error,
            local_only=rest.local_only,
            update=rest.update,
        )

    def refresh(self) -> None:
        """Read the link and the counts again (on the task queue) and say them."""
        self._read(then_sync=False)

    def start(self) -> None:
        self._read(then_sync=True)

    def _read(self, *, then_sync: bool) -> None:
        if self.ctx.book.closed:
            return

        def read(rest: LinkState) -> None:
            if self._running or self.ctx.book.closed:
                return
            self.status = self._resting(self.status.phase, self.status.error, rest)
            self.sig_status.emit(self.status)
            if then_sync and self.enrolled:
                self.sync_now()

        self.ctx.tasks.run(self.service.state, read, self.ctx.events.sig_error.emit)

    def stop(self) -> None:
        """No more syncs (a lock or quit): a running one stops after the step it is
        in (each step is its own transaction), and is waited for."""
        self._timer.stop()
        job = self._job
        if job is not None:
            job.cancel()
            job.wait(60_000)

    def sync_now(self, confirm_mass_delete: bool = False) -> None:
        if self._running or self.ctx.book.closed:
            return
        if not self.enrolled:  # perhaps linked since the last read: read, then sync
            self._read(then_sync=True)
            return
        self._running = True
        self._timer.stop()
        # The counts stay as last read until the run ends (refused changes stay shown).
        self.status = replace(self.status, phase="syncing", done=0, total=0)
        self.sig_status.emit(self.status)
        service, confirm = self.service, confirm_mass_delete
        self._job = self.ctx.tasks.start(
            lambda state: _run(service, state, confirm),
            self._over,
            self._stopped,
            lane=Lane.LONG,
            on_progress=self._progress,
        )

    def _over(self, outcome: _Outcome) -> None:
        self._job = None
        if outcome.error is None:
            self._finished(outcome.report, outcome.rest)
        else:
            self._failed(outcome.error, outcome.rest)

    def _stopped(self, error: Exception) -> None:
        self._job = None
        if isinstance(error, Cancelled):
            self._running = False  # stopped at a lock or quit: no status, no retry
        else:  # the counts could not be read after the run
            self._failed(error)

    def _progress(self, phase: str, done: int, total: int) -> None:
        # The counts stay as they were until the run ends (refused changes stay shown).
        self.status = replace(self.status, phase="syncing", done=done, total=total)
        self.sig_status.emit(self.status)

    def _finished(self, report: SyncReport | None, rest: LinkState) -> None:
        self._running = False
        self._failures = 0
        if self.ctx.book.closed:
            return
        self.status = self._resting("synced", None, rest)
        self.sig_status.emit(self.status)
        if report is not None:
            self.sig_synced.emit(report)
            if report.changes:  # a sync that changed nothing here changes nothing on screen
                self.ctx.changed(report.changes)
        self._timer.start(INTERVAL_MS)

    def _failed(self, error: Exception, rest: LinkState | None = None) -> None:
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
        elif isinstance(error, AppTooOld):
            phase = "outdated"
        else:
            phase = "failed"
        known = error if isinstance(error, ThuisboekError) else None
        if rest is None:  # the counts could not be read: they stay as they were
            self.status = replace(self.status, phase=phase, error=known)
        else:
            self.status = self._resting(phase, known, rest)
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
