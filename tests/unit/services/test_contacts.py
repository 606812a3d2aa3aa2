"""ContactService: relatives, contact notes and when each relative was last seen."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.records import Child, ContactNote, Relative
from app.domain.vocabulary import ContactKind, ContactStatus, RelationKind
from app.services.contacts import ContactService, threads
from app.services.records import RecordService
from app.storage.book import Book
from tests import factories

TODAY = date(2025, 6, 20)


@pytest.fixture
def service(book: Book) -> ContactService:
    book.today = lambda: TODAY
    return ContactService(book)


def _relative(
    records: RecordService, service: ContactService, name: str, relation: RelationKind, *kids: Child
) -> Relative:
    return records.create(
        service.new_relative(name=name, relation=relation, children=[k.id for k in kids])
    )


def _note(
    records: RecordService,
    service: ContactService,
    day: date,
    status: ContactStatus,
    relatives: list[Relative],
    *kids: Child,
    **fields: object,
) -> ContactNote:
    return records.create(
        service.new_note(
            date=day,
            status=status,
            contact_kind=ContactKind.VISIT,
            children=[k.id for k in kids],
            relatives=[r.id for r in relatives],
            **fields,
        )
    )


def _sibling(records: RecordService, book: Book, name: str, group: str = "") -> Child:
    return records.create(
        factories.child(
            book.identity.household_id,
            given_name=name,
            date_of_birth=date(2020, 5, 1),
            sibling_group=group,
        )
    )


def test_relatives_are_the_childs_own_parents_first(
    service: ContactService, records: RecordService, book: Book, child: Child
) -> None:
    other = _sibling(records, book, "Sam")
    aunt = _relative(records, service, "Aunt Mia", RelationKind.AUNT_UNCLE, child)
    brother = _relative(records, service, "Daan", RelationKind.SIBLING, child)
    mother = _relative(records, service, "Sara", RelationKind.MOTHER, child)
    _relative(records, service, "Someone else's father", RelationKind.FATHER, other)
    gone = _relative(records, service, "Removed", RelationKind.OTHER, child)
    records.delete(gone.id)

    assert [r.id for r in service.relatives_of(child.id)] == [mother.id, brother.id, aunt.id]


def test_notes_are_newest_first_with_amendments(
    service: ContactService, records: RecordService, child: Child
) -> None:
    mother = _relative(records, service, "Sara", RelationKind.MOTHER, child)
    old = _note(records, service, date(2025, 5, 1), ContactStatus.HAPPENED, [mother], child)
    new = _note(records, service, date(2025, 6, 1), ContactStatus.HAPPENED, [mother], child)
    fix = records.amend(old.id, "wrong place", place="Gent")

    assert [n.id for n in service.notes_of(child.id)] == [new.id, fix.id, old.id]
    found = service.threads_of(child.id)
    assert [t.original.id for t in found] == [new.id, old.id]
    assert found[1].current.id == fix.id and found[1].amended
    assert found[0].current.id == new.id and not found[0].amended


def test_last_seen_is_the_last_contact_that_happened(
    service: ContactService, records: RecordService, child: Child
) -> None:
    mother = _relative(records, service, "Sara", RelationKind.MOTHER, child)
    father = _relative(records, service, "Karim", RelationKind.FATHER, child)
    _note(records, service, date(2025, 6, 1), ContactStatus.HAPPENED, [mother], child)
    _note(records, service, date(2025, 5, 2), ContactStatus.HAPPENED, [mother, father], child)
    _note(records, service, date(2025, 6, 15), ContactStatus.CANCELLED, [mother], child)
    _note(records, service, date(2025, 6, 18), ContactStatus.NO_SHOW, [father], child)
    _note(records, service, date(2025, 7, 9), ContactStatus.PLANNED, [mother], child)
    _note(records, service, date(2025, 7, 2), ContactStatus.PLANNED, [mother], child)
    _note(records, service, date(2025, 6, 3), ContactStatus.PLANNED, [father], child)  # past

    by_name = {s.relative.name: s for s in service.last_seen(child.id)}
    sara, karim = by_name["Sara"], by_name["Karim"]
    assert sara.last_happened == date(2025, 6, 1)
    assert sara.days_since == 19
    assert sara.next_planned == date(2025, 7, 2)
    assert (sara.held, sara.cancelled, sara.no_show) == (2, 1, 0)
    assert karim.last_happened == date(2025, 5, 2)
    assert karim.next_planned is None
    assert (karim.held, karim.cancelled, karim.no_show) == (1, 0, 1)


def test_never_seen_relative_has_no_dates(
    service: ContactService, records: RecordService, child: Child
) -> None:
    _relative(records, service, "Grandma Rosa", RelationKind.GRANDPARENT, child)
    [summary] = service.last_seen(child.id)
    assert summary.last_happened is None and summary.days_since is None
    assert summary.next_planned is None and summary.held == 0


def test_an_amendment_replaces_what_the_original_said(
    service: ContactService, records: RecordService, child: Child
) -> None:
    mother = _relative(records, service, "Sara", RelationKind.MOTHER, child)
    note = _note(records, service, date(2025, 6, 10), ContactStatus.HAPPENED, [mother], child)
    records.amend(note.id, "she did not come after all", status=ContactStatus.NO_SHOW)

    [summary] = service.last_seen(child.id)
    assert summary.last_happened is None
    assert (summary.held, summary.no_show) == (0, 1)


def test_chained_amendments_stay_in_one_thread(
    service: ContactService, records: RecordService, child: Child
) -> None:
    mother = _relative(records, service, "Sara", RelationKind.MOTHER, child)
    note = _note(records, service, date(2025, 6, 10), ContactStatus.HAPPENED, [mother], child)
    first = records.amend(note.id, "place", place="Antwerpen")
    second = records.amend(first.id, "again", place="Gent")

    [thread] = threads(service.notes_of(child.id))
    assert thread.original.id == note.id
    assert [a.id for a in thread.amendments] == [first.id, second.id]
    assert thread.current.place == "Gent"


def test_siblings_here_by_group_or_shared_parent(
    service: ContactService, records: RecordService, book: Book, child: Child
) -> None:
    records.update(child.id, sibling_group="Janssens")
    child = records.get(child.id).record  # type: ignore[assignment]
    noor = _sibling(records, book, "Noor", group=" janssens ")
    sam = _sibling(records, book, "Sam")
    _sibling(records, book, "Yusuf", group="Other")
    _relative(records, service, "Sara", RelationKind.MOTHER, child, sam)

    assert {c.given_name for c in service.siblings_here(child)} == {"Noor", "Sam"}
    overview = service.overview(child.id)
    assert [c.id for c in overview.siblings_here] == [noor.id, sam.id]
    assert [c.given_name for c in overview.others_here] == ["Yusuf"]


def test_overview_names_relatives_of_a_sibling(
    service: ContactService, records: RecordService, book: Book, child: Child
) -> None:
    sam = _sibling(records, book, "Sam")
    uncle = _relative(records, service, "Uncle Bram", RelationKind.AUNT_UNCLE, sam)
    _note(records, service, date(2025, 6, 10), ContactStatus.HAPPENED, [uncle], child, sam)

    overview = service.overview(child.id)
    assert overview.summaries == []
    assert len(overview.threads) == 1
    assert overview.relative_names[uncle.id] == "Uncle Bram"


def test_new_note_without_kind_or_relative_has_problems(
    service: ContactService, child: Child, book: Book
) -> None:
    note = service.new_note(date=TODAY, children=[child.id])
    assert note.author_id == book.identity.user_id
    fields = {p.field for p in service.problems(note)}
    assert fields == {"contact_kind", "relatives"}
