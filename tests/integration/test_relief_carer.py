"""End to end: an SOS aunt covers two families of a village, writes in both from
one laptop, and a household taken away is erased from her laptop only once her
changes in it reached the central office."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.domain.handover import Shift
from app.domain.records import DailyLog
from app.services.daily import DailyLogService
from app.services.handover import HandoverService
from app.services.households import HouseholdsService
from app.services.refused import RefusedService
from app.services.timeline import TimelineFilter, TimelineService
from app.storage import records
from tests.integration.laptops import Laptop, admin
from tests.support.servers import serving


@pytest.fixture
def village(tmp_path: Path) -> Iterator[tuple[Path, str, dict[str, str]]]:
    data = tmp_path / "server"
    data.mkdir()
    admin(data, "init")
    ids = {
        "a": admin(data, "add-household", "Gezin Peeters", "--kind", "village_family"),
        "b": admin(data, "add-household", "Gezin Claes", "--kind", "village_family"),
    }
    for name, household in (("maria", "a"), ("carla", "b"), ("tine", "a")):
        ids[name] = admin(
            data, "add-person", name.title(), "--role", "caregiver", "--household", ids[household]
        )
    admin(data, "set-households", ids["tine"], "--add", ids["b"])
    ids["sara"] = admin(data, "add-person", "Sara", "--role", "supervisor", "--household", ids["a"])
    admin(data, "set-households", ids["sara"], "--add", ids["b"])
    with serving(data) as url:
        yield data, url, ids


def _laptop(data: Path, url: str, folder: Path, person: str) -> Laptop:
    return Laptop(folder, url, admin(data, "enroll-code", person, "--hours", "1"))


def _log_authors(laptop: Laptop, child: uuid.UUID, day: date) -> set[uuid.UUID]:
    with laptop.book.store.read() as session:
        found = records.for_child(session, child, [DailyLog.kind], on=day)
    return {r.author_id for r in found if isinstance(r, DailyLog)}


def test_an_aunt_writes_in_two_families_and_a_family_taken_away_leaves_only_once_synced(
    village: tuple[Path, str, dict[str, str]], tmp_path: Path
) -> None:
    data, url, ids = village
    a, b = uuid.UUID(ids["a"]), uuid.UUID(ids["b"])
    maria = _laptop(data, url, tmp_path / "maria", ids["maria"])
    carla = _laptop(data, url, tmp_path / "carla", ids["carla"])
    tine = _laptop(data, url, tmp_path / "tine", ids["tine"])
    try:
        noah = maria.write("Noah")
        mila = carla.write("Mila")
        maria.engine.sync()
        carla.engine.sync()
        tine.engine.sync()
        households = HouseholdsService(tine.book)
        assert [h.household_id for h in households.choices()] == [b, a]  # by name
        assert [h.missing_today for h in households.choices()] == [1, 1]

        day = tine.book.today()
        daily = DailyLogService(tine.book)
        households.switch(a)  # the first the office named, if not this one already
        assert tine.book.identity.household_id == a
        daily.save(noah, day, {"mood": 4, "text": "Rustige dag"})
        assert households.switch(b) and tine.book.identity.household_id == b
        log = daily.save(mila, day, {"mood": 3, "text": "Buikpijn"})
        assert log.household_id == b and log.author_id == uuid.UUID(ids["tine"])
        assert [h.missing_today for h in households.choices()] == [0, 0]
        tine.engine.sync()
        maria.engine.sync()
        carla.engine.sync()
        assert _log_authors(maria, noah, day) == {uuid.UUID(ids["tine"])}
        assert _log_authors(carla, mila, day) == {uuid.UUID(ids["tine"])}

        # The aunt leaves a handover in the Peeters family; the mother reads it.
        households.switch(a)
        note = HandoverService(tine.book).write(
            Shift.EVENING, "Noah sliep slecht, kijk zijn oor na"
        )
        assert note.household_id == a
        households.switch(b)
        tine.engine.sync()
        maria.engine.sync()
        waiting = HandoverService(maria.book).unread()
        assert [(v.note.id, v.author) for v in waiting] == [(note.id, "Tine")]
        DailyLogService(maria.book).save(noah, day, {"mood": 3, "text": "Oor nagekeken"})
        assert HandoverService(maria.book).mark_read(note.id) is not None
        report = maria.engine.sync()
        assert report.rejected == 0 and HandoverService(maria.book).unread() == []
        tine.engine.sync()
        assert HandoverService(tine.book).readers(note.id) == ["Maria"]

        # The supervisor sees both authors, and the handover in the family's timeline.
        sara = _laptop(data, url, tmp_path / "sara", ids["sara"])
        try:
            sara.engine.sync()
            assert _log_authors(sara, noah, day) == {
                uuid.UUID(ids["tine"]),
                uuid.UUID(ids["maria"]),
            }
            with sara.book.store.read() as session:
                names = records.people_names(session)
            assert {names[uuid.UUID(ids["tine"])], names[uuid.UUID(ids["maria"])]} == {
                "Tine",
                "Maria",
            }
            story = TimelineService(sara.book).page(
                TimelineFilter(household_id=a, kinds=["daily_log", "handover"])
            )
            assert note.id in {s.record.id for s in story.items}
        finally:
            sara.close()

        # A change waiting when the office takes the family away: kept, and said so.
        later = daily.amend(log.id, "Dokter gebeld", {"text": "Buikpijn, naar de dokter"})
        admin(data, "set-households", ids["tine"], "--remove", ids["b"])
        report = tine.engine.sync()
        assert report.kept == {b: 1} and report.erased == []
        assert tine.holds(mila) and tine.holds(b)
        assert households.settle() and tine.book.identity.household_id == a
        assert [h.household_id for h in households.choices()] == [a]
        report = tine.engine.sync()  # still waiting: still kept
        assert report.kept == {b: 1} and tine.holds(mila)

        # Given back for a moment, the change reaches the office; taken away again,
        # the family's records leave the laptop, and only they.
        admin(data, "set-households", ids["tine"], "--add", ids["b"])
        RefusedService(tine.book).send_again([later.id])
        report = tine.engine.sync()
        assert report.rejected == 0 and report.kept == {}
        carla.engine.sync()
        stored = carla.records.get(later.id).record
        assert isinstance(stored, DailyLog) and stored.text == "Buikpijn, naar de dokter"
        admin(data, "set-households", ids["tine"], "--remove", ids["b"])
        report = tine.engine.sync()
        assert report.erased == [b] and report.kept == {}
        assert not tine.holds(mila) and not tine.holds(later.id) and not tine.holds(b)
        assert tine.holds(noah) and tine.holds(note.id)
        assert _log_authors(tine, noah, day) == {uuid.UUID(ids["tine"]), uuid.UUID(ids["maria"])}
        with tine.book.store.read() as session:
            assert records.count_live(session, b) == 0
        assert maria.holds(noah) and carla.holds(mila)
    finally:
        maria.close()
        carla.close()
        tine.close()
