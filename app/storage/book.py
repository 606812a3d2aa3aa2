"""An unlocked profile: the open store, who is writing, and on which device."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain.clock import HybridClock
from app.domain.vocabulary import Role
from app.storage.store import Store


@dataclass(frozen=True)
class Identity:
    profile_id: str
    user_id: uuid.UUID
    device_id: str
    household_id: uuid.UUID
    display_name: str
    role: Role


class Book:
    """The home book while it is unlocked. ``close()`` drops the engine and with
    it every connection that knew the key."""

    def __init__(
        self,
        profile_dir: Path,
        store: Store,
        identity: Identity,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.profile_dir = profile_dir
        self.store = store
        self.identity = identity
        self.today = today
        self.clock = HybridClock(identity.device_id, store.get_meta("clock"))
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if not self._closed:
            self.store.close()
            self._closed = True
