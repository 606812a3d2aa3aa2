"""A home book in which the central office refused some changes, the way a real
push leaves them: the sync engine pushes the outbox to a scripted office that
refuses the records it is told to, with its reason, and takes the rest."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.domain.records import Child, ContactNote, DailyLog, MilestoneObservation, Relative
from app.domain.vocabulary import ContactKind, MilestoneStatus
from app.protocol.schemas import OpResult, OpStatus, PushRequest, PushResponse
from app.services.records import RecordService
from app.storage.book import Book
from app.sync.engine import SyncEngine, SyncReport
from app.sync.transport import OutgoingPush, Transport
from tests import factories

LONG_REASON = (
    "The contact note names a relative who is not linked to every child of the note; "
    "the central office keeps contacts only between a child and its own family. Link the "
    "relative to the child in the child's profile, or take the child off this note, and "
    "send it again. (rule C-12, checked since the office's update of 2 June 2025)"
)


class RefusingOffice(Transport):
    """Takes every change as sent, except the records in ``refuse`` (id -> reason)."""

    def __init__(self) -> None:
        super().__init__("http://127.0.0.1:9", "token")
        self.refuse: dict[uuid.UUID, str] = {}
        self.pushed: list[uuid.UUID] = []

    def push(self, request: PushRequest | OutgoingPush) -> PushResponse:
        results = []
        for op in request.ops:
            self.pushed.append(op.record_id)
            reason = self.refuse.get(op.record_id)
            if reason is not None:
                results.append(
                    OpResult(
                        op_id=op.op_id, status=OpStatus.REJECTED, record_id=op.record_id,
                        reason=reason,
                    )
                )  # fmt: skip
                continue
            version = op.base_version + 1
            results.append(
                OpResult(
                    op_id=op.op_id, status=OpStatus.APPLIED, record_id=op.record_id,
                    version=version, record={**op.content, "version": version},
                )
            )  # fmt: skip
        return PushResponse(results=results)


@dataclass(frozen=True)
class RefusedHome:
    child: Child
    relative: Relative
    log: DailyLog  # refused: "not found"
    contact: ContactNote  # refused with a long reason
    profile: Child  # the child's profile, changed; refused
    observation: MilestoneObservation  # taken

    @property
    def refused_ids(self) -> set[uuid.UUID]:
        return {self.log.id, self.contact.id, self.child.id}


def push(book: Book, office: RefusingOffice) -> SyncReport:
    report = SyncReport()
    SyncEngine(book, office).push(report)
    return report


def refused_home(book: Book, records: RecordService, child: Child) -> RefusedHome:
    """Lotte with her mother and an observation, synced; then a log, a contact and a
    change of Lotte's profile, which the office refused."""
    household = book.identity.household_id
    relative = records.create(factories.relative(household, [child], name="Sofie Janssens"))
    observation = records.create(
        MilestoneObservation(household_id=household, child_id=child.id,
                             item_id="cdc-30m-move-01", status=MilestoneStatus.ACHIEVED,
                             observed_on=date(2025, 6, 1))
    )  # fmt: skip
    office = RefusingOffice()
    try:
        push(book, office)  # the profile, the child, the relative, the observation: taken
        log = records.create(
            factories.daily_log(book.identity, child, date=date(2025, 6, 2),
                                moments="Eerste keer alleen gefietst.", mood=4)
        )  # fmt: skip
        contact = records.create(
            factories.contact_note(book.identity, [child], [relative],
                                   contact_kind=ContactKind.SUPERVISED_VISIT,
                                   date=date(2025, 6, 3), reaction_during="Blij, daarna moe.")
        )  # fmt: skip
        profile = records.update(child.id, school="De Regenboog")
        assert isinstance(profile, Child)
        office.refuse = {
            log.id: "not found",
            contact.id: LONG_REASON,
            child.id: "Only the central office may change this child's school.",
        }
        report = push(book, office)
    finally:
        office.close()
    assert report.rejected == 3
    return RefusedHome(child, relative, log, contact, profile, observation)
