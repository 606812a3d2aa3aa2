"""The encrypted single-file backup: round trip and every way a file can go wrong."""

from __future__ import annotations

import base64
import json
import os
import stat
import struct
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.crypto.backup import (
    CHUNK_SIZE,
    MAGIC,
    BackupInvalid,
    RestoredBackup,
    read_backup,
    write_backup,
)
from app.crypto.envelope import KeyEnvelope, WrongPassphrase, new_data_key

PASSPHRASE = "correct horse battery staple"
TAG = 16
TRAILER = 14 + 8 + 8


@pytest.fixture
def data_key() -> bytes:
    return new_data_key()


@pytest.fixture
def envelope(data_key: bytes) -> KeyEnvelope:
    return KeyEnvelope.seal(data_key, PASSPHRASE, str(uuid.uuid4()), strength="minimum")


@pytest.fixture(scope="module")
def database() -> bytes:
    """About 3 MiB standing in for a SQLCipher file (random, like its ciphertext)."""
    return os.urandom(3 * CHUNK_SIZE + 12345)


def pieces(data: bytes, size: int = 300_000) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


@pytest.fixture
def backup(tmp_path: Path, envelope: KeyEnvelope, data_key: bytes, database: bytes) -> Path:
    out = tmp_path / "profile.thuisboek-backup"
    write_backup(out, envelope, data_key, pieces(database))
    return out


@pytest.fixture
def dest_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "restored"
    folder.mkdir()
    return folder


