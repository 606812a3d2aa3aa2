"""The key of this computer's profile: its passphrase, and remembering it here
(whether a real keyring is here and why not, whether it holds this profile's key,
remembering or forgetting it). The keyring can be slow to answer (a locked
wallet, a session bus that does not reply) and a passphrase takes a slow
derivation: windows ask on their task queue."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.crypto import keystore
from app.crypto.keystore import KeyringStatus
from app.services import profile

__all__ = [
    "MIN_PASSPHRASE",
    "KeyState",
    "KeyringStatus",
    "change_passphrase",
    "key_state",
    "keyring",
    "set_remembered",
]

MIN_PASSPHRASE = profile.MIN_PASSPHRASE


@dataclass(frozen=True)
class KeyState:
    """What the settings show: the keyring, and whether it holds this profile's key."""

    keyring: KeyringStatus
    remembered: bool


def keyring() -> KeyringStatus:
    """Whether keys may be remembered on this computer, in which keyring, or why not."""
    return keystore.keyring_status()


def key_state(profile_id: str) -> KeyState:
    status = keystore.keyring_status()
    remembered = status.available and keystore.recall_key(profile_id) is not None
    return KeyState(status, remembered)


def set_remembered(profile_dir: Path, passphrase: str, remember: bool) -> None:
    """Remember the key on this computer, or forget it; the passphrase confirms
    that the person may (``WrongPassphrase``, ``KeyringUnavailable`` otherwise)."""
    profile.set_remember(profile_dir, passphrase, remember)


def change_passphrase(profile_dir: Path, old: str, new: str) -> None:
    """Lock the key with a new passphrase (the records stay as they are)."""
    profile.change_passphrase(profile_dir, old, new)
