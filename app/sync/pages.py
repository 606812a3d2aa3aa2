"""A pull page read in one pass from its bytes.

The office writes each change's record as the JSON text it keeps, beside the
record's kind. Read as a ``PullResponse``, every record becomes a dict first and
is then checked again as its kind's record; read here, the kind chooses the
record's model while the page is parsed, and each change arrives as its record
at once (the same checks: a record's model reads JSON as the store reads its own
rows). A page this cannot read so (a kind this app does not know, a record its
model refuses, a page cut short) is read as the protocol's ``PullResponse``
instead, and the engine meets it as before: with the same problems, at the same
place."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictInt,
    ValidationError,
    create_model,
)

from app.domain.records import RECORD_TYPES, Record
from app.protocol.schemas import PROTOCOL_VERSION
from app.storage import bulk


class PulledChange(BaseModel):
    """A change of the feed with its record parsed (``record``, from the answer's
    ``content``); ``content`` is the record's JSON values, as the protocol's
    ``Change`` has them (made when asked for)."""

    model_config = ConfigDict(extra="allow")  # as the protocol's models: a newer office's fields

    seq: int
    kind: str
    record_id: uuid.UUID
    household_id: uuid.UUID
    version: int
    record: Record = Field(alias="content")

    @property
    def content(self) -> dict[str, Any]:
        return self.record.model_dump(mode="json")


def _of_kind(kind: str, model: type[Record]) -> Any:
    """The change whose ``kind`` is ``kind``, its content read as ``model``."""
    only: Any = Literal[kind]
    return create_model(
        f"Pulled_{kind}",
        __base__=PulledChange,
        kind=(only, ...),
        record=(model, Field(alias="content")),
    )


_ANY_CHANGE: Any = Annotated[
    Union[tuple(_of_kind(kind, model) for kind, model in RECORD_TYPES.items())],  # noqa: UP007
    Field(discriminator="kind"),
]


class PulledPage(BaseModel):
    """A ``PullResponse`` whose changes carry their records."""

    model_config = ConfigDict(extra="allow")

    protocol: StrictInt = PROTOCOL_VERSION
    household_id: uuid.UUID
    if TYPE_CHECKING:
        changes: list[PulledChange]
    else:
        changes: list[_ANY_CHANGE]
    next_after: int
    has_more: bool
    max_seq: int
    live_records: int
    remaining: int | None = None
    _laid: list[bulk.Laid] = PrivateAttr(default_factory=list)

    def laid_out(self) -> list[bulk.Laid]:
        """Each change's record as the store's rows hold it, worked out once: by
        the thread that fetched the page, while the one before is stored."""
        if len(self._laid) != len(self.changes):
            self._laid = [bulk.laid_out(change.record) for change in self.changes]
        return self._laid


def read_page(body: bytes) -> PulledPage | None:
    """The page with its records, or None when it cannot be read so."""
    try:
        return PulledPage.model_validate_json(body)
    except ValidationError:
        return None
