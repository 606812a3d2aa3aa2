"""What can go wrong opening a store, in words for the person at the keyboard."""

from __future__ import annotations

from pathlib import Path

from app.domain.messages import QT_TRANSLATE_NOOP, Message, ThuisboekError

CTX = "Storage"


class StoreError(ThuisboekError):
    pass


class StoreMissing(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("Storage", "The database file {path} is missing."),
                {"path": str(path)},
            )
        )


class StoreTruncated(StoreError):
    def __init__(self, path: Path, size: int) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The database file {path} is truncated ({size} bytes): part of it is missing. "
                    "Restore it from a backup; the file was left as it is.",
                ),
                {"path": str(path), "size": size},
            )
        )


class StoreDamaged(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The database file {path} is damaged or was changed outside Thuisboek "
                    "({detail}). Restore it from a backup; the file was left as it is.",
                ),
                {"path": str(path), "detail": detail},
            )
        )


class NotAThuisboekStore(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The file {path} is not a Thuisboek database of this profile; "
                    "it was left as it is.",
                ),
                {"path": str(path)},
            )
        )
