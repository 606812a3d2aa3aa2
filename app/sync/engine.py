"""The client side of sync: push the outbox, then pull what others wrote.

- App versions: each request names this app's version; the office refuses one
  older than its minimum (``AppTooOld``) before it reads anything. The device's
  status after the push tells the minimum and the recommended version, which
  are kept for the windows; an app the office last called too old asks again
  before it sends anything.
- Push sends, per record, the latest local content with the server version it
  was based on and the ids of every outbox entry it covers; an entry leaves the
  outbox only once the server acknowledged it. A lost answer is harmless: the
  batch is sent again and the server recognises the op ids.
- Pull asks per household for the changes after its cursor, page by page, and
  stores the records and the new cursor in one transaction. A record with
  changes still waiting here is left alone: its next push merges on the server.
- Views: the records opened here (ids and times) go to the server's audit log
  after the push; each is forgotten only once the server answered for it.
- A household the office took away from the person is no longer pulled; its
  records are erased here at the first sync after which none of its changes
  waits any more (kept, and said so, while one does).
- Nothing is dropped silently: a rejected change stays on the device, marked
  with the server's reason; a pull that would empty a household is held until
  someone confirms it; a server that lost changes (restored from a backup) gets
  them again.
"""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session

from app import paths
from app.domain.attachments import CHUNK_BYTES
from app.domain.changes import ChangeSet
from app.domain.merge import merge
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.domain.records import RECORD_TYPES, Person, Record, parse_record
from app.protocol import versions
from app.protocol.schemas import (
    MAX_BODY_BYTES,
    MAX_PULL_LIMIT,
    MAX_VIEWS_PER_REPORT,
    OpStatus,
    PullResponse,
    PushResponse,
    RecordView,
    ViewReport,
    ViewStatus,
)
from app.storage import attachments, bulk, leaving, outbox, records, scope, sync_state, views
from app.storage.book import Book
from app.storage.store import Store
from app.storage.tables import OutboxEntry
from app.sync import collector
from app.sync.pages import PulledPage
from app.sync.transport import (
    AppTooOld,
    CursorAhead,
    DeviceRevoked,
    Offline,
    OutgoingPush,
    ServerRefused,
    StoredOp,
    SyncError,
    Transport,
)

CTX = "Sync"
# Records per push. A settled batch's entries are spread over the outbox's index
# of record ids (random ids): a larger batch shares more of the pages it rewrites
# there, so fewer are written a record (and the office commits fewer times).
PUSH_BATCH = 400
PUSH_BYTES = MAX_BODY_BYTES // 2  # the records' stored JSON in one push, the first one apart
PUSH_WINDOW = PUSH_BATCH * 20  # outbox entries (oldest first) a push picks them from
PULL_PAGE = MAX_PULL_LIMIT  # changes per pull page: each page is one local transaction
# Changes on each household's first page when the run shows its progress: the
# answers say how many follow, so the whole pull's size is known before a page is stored.
FIRST_PAGE = 100
MASS_DELETE_SHARE = 0.5
MASS_DELETE_MIN = 10

# A pull page: its records parsed with it, or as the protocol has it (``app.sync.pages``).
Page = PulledPage | PullResponse
Progress = Callable[[str, int, int], None]  # phase ("push"/"pull"), done, total


@dataclass
class PullTally:
    """The changes of a run's pull: how many are stored, of how many in all (None:
    an office that does not say how many follow)."""

    done: int = 0
    total: int | None = None


class MassDeleteHeld(SyncError):
    """The server holds far fewer records of a household than this device."""

    def __init__(self, household: uuid.UUID, server: int, local: int) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "The central office holds {server} records of this household where this "
                    "computer holds {local}. Nothing was removed; confirm to continue.",
                ),
                {"server": server, "local": local},
            )
        )
        self.household = household


