"""The key file: wrapping the data key under a passphrase."""

from __future__ import annotations

import base64
import json
import os
import stat
import uuid
from pathlib import Path
from typing import Any

import pytest

from app.crypto.envelope import (
    KeyEnvelope,
    KeyFileInvalid,
    KeyFileMissing,
    WrongPassphrase,
    new_data_key,
)
from app.domain.messages import ThuisboekError

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def data_key() -> bytes:
    return new_data_key()


@pytest.fixture
def profile_id() -> str:
    return str(uuid.uuid4())


@pytest.fixture
def sealed(data_key: bytes, profile_id: str) -> KeyEnvelope:
    return KeyEnvelope.seal(data_key, PASSPHRASE, profile_id, strength="minimum")


def reloaded(data: dict[str, Any]) -> KeyEnvelope:
    return KeyEnvelope.from_bytes(json.dumps(data).encode())


def flip(b64: str, position: int) -> str:
    raw = bytearray(base64.b64decode(b64))
    raw[position] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def encodings(key: bytes) -> list[bytes]:
    """Every spelling of the key that could leak it into a file."""
    return [
        key,
        base64.b64encode(key),
        base64.urlsafe_b64encode(key),
        key.hex().encode(),
        key.hex().upper().encode(),
    ]


def test_new_data_key_is_random_256_bits() -> None:
    keys = {new_data_key() for _ in range(8)}
    assert len(keys) == 8
    assert all(len(k) == 32 for k in keys)


def test_seal_and_open(sealed: KeyEnvelope, data_key: bytes, profile_id: str) -> None:
    assert sealed.profile_id == profile_id
    assert sealed.version == 1
    assert sealed.open(PASSPHRASE) == data_key


def test_wrong_passphrase(sealed: KeyEnvelope) -> None:
    with pytest.raises(WrongPassphrase) as caught:
        sealed.open("correct horse battery stapl")
    assert caught.value.message.context == "Crypto"
    assert caught.value.message.text == "The passphrase is not correct."


def test_passphrase_is_unicode_normalised(data_key: bytes, profile_id: str) -> None:
    env = KeyEnvelope.seal(data_key, "Zoë één", profile_id, strength="minimum")
    assert env.open("Zoe\u0308 e\u0301e\u0301n") == data_key


def test_each_seal_uses_fresh_salt_and_nonce(data_key: bytes, profile_id: str) -> None:
    a = KeyEnvelope.seal(data_key, PASSPHRASE, profile_id, strength="minimum")
    b = KeyEnvelope.seal(data_key, PASSPHRASE, profile_id, strength="minimum")
    assert a.kdf.salt != b.kdf.salt
    assert a.nonce != b.nonce
    assert a.wrapped_key != b.wrapped_key


def test_seal_refuses_a_key_of_the_wrong_length(profile_id: str) -> None:
    with pytest.raises(ValueError):
        KeyEnvelope.seal(b"short", PASSPHRASE, profile_id, strength="minimum")


def test_round_trip_through_bytes(sealed: KeyEnvelope, data_key: bytes) -> None:
    data = json.loads(sealed.to_bytes())
    assert data["format"] == "thuisboek-key"
    assert data["version"] == 1
    assert set(data) == {"format", "version", "profile_id", "kdf", "nonce", "wrapped_key"}
    again = KeyEnvelope.from_bytes(sealed.to_bytes())
    assert again == sealed
    assert again.open(PASSPHRASE) == data_key


