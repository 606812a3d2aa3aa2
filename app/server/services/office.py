"""What the office console shows beside the admin actions: when each device last
synced, and the server's health. Counts, dates and ids only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, text
from sqlmodel import Session, col, select

from app import __version__
from app.protocol.schemas import PROTOCOL_VERSION
from app.server import audit
from app.server.core.clock import as_utc
from app.server.core.config import DATABASE_FILE, Settings
from app.server.core.db import current_revision, head_revision
from app.server.tables import AuditLogRow

SYNC_ACTIONS = (audit.PUSH, audit.PULL)


def last_syncs(session: Session) -> dict[str, datetime]:
    """Each device's last push or pull, as the audit log has it."""
    rows = session.exec(
        select(AuditLogRow.device_id, func.max(AuditLogRow.at))
        .where(col(AuditLogRow.action).in_(SYNC_ACTIONS))
        .where(col(AuditLogRow.device_id).is_not(None))
        .group_by(col(AuditLogRow.device_id))
    ).all()
    return {device: as_utc(at) for device, at in rows if device is not None and at is not None}


@dataclass(frozen=True)
class Health:
    version: str
    protocol: int
    database: str  # sqlite | postgresql
    database_bytes: int | None
    migration: str | None
    migration_head: str
    last_backup: datetime | None
    last_backup_name: str | None

    @property
    def migrated(self) -> bool:
        return self.migration == self.migration_head


def health(session: Session, engine: Engine, settings: Settings) -> Health:
    """Call it between transactions: the schema's revision is read on a connection of
    its own, which must not wait for the session's write lock (SQLite)."""
    migration = current_revision(engine)
    size: int | None = None
    if engine.dialect.name == "sqlite":
        path = settings.data_dir / DATABASE_FILE
        if settings.is_sqlite and path.exists():
            size = sum(
                p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists()
            )
    elif engine.dialect.name == "postgresql":
        size = int(session.exec(text("SELECT pg_database_size(current_database())")).one()[0])  # type: ignore[call-overload]
    backup = session.exec(
        select(AuditLogRow)
        .where(col(AuditLogRow.action) == audit.BACKUP)
        .order_by(col(AuditLogRow.id).desc())
        .limit(1)
    ).first()
    return Health(
        version=__version__,
        protocol=PROTOCOL_VERSION,
        database=engine.dialect.name,
        database_bytes=size,
        migration=migration,
        migration_head=head_revision(),
        last_backup=as_utc(backup.at) if backup else None,
        last_backup_name=backup.detail.split(" ")[0] if backup else None,
    )
