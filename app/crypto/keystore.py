"""'Remember on this computer': the data key in the operating system's keyring.

Only a real keyring will do (macOS Keychain, Windows Credential Locker, the
Secret Service or KWallet). On a headless box ``keyring`` falls back to a
backend that fails, does nothing, or, with ``keyrings.alt`` installed, writes
secrets to a plain file. Thuisboek then fails closed: it says why and keeps
asking for the passphrase rather than storing the key where anyone can read it.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from app.domain.messages import QT_TRANSLATE_NOOP, Message, ThuisboekError

SERVICE = "Thuisboek"
CONTEXT = "Crypto"
DATA_KEY_LENGTH = 32


@dataclass(frozen=True)
class KeyringStatus:
    """Whether keys may be remembered here, which backend decided, and why not."""

    available: bool
    backend: str
    reason: Message | None = None


class KeyringUnavailable(ThuisboekError):
    """The keyring cannot (safely) be used; nothing was stored."""


def keyring_status(backend: KeyringBackend | None = None) -> KeyringStatus:
    """Whether ``backend`` (by default the active one) can safely hold a data key."""
    return _resolve(backend)[1]


def remember_key(profile_id: str, data_key: bytes, backend: KeyringBackend | None = None) -> None:
    """Keep ``data_key`` in the keyring; raises ``KeyringUnavailable`` (and stores
    nothing) when the keyring is not a safe one or refuses."""
    target, status = _resolve(backend)
    if target is None:
        assert status.reason is not None
        raise KeyringUnavailable(status.reason)
    secret = base64.b64encode(data_key).decode("ascii")
    try:
        target.set_password(SERVICE, _username(profile_id), secret)
    except Exception as exc:
        # The backend's own text could in principle echo the secret: name the type only.
        text = QT_TRANSLATE_NOOP(
            "Crypto", "The keyring ({backend}) did not accept the key ({error})."
        )
        raise KeyringUnavailable(
            Message(CONTEXT, text, {"backend": status.backend, "error": type(exc).__name__})
        ) from None


def recall_key(profile_id: str, backend: KeyringBackend | None = None) -> bytes | None:
    """The remembered data key, or ``None`` when there is none or the keyring fails."""
    target, _ = _resolve(backend)
    if target is None:
        return None
    try:
        secret = target.get_password(SERVICE, _username(profile_id))
    except Exception:
        return None
    if secret is None:
        return None
    try:
        data_key = base64.b64decode(secret.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError):
        return None
    return data_key if len(data_key) == DATA_KEY_LENGTH else None


def forget_key(profile_id: str, backend: KeyringBackend | None = None) -> None:
    """Remove a remembered key. Nothing to remove is fine; a keyring that fails
    to remove one raises ``KeyringUnavailable`` so the person is told."""
    target, status = _resolve(backend)
    if target is None:
        return  # Thuisboek never stores a key in a backend it does not trust
    try:
        target.delete_password(SERVICE, _username(profile_id))
    except keyring.errors.PasswordDeleteError:
        return
    except Exception as exc:
        text = QT_TRANSLATE_NOOP(
            "Crypto", "The keyring ({backend}) could not remove the key ({error})."
        )
        raise KeyringUnavailable(
            Message(CONTEXT, text, {"backend": status.backend, "error": type(exc).__name__})
        ) from None


# Judging backends ---------------------------------------------------------------


def _resolve(backend: KeyringBackend | None) -> tuple[KeyringBackend | None, KeyringStatus]:
    """The backend to talk to, or ``None`` when there is no safe one, and the status."""
    try:
        active = keyring.get_keyring() if backend is None else backend
    except Exception:  # a broken keyring configuration is simply no keyring
        return None, _no_keyring("?")
    return _judge(active)


def _judge(backend: KeyringBackend) -> tuple[KeyringBackend | None, KeyringStatus]:
    name = _name(backend)
    if isinstance(backend, chainer.ChainerBackend):
        # A chainer writes to the first member that accepts, which may be a
        # plaintext one; Thuisboek talks to its best trusted member directly.
        try:
            members = list(backend.backends)
        except Exception:
            members = []
        for member in members:
            usable, _ = _judge(member)
            if usable is not None:
                return usable, KeyringStatus(True, f"{name} ({_name(usable)})")
        return None, _no_keyring(name)
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None, _no_keyring(name)
    if _stores_in_clear(backend):
        text = QT_TRANSLATE_NOOP(
            "Crypto",
            "The only keyring on this computer ({backend}) stores secrets in a file "
            "without encryption; Thuisboek will not keep your key there and will ask "
            "for your passphrase each time.",
        )
        return None, KeyringStatus(False, name, Message(CONTEXT, text, {"backend": name}))
    if _is_alternative(backend):
        text = QT_TRANSLATE_NOOP(
            "Crypto",
            "The only keyring on this computer ({backend}) is not one Thuisboek trusts "
            "with your key; Thuisboek will ask for your passphrase each time.",
        )
        return None, KeyringStatus(False, name, Message(CONTEXT, text, {"backend": name}))
    try:
        priority = float(backend.priority)
    except Exception:
        priority = 0.0
    if priority <= 0:
        return None, _no_keyring(name)
    return backend, KeyringStatus(True, name)


def _stores_in_clear(backend: KeyringBackend) -> bool:
    return any("Plaintext" in cls.__name__ for cls in type(backend).__mro__)


def _is_alternative(backend: KeyringBackend) -> bool:
    # keyrings.alt says of itself that its backends "may have security risks" and
    # are "discouraged for general production use"; its file keyrings store in
    # the clear or prompt for a password on a terminal nobody is looking at.
    return any(
        cls.__module__ == "keyrings.alt" or cls.__module__.startswith("keyrings.alt.")
        for cls in type(backend).__mro__
    )


def _no_keyring(name: str) -> KeyringStatus:
    text = QT_TRANSLATE_NOOP(
        "Crypto",
        "No secure keyring is available on this computer ({backend}); Thuisboek will "
        "ask for your passphrase each time.",
    )
    return KeyringStatus(False, name, Message(CONTEXT, text, {"backend": name}))


def _name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _username(profile_id: str) -> str:
    return f"profile:{profile_id}"


__all__ = [
    "SERVICE",
    "KeyringStatus",
    "KeyringUnavailable",
    "forget_key",
    "keyring_status",
    "recall_key",
    "remember_key",
]
