"""Enrolment: an administrator's one-time code becomes this device's token.

A profile may have been used offline before it was enrolled: its household and
person were made here. On enrolment they give way to the ones the central
office knows — the local records move into the server's household, written by
the server's person — and everything is queued to be sent.
"""

from __future__ import annotations

import platform
import uuid
from dataclasses import replace

from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.domain.records import Household, Person, parse_record
from app.domain.vocabulary import Role
from app.protocol.schemas import EnrollResponse
from app.storage import outbox, records, sync_state
from app.storage.book import Book
from app.storage.store import Store
from app.storage.tables import Meta
from app.sync.transport import ServerRefused, SyncError, Transport

_PEOPLE_FIELDS = ("author_id", "modified_by")


def _adopt(book: Book, answer: EnrollResponse) -> None:
    person = parse_record("person", answer.person)
    assert isinstance(person, Person)
    old_user, old_household = book.identity.user_id, book.identity.household_id
    new_household = answer.households[0] if answer.households else old_household
    with book.store.write() as session:
        moved = []
        for kind in ("child", "relative", "daily_log", "milestone_observation", "contact_note",
                     "review", "wellbeing_check", "attachment"):  # fmt: skip
            for record in records.list_kind(session, kind, old_household, include_deleted=True):
                data = record.model_dump(mode="json")
                data["household_id"] = str(new_household)
                for name in _PEOPLE_FIELDS:
                    if data.get(name) == str(old_user):
                        data[name] = str(person.id)
                moved.append(parse_record(kind, data))
        # The local household and person were never anyone else's: they go, and the
        # outbox starts again with every record as new to the server.
        outbox.delete_outbox(session, [e.op_id for e in outbox.outbox(session)])
        for record in records.list_kind(session, Household.kind, old_household):
            if record.id == old_household and old_household != new_household:
                records.forget(session, record.id)
        for record in records.list_kind(session, Person.kind, old_household):
            if record.id == old_user and old_user != person.id:
                records.forget(session, record.id)
        for record in moved:
            records.forget(session, record.id)
            fresh = record.model_copy(update={"version": 1})
            records.put_local(session, fresh, 0)
        Store.set_meta(session, "user_id", str(person.id))
        Store.set_meta(session, "household_id", str(new_household))
        Store.set_meta(session, "display_name", person.display_name)
        Store.set_meta(session, "role", answer.role)
        Store.set_meta(session, sync_state.URL, "")
    book.identity = replace(
        book.identity,
        user_id=person.id,
        household_id=new_household,
        display_name=person.display_name,
        role=Role(answer.role),
    )


def default_device_name(person_name: str) -> str:
    """How the central office lists this computer unless the person names it: their
    name and the computer's, so that two laptops of one person are told apart."""
    computer = platform.node() or "laptop"
    person = " ".join(person_name.split())
    return f"{person} · {computer}" if person else computer


def _ask(
    server_url: str, code: str, device_name: str | None, person_id: uuid.UUID | None = None
) -> tuple[str, EnrollResponse]:
    """The server's answer to an enrolment code, and its address as the transport has it."""
    transport = Transport(server_url)
    name = (device_name or "").strip() or platform.node() or "laptop"
    try:
        answer = transport.enroll(code.strip(), name, person_id)
    except ServerRefused as exc:
        if exc.code == "other_person":
            raise NotThisPerson() from None
        raise
    finally:
        transport.close()
    return transport.base_url, answer


def _link(book: Book, base_url: str, answer: EnrollResponse) -> sync_state.Link:
    """Keep the new link: address, token, device and households (and nothing revoked)."""
    with book.store.write() as session:
        Store.set_meta(session, sync_state.URL, base_url)
        Store.set_meta(session, sync_state.TOKEN, answer.token)
        Store.set_meta(session, sync_state.DEVICE, answer.device_id)
        sync_state.set_households(session, answer.households)
        revoked = session.get(Meta, sync_state.REVOKED)
        if revoked is not None:
            session.delete(revoked)
    link = sync_state.read_link(book.store)
    assert link is not None
    return link


def enroll(
    book: Book, server_url: str, code: str, device_name: str | None = None
) -> sync_state.Link:
    name = device_name or default_device_name(book.identity.display_name)
    base_url, answer = _ask(server_url, code, name)
    _adopt(book, answer)
    return _link(book, base_url, answer)


class NotThisPerson(SyncError):
    """An enrolment code for someone else than the person this profile belongs to."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "Sync",
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This enrolment code is for someone else. Nothing was changed: ask the "
                    "central office for a code for the person of this profile.",
                ),
            )
        )


def reenroll(
    book: Book, server_url: str, code: str, device_name: str | None = None
) -> sync_state.Link:
    """Enrol an already linked profile again, when the central office no longer
    knows its token (restored from an older backup, or its device removed).

    Only the link changes: the records, the outbox and the pull cursors stay as
    they are. The next sync sends what waits, and a cursor the server no longer
    knows makes the laptop send again what the server lacks. A code for another
    person than this profile's changes nothing, here or on the server, where the
    code stays unused (``NotThisPerson``)."""
    name = device_name or default_device_name(book.identity.display_name)
    base_url, answer = _ask(server_url, code, name, book.identity.user_id)
    if parse_record("person", answer.person).id != book.identity.user_id:  # an older server
        raise NotThisPerson()
    return _link(book, base_url, answer)


def transport_for(book: Book) -> Transport | None:
    link = sync_state.read_link(book.store)
    if link is None or not link.server_url:
        return None
    return Transport(link.server_url, link.token)
