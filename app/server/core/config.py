"""Server settings: where the data lives and which database to use.

``THUISBOEK_SERVER_HOME`` overrides the platform's data folder (tests,
development, a service account's own folder).
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from app import __version__
from app.protocol.versions import OLDEST_APP_VERSION, parse

APP_NAME = "Thuisboek Server"
HOME_ENV = "THUISBOEK_SERVER_HOME"
# The database URL holds a password: from the environment or a file (a systemd
# credential, a container secret), where ``ps`` does not show it.
DATABASE_URL_ENV = "THUISBOEK_DATABASE_URL"
DATABASE_URL_FILE_ENV = "THUISBOEK_DATABASE_URL_FILE"
DATABASE_FILE = "server.db"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8470
API_PREFIX = "/api/v1"
# Files of the data folder that hold records: the database, its journals, backups.
DATA_FILE_MARKS = (".db", "-wal", "-shm", "-journal", ".partial", ".dump", ".sqlite")

log = logging.getLogger("thuisboek.server")


def default_data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class DatabaseUrlError(ValueError):
    """The configured database URL cannot be used; the text says why and where."""


def database_url_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The database URL from ``THUISBOEK_DATABASE_URL`` or from the file named by
    ``THUISBOEK_DATABASE_URL_FILE`` (its first line); None when neither is set."""
    env = os.environ if environ is None else environ
    direct = env.get(DATABASE_URL_ENV, "").strip()
    file_name = env.get(DATABASE_URL_FILE_ENV, "").strip()
    if direct and file_name:
        raise DatabaseUrlError(
            f"both {DATABASE_URL_ENV} and {DATABASE_URL_FILE_ENV} are set; keep one."
        )
    if direct:
        return direct
    if not file_name:
        return None
    try:
        text = Path(file_name).expanduser().read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not text"
        raise DatabaseUrlError(
            f"{DATABASE_URL_FILE_ENV} names {file_name}, which cannot be read ({reason})."
        ) from None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise DatabaseUrlError(f"{file_name} ({DATABASE_URL_FILE_ENV}) holds no database URL.")
    return lines[0]


def has_password(url: str) -> bool:
    """Whether a database URL carries a password (``scheme://user:password@host``)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).password is not None
    except (ArgumentError, ValueError):
        return "@" in url and ":" in url.split("://", 1)[-1].split("@", 1)[0]


def default_recommended_app() -> str | None:
    """The app version an office recommends unless told: its own (server and app
    are released together), when that reads as a version."""
    return __version__ if parse(__version__) is not None else None


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    # None: a SQLite file in ``data_dir``; else e.g. postgresql+psycopg://user:pw@host/db
    database_url: str | None = None
    enroll_attempts_per_minute: int = 10
    auth_failures_per_minute: int = 20
    enroll_code_hours: float = 24.0
    # The app versions the office accepts and recommends, told to each device
    # (GET /device, /health); ``thuisboek-server serve --app-minimum/--app-recommended``.
    app_minimum: str | None = OLDEST_APP_VERSION
    app_recommended: str | None = field(default_factory=default_recommended_app)
    # The attached files of one household together, at most (bytes).
    household_blob_bytes: int = 20 * 1024**3
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

    def ensure_data_dir(self) -> list[str]:
        """The folder holds children's records: readable by the server's own user
        only, and so is every database and backup file in it, whatever the modes
        were before (they are tightened, and the log says so). The database file
        is made 0600 before SQLite opens it: its -wal and -shm files take its mode."""
        if not self.is_sqlite:
            return []
        old = os.umask(0o077)
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            database = self.data_dir / DATABASE_FILE
            if not database.exists():
                os.close(os.open(database, os.O_WRONLY | os.O_CREAT, 0o600))
        finally:
            os.umask(old)
        tightened = tighten(self.data_dir)
        if tightened:
            log.warning("Tightened the permissions of %s", ", ".join(tightened))
        return tightened


def _tighten_one(path: Path, mode: int) -> bool:
    if stat.S_IMODE(path.stat().st_mode) & ~mode == 0:
        return False
    os.chmod(path, mode)
    return True


def tighten(data_dir: Path) -> list[str]:
    """Make ``data_dir`` 0700 and its database, journal and backup files 0600;
    the names of those that were looser."""
    if os.name != "posix":
        return []
    tightened = [str(data_dir)] if _tighten_one(data_dir, 0o700) else []
    for path in sorted(data_dir.iterdir()):
        is_data = path.is_file() and any(part in path.name for part in DATA_FILE_MARKS)
        if is_data and _tighten_one(path, 0o600):
            tightened.append(path.name)
    return tightened
