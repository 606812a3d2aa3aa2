"""An encrypted single-file backup of a profile.

Layout (all integers big-endian)::

    b"THUISBOEK-BACKUP\\n"
    u32 header length, header (UTF-8 JSON: format version, created_at, profile id,
        the key envelope as stored, chunk size, HKDF salt, nonce prefix)
    chunks: AES-256-GCM(database bytes [chunk size each, the last one shorter])
    trailer: b"THUISBOEK-END\\n", u64 chunk count, u64 database size

Each chunk is sealed under a key derived from the data key with HKDF-SHA256
(a fresh salt per backup), with nonce = prefix || u64 index and associated data
= SHA-256(magic .. header) || u64 index || final flag: a flipped byte, a
reordered, removed or appended chunk, a cut-off end or an edited header all
fail. The trailer is not sealed itself; its numbers are checked against the
sealed chunks (a wrong count marks the wrong chunk final). It lets a cut-off
file be named as such before anything is decrypted.

The database bytes are already SQLCipher ciphertext; sealing them again makes
the whole file authenticated. The clear data key is never written: the backup
holds the key file's envelope, opened again with the passphrase on restore.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.crypto.envelope import KeyEnvelope, KeyFileInvalid, atomic_file
from app.crypto.kdf import b64decode_canonical
from app.domain.messages import QT_TRANSLATE_NOOP, Message, ThuisboekError

MAGIC = b"THUISBOEK-BACKUP\n"
TRAILER_MAGIC = b"THUISBOEK-END\n"
FORMAT_VERSION = 1
CHUNK_SIZE = 1024 * 1024
MIN_CHUNK_SIZE = 1024
MAX_CHUNK_SIZE = 64 * 1024 * 1024
MAX_HEADER_SIZE = 64 * 1024
HKDF_INFO = b"thuisboek backup v1"
HKDF_SALT_LENGTH = 32
NONCE_PREFIX_LENGTH = 4
TAG_LENGTH = 16

_HEADER_LENGTH = struct.Struct(">I")
_TRAILER = struct.Struct(f">{len(TRAILER_MAGIC)}sQQ")
CONTEXT = "Crypto"


class BackupInvalid(ThuisboekError):
    """The file cannot be restored; built with one of the class methods."""

    @classmethod
    def missing(cls, path: Path) -> BackupInvalid:
        text = QT_TRANSLATE_NOOP("Crypto", "There is no backup at {path}.")
        return cls(Message(CONTEXT, text, {"path": str(path)}))

    @classmethod
    def not_a_backup(cls, path: Path) -> BackupInvalid:
        text = QT_TRANSLATE_NOOP("Crypto", "The file {path} is not a Thuisboek backup.")
        return cls(Message(CONTEXT, text, {"path": str(path)}))

    @classmethod
    def truncated(cls, path: Path) -> BackupInvalid:
        text = QT_TRANSLATE_NOOP(
            "Crypto",
            "The backup {path} is incomplete or damaged at its end; it may not have been "
            "copied or written completely.",
        )
        return cls(Message(CONTEXT, text, {"path": str(path)}))

    @classmethod
    def damaged(cls, path: Path, detail: str) -> BackupInvalid:
        text = QT_TRANSLATE_NOOP("Crypto", "The backup {path} is damaged: {detail}.")
        return cls(Message(CONTEXT, text, {"path": str(path), "detail": detail}))

    @classmethod
    def newer_version(cls, path: Path, version: object) -> BackupInvalid:
        text = QT_TRANSLATE_NOOP(
            "Crypto",
            "The backup {path} has format version {version}, which this version of "
            "Thuisboek cannot read.",
        )
        return cls(Message(CONTEXT, text, {"path": str(path), "version": version}))


# Writing ------------------------------------------------------------------------


def write_backup(
    out: Path,
    envelope: KeyEnvelope,
    data_key: bytes,
    db_chunks: Iterable[bytes],
    *,
    chunk_size: int = CHUNK_SIZE,
) -> None:
    """Write the backup to ``out`` atomically (a temporary file, renamed when whole).

    ``envelope`` must be the profile's key file and ``data_key`` the key it wraps;
    ``db_chunks`` is the database file's bytes in pieces of any size.
    """
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk size {chunk_size} out of range")
    if len(data_key) != 32:
        raise ValueError("a data key has 32 bytes")
    hkdf_salt = secrets.token_bytes(HKDF_SALT_LENGTH)
    nonce_prefix = secrets.token_bytes(NONCE_PREFIX_LENGTH)
    header = {
        "format": "thuisboek-backup",
        "version": FORMAT_VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "profile_id": envelope.profile_id,
        "key_envelope": envelope.to_dict(),
        "chunk_size": chunk_size,
        "cipher": "AES-256-GCM",
        "hkdf": "HKDF-SHA256",
        "hkdf_salt": base64.b64encode(hkdf_salt).decode("ascii"),
        "nonce_prefix": base64.b64encode(nonce_prefix).decode("ascii"),
    }
    header_bytes = json.dumps(header, indent=1).encode("utf-8")
    lead = MAGIC + _HEADER_LENGTH.pack(len(header_bytes)) + header_bytes
    sealer = _Sealer(_backup_key(data_key, hkdf_salt), nonce_prefix, hashlib.sha256(lead).digest())
    with atomic_file(out) as f:
        f.write(lead)
        count, size = 0, 0
        pending = bytearray()
        for piece in db_chunks:
            pending += piece
            size += len(piece)
            # Hold back a full chunk until more arrives: only then is it known not to be last.
            while len(pending) > chunk_size:
                f.write(sealer.seal(count, bytes(pending[:chunk_size]), final=False))
                del pending[:chunk_size]
                count += 1
        f.write(sealer.seal(count, bytes(pending), final=True))
        count += 1
        f.write(_TRAILER.pack(TRAILER_MAGIC, count, size))


# Reading ------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoredBackup:
    """An opened backup: its key envelope and data key; the database is
    decrypted only by ``restore_database`` (or checked by ``verify``)."""

    path: Path
    envelope: KeyEnvelope
    data_key: bytes = field(repr=False)
    created_at: datetime
    chunk_count: int
    database_size: int
    _layout: _Layout = field(repr=False)
    _sealer: _Sealer = field(repr=False)

    @property
    def profile_id(self) -> str:
        return self.envelope.profile_id

    def restore_database(self, dest: Path) -> None:
        """Decrypt the database to ``dest``, which appears only once every chunk has
        been checked (a failure leaves no ``dest`` and no temporary file)."""
        with atomic_file(dest) as out:
            self._decrypt_into(out)

    def verify(self) -> None:
        """Check every chunk without writing anything; raises ``BackupInvalid``."""
        self._decrypt_into(None)

    def _decrypt_into(self, out: IO[bytes] | None) -> None:
        layout = self._layout
        try:
            f = self.path.open("rb")
        except FileNotFoundError:
            raise BackupInvalid.missing(self.path) from None
        with f:
            if os.fstat(f.fileno()).st_size != layout.file_size:
                raise BackupInvalid.damaged(self.path, "the file changed while it was read")
            f.seek(layout.body_start)
            remaining = self.database_size
            for index in range(self.chunk_count):
                length = min(layout.chunk_size, remaining)
                remaining -= length
                sealed = f.read(length + TAG_LENGTH)
                final = index == self.chunk_count - 1
                try:
                    plain = self._sealer.open(index, sealed, final=final)
                except InvalidTag:
                    detail = f"part {index + 1} of {self.chunk_count} does not pass its check"
                    raise BackupInvalid.damaged(self.path, detail) from None
                if out is not None:
                    out.write(plain)


def read_backup(path: Path, passphrase: str) -> RestoredBackup:
    """Open a backup: check its structure, then open its key envelope with
    ``passphrase`` (``WrongPassphrase`` when it does not fit)."""
    try:
        f = path.open("rb")
    except FileNotFoundError:
        raise BackupInvalid.missing(path) from None
    with f:
        file_size = os.fstat(f.fileno()).st_size
        magic = f.read(len(MAGIC))
        if magic != MAGIC:
            if MAGIC.startswith(magic) and magic:
                raise BackupInvalid.truncated(path)
            raise BackupInvalid.not_a_backup(path)
        raw_length = f.read(_HEADER_LENGTH.size)
        if len(raw_length) < _HEADER_LENGTH.size:
            raise BackupInvalid.truncated(path)
        (header_length,) = _HEADER_LENGTH.unpack(raw_length)
        if not 0 < header_length <= MAX_HEADER_SIZE:
            raise BackupInvalid.damaged(path, "the header length is not plausible")
        header_bytes = f.read(header_length)
        if len(header_bytes) < header_length:
            raise BackupInvalid.truncated(path)
        body_start = f.tell()
        if file_size < body_start + _TRAILER.size:
            raise BackupInvalid.truncated(path)
        f.seek(file_size - _TRAILER.size)
        trailer_magic, chunk_count, database_size = _TRAILER.unpack(f.read(_TRAILER.size))
    if trailer_magic != TRAILER_MAGIC:
        raise BackupInvalid.truncated(path)

    header = _parse_header(path, header_bytes)
    chunk_size: int = header["chunk_size"]
    expected_count = max(1, -(-database_size // chunk_size))
    expected_size = body_start + database_size + chunk_count * TAG_LENGTH + _TRAILER.size
    if chunk_count != expected_count or file_size != expected_size:
        raise BackupInvalid.damaged(path, "its length does not match its contents")

    try:
        envelope = KeyEnvelope.from_dict(header["key_envelope"], str(path))
    except KeyFileInvalid as exc:
        if exc.kind == "too_weak":
            detail = (
                "its key envelope asks for a weaker passphrase protection than Thuisboek "
                f"allows ({exc.message.params['detail']}); it may have been tampered with"
            )
        else:
            detail = "its key envelope cannot be read"
        raise BackupInvalid.damaged(path, detail) from None
    if envelope.profile_id != header["profile_id"]:
        raise BackupInvalid.damaged(path, "its profile ids do not agree")
    data_key = envelope.open(passphrase)

    lead = MAGIC + _HEADER_LENGTH.pack(header_length) + header_bytes
    sealer = _Sealer(
        _backup_key(data_key, header["hkdf_salt"]),
        header["nonce_prefix"],
        hashlib.sha256(lead).digest(),
    )
    return RestoredBackup(
        path=path,
        envelope=envelope,
        data_key=data_key,
        created_at=header["created_at"],
        chunk_count=chunk_count,
        database_size=database_size,
        _layout=_Layout(body_start, chunk_size, file_size),
        _sealer=sealer,
    )


def _parse_header(path: Path, header_bytes: bytes) -> dict[str, Any]:
    """The header with its binary fields decoded and every field checked."""
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BackupInvalid.damaged(path, "its header cannot be read") from None
    if not isinstance(header, dict) or header.get("format") != "thuisboek-backup":
        raise BackupInvalid.not_a_backup(path)
    version = header.get("version")
    if type(version) is not int:
        raise BackupInvalid.damaged(path, "its format version is missing")
    if version != FORMAT_VERSION:
        raise BackupInvalid.newer_version(path, version)
    fields = ("created_at", "profile_id", "key_envelope", "chunk_size", "hkdf_salt")
    missing = [k for k in (*fields, "nonce_prefix") if k not in header]
    if missing:
        raise BackupInvalid.damaged(path, "its header lacks " + ", ".join(missing))
    if header.get("cipher") != "AES-256-GCM" or header.get("hkdf") != "HKDF-SHA256":
        raise BackupInvalid.damaged(path, "it names a cipher this version does not know")
    chunk_size = header["chunk_size"]
    if type(chunk_size) is not int or not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise BackupInvalid.damaged(path, "its chunk size is not plausible")
    if not isinstance(header["profile_id"], str):
        raise BackupInvalid.damaged(path, "its profile id is not valid")
    try:
        created_at = datetime.fromisoformat(header["created_at"])
    except (TypeError, ValueError):
        raise BackupInvalid.damaged(path, "its creation time is not valid") from None
    header["created_at"] = created_at
    for name, length in (("hkdf_salt", HKDF_SALT_LENGTH), ("nonce_prefix", NONCE_PREFIX_LENGTH)):
        try:
            value = b64decode_canonical(header[name])
        except ValueError:
            value = b""
        if len(value) != length:
            raise BackupInvalid.damaged(path, f"its {name.replace('_', ' ')} is not valid")
        header[name] = value
    return header


# Sealing chunks -----------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    body_start: int
    chunk_size: int
    file_size: int


class _Sealer:
    """AES-GCM over the chunks of one backup."""

    def __init__(self, key: bytes, nonce_prefix: bytes, header_hash: bytes) -> None:
        self._aead = AESGCM(key)
        self._prefix = nonce_prefix
        self._header_hash = header_hash

    def seal(self, index: int, plain: bytes, *, final: bool) -> bytes:
        return self._aead.encrypt(self._nonce(index), plain, self._aad(index, final))

    def open(self, index: int, sealed: bytes, *, final: bool) -> bytes:
        return self._aead.decrypt(self._nonce(index), sealed, self._aad(index, final))

    def _nonce(self, index: int) -> bytes:
        return self._prefix + index.to_bytes(8, "big")

    def _aad(self, index: int, final: bool) -> bytes:
        return self._header_hash + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")

    def __repr__(self) -> str:
        return "<_Sealer>"


def _backup_key(data_key: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=HKDF_INFO)
    return hkdf.derive(data_key)