@dataclass
class SyncReport:
    pushed: int = 0
    merged: int = 0
    rejected: int = 0
    conflicts: int = 0
    pulled: int = 0
    resent: int = 0
    views_reported: int = 0  # record views now in the server's audit log
    views_refused: int = 0  # views of records the server does not know in this scope
    uploaded_chunks: int = 0  # chunks of attached files the server holds after the upload
    downloaded_chunks: int = 0  # chunks of attached files fetched by this run
    finished_at: str = ""
    households: list[str] = field(default_factory=list)
    # Children whose placement was closed: erased here, or still waiting for
    # their changes to reach the office (erased at a later sync).
    children_left: list[str] = field(default_factory=list)
    children_waiting: list[str] = field(default_factory=list)
    # Households taken away from the person: erased here, or kept while some of
    # their changes have not reached the central office (id: changes waiting).
    erased: list[uuid.UUID] = field(default_factory=list)
    kept: dict[uuid.UUID, int] = field(default_factory=dict)
    # The records this run changed here: pulled, merged, conflicted, refused, sent
    # again, or acknowledged (their waiting mark goes). Empty when nothing changed.
    changes: ChangeSet = field(default_factory=ChangeSet)

    def took(self, changed: Sequence[Record] | Sequence[StoredOp]) -> None:
        """Add a batch of changed records (once per batch: the set grows by copies)."""
        if changed:
            self.changes |= ChangeSet.of(
                *{c.kind for c in changed},
                ids=(c.id if isinstance(c, Record) else c.record_id for c in changed),
                households=(c.household_id for c in changed),
            )


_Entry = OutboxEntry | outbox.OutboxOp  # as the outbox is read: full rows or plain ones


@dataclass(frozen=True)
class _Group:
    record_id: str
    kind: str
    entries: list[_Entry]

    @property
    def first(self) -> _Entry:
        return self.entries[0]

    @property
    def last(self) -> _Entry:
        return self.entries[-1]


@dataclass(frozen=True)
class _Batch:
    """One push: the records' groups of outbox entries, their ops, how many entries
    they cover, and how many entries wait behind it."""

    groups: list[_Group]
    ops: list[StoredOp]
    entries: int
    waiting: int
    request: OutgoingPush


def _groups(entries: Sequence[_Entry], limit: int, size: int | None = None) -> list[_Group]:
    """The entries per record, in the order of their first entry: at most ``limit``
    records, and (given ``size``) no more than ``size`` characters of the JSON sent
    after the first."""
    by_record: dict[str, list[_Entry]] = {}
    for entry in entries:
        if entry.record_id not in by_record and len(by_record) >= limit:
            continue
        by_record.setdefault(entry.record_id, []).append(entry)
    groups: list[_Group] = []
    left = size
    for rid, es in by_record.items():
        if left is not None:
            left -= len(es[-1].content)
            if groups and left < 0:
                break
        groups.append(_Group(rid, es[0].record_kind, es))
    return groups


