"""Keys and their protection: passphrase derivation, the key file, the keyring
and encrypted backups. Pure Python: no Qt, no SQL."""

from app.crypto.backup import BackupInvalid, RestoredBackup, read_backup, write_backup
from app.crypto.envelope import (
    KeyEnvelope,
    KeyFileInvalid,
    KeyFileMissing,
    WrongPassphrase,
    new_data_key,
)
from app.crypto.kdf import KdfParams, derive_key
from app.crypto.keystore import (
    KeyringStatus,
    KeyringUnavailable,
    forget_key,
    keyring_status,
    recall_key,
    remember_key,
)

__all__ = [
    "BackupInvalid",
    "KdfParams",
    "KeyEnvelope",
    "KeyFileInvalid",
    "KeyFileMissing",
    "KeyringStatus",
    "KeyringUnavailable",
    "RestoredBackup",
    "WrongPassphrase",
    "derive_key",
    "forget_key",
    "keyring_status",
    "new_data_key",
    "read_backup",
    "recall_key",
    "remember_key",
    "write_backup",
]
