"""The server's tables (SQLModel), the same on SQLite and PostgreSQL.

They live in their own registry: the desktop store's tables share names
(``record``) and both may be imported in one process (tests, tools).

Records are kept as their JSON content, exactly as devices sent them (unknown
fields of a newer app included). Every accepted version is kept in
``record_version`` so that a three-way merge can find its base and a pull page
reads each change at its own version. ``change`` numbers every accepted change
with one global, strictly increasing ``seq``; pulls page it per household.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

# A 64-bit sequence; SQLite only makes "INTEGER PRIMARY KEY" an auto-numbered rowid.
SeqType = BigInteger().with_variant(Integer(), "sqlite")


class ServerTable(SQLModel, registry=registry()):
    """Base of the server tables: their own metadata, apart from the desktop store's."""


def _when(*, nullable: bool) -> Column[datetime]:
    return Column(DateTime(timezone=True), nullable=nullable)


class HouseholdRow(ServerTable, table=True):
    __tablename__ = "household"

    id: str = Field(primary_key=True, max_length=36)
    name: str = Field(max_length=200)
    kind: str = Field(max_length=40)


class PersonRow(ServerTable, table=True):
    __tablename__ = "person"

    id: str = Field(primary_key=True, max_length=36)
    display_name: str = Field(max_length=200)
    role: str = Field(max_length=20)  # caregiver | supervisor | admin
    # Deactivated by the office: their laptops were revoked and no code enrols a new one.
    deactivated_at: datetime | None = Field(default=None, sa_column=_when(nullable=True))


class MembershipRow(ServerTable, table=True):
    __tablename__ = "membership"

    person_id: str = Field(foreign_key="person.id", primary_key=True, max_length=36)
    household_id: str = Field(foreign_key="household.id", primary_key=True, max_length=36)
    role: str = Field(max_length=20)  # caregiver | supervisor, in this household


class DeviceRow(ServerTable, table=True):
    __tablename__ = "device"

    id: str = Field(primary_key=True, max_length=32)
    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    name: str = Field(default="", max_length=200)
    token_hash: str = Field(unique=True, max_length=64)
    created_at: datetime = Field(sa_column=_when(nullable=False))
    last_seen_at: datetime | None = Field(default=None, sa_column=_when(nullable=True))
    revoked_at: datetime | None = Field(default=None, sa_column=_when(nullable=True))
    # As the laptop said (its User-Agent; a header with its pushes): display only.
    app_version: str | None = Field(default=None, max_length=40)
    changes_waiting: int | None = Field(default=None)


class EnrollmentCodeRow(ServerTable, table=True):
    __tablename__ = "enrollment_code"

    code_hash: str = Field(primary_key=True, max_length=64)
    person_id: str = Field(foreign_key="person.id", index=True, max_length=36)
    created_at: datetime = Field(sa_column=_when(nullable=False))
    expires_at: datetime = Field(sa_column=_when(nullable=False))
    used_at: datetime | None = Field(default=None, sa_column=_when(nullable=True))
    device_id: str | None = Field(default=None, max_length=32)  # the device it enrolled


class RecordRow(ServerTable, table=True):
    __tablename__ = "record"
    __table_args__ = (
        Index("ix_record_household_seq", "household_id", "seq"),
        Index("ix_record_household_deleted", "household_id", "deleted"),
    )

    id: str = Field(primary_key=True, max_length=36)
    household_id: str = Field(foreign_key="household.id", max_length=36)
    kind: str = Field(max_length=40)
    version: int
    content: str = Field(sa_column=Column(Text, nullable=False))
    deleted: bool = False
    seq: int = Field(sa_column=Column(SeqType, nullable=False))


class RecordVersionRow(ServerTable, table=True):
    __tablename__ = "record_version"

    record_id: str = Field(sa_column=Column(String(36), ForeignKey("record.id"), primary_key=True))
    version: int = Field(primary_key=True)
    content: str = Field(sa_column=Column(Text, nullable=False))


class ChangeRow(ServerTable, table=True):
    __tablename__ = "change"
    # AUTOINCREMENT: SQLite then never hands out a number twice, even after a rollback
    # removed the highest row.
    __table_args__ = (
        Index("ix_change_household_seq", "household_id", "seq"),
        {"sqlite_autoincrement": True},
    )

    seq: int | None = Field(
        default=None, sa_column=Column(SeqType, primary_key=True, autoincrement=True)
    )
    household_id: str = Field(foreign_key="household.id", max_length=36)
    record_id: str = Field(max_length=36)
    version: int


