"""Schema migrations of the laptop's store (Alembic), run on every unlock."""

from __future__ import annotations

from pathlib import Path

from app.migrations import Migrations

_STORE = Migrations(Path(__file__).resolve().parent / "migrations")

head_revision = _STORE.head_revision
current_revision = _STORE.current_revision
upgrade = _STORE.upgrade
downgrade = _STORE.downgrade
