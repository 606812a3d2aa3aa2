"""An attachment record gets in only when its file is whole on the server, in
its household, with the size the record says: a laptop puts a file's bytes
before it pushes the record, so no laptop ever pulls an attachment whose bytes
cannot be fetched. A deleted attachment needs no bytes."""

from __future__ import annotations

from app.domain.attachments import Attachment
from app.server.services.rules.pushed import Pushed, Refused

REASON = (
    "The attached file's bytes are not on the server (content_missing): they were not "
    "sent, or the household holds as many attached files as the office allows."
)


def check(pushed: Pushed) -> None:
    record = pushed.record
    if not isinstance(record, Attachment) or record.deleted:
        return
    size = pushed.blob_size(pushed.household_id, record.sha256) if pushed.blob_size else None
    if size is None or size != record.size:
        raise Refused(REASON)
