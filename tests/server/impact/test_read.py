"""The figures of records as the server's tables hold them (SQLite and PostgreSQL)
are those of the same records in memory: deleted records and amended entries
read the same way."""

from __future__ import annotations

from sqlalchemy import Engine

from app.server.core.db import new_session, upgrade
from app.server.services import records
from app.server.services.impact import facts, figures, report
from app.server.tables import HouseholdRow
from tests.server.impact import office


def test_figures_from_the_tables(engine: Engine) -> None:
    upgrade(engine)
    with new_session(engine) as session:
        for household, kind in office.PROGRAMMES.items():
            session.add(HouseholdRow(id=household, name="H", kind=kind))
        session.flush()
        writer = records.Writer(session, expected=len(office.RECORDS))
        for kind, household, content in office.contents():
            writer.store(None, record_id=content["id"], household_id=household, kind=kind,
                         version=1, content=content)  # fmt: skip
        writer.flush()
        session.commit()
        read = facts.read(session)
        session.commit()
        from_tables = report(session, office.PERIOD)
    in_memory = facts.from_records(office.contents(), office.PROGRAMMES)
    assert sorted(read.children, key=lambda c: c.id) == sorted(
        in_memory.children, key=lambda c: c.id
    )
    assert set(read.contacts) == set(in_memory.contacts)
    assert len(read.contacts) == len(office.CONTACTS) - 1  # the amended one gives way
    held = ("all", "simba", "village_family", "minors_house")  # no family support here
    assert from_tables.programmes == held
    assert from_tables == figures(in_memory, office.PERIOD, held)