class SyncEngine:
    def __init__(self, book: Book, transport: Transport) -> None:
        self.book = book
        self.transport = transport

    @property
    def store(self) -> Store:
        return self.book.store

    def households(self) -> list[uuid.UUID]:
        link = sync_state.read_link(self.store)
        return link.households if link else [self.book.identity.household_id]

    def refresh_households(self) -> list[uuid.UUID]:
        """Take the households the server gives this device's person now, not only
        those of the enrolment: one added since is pulled from its start; one taken
        away is no longer pulled (its records stay here; a change to one of them is
        refused by the server and kept, marked)."""
        return self._take_households(self.transport.device().households, SyncReport())

    def _take_households(self, households: list[uuid.UUID], report: SyncReport) -> list[uuid.UUID]:
        before = sync_state.households(self.store)
        if households != before:
            with self.store.write() as session:
                sync_state.set_households(session, households)
        self._settle_taken_away([h for h in before if h not in households], households, report)
        return households

    def _settle_taken_away(
        self, removed: list[uuid.UUID], households: list[uuid.UUID], report: SyncReport
    ) -> None:
        """Erase the records of the households taken away whose changes all reached
        the central office; keep (and name in the report) those with changes waiting.
        A household once kept is looked at again at every sync until it is erased."""
        kept_before = sync_state.kept_households(self.store)
        candidates = list(dict.fromkeys([*removed, *kept_before]))
        candidates = [h for h in candidates if h not in households]
        if not candidates and not kept_before:
            return
        kept: dict[uuid.UUID, int] = {}
        with self.store.write() as session:
            for household in candidates:
                waiting = scope.waiting(session, household)
                if waiting:
                    kept[household] = waiting
                    continue
                if scope.erase_household(session, household):
                    report.erased.append(household)
            sync_state.set_kept_households(session, list(kept))
        report.kept.update(kept)
        if report.erased:
            report.changes |= ChangeSet.of("household", households=report.erased)

    # The whole run -----------------------------------------------------------------
    def sync(
        self, progress: Progress | None = None, *, confirm_mass_delete: bool = False
    ) -> SyncReport:
        report = SyncReport()
        try:
            self._refuse_if_known_too_old()
            try:
                self.upload(report, progress)
                self.push(report, progress)
            except AppTooOld as refused:  # the office's answer to this app's version
                self._keep_app_versions(refused.minimum, None)
                raise
            self.report_views(report)
            status = self.transport.device()
            self._keep_app_versions(status.app_minimum, status.app_recommended)
            households = self._take_households(status.households, report)
            self._pull_households(households, report, progress, confirm_mass_delete)
            self.download(report, progress)
            self.let_children_go(report)
        except DeviceRevoked:
            with self.store.write() as session:
                Store.set_meta(session, sync_state.REVOKED, "1")
            # A mark beside the store: every command refuses the profile before
            # even asking for its passphrase, until it is erased.
            paths.revoked_file(self.book.profile_dir).touch()
            raise
        report.finished_at = datetime.now(UTC).isoformat(timespec="seconds")
        with self.store.write() as session:
            Store.set_meta(session, sync_state.LAST_OK, report.finished_at)
        return report

    def let_children_go(self, report: SyncReport, now: datetime | None = None) -> None:
        """Erase the children whose placement was closed once nothing about them
        waits to be sent and a day has passed (``app.storage.leaving``)."""
        with self.store.read() as session:
            if not leaving.leaving(session):
                return  # the usual case: no closed placement here, nothing written
        with self.store.write() as session:
            gone, waiting = leaving.let_go(session, now)
        report.children_left += [str(c.id) for c in gone]
        report.children_waiting += [str(x.child.id) for x in waiting]
        if gone:
            report.changes |= ChangeSet.of(
                *RECORD_TYPES, ids=(c.id for c in gone), households=(c.household_id for c in gone)
            )

    def _refuse_if_known_too_old(self) -> None:
        """When the office last said this app is too old, ask it again first (it may
        have changed its mind, or the app was updated): still too old, nothing is sent."""
        link = sync_state.read_link(self.store)
        if link is None or not versions.is_older(self.transport.app_version, link.app_minimum):
            return
        status = self.transport.device()
        self._keep_app_versions(status.app_minimum, status.app_recommended)
        if status.app_minimum and versions.is_older(self.transport.app_version, status.app_minimum):
            raise AppTooOld(self.transport.app_version, status.app_minimum)

    def _keep_app_versions(self, minimum: str | None, recommended: str | None) -> None:
        """What the office says of app versions, for the windows (and the next run)."""
        link = sync_state.read_link(self.store)
        if recommended is None and link is not None and minimum is not None:
            recommended = link.app_recommended  # a refusal names the minimum alone
        if link is None or (link.app_minimum, link.app_recommended) != (minimum, recommended):
            with self.store.write() as session:
                sync_state.set_app_versions(session, minimum, recommended)

    # Push ---------------------------------------------------------------------------
    def push(self, report: SyncReport, progress: Progress | None = None) -> None:
        """Batch by batch, one request at a time, in the outbox's order. A batch is
        sent as soon as the answer of the one before is in, and that one is settled
        (and ``progress`` told) while the office works on the next: the office
        commits a batch before it answers, so what the next one refers to is there.
        While a batch is at the office the next one is read and written as a
        request, the records on their way (sent, not yet settled) left out; what a
        settling leaves in the outbox (an op unanswered, a change made meanwhile,
        rebased) goes with a later batch, still in order per record."""
        with self.store.read() as session:
            total = outbox.pending_count(session)
        done = 0
        # The records settled, told in the report once, at the end.
        kinds: set[str] = set()
        ids: list[uuid.UUID] = []
        households: set[uuid.UUID] = set()
        with collector.batch():
            batch = self._next_batch()
        if not batch.groups:
            return
        sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="push")
        answer = sender.submit(self._send, batch)
        try:
            while batch.groups:
                with collector.batch():
                    following = self._next_batch(in_flight=batch)
                    following.request.body()  # written while the office works
                response = answer.result()
                if following.groups:
                    answer = sender.submit(self._send, following)
                # What the batch made is gone once settled, before the collector looks again.
                with collector.batch():
                    for op in self._settle(batch.groups, batch.ops, response, report):
                        kinds.add(op.kind)
                        ids.append(op.record_id)
                        households.add(op.household_id)
                done += batch.entries
                if progress is not None:
                    progress("push", min(done, total), max(total, done))
                if not following.groups:
                    # Nothing else waited when it was read: the settling may have left
                    # some (unanswered, rebased), or changes came in meanwhile.
                    with collector.batch():
                        following = self._next_batch()
                    if following.groups:
                        answer = sender.submit(self._send, following)
                batch = following
        except BaseException:
            # Stopped or failed: nothing else is sent, and a request at the office is
            # waited for, not settled (its ops stay in the outbox; the office answers
            # them again as it did), so no request of this push outlives it.
            with contextlib.suppress(BaseException):
                answer.exception()
            raise
        finally:
            sender.shutdown(wait=False, cancel_futures=True)
            if ids:
                report.changes |= ChangeSet.of(*kinds, ids=ids, households=households)

    def _next_batch(self, in_flight: _Batch | None = None) -> _Batch:
        """The next batch of the outbox (no groups: nothing waits), the records of
        ``in_flight`` (sent, not yet settled) left out."""
        skip = [g.record_id for g in in_flight.groups] if in_flight is not None else []
        with self.store.read() as session:
            entries = outbox.outbox_batch(session, PUSH_BATCH, window=PUSH_WINDOW, skip=skip)
            waiting = outbox.pending_count(session) if entries else 0
        groups = _groups(entries, PUSH_BATCH, PUSH_BYTES)
        ops = [self._stored_op(g) for g in groups]
        count = sum(len(g.entries) for g in groups)
        # What still waits behind this batch, for the office's device list.
        waiting -= count + (in_flight.entries if in_flight is not None else 0)
        return _Batch(groups, ops, count, max(waiting, 0), OutgoingPush(ops))

    def _send(self, batch: _Batch) -> PushResponse:
        with collector.batch():
            self.transport.waiting = batch.waiting
            return self.transport.push(batch.request)

    @staticmethod
    def _stored_op(group: _Group) -> StoredOp:
        """The op of a group, its record sent as the checked JSON it is stored as."""
        return StoredOp(
            group.last.op_id,
            [e.op_id for e in group.entries],
            group.kind,
            group.record_id,
            group.first.base_version,
            group.last.content,
        )

    def _settle(
        self,
        groups: list[_Group],
        ops: list[StoredOp],
        response: PushResponse,
        report: SyncReport,
    ) -> list[StoredOp]:
        """Apply the server's answers: in one transaction, drop what it took from
        the outbox and store each record as the server now holds it (an op not
        answered stays in the outbox). The ops answered.

        In bulk: the acknowledged entries go in one delete, and a record the server
        took exactly as sent (its row already holds that content) is only marked
        synced. Any other answer is written record by record, and a record changed
        here while the push was under way is rebased on the server's version."""
        by_op = {str(r.op_id): r for r in response.results}
        answered = [
            (group, op, result)
            for group, op in zip(groups, ops, strict=True)
            if (result := by_op.get(group.last.op_id)) is not None
        ]  # the others are not answered: they stay in the outbox for the next push
        # Replayable: undone by a power cut, the entries are sent again and the
        # server answers them as it did (it keeps every answer).
        with self.store.write(replayable=True) as session:
            taken = [e.op_id for g, _, _ in answered for e in g.entries]
            # Changed here while the push was under way: entries beyond those answered.
            pending = outbox.pending_among(
                session, (g.record_id for g, _, _ in answered), besides=taken
            )
            as_sent = {
                group.record_id: (group, op)
                for group, op, result in answered
                if group.record_id not in pending
                and result.status == OpStatus.APPLIED
                # No record in the answer: the server holds exactly what was sent.
                and (result.record is None or result.record == op.content)
            }
            # Compared with the entries sent, before they leave the outbox.
            marked = outbox.mark_synced(
                session, {rid: group.last.op_id for rid, (group, _) in as_sent.items()}
            )
            outbox.delete_outbox(session, taken)
            for group, op, result in answered:
                if result.status == OpStatus.REJECTED:
                    outbox.mark_rejected(session, group.record_id, result.reason or "")
                    report.rejected += 1
                    continue
                report.pushed += 1
                if result.status == OpStatus.MERGED:
                    report.merged += 1
                    report.conflicts += len(result.conflicts)
                if group.record_id in marked:  # its stored JSON is not even read
                    self.book.clock.observe(op.modified_at)
                    continue
                held = op.content if result.record is None else result.record
                if group.record_id in pending:
                    self._rebase(session, group, op.content, held, result.version)
                else:  # merged, or changed here without an outbox entry: as the server holds it
                    self._store_synced(session, group.kind, held)
        return [op for _, op, _ in answered]

    def _store_synced(self, session: Session, kind: str, content: dict[str, Any]) -> None:
        """Store a record as the server holds it (and move the clock past it)."""
        server = parse_record(kind, content)
        self.book.clock.observe(server.modified_at)
        records.put_synced(session, server)

    def _rebase(
        self,
        session: Session,
        group: _Group,
        sent: dict[str, Any],
        server: dict[str, Any],
        version: int,
    ) -> None:
        """Changed again while the push was under way: keep those changes on top of
        what the server now holds (``server``, at ``version``), as one waiting change."""
        held = parse_record(group.kind, server)
        self.book.clock.observe(held.modified_at)
        stored = records.get(session, group.record_id)
        assert stored is not None
        rebased = merge(sent, stored.record.model_dump(mode="json"), server)
        content = {**rebased.content, "version": version + 1}
        later = [e.op_id for e in outbox.outbox_for(session, uuid.UUID(group.record_id))]
        outbox.delete_outbox(session, later)
        records.put_synced(session, held)
        records.put_local(session, parse_record(group.kind, content), version)

    # Views for the audit log ---------------------------------------------------------
    def report_views(self, report: SyncReport) -> None:
        """Send the records opened here, a batch at a time; a view leaves this
        device only once the server answered for it (a lost answer: sent again,
        and the server records it once)."""
        while True:
            with self.store.read() as session:
                pending = views.pending_views(session, limit=MAX_VIEWS_PER_REPORT)
            if not pending:
                return
            request = ViewReport(
                views=[
                    RecordView(
                        view_id=uuid.UUID(v.view_id),
                        record_id=uuid.UUID(v.record_id),
                        household_id=uuid.UUID(v.household_id),
                        viewed_at=v.viewed_at,
                    )
                    for v in pending
                ]
            )
            try:
                response = self.transport.report_views(request)
            except ServerRefused as exc:
                if exc.status in (404, 405):
                    return  # a server without the audit endpoint yet: kept for later
                raise
            sent = {v.view_id for v in pending}
            answered = [str(r.view_id) for r in response.results if str(r.view_id) in sent]
            with self.store.write() as session:
                views.delete_views(session, answered)
            for result in response.results:
                if str(result.view_id) not in sent:
                    continue
                if result.status == ViewStatus.RECORDED:
                    report.views_reported += 1
                else:
                    report.views_refused += 1
            if not answered:
                return  # nothing acknowledged: try again at the next sync

    # Attached files ------------------------------------------------------------------
    def upload(self, report: SyncReport, progress: Progress | None = None) -> None:
        """Put the bytes of the attachments waiting in the outbox, before their
        records go: for each file, the chunks the server does not have yet (a
        cut connection resumes where it stopped), then the server's check of
        the whole. A file the server refuses is left: its record comes back
        refused with the server's reason."""
        with self.store.read() as session:
            waiting = attachments.waiting_uploads(session)
        if not waiting:
            return
        total = sum(b.chunks for b in waiting)
        done = 0
        for blob in waiting:
            try:
                done += self._upload(blob)
            except ServerRefused:
                done += blob.chunks  # too large for the household, or not this laptop's
            if progress is not None:
                progress("upload", min(done, total), total)
        report.uploaded_chunks = done

    def _upload(self, blob: attachments.Blob) -> int:
        status = self.transport.blob_status(blob.household_id, blob.sha256)
        if status.complete:
            return blob.chunks
        there = set(status.chunks) if status.size == blob.size else set()
        for n in range(blob.chunks):
            if n in there:
                continue
            with self.store.read() as session:
                data = attachments.chunk(session, blob.sha256, n)
            if data is None:
                return blob.chunks  # not here (any more): the record's push says so
            self.transport.put_chunk(blob.household_id, blob.sha256, n, blob.size, data)
        self.transport.complete_blob(blob.household_id, blob.sha256)
        return blob.chunks

    def download(self, report: SyncReport, progress: Progress | None = None) -> None:
        """Fetch the bytes of the attachments pulled here, chunk by chunk, each
        chunk stored in a transaction of its own: a cut connection resumes at the
        next sync from the chunks already here. A file whose chunks do not make
        its hash is forgotten and fetched again."""
        with self.store.read() as session:
            gone = attachments.unreferenced(session)  # of attachments deleted or erased
            missing = attachments.missing(session)
        if gone:
            with self.store.write() as session:
                attachments.drop_unreferenced(session, gone)
        if not missing:
            return
        total = sum(b.chunks for b in missing)
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress("download", min(done, total), total)

        for blob in missing:
            with contextlib.suppress(ServerRefused):  # not on the server: asked next time
                self._download(blob, report, tick)
        report.changes |= ChangeSet.of("attachment", households={b.household_id for b in missing})

    def _download(
        self, blob: attachments.Blob, report: SyncReport, tick: Callable[[], None]
    ) -> None:
        with self.store.read() as session:
            here = attachments.chunk_numbers(session, blob.sha256)
        wanted = [n for n in range(blob.chunks) if n not in here]

        def fetch(n: int) -> bytes:
            return self.transport.get_chunk(blob.household_id, blob.sha256, n)

        # The next chunk is fetched while this one is stored, as pull does with pages.
        fetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fetch")
        try:
            following = fetcher.submit(fetch, wanted[0]) if wanted else None
            for i, n in enumerate(wanted):
                assert following is not None
                data = following.result()
                following = fetcher.submit(fetch, wanted[i + 1]) if i + 1 < len(wanted) else None
                if len(data) != min(CHUNK_BYTES, blob.size - n * CHUNK_BYTES):
                    raise Offline("chunk cut short")
                # Replayable: a chunk lost to a power cut is fetched again.
                with self.store.write(replayable=True) as session:
                    attachments.put_chunk(session, blob.sha256, n, data)
                report.downloaded_chunks += 1
                tick()
        finally:
            fetcher.shutdown(wait=False, cancel_futures=True)
        with self.store.write() as session:
            content = attachments.content(session, blob.sha256, blob.size)
            if content is None or hashlib.sha256(content).hexdigest() != blob.sha256:
                attachments.drop(session, blob.sha256)

    # Pull ---------------------------------------------------------------------------
    def pull(
        self,
        household: uuid.UUID,
        report: SyncReport,
        progress: Progress | None = None,
        *,
        confirm_mass_delete: bool = False,
        first: Page | None = None,
        tally: PullTally | None = None,
        second: Future[Page] | None = None,
        last: Callable[[], None] | None = None,
    ) -> None:
        """Page by page; the next page is fetched while this one is stored (its
        cursor is known once this page arrived). A page is stored with its cursor
        in one transaction, in order; a page fetched after one that failed to be
        stored is dropped, and its error (offline, cursor ahead) comes only once
        every page before it is stored, as when each is fetched in turn.

        ``first``: the household's first page, fetched already at its cursor;
        ``second``: the page after it, on its way already (``_fetch_after``).
        ``tally``: the run's changes pulled and to pull, which the progress
        counts in (without a total: this household's feed, in change numbers).
        ``last``: called once the household's last page has arrived, before it
        is stored (a run fetches the next household's page meanwhile)."""
        cursor = sync_state.cursor(self.store, household)
        page = first if first is not None else self._fetch(household, cursor)
        if not confirm_mass_delete:
            self._guard_mass_delete(household, page.live_records)
        fetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull")
        # No cycle collection while the household's pages come and are stored (each
        # page is gone once stored): resumed after each page, a collection walked the
        # page on its way, and at times everything else the process holds.
        try:
            with collector.batch():
                while True:
                    after = self._after(cursor, page)
                    following = None
                    if page.has_more:
                        following = second or fetcher.submit(self._fetch, household, after)
                    elif last is not None:
                        last()
                    second = None
                    cursor = self._store_page(household, after, page, report)
                    if tally is not None:
                        tally.done += len(page.changes)
                    if progress is not None:  # may raise to stop the run (the page is stored)
                        if tally is not None and tally.total is not None:
                            progress("pull", tally.done, max(tally.total, tally.done))
                        else:
                            progress("pull", cursor.seq, max(page.max_seq, cursor.seq))
                    if following is None:
                        return
                    page = following.result()
        finally:
            # Stopped or failed: a page on its way is not waited for, and never stored.
            fetcher.shutdown(wait=False, cancel_futures=True)

    def _fetch_after(
        self, household: uuid.UUID, first: Page, pool: ThreadPoolExecutor
    ) -> Future[Page] | None:
        """The page after ``first`` (the household's first page, not stored yet),
        fetched on ``pool``; None when ``first`` is its last."""
        if not first.has_more:
            return None
        return pool.submit(
            self._fetch, household, self._after(sync_state.cursor(self.store, household), first)
        )

    def _pull_households(
        self,
        households: list[uuid.UUID],
        report: SyncReport,
        progress: Progress | None,
        confirm_mass_delete: bool,
    ) -> None:
        """Pull each household in turn. With progress, every household's first
        page is fetched first (the size of the whole pull), and while a
        household's last page is stored the next one's second page is fetched."""
        firsts: dict[uuid.UUID, Page] = {}
        tally = None
        if progress is not None:
            firsts, tally = self._first_pages(households)
        seconds: dict[uuid.UUID, Future[Page] | None] = {}
        ahead = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull-ahead")

        def fetch_ahead(household: uuid.UUID | None) -> Callable[[], None] | None:
            first = firsts.get(household) if household is not None else None
            if household is None or first is None:
                return None
            return lambda: seconds.update({household: self._fetch_after(household, first, ahead)})

        try:
            for household, following in zip(households, [*households[1:], None], strict=True):
                try:
                    self.pull(
                        household,
                        report,
                        progress,
                        confirm_mass_delete=confirm_mass_delete,
                        first=firsts.pop(household, None),
                        tally=tally,
                        second=seconds.pop(household, None),
                        last=fetch_ahead(following),
                    )
                except CursorAhead:
                    seconds.clear()  # fetched before this household's records were sent again
                    self.resend(household, report)
                    self.upload(report, progress)  # a restored office may lack the bytes too
                    self.push(report, progress)
                    self.pull(
                        household,
                        report,
                        progress,
                        confirm_mass_delete=confirm_mass_delete,
                        tally=tally,
                    )
                report.households.append(str(household))
        finally:
            # Stopped or failed: a page fetched ahead is not waited for, and never stored.
            ahead.shutdown(wait=False, cancel_futures=True)

    def _fetch(
        self, household: uuid.UUID, cursor: sync_state.Cursor, limit: int = PULL_PAGE
    ) -> Page:
        """The page after ``cursor``, as the server sends it (checked, decoded)."""
        at = (cursor.record_id, cursor.version) if cursor.record_id is not None else None
        with collector.batch():
            page = self.transport.pull(household, cursor.seq, limit, at=at)
            if isinstance(page, PulledPage):
                page.laid_out()
            return page

    def _first_pages(self, households: list[uuid.UUID]) -> tuple[dict[uuid.UUID, Page], PullTally]:
        """Each household's first page, a small one, fetched before any is stored:
        with how many changes follow each, the size of the whole pull. A page that
        cannot be fetched stops this; that household's own pull meets the same
        error in its turn (and the run's progress has no total)."""
        pages: dict[uuid.UUID, Page] = {}
        for household in households:
            try:
                pages[household] = self._fetch(
                    household, sync_state.cursor(self.store, household), FIRST_PAGE
                )
            except SyncError:
                break
        sizes = [len(p.changes) + p.remaining for p in pages.values() if p.remaining is not None]
        total = sum(sizes) if len(sizes) == len(households) else None
        return pages, PullTally(total=total)

    @staticmethod
    def _after(cursor: sync_state.Cursor, page: Page) -> sync_state.Cursor:
        """The cursor once ``page`` is stored."""
        if not page.changes:
            return cursor
        last = page.changes[-1]
        return sync_state.Cursor(page.next_after, last.record_id, last.version)

    def _store_page(
        self,
        household: uuid.UUID,
        cursor: sync_state.Cursor,
        page: Page,
        report: SyncReport,
    ) -> sync_state.Cursor:
        """Store the page's records and the cursor after it, in one transaction.
        What the page made is gone once it returns (the collector waits meanwhile)."""
        # Replayable: undone by a power cut, the cursor is back before the page too.
        with self.store.write(replayable=True) as session:
            changes = page.changes
            pending = (
                outbox.pending_among(session, (c.record_id for c in changes))
                if changes and not bulk.outbox_empty(session)
                else set()
            )
            fresh: list[Record] = []
            laid: list[bulk.Laid] | None = None  # their rows, when worked out with the page
            if isinstance(page, PulledPage):
                laid = []
                for change, rows in zip(page.changes, page.laid_out(), strict=True):
                    if not (pending and str(change.record_id) in pending):
                        fresh.append(change.record)
                        laid.append(rows)
            else:
                fresh = [
                    parse_record(change.kind, change.content)
                    for change in page.changes
                    if not (pending and str(change.record_id) in pending)
                ]  # one waiting here is merged on the server at the next push
            self.book.clock.observe_all(record.modified_at for record in fresh)
            # What this device holds exactly already (its own changes) is not counted.
            written: list[Record] = []
            report.pulled += bulk.put_synced_many(session, fresh, written, laid)
            report.took(written)
            sync_state.set_cursor(session, household, cursor)
            Store.set_meta(session, "clock", self.book.clock.last)
        return cursor

    def _guard_mass_delete(self, household: uuid.UUID, server_live: int) -> None:
        with self.store.read() as session:
            local_live = records.count_live(session, household)
        if local_live >= MASS_DELETE_MIN and server_live < local_live * MASS_DELETE_SHARE:
            raise MassDeleteHeld(household, server_live, local_live)

    # Recovery -----------------------------------------------------------------------
    def resend(self, household: uuid.UUID, report: SyncReport) -> None:
        """The server lost changes (restored from a backup): queue every record of
        the household again, based on the version this device holds, and read the
        server's changes from the start. Other people's records are left out: only
        the office writes them (they come back with the pull)."""
        me = self.book.identity.user_id
        queued: list[Record] = []
        with self.store.write() as session:
            # Records referred to go first: the server refuses a reference to a
            # record it does not hold yet.
            ordered = sorted(outbox.synced_records(session, household), key=_resend_order)
            for record in ordered:
                if isinstance(record, Person) and record.id != me:
                    continue
                records.put_local(session, record, record.version)
                report.resent += 1
                queued.append(record)
            sync_state.set_cursor(session, household, sync_state.Cursor())
        report.took(queued)


_RESEND_RANK = {"household": 0, "person": 1, "child": 2, "relative": 3}


def _resend_order(record: Record) -> tuple[int, str]:
    """Profiles before entries; then in the order they were made (an amendment
    after its original, an answer after its question)."""
    made = getattr(record, "created_at", None)
    return _RESEND_RANK.get(record.kind, 4), made.isoformat() if made is not None else ""
