"""Profiles: create, unlock, wrong passphrase with a growing delay, re-key, keyring."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import keyring.backend
import pytest

from app import paths
from app.crypto import keystore
from app.crypto.envelope import WrongPassphrase
from app.domain.vocabulary import HouseholdKind
from app.services import profile
from app.storage import records as record_store
from app.storage.book import Book
from app.storage.errors import StoreDamaged, StoreMissing, StoreTruncated
from tests import factories
from tests.conftest import CANARY, PASSPHRASE


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps its secrets in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


NEW = profile.NewProfile("Anna Peeters", "Gezin Peeters", HouseholdKind.SIMBA)


def test_created_profile_unlocks_with_its_passphrase(book: Book, profile_dir: Path) -> None:
    identity = book.identity
    book.close()
    again = profile.unlock(profile_dir, PASSPHRASE)
    try:
        assert again.identity == identity
        with again.store.read() as session:
            assert record_store.count_by_kind(session) == {"household": 1, "person": 1}
    finally:
        again.close()


def test_a_second_profile_in_the_same_folder_is_refused(book: Book, profile_dir: Path) -> None:
    with pytest.raises(profile.ProfileExists):
        profile.create_profile(profile_dir, PASSPHRASE, NEW, strength="minimum")


def test_short_passphrase_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(profile.WeakPassphrase):
        profile.create_profile(tmp_path / "p", "short", NEW, strength="minimum")
    assert not (tmp_path / "p").exists()


def test_wrong_passphrase_leaves_the_files_untouched_and_delays_grow(
    book: Book, profile_dir: Path
) -> None:
    book.close()
    before = {p.name: p.read_bytes() for p in profile_dir.iterdir()}
    clock = [1000.0]
    for _ in range(profile.FREE_TRIES):
        with pytest.raises(WrongPassphrase):
            profile.unlock(profile_dir, "wrong passphrase", now=lambda: clock[0])
        clock[0] += 0.5
    # After the free tries, the next attempt must wait, even with the right passphrase.
    with pytest.raises(profile.UnlockThrottled) as caught:
        profile.unlock(profile_dir, PASSPHRASE, now=lambda: clock[0])
    assert caught.value.seconds > 0
    clock[0] += caught.value.seconds + 0.1
    with pytest.raises(WrongPassphrase):
        profile.unlock(profile_dir, "wrong again", now=lambda: clock[0])
    second = profile.wait_before_unlock(profile_dir, now=lambda: clock[0])
    assert second > caught.value.seconds  # the delay grows
    after = {
        p.name: p.read_bytes() for p in profile_dir.iterdir() if not p.name.startswith("unlock")
    }
    assert after == {k: v for k, v in before.items() if not k.startswith("unlock")}
    clock[0] += second + 0.1
    profile.unlock(profile_dir, PASSPHRASE, now=lambda: clock[0]).close()
    assert profile.wait_before_unlock(profile_dir, now=lambda: clock[0]) == 0


def test_delays_are_capped() -> None:
    assert profile.delay_after(0) == 0
    assert profile.delay_after(profile.FREE_TRIES) > 0
    assert profile.delay_after(100) == profile.MAX_DELAY_S


def test_changing_the_passphrase_keeps_the_data_and_does_not_reencrypt(
    book: Book, profile_dir: Path
) -> None:
    book.close()
    db_before = paths.database_file(profile_dir).read_bytes()
    profile.change_passphrase(profile_dir, PASSPHRASE, "a brand new passphrase", strength="minimum")
    assert paths.database_file(profile_dir).read_bytes() == db_before
    with pytest.raises(WrongPassphrase):
        profile.unlock(profile_dir, PASSPHRASE)
    profile.unlock(profile_dir, "a brand new passphrase").close()


def test_missing_database_is_reported_and_never_recreated(book: Book, profile_dir: Path) -> None:
    book.close()
    paths.database_file(profile_dir).unlink()
    for extra in profile_dir.glob("thuisboek.db-*"):
        extra.unlink()
    with pytest.raises(StoreMissing):
        profile.unlock(profile_dir, PASSPHRASE)
    assert not paths.database_file(profile_dir).exists()


def test_truncated_and_tampered_databases_are_named(book: Book, profile_dir: Path) -> None:
    book.close()
    db = paths.database_file(profile_dir)
    original = db.read_bytes()
    db.write_bytes(original[:5000])
    with pytest.raises(StoreTruncated):
        profile.unlock(profile_dir, PASSPHRASE)
    assert db.read_bytes() == original[:5000]
    flipped = bytearray(original)
    flipped[len(flipped) // 2] ^= 1
    db.write_bytes(bytes(flipped))
    with pytest.raises(StoreDamaged):
        profile.unlock(profile_dir, PASSPHRASE)
    assert db.read_bytes() == bytes(flipped)


def test_a_database_from_another_profile_is_refused(tmp_path: Path) -> None:
    one = profile.create_profile(tmp_path / "one", PASSPHRASE, NEW, strength="minimum")
    two = profile.create_profile(tmp_path / "two", PASSPHRASE, NEW, strength="minimum")
    one.close()
    two.close()
    swapped = paths.database_file(tmp_path / "two")
    swapped.write_bytes(paths.database_file(tmp_path / "one").read_bytes())
    with pytest.raises(StoreDamaged):  # the other profile's key does not open it
        profile.unlock(tmp_path / "two", PASSPHRASE)


def test_key_file_holds_no_clear_key_and_profile_has_no_plaintext(
    book: Book, profile_dir: Path, records: object
) -> None:
    from datetime import date

    from app.services.records import RecordService

    assert isinstance(records, RecordService)
    records.create(
        factories.child(
            book.identity.household_id,
            given_name=CANARY,
            date_of_birth=date(2022, 1, 1),
            placement_start=date(2023, 1, 1),
        )
    )
    key = book.store.key
    assert key is not None
    blob = b"".join(p.read_bytes() for p in profile_dir.iterdir())
    assert CANARY.encode() not in blob
    assert key not in blob and key.hex().encode() not in blob
    data = json.loads(paths.key_file(profile_dir).read_text())
    assert data["kdf"]["memory_kib"] >= 19456


def test_remembered_key_unlocks_without_passphrase(
    profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ring = MemoryKeyring()
    monkeypatch.setattr(keystore.keyring, "get_keyring", lambda: ring)
    book = profile.create_profile(profile_dir, PASSPHRASE, NEW, remember=True, strength="minimum")
    user = book.identity.user_id
    book.close()
    assert len(ring.secrets) == 1
    again = profile.unlock_remembered(profile_dir)
    assert again is not None and again.identity.user_id == user
    again.close()
    profile.set_remember(profile_dir, PASSPHRASE, False)
    assert ring.secrets == {}
    assert profile.unlock_remembered(profile_dir) is None


def test_without_a_secure_keyring_remember_fails_closed(
    profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyring.backends import fail

    monkeypatch.setattr(keystore.keyring, "get_keyring", lambda: fail.Keyring())
    assert not keystore.keyring_status().available
    with pytest.raises(keystore.KeyringUnavailable):
        profile.create_profile(profile_dir, PASSPHRASE, NEW, remember=True, strength="minimum")
    assert not profile.exists(profile_dir)  # refused before anything was made


def test_identity_ids_are_uuids(book: Book) -> None:
    assert isinstance(book.identity.user_id, uuid.UUID)
    assert book.identity.household_id != book.identity.user_id
