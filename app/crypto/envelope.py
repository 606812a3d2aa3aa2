"""The key file of a profile: the data key, wrapped by a key from the passphrase.

The data key opens the database and never changes; the passphrase only opens
this envelope. Changing the passphrase therefore rewrites one small file and
never re-encrypts the data. The wrapping is AES-256-GCM whose associated data
binds the format marker, version, profile id and KDF parameters, so none of
them can be edited or swapped with another profile's without ``open`` failing.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.crypto.kdf import (
    KdfParams,
    KdfParamsInvalid,
    KdfParamsTooWeak,
    b64decode_canonical,
    derive_key,
)
from app.domain.messages import QT_TRANSLATE_NOOP, Message, ThuisboekError

FORMAT = "thuisboek-key"
FORMAT_VERSION = 1
DATA_KEY_LENGTH = 32
NONCE_LENGTH = 12
MAX_KEY_FILE_SIZE = 64 * 1024  # a key file is a few hundred bytes

CONTEXT = "Crypto"


class WrongPassphrase(ThuisboekError):
    """The passphrase does not open the key file (or the key file was altered)."""

    def __init__(self) -> None:
        text = QT_TRANSLATE_NOOP("Crypto", "The passphrase is not correct.")
        super().__init__(Message(CONTEXT, text))


class KeyFileMissing(ThuisboekError):
    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        super().__init__(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Crypto", "There is no key file at {path}."),
                {"path": self.path},
            )
        )


class KeyFileInvalid(ThuisboekError):
    """The key file cannot be used; built with one of the class methods, whose
    name ``kind`` keeps for callers that explain it in their own words."""

    def __init__(self, message: Message, kind: str = "damaged") -> None:
        super().__init__(message)
        self.kind = kind

    @classmethod
    def not_a_key_file(cls, path: str) -> KeyFileInvalid:
        text = QT_TRANSLATE_NOOP("Crypto", "The key file {path} is not a Thuisboek key file.")
        return cls(Message(CONTEXT, text, {"path": path}), "not_a_key_file")

    @classmethod
    def damaged(cls, path: str, detail: str) -> KeyFileInvalid:
        text = QT_TRANSLATE_NOOP("Crypto", "The key file {path} is damaged: {detail}.")
        return cls(Message(CONTEXT, text, {"path": path, "detail": detail}), "damaged")

    @classmethod
    def newer_version(cls, path: str, version: object) -> KeyFileInvalid:
        text = QT_TRANSLATE_NOOP(
            "Crypto",
            "The key file {path} has format version {version}, which this version of "
            "Thuisboek cannot read.",
        )
        return cls(Message(CONTEXT, text, {"path": path, "version": version}), "newer_version")

    @classmethod
    def too_weak(cls, path: str, detail: str) -> KeyFileInvalid:
        text = QT_TRANSLATE_NOOP(
            "Crypto",
            "The key file {path} asks for a weaker passphrase protection than Thuisboek "
            "allows ({detail}); it may have been tampered with.",
        )
        return cls(Message(CONTEXT, text, {"path": path, "detail": detail}), "too_weak")


def new_data_key() -> bytes:
    """A fresh random 256-bit data key."""
    return secrets.token_bytes(DATA_KEY_LENGTH)


@dataclass(frozen=True)
class KeyEnvelope:
    """One profile's data key, wrapped with AES-256-GCM under a passphrase key."""

    profile_id: str
    kdf: KdfParams
    nonce: bytes
    wrapped_key: bytes
    version: int = FORMAT_VERSION

    # Making and opening ---------------------------------------------------------

    @classmethod
    def seal(
        cls, data_key: bytes, passphrase: str, profile_id: str, strength: str = "default"
    ) -> KeyEnvelope:
        """Wrap ``data_key`` under ``passphrase`` with a fresh salt and nonce."""
        if len(data_key) != DATA_KEY_LENGTH:
            raise ValueError(f"a data key has {DATA_KEY_LENGTH} bytes, not {len(data_key)}")
        if not profile_id:
            raise ValueError("a key file needs a profile id")
        kdf = KdfParams.new(strength)
        nonce = secrets.token_bytes(NONCE_LENGTH)
        aad = _associated_data(FORMAT_VERSION, profile_id, kdf)
        wrapped = AESGCM(derive_key(passphrase, kdf)).encrypt(nonce, data_key, aad)
        return cls(profile_id, kdf, nonce, wrapped)

    def open(self, passphrase: str) -> bytes:
        """The data key; raises ``WrongPassphrase`` when the passphrase (or the file) is wrong."""
        aad = _associated_data(self.version, self.profile_id, self.kdf)
        try:
            data_key = AESGCM(derive_key(passphrase, self.kdf)).decrypt(
                self.nonce, self.wrapped_key, aad
            )
        except InvalidTag:
            # Also what an edited profile id, KDF parameter or wrapped key gives:
            # AES-GCM cannot tell a wrong passphrase from a tampered file.
            raise WrongPassphrase() from None
        return data_key

    def rewrap(
        self, old_passphrase: str, new_passphrase: str, strength: str = "default"
    ) -> KeyEnvelope:
        """The same data key under a new passphrase (new salt, new nonce)."""
        data_key = self.open(old_passphrase)
        return KeyEnvelope.seal(data_key, new_passphrase, self.profile_id, strength=strength)

    # Serialising ----------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": self.version,
            "profile_id": self.profile_id,
            "kdf": self.kdf.to_dict(),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_dict(cls, data: Any, source: str = "") -> KeyEnvelope:
        """An envelope from parsed JSON; ``source`` names the file in error messages."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyFileInvalid.not_a_key_file(source)
        version = data.get("version")
        if type(version) is not int:
            raise KeyFileInvalid.damaged(source, "the format version is missing")
        if version != FORMAT_VERSION:
            raise KeyFileInvalid.newer_version(source, version)
        missing = [k for k in ("profile_id", "kdf", "nonce", "wrapped_key") if k not in data]
        if missing:
            raise KeyFileInvalid.damaged(source, "missing " + ", ".join(missing))
        profile_id = data["profile_id"]
        if not isinstance(profile_id, str) or not profile_id:
            raise KeyFileInvalid.damaged(source, "the profile id is not valid")
        try:
            kdf = KdfParams.from_dict(data["kdf"])
        except KdfParamsTooWeak as exc:
            raise KeyFileInvalid.too_weak(source, str(exc)) from None
        except KdfParamsInvalid as exc:
            raise KeyFileInvalid.damaged(source, str(exc)) from None
        nonce = _unb64(data["nonce"], "nonce", source)
        wrapped = _unb64(data["wrapped_key"], "wrapped key", source)
        if len(nonce) != NONCE_LENGTH:
            raise KeyFileInvalid.damaged(source, "the nonce has the wrong length")
        if len(wrapped) != DATA_KEY_LENGTH + 16:
            raise KeyFileInvalid.damaged(source, "the wrapped key has the wrong length")
        return cls(profile_id, kdf, nonce, wrapped, version)

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_dict(), indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, source: str = "") -> KeyEnvelope:
        if len(data) > MAX_KEY_FILE_SIZE:
            raise KeyFileInvalid.not_a_key_file(source)
        try:
            parsed = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise KeyFileInvalid.not_a_key_file(source) from None
        return cls.from_dict(parsed, source)

    def save(self, path: Path) -> None:
        """Write the key file atomically, readable by its owner only."""
        write_atomically(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeyEnvelope:
        try:
            with path.open("rb") as f:
                data = f.read(MAX_KEY_FILE_SIZE + 1)
        except FileNotFoundError:
            raise KeyFileMissing(path) from None
        return cls.from_bytes(data, str(path))


def _associated_data(version: int, profile_id: str, kdf: KdfParams) -> bytes:
    bound = {"format": FORMAT, "version": version, "profile_id": profile_id, "kdf": kdf.to_dict()}
    return json.dumps(bound, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, what: str, source: str) -> bytes:
    try:
        return b64decode_canonical(value)
    except ValueError as exc:
        raise KeyFileInvalid.damaged(source, f"the {what} is {exc}") from None


# Atomic files -------------------------------------------------------------------


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """A file that appears at ``path`` whole or not at all.

    Writes go to a temporary file (mode 0o600) in the same folder; on a clean
    exit it is flushed, synced and renamed over ``path`` and the folder synced,
    on an error it is removed and ``path`` is left as it was.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)


def write_atomically(path: Path, data: bytes) -> None:
    with atomic_file(path) as f:
        f.write(data)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable; folders cannot be opened for syncing on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
