"""The tables of the local store.

Every record type lives in one ``record`` table: the sync fields and what the
timeline and search need are columns (indexed), the record itself is its JSON
content. The JSON is the domain model's own serialisation, so a record written
by a newer app keeps the fields this one does not know.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

SYNC_PENDING = "pending"
SYNC_SYNCED = "synced"
SYNC_REJECTED = "rejected"


class RecordRow(SQLModel, table=True):
    __tablename__ = "record"
    __table_args__ = (
        Index("ix_record_household_day", "household_id", "day", "rowid"),
        Index("ix_record_kind_day", "kind", "household_id", "day", "rowid"),
    )

    rowid: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True, max_length=36)
    kind: str = Field(max_length=40)
    household_id: str = Field(max_length=36)
    day: str | None = Field(default=None, max_length=10)
    version: int
    modified_at: str
    deleted: bool = False
    sync_state: str = SYNC_PENDING
    ever_synced: bool = False
    reject_reason: str = ""
    content: str


class RecordChild(SQLModel, table=True):
    """Which children a record concerns: the index behind each child's timeline."""

    __tablename__ = "record_child"
    __table_args__ = (Index("ix_record_child_timeline", "child_id", "day", "record_rowid"),)

    record_rowid: int = Field(
        sa_column=Column(Integer, ForeignKey("record.rowid", ondelete="CASCADE"), primary_key=True)
    )
    child_id: str = Field(primary_key=True, max_length=36)
    day: str | None = Field(default=None, max_length=10)


class OutboxEntry(SQLModel, table=True):
    """A local change waiting to be pushed, written in the same transaction as the change."""

    __tablename__ = "outbox"

    seq: int | None = Field(default=None, primary_key=True)
    op_id: str = Field(unique=True, max_length=36)
    record_kind: str = Field(max_length=40)
    record_id: str = Field(index=True, max_length=36)
    base_version: int
    content: str
    created_at: str


class Meta(SQLModel, table=True):
    """Key/value facts of the profile: its identity, schema marker, clock, sync cursor."""

    __tablename__ = "meta"

    key: str = Field(primary_key=True, max_length=60)
    value: str
