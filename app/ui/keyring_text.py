"""The keyring's status in words a person understands: which keyring by the name
the desktop gives it, never the Python class behind it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from app.services.keys import KeyringStatus
from app.ui.i18n import tr_message

# Parts of a backend's class path, and the name people know the keyring by.
_KNOWN = (
    ("SecretService", "GNOME Keyring"),
    ("libsecret", "GNOME Keyring"),
    ("kwallet", "KWallet"),
    ("Windows", "Windows Credential Manager"),
    ("macOS", "macOS Keychain"),
)


def keyring_name(backend: str) -> str:
    """The keyring's everyday name for a backend's class path."""
    # A chain names its member in brackets: that member is the one used.
    used = backend.rsplit("(", 1)[-1].rstrip(")") if "(" in backend else backend
    for part, name in _KNOWN:
        if part.lower() in used.lower():
            return name
    if "Plaintext" in used or "keyrings.alt" in used:
        return QCoreApplication.translate("Keyring", "a file keyring")
    if "fail" in used.split(".") or "null" in used.split(".") or used in ("", "?"):
        return QCoreApplication.translate("Keyring", "none found")
    return used.rsplit(".", 2)[-2] if used.endswith(".Keyring") else used.rsplit(".", 1)[-1]


def keyring_reason(status: KeyringStatus) -> str:
    """Why keys cannot be remembered here, naming the keyring by its everyday name."""
    if status.reason is None:
        return ""
    params = dict(status.reason.params)
    if "backend" in params:
        params["backend"] = keyring_name(str(params["backend"]))
    return tr_message(replace(status.reason, params=params))
