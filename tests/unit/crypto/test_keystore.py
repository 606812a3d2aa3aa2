"""'Remember on this computer' with real keyring backends, passed explicitly."""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyrings.alt.file import PlaintextKeyring

from app.crypto.envelope import new_data_key
from app.crypto.keystore import (
    KeyringStatus,
    KeyringUnavailable,
    forget_key,
    keyring_status,
    recall_key,
    remember_key,
)

PROFILE = "0b6c2f0e-5d1a-4a8e-9a47-3f1f5c2d9e10"


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict: a stand-in for a real OS keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("not found") from None


class BrokenKeyring(MemoryKeyring):
    """A real-looking keyring whose every call fails (a locked wallet, a dead D-Bus)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"could not store {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


class HomemadePlaintextKeyring(MemoryKeyring):
    """Any backend calling itself plaintext is taken at its word."""


class ZeroPriorityKeyring(MemoryKeyring):
    priority = 0


@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def plaintext(tmp_path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    return backend


def chain_of(*members: KeyringBackend) -> chainer.ChainerBackend:
    """A chainer over given members instead of every backend installed here."""

    class Chain(chainer.ChainerBackend):
        backends = tuple(members)

    return Chain()


def test_a_real_backend_is_available(memory: MemoryKeyring) -> None:
    status = keyring_status(memory)
    assert status == KeyringStatus(True, status.backend, None)
    assert status.backend.endswith("MemoryKeyring")


def test_remember_recall_forget(memory: MemoryKeyring) -> None:
    key = new_data_key()
    remember_key(PROFILE, key, backend=memory)
    stored = memory.passwords[("Thuisboek", f"profile:{PROFILE}")]
    assert base64.b64decode(stored) == key
    assert recall_key(PROFILE, backend=memory) == key
    assert recall_key("another-profile", backend=memory) is None
    forget_key(PROFILE, backend=memory)
    assert memory.passwords == {}
    assert recall_key(PROFILE, backend=memory) is None
    forget_key(PROFILE, backend=memory)  # forgetting twice is fine


def test_remember_replaces_the_old_key(memory: MemoryKeyring) -> None:
    remember_key(PROFILE, new_data_key(), backend=memory)
    key = new_data_key()
    remember_key(PROFILE, key, backend=memory)
    assert recall_key(PROFILE, backend=memory) == key


@pytest.mark.parametrize("stored", ["not base64!", base64.b64encode(b"short").decode(), ""])
def test_recall_of_a_garbled_entry_is_none(memory: MemoryKeyring, stored: str) -> None:
    memory.passwords[("Thuisboek", f"profile:{PROFILE}")] = stored
    assert recall_key(PROFILE, backend=memory) is None


def test_a_failing_keyring(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    broken = BrokenKeyring()
    key = new_data_key()
    assert recall_key(PROFILE, backend=broken) is None
    with pytest.raises(KeyringUnavailable) as caught:
        remember_key(PROFILE, key, backend=broken)
    # The backend's error text echoes the secret; the message must not.
    assert base64.b64encode(key).decode() not in str(caught.value)
    assert base64.b64encode(key).decode() not in caplog.text
    with pytest.raises(KeyringUnavailable):
        forget_key(PROFILE, backend=broken)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_fail_and_null_backends_are_unavailable(backend: KeyringBackend) -> None:
    status = keyring_status(backend)
    assert not status.available
    assert status.reason is not None
    assert status.reason.context == "Crypto"
    assert "No secure keyring" in str(status.reason)
    assert type(backend).__module__ in str(status.reason)
    with pytest.raises(KeyringUnavailable) as caught:
        remember_key(PROFILE, new_data_key(), backend=backend)
    assert caught.value.message == status.reason
    assert recall_key(PROFILE, backend=backend) is None
    forget_key(PROFILE, backend=backend)  # nothing could have been stored: no error


def test_plaintext_keyring_is_refused_and_never_written(plaintext: PlaintextKeyring) -> None:
    status = keyring_status(plaintext)
    assert not status.available
    assert status.reason is not None
    assert "without encryption" in str(status.reason)
    assert "PlaintextKeyring" in status.backend
    with pytest.raises(KeyringUnavailable):
        remember_key(PROFILE, new_data_key(), backend=plaintext)
    assert not Path(plaintext.file_path).exists()
    assert recall_key(PROFILE, backend=plaintext) is None


def test_plaintext_keyring_is_not_read_either(plaintext: PlaintextKeyring) -> None:
    # Even a key someone put there by hand is not trusted.
    key = new_data_key()
    plaintext.set_password("Thuisboek", f"profile:{PROFILE}", base64.b64encode(key).decode())
    assert recall_key(PROFILE, backend=plaintext) is None


def test_any_backend_named_plaintext_is_refused() -> None:
    backend = HomemadePlaintextKeyring()
    assert not keyring_status(backend).available
    with pytest.raises(KeyringUnavailable):
        remember_key(PROFILE, new_data_key(), backend=backend)
    assert backend.passwords == {}


def test_a_backend_without_priority_is_refused() -> None:
    backend = ZeroPriorityKeyring()
    status = keyring_status(backend)
    assert not status.available
    assert status.reason is not None
    with pytest.raises(KeyringUnavailable):
        remember_key(PROFILE, new_data_key(), backend=backend)
    assert backend.passwords == {}


def test_a_chainer_uses_its_trusted_member_only(
    plaintext: PlaintextKeyring, memory: MemoryKeyring
) -> None:
    chain = chain_of(plaintext, memory)
    status = keyring_status(chain)
    assert status.available
    assert "MemoryKeyring" in status.backend
    key = new_data_key()
    remember_key(PROFILE, key, backend=chain)
    assert not Path(plaintext.file_path).exists()
    assert recall_key(PROFILE, backend=chain) == key
    forget_key(PROFILE, backend=chain)
    assert memory.passwords == {}


def test_a_chainer_without_trusted_members_is_unavailable(plaintext: PlaintextKeyring) -> None:
    for chain in (chain_of(), chain_of(plaintext, fail.Keyring())):
        status = keyring_status(chain)
        assert not status.available
        assert status.reason is not None
        with pytest.raises(KeyringUnavailable):
            remember_key(PROFILE, new_data_key(), backend=chain)
    assert not Path(plaintext.file_path).exists()


def test_the_active_keyring_is_the_default(
    monkeypatch: pytest.MonkeyPatch, memory: MemoryKeyring
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    assert keyring_status().available
    key = new_data_key()
    remember_key(PROFILE, key)
    assert recall_key(PROFILE) == key
    forget_key(PROFILE)
    assert memory.passwords == {}


def test_an_unavailable_active_keyring_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    assert not keyring_status().available
    with pytest.raises(KeyringUnavailable):
        remember_key(PROFILE, new_data_key())
    assert recall_key(PROFILE) is None