def layout(path: Path) -> tuple[dict[str, Any], int]:
    """The header and where the first chunk starts."""
    content = path.read_bytes()
    (length,) = struct.unpack(">I", content[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    return json.loads(content[start : start + length]), start + length


def restore_fails(path: Path, dest_dir: Path, error: type[Exception] = BackupInvalid) -> str:
    """Restore must raise ``error`` and leave nothing in the destination folder."""
    dest = dest_dir / "thuisboek.db"
    with pytest.raises(error) as caught:
        read_backup(path, PASSPHRASE).restore_database(dest)
    assert os.listdir(dest_dir) == []
    return str(caught.value)


def edit(path: Path, change: bytes | None = None, at: int = 0, cut: int = 0) -> None:
    content = bytearray(path.read_bytes())
    if change is not None:
        content[at : at + len(change)] = change
    if cut:
        del content[at : at + cut]
    path.write_bytes(bytes(content))


def flip(path: Path, at: int) -> None:
    content = bytearray(path.read_bytes())
    content[at] ^= 0x01
    path.write_bytes(bytes(content))


# Round trips ----------------------------------------------------------------------


def test_round_trip(
    backup: Path, dest_dir: Path, envelope: KeyEnvelope, data_key: bytes, database: bytes
) -> None:
    restored = read_backup(backup, PASSPHRASE)
    assert isinstance(restored, RestoredBackup)
    assert restored.envelope == envelope
    assert restored.data_key == data_key
    assert restored.profile_id == envelope.profile_id
    assert restored.database_size == len(database)
    assert restored.chunk_count == 4
    assert restored.created_at.utcoffset() is not None
    dest = dest_dir / "thuisboek.db"
    restored.restore_database(dest)
    assert dest.read_bytes() == database
    assert os.listdir(dest_dir) == ["thuisboek.db"]
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    restored.verify()


def test_backup_file_is_private_and_alone(backup: Path, tmp_path: Path) -> None:
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert sorted(os.listdir(tmp_path)) == [backup.name]


def test_header(backup: Path, envelope: KeyEnvelope) -> None:
    content = backup.read_bytes()
    assert content.startswith(b"THUISBOEK-BACKUP\n")
    header, _ = layout(backup)
    assert header["version"] == 1
    assert header["profile_id"] == envelope.profile_id
    assert header["chunk_size"] == 1024 * 1024
    assert header["key_envelope"] == envelope.to_dict()
    assert header["created_at"].endswith("+00:00")


@pytest.mark.parametrize("size", [0, 1, 4096, 3 * 4096, 3 * 4096 + 1])
def test_sizes_round_trip(
    tmp_path: Path, envelope: KeyEnvelope, data_key: bytes, dest_dir: Path, size: int
) -> None:
    data = os.urandom(size)
    out = tmp_path / "b"
    write_backup(out, envelope, data_key, pieces(data, 1000), chunk_size=4096)
    restored = read_backup(out, PASSPHRASE)
    restored.restore_database(dest_dir / "db")
    assert (dest_dir / "db").read_bytes() == data
    assert restored.chunk_count == max(1, -(-size // 4096))


def test_backup_holds_no_trace_of_the_data_key(backup: Path, data_key: bytes) -> None:
    content = backup.read_bytes()
    for spelling in (
        data_key,
        base64.b64encode(data_key),
        base64.urlsafe_b64encode(data_key),
        data_key.hex().encode(),
        data_key.hex().upper().encode(),
    ):
        assert spelling not in content
    assert PASSPHRASE.encode() not in content


def test_database_bytes_are_sealed(backup: Path, database: bytes) -> None:
    content = backup.read_bytes()
    for start in range(0, len(database), CHUNK_SIZE):
        assert database[start : start + 64] not in content


def test_restore_replaces_an_existing_file_only_when_whole(
    backup: Path, dest_dir: Path, database: bytes
) -> None:
    dest = dest_dir / "thuisboek.db"
    dest.write_bytes(b"old")
    restored = read_backup(backup, PASSPHRASE)
    flip(backup, backup.stat().st_size - TRAILER - 10)
    with pytest.raises(BackupInvalid):
        restored.restore_database(dest)
    assert dest.read_bytes() == b"old"
    assert os.listdir(dest_dir) == ["thuisboek.db"]


def test_a_failing_source_leaves_no_backup(
    tmp_path: Path, envelope: KeyEnvelope, data_key: bytes
) -> None:
    def failing() -> Iterator[bytes]:
        yield os.urandom(CHUNK_SIZE + 10)
        raise OSError("disk read error")

    out = tmp_path / "b"
    with pytest.raises(OSError, match="disk read error"):
        write_backup(out, envelope, data_key, failing())
    assert os.listdir(tmp_path) == []


# Refusals -------------------------------------------------------------------------


def test_wrong_passphrase(backup: Path, dest_dir: Path) -> None:
    with pytest.raises(WrongPassphrase):
        read_backup(backup, "not the passphrase")
    assert os.listdir(dest_dir) == []


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BackupInvalid, match="no backup"):
        read_backup(tmp_path / "nothing", PASSPHRASE)


@pytest.mark.parametrize(
    "content",
    [b"", b"SQLite format 3\x00" + bytes(200), b"THUISBOEK-BACKUX\n" + bytes(200), b"{}"],
)
def test_not_a_backup(tmp_path: Path, dest_dir: Path, content: bytes) -> None:
    path = tmp_path / "file"
    path.write_bytes(content)
    message = restore_fails(path, dest_dir)
    assert "is not a Thuisboek backup" in message


def test_wrong_magic(backup: Path, dest_dir: Path) -> None:
    edit(backup, b"X", at=3)
    assert "is not a Thuisboek backup" in restore_fails(backup, dest_dir)


def test_truncated_anywhere(backup: Path, dest_dir: Path) -> None:
    content = backup.read_bytes()
    _, body = layout(backup)
    cuts = [
        5,  # inside the magic
        len(MAGIC) + 2,  # inside the header length
        body - 10,  # inside the header
        body,  # no chunks at all
        body + CHUNK_SIZE + TAG,  # at a chunk boundary
        body + 2 * CHUNK_SIZE,  # inside a chunk
        len(content) - TRAILER,  # the trailer is gone
        len(content) - 1,  # one byte short
    ]
    for length in cuts:
        backup.write_bytes(content[:length])
        assert "incomplete" in restore_fails(backup, dest_dir), length


def test_flipped_byte_in_a_chunk(backup: Path, dest_dir: Path) -> None:
    _, body = layout(backup)
    content = backup.read_bytes()
    for at in (body, body + CHUNK_SIZE // 2, body + 3 * (CHUNK_SIZE + TAG) + 100):
        backup.write_bytes(content)
        flip(backup, at)
        message = restore_fails(backup, dest_dir)
        assert "damaged" in message


def test_flipped_byte_in_a_tag(backup: Path, dest_dir: Path) -> None:
    _, body = layout(backup)
    flip(backup, body + CHUNK_SIZE + 3)  # inside the first chunk's tag
    assert "damaged" in restore_fails(backup, dest_dir)


def test_edited_header_is_detected(backup: Path, dest_dir: Path) -> None:
    # Still valid JSON with a plausible time: only the seal on the chunks can tell.
    content = backup.read_bytes()
    header, _ = layout(backup)
    old = header["created_at"].encode()
    new = (str(int(old[:4]) - 1) + old[4:].decode()).encode()
    backup.write_bytes(content.replace(old, new, 1))
    assert "damaged" in restore_fails(backup, dest_dir)


def test_chunk_removed(backup: Path, dest_dir: Path) -> None:
    _, body = layout(backup)
    edit(backup, at=body + CHUNK_SIZE + TAG, cut=CHUNK_SIZE + TAG)
    assert "damaged" in restore_fails(backup, dest_dir)


def test_chunk_removed_and_trailer_rewritten(backup: Path, dest_dir: Path) -> None:
    # Someone drops the second chunk and fixes the count and size to match.
    content = bytearray(backup.read_bytes())
    _, body = layout(backup)
    del content[body + CHUNK_SIZE + TAG : body + 2 * (CHUNK_SIZE + TAG)]
    magic, count, size = struct.unpack(">14sQQ", content[-TRAILER:])
    content[-TRAILER:] = struct.pack(">14sQQ", magic, count - 1, size - CHUNK_SIZE)
    backup.write_bytes(bytes(content))
    assert "damaged" in restore_fails(backup, dest_dir)


def test_last_chunk_removed_and_trailer_rewritten(backup: Path, dest_dir: Path) -> None:
    content = bytearray(backup.read_bytes())
    magic, count, size = struct.unpack(">14sQQ", content[-TRAILER:])
    last = size - (count - 1) * CHUNK_SIZE
    del content[-TRAILER - last - TAG :]
    content += struct.pack(">14sQQ", magic, count - 1, size - last)
    backup.write_bytes(bytes(content))
    assert "damaged" in restore_fails(backup, dest_dir)


def test_chunks_reordered(backup: Path, dest_dir: Path) -> None:
    content = bytearray(backup.read_bytes())
    _, body = layout(backup)
    step = CHUNK_SIZE + TAG
    first = content[body : body + step]
    second = content[body + step : body + 2 * step]
    content[body : body + 2 * step] = second + first
    backup.write_bytes(bytes(content))
    assert "damaged" in restore_fails(backup, dest_dir)


def test_trailer_count_changed(backup: Path, dest_dir: Path) -> None:
    flip(backup, backup.stat().st_size - 9)  # lowest byte of the chunk count
    assert "damaged" in restore_fails(backup, dest_dir)


def test_data_appended(backup: Path, dest_dir: Path) -> None:
    with backup.open("ab") as f:
        f.write(b"more")
    restore_fails(backup, dest_dir)


def test_backup_of_another_profile_key_does_not_open(
    tmp_path: Path, envelope: KeyEnvelope, dest_dir: Path, database: bytes
) -> None:
    # Chunks sealed with a different data key than the one the envelope wraps.
    out = tmp_path / "b"
    write_backup(out, envelope, new_data_key(), pieces(database))
    assert "damaged" in restore_fails(out, dest_dir)


def test_unknown_version(backup: Path, dest_dir: Path) -> None:
    content = backup.read_bytes()
    backup.write_bytes(content.replace(b'"version": 1,', b'"version": 9,', 1))
    assert "version 9" in restore_fails(backup, dest_dir)


def test_tampered_envelope_in_header(backup: Path, dest_dir: Path) -> None:
    # Same length, so only the lowered Argon2 memory differs.
    content = backup.read_bytes()
    assert b'"memory_kib": 19456' in content
    backup.write_bytes(content.replace(b'"memory_kib": 19456', b'"memory_kib": 10000', 1))
    message = restore_fails(backup, dest_dir)
    assert "damaged" in message
    assert "weaker" in message