def test_key_file_holds_no_trace_of_the_data_key(
    sealed: KeyEnvelope, data_key: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "key.json"
    sealed.save(path)
    content = path.read_bytes()
    for spelling in encodings(data_key):
        assert spelling not in content
    assert PASSPHRASE.encode() not in content


@pytest.mark.parametrize("field", ["nonce", "wrapped_key"])
def test_flipping_a_byte_of_nonce_or_wrapped_key_fails(sealed: KeyEnvelope, field: str) -> None:
    data = sealed.to_dict()
    length = len(base64.b64decode(data[field]))
    for position in range(length):
        tampered = dict(data, **{field: flip(data[field], position)})
        with pytest.raises(WrongPassphrase):
            reloaded(tampered).open(PASSPHRASE)


def test_flipping_a_byte_of_the_salt_fails(sealed: KeyEnvelope) -> None:
    data = sealed.to_dict()
    for position in (0, 7, 15):
        kdf = dict(data["kdf"], salt=flip(data["kdf"]["salt"], position))
        with pytest.raises(WrongPassphrase):
            reloaded(dict(data, kdf=kdf)).open(PASSPHRASE)


@pytest.mark.parametrize(
    ("name", "delta"), [("memory_kib", 1), ("memory_kib", 1024), ("iterations", 1), ("lanes", 1)]
)
def test_changing_kdf_params_fails(sealed: KeyEnvelope, name: str, delta: int) -> None:
    data = sealed.to_dict()
    kdf = dict(data["kdf"], **{name: data["kdf"][name] + delta})
    with pytest.raises(WrongPassphrase):
        reloaded(dict(data, kdf=kdf)).open(PASSPHRASE)


def test_changing_or_swapping_the_profile_id_fails(
    sealed: KeyEnvelope, data_key: bytes, profile_id: str
) -> None:
    data = sealed.to_dict()
    for position in range(len(profile_id)):
        changed = chr(ord(profile_id[position]) ^ 0x01)
        tampered = profile_id[:position] + changed + profile_id[position + 1 :]
        with pytest.raises(WrongPassphrase):
            reloaded(dict(data, profile_id=tampered)).open(PASSPHRASE)
    # The envelope of another profile with the same passphrase cannot be passed off as this one.
    other = KeyEnvelope.seal(new_data_key(), PASSPHRASE, str(uuid.uuid4()), strength="minimum")
    with pytest.raises(WrongPassphrase):
        reloaded(dict(other.to_dict(), profile_id=profile_id)).open(PASSPHRASE)


def test_flipping_any_byte_of_the_file_fails(sealed: KeyEnvelope, data_key: bytes) -> None:
    content = sealed.to_bytes()
    for position in range(len(content)):
        tampered = bytearray(content)
        tampered[position] ^= 0x01
        with pytest.raises(ThuisboekError):
            KeyEnvelope.from_bytes(bytes(tampered)).open(PASSPHRASE)


@pytest.mark.parametrize(
    "kdf_change",
    [{"memory_kib": 19455}, {"memory_kib": 4096}, {"iterations": 1}, {"lanes": 0}],
)
def test_below_minimum_kdf_in_a_file_is_refused(
    sealed: KeyEnvelope, tmp_path: Path, kdf_change: dict[str, int]
) -> None:
    data = sealed.to_dict()
    data["kdf"].update(kdf_change)
    path = tmp_path / "key.json"
    path.write_text(json.dumps(data))
    with pytest.raises(KeyFileInvalid) as caught:
        KeyEnvelope.load(path)
    assert "weaker" in str(caught.value)
    assert str(path) in str(caught.value)


def test_rewrap_keeps_the_data_key(sealed: KeyEnvelope, data_key: bytes) -> None:
    rewrapped = sealed.rewrap(PASSPHRASE, "a new passphrase", strength="minimum")
    assert rewrapped.profile_id == sealed.profile_id
    assert rewrapped.kdf.salt != sealed.kdf.salt
    assert rewrapped.open("a new passphrase") == data_key
    with pytest.raises(WrongPassphrase):
        rewrapped.open(PASSPHRASE)
    assert sealed.open(PASSPHRASE) == data_key  # the old envelope itself is untouched


def test_rewrap_needs_the_old_passphrase(sealed: KeyEnvelope) -> None:
    with pytest.raises(WrongPassphrase):
        sealed.rewrap("not it", "a new passphrase", strength="minimum")


def test_save_and_load(sealed: KeyEnvelope, tmp_path: Path, data_key: bytes) -> None:
    path = tmp_path / "key.json"
    sealed.save(path)
    assert KeyEnvelope.load(path) == sealed
    assert KeyEnvelope.load(path).open(PASSPHRASE) == data_key


def test_saved_file_is_private_whatever_the_umask(sealed: KeyEnvelope, tmp_path: Path) -> None:
    path = tmp_path / "key.json"
    old = os.umask(0o002)
    try:
        sealed.save(path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_save_replaces_and_leaves_no_temporary_file(
    sealed: KeyEnvelope, tmp_path: Path, data_key: bytes
) -> None:
    path = tmp_path / "key.json"
    sealed.save(path)
    newer = sealed.rewrap(PASSPHRASE, "another one", strength="minimum")
    newer.save(path)
    assert os.listdir(tmp_path) == ["key.json"]
    assert KeyEnvelope.load(path).open("another one") == data_key


def test_failed_save_leaves_the_old_file(
    sealed: KeyEnvelope, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "key.json"
    sealed.save(path)
    before = path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    newer = sealed.rewrap(PASSPHRASE, "another one", strength="minimum")
    with pytest.raises(OSError):
        newer.save(path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["key.json"]


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileMissing) as caught:
        KeyEnvelope.load(tmp_path / "nope.json")
    assert "nope.json" in str(caught.value)


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"\xff\xfe", b"[]", b'{"format": "something-else", "version": 1}'],
)
def test_not_a_key_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "key.json"
    path.write_bytes(content)
    with pytest.raises(KeyFileInvalid) as caught:
        KeyEnvelope.load(path)
    assert caught.value.message.text == "The key file {path} is not a Thuisboek key file."
    assert caught.value.message.params["path"] == str(path)


def test_unknown_version_is_refused(sealed: KeyEnvelope) -> None:
    with pytest.raises(KeyFileInvalid) as caught:
        reloaded(dict(sealed.to_dict(), version=2))
    assert "version 2" in str(caught.value)


@pytest.mark.parametrize("missing", ["version", "profile_id", "kdf", "nonce", "wrapped_key"])
def test_missing_fields_are_refused(sealed: KeyEnvelope, missing: str) -> None:
    data = sealed.to_dict()
    del data[missing]
    with pytest.raises(KeyFileInvalid) as caught:
        reloaded(data)
    assert "damaged" in str(caught.value)


@pytest.mark.parametrize(
    "change",
    [
        {"nonce": "AAAA"},
        {"wrapped_key": base64.b64encode(bytes(32)).decode()},
        {"nonce": 5},
        {"profile_id": ""},
        {"profile_id": 7},
        {"kdf": "argon2id"},
    ],
)
def test_malformed_fields_are_refused(sealed: KeyEnvelope, change: dict[str, Any]) -> None:
    with pytest.raises(KeyFileInvalid):
        reloaded(dict(sealed.to_dict(), **change))
