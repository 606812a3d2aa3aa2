"""Server settings: where the data lives and which database to use.

``THUISBOEK_SERVER_HOME`` overrides the platform's data folder (tests,
development, a service account's own folder).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "Thuisboek Server"
HOME_ENV = "THUISBOEK_SERVER_HOME"
DATABASE_FILE = "server.db"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8470
API_PREFIX = "/api/v1"


def default_data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    # None: a SQLite file in ``data_dir``; else e.g. postgresql+psycopg://user:pw@host/db
    database_url: str | None = None
    enroll_attempts_per_minute: int = 10
    auth_failures_per_minute: int = 20
    enroll_code_hours: float = 24.0
    # Rate limits read this clock; tests move it instead of sleeping.
    monotonic: Callable[[], float] = time.monotonic

    @property
    def url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / DATABASE_FILE}"

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def ensure_data_dir(self) -> None:
        """The folder holds children's records: readable by the server's own user only."""
        if not self.is_sqlite:
            return
        old = os.umask(0o077)
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        finally:
            os.umask(old)