class AppliedOpRow(ServerTable, table=True):
    """Every push operation the server answered, so a retry gets the same answer."""

    __tablename__ = "applied_op"

    op_id: str = Field(primary_key=True, max_length=36)
    device_id: str = Field(foreign_key="device.id", index=True, max_length=32)
    record_id: str = Field(max_length=36)
    result: str = Field(sa_column=Column(Text, nullable=False))  # the OpResult as JSON
    # A merged op: the content the device sent, the base its later changes build on.
    content: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    # An op that never arrived but a later op of its device covered (the device sent
    # it, lost the answer, changed the record again): if it arrives after all, it is
    # answered as that op, not applied on top of it.
    covered_by: str | None = Field(default=None, max_length=36, nullable=True)


class AuditLogRow(ServerTable, table=True):
    """Who read or wrote which records, and every admin action. Never record content.

    Append-only: the code has no update or delete path, and the migration adds
    database triggers that refuse both."""

    __tablename__ = "audit_log"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: int | None = Field(
        default=None, sa_column=Column(SeqType, primary_key=True, autoincrement=True)
    )
    at: datetime = Field(sa_column=_when(nullable=False))
    person_id: str | None = Field(default=None, max_length=36)
    device_id: str | None = Field(default=None, max_length=32)
    action: str = Field(max_length=40)
    household_id: str | None = Field(default=None, max_length=36)
    record_ids: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    detail: str = Field(default="", sa_column=Column(Text, nullable=False))


class ReportedViewRow(ServerTable, table=True):
    """A record view a device reported (POST /audit/views), so that a report sent
    again adds no second audit row. Ids only; the audit log row says who and when."""

    __tablename__ = "reported_view"

    view_id: str = Field(primary_key=True, max_length=36)
    device_id: str = Field(foreign_key="device.id", max_length=32)
    record_id: str = Field(max_length=36)


class StaffRow(ServerTable, table=True):
    """A person of the office who signs in to the console (not a device, not a record's
    person). Only hashes of the password and recovery codes are kept."""

    __tablename__ = "staff"

    id: str = Field(primary_key=True, max_length=32)
    name: str = Field(unique=True, max_length=100)
    role: str = Field(max_length=20)  # admin | office
    password_hash: str = Field(sa_column=Column(Text, nullable=False))
    totp_secret: str = Field(max_length=64)
    totp_confirmed: bool = False  # the authenticator app was set up at first sign-in
    totp_last_step: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    recovery_hashes: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    failures: int = 0  # failed sign-ins in a row
    locked_until: datetime | None = Field(default=None, sa_column=_when(nullable=True))
    created_at: datetime = Field(sa_column=_when(nullable=False))


class StaffSessionRow(ServerTable, table=True):
    """A signed-in browser: the cookie holds the id, the table its hash."""

    __tablename__ = "staff_session"

    id_hash: str = Field(primary_key=True, max_length=64)
    staff_id: str = Field(foreign_key="staff.id", index=True, max_length=32)
    csrf: str = Field(max_length=64)
    stage: str = Field(max_length=20)  # password (second factor due) | setup | full
    created_at: datetime = Field(sa_column=_when(nullable=False))
    last_seen_at: datetime = Field(sa_column=_when(nullable=False))


class BlobRow(ServerTable, table=True):
    """The bytes of an attached file in a household, named by their SHA-256:
    ``complete`` once every chunk arrived and the server found the hash they
    were named by."""

    __tablename__ = "blob"

    household_id: str = Field(foreign_key="household.id", primary_key=True, max_length=36)
    sha256: str = Field(primary_key=True, max_length=64)
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    complete: bool = False
    created_at: datetime = Field(sa_column=_when(nullable=False))


class BlobChunkRow(ServerTable, table=True):
    """One chunk of a file's bytes, as a laptop sent it (stored once)."""

    __tablename__ = "blob_chunk"
    __table_args__ = (
        ForeignKeyConstraint(
            ["household_id", "sha256"], ["blob.household_id", "blob.sha256"], ondelete="CASCADE"
        ),
    )

    household_id: str = Field(primary_key=True, max_length=36)
    sha256: str = Field(primary_key=True, max_length=64)
    n: int = Field(primary_key=True)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
