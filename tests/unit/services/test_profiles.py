"""A computer shared by several people: a profile folder (0700) per person, each
with its own passphrase and encrypted database, listed by name and household
alone; nothing of one opens with another's key."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app import paths
from app.domain.records import Child
from app.domain.vocabulary import HouseholdKind
from app.services import profile, profiles
from app.services.records import RecordService
from app.storage import records
from app.storage.book import Book
from app.storage.errors import StoreError
from app.storage.store import Store
from tests import factories
from tests.conftest import CANARY, PASSPHRASE

OTHER_PASSPHRASE = "een heel andere wachtzin"


def _person(root: Path, name: str, household: str, passphrase: str) -> Book:
    folder = profiles.new_profile_dir(root)
    book = profile.create_profile(
        folder, passphrase, profile.NewProfile(name, household, HouseholdKind.MINORS_HOUSE),
        strength="minimum",
    )  # fmt: skip
    profiles.write_card(book, household)
    return book


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())


def test_two_people_on_one_computer_never_open_each_others_data(tmp_path: Path) -> None:
    root = tmp_path / "profiles"
    youssef = _person(root, "Youssef", "Huis De Brug", PASSPHRASE)
    ines = _person(root, "Ines", "Huis De Brug", OTHER_PASSPHRASE)
    try:
        home = youssef.identity.household_id
        RecordService(youssef).create(factories.child(home, given_name=CANARY))
        _, youssef_key = profile.open_data_key(youssef.profile_dir, PASSPHRASE)
        _, ines_key = profile.open_data_key(ines.profile_dir, OTHER_PASSPHRASE)
        folders = (youssef.profile_dir, ines.profile_dir)
    finally:
        youssef.close()
        ines.close()

    listed = profiles.cards(root)
    assert [(c.display_name, c.household) for c in listed] == [
        ("Ines", "Huis De Brug"),
        ("Youssef", "Huis De Brug"),
    ]
    for folder in folders:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(profiles.card_file(folder).stat().st_mode) == 0o600
        assert CANARY.encode() not in _all_bytes(folder)  # nor in the card

    # The canary scan: each database with the other's key finds nothing, it does not open.
    for folder, wrong in ((folders[0], ines_key), (folders[1], youssef_key)):
        with pytest.raises(StoreError):
            Store.open(paths.database_file(folder), wrong)
    # Each with the other's passphrase: refused, before the database is touched.
    with pytest.raises(profile.WrongPassphrase):
        profile.unlock(folders[0], OTHER_PASSPHRASE)
    # The control: with its own key the scan finds the canary.
    store = Store.open(paths.database_file(folders[0]), youssef_key)
    try:
        with store.read() as session:
            found = records.list_kind(session, Child.kind)
        assert [c.given_name for c in found if isinstance(c, Child)] == [CANARY]
    finally:
        store.close()


def test_a_damaged_card_still_lists_the_profile_by_its_folder(tmp_path: Path) -> None:
    root = tmp_path / "profiles"
    book = _person(root, "Youssef", "Huis De Brug", PASSPHRASE)
    book.close()
    profiles.card_file(book.profile_dir).write_text("{not json")
    [card] = profiles.cards(root)
    assert card.display_name == book.profile_dir.name and card.household == ""
