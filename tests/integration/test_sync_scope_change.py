"""End to end: the central office gives a person another household, then takes it
away again, while their laptop keeps syncing (``set-households``)."""

from __future__ import annotations

import contextlib
import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.records import Child
from app.server import cli as server_cli
from tests.integration.laptops import Laptop, admin
from tests.support.servers import serving


def run_admin(data: Path, *args: str) -> tuple[int, str, str]:
    """A command that may fail: its exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = server_cli.main(["--data", str(data), *args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return code, out.getvalue().strip(), err.getvalue()


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Path, str, dict[str, str]]]:
    data = tmp_path / "server"
    data.mkdir()
    admin(data, "init")
    ids = {
        "a": admin(data, "add-household", "Gezin Peeters", "--kind", "simba"),
        "b": admin(data, "add-household", "Gezin Claes", "--kind", "simba"),
    }
    ids["anna"] = admin(data, "add-person", "Anna", "--role", "caregiver", "--household", ids["a"])
    ids["carla"] = admin(
        data, "add-person", "Carla", "--role", "caregiver", "--household", ids["b"]
    )
    with serving(data) as url:
        yield data, url, ids


def test_a_household_given_is_pulled_and_one_taken_away_stops_nothing(
    office: tuple[Path, str, dict[str, str]], tmp_path: Path
) -> None:
    data, url, ids = office
    a, b = uuid.UUID(ids["a"]), uuid.UUID(ids["b"])
    anna = Laptop(tmp_path / "anna", url, admin(data, "enroll-code", ids["anna"], "--hours", "1"))
    carla = Laptop(
        tmp_path / "carla", url, admin(data, "enroll-code", ids["carla"], "--hours", "1")
    )
    try:
        theirs = carla.write("Mila", b)
        carla.engine.sync()
        anna.engine.sync()
        assert anna.engine.households() == [a] and not anna.holds(theirs)

        held = admin(data, "set-households", ids["anna"], "--add", ids["b"]).split()
        assert sorted(held) == sorted([ids["a"], ids["b"]])
        anna.engine.sync()  # the next sync takes the new household, from its start
        assert set(anna.engine.households()) == {a, b}
        assert anna.holds(theirs) and anna.holds(b)
        anna.records.update(theirs, notes="Slaapt goed")
        report = anna.engine.sync()
        assert report.rejected == 0
        carla.engine.sync()
        stored = carla.records.get(theirs).record
        assert isinstance(stored, Child) and stored.notes == "Slaapt goed"

        admin(data, "set-households", ids["anna"], "--remove", ids["b"])
        later = carla.write("Noor", b)
        carla.engine.sync()
        anna.records.update(theirs, notes="Niet meer van dit gezin")
        report = anna.engine.sync()  # no 404 for the household taken away: sync goes on
        assert anna.engine.households() == [a]
        assert not anna.holds(later)
        assert report.rejected == 1  # the change to B's child is refused and kept
        kept = anna.records.get(theirs)
        assert kept.sync_state == "rejected" and kept.record.notes == "Niet meer van dit gezin"  # type: ignore[attr-defined]
        carla.engine.sync()
        stored = carla.records.get(theirs).record
        assert isinstance(stored, Child) and stored.notes == "Slaapt goed"
    finally:
        anna.close()
        carla.close()


def test_a_first_household_cannot_be_taken_away_and_mistakes_change_nothing(
    office: tuple[Path, str, dict[str, str]],
) -> None:
    data, _url, ids = office
    code, _out, err = run_admin(data, "set-households", ids["anna"], "--remove", ids["a"])
    assert code != 0 and "first household" in err
    code, _out, err = run_admin(data, "set-households", ids["anna"], "--add", str(uuid.uuid4()))
    assert code != 0 and "no such household" in err
    code, _out, err = run_admin(data, "set-households", str(uuid.uuid4()), "--add", ids["b"])
    assert code != 0 and "no such person" in err
    assert admin(data, "people").count(ids["b"]) == 1  # still Carla's alone
