"""What a young person who leaves care receives: every kind of record is decided
once, the fields named exist, and the decision record shows the same table."""

from __future__ import annotations

from pathlib import Path

from app.domain.records import RECORD_TYPES
from app.domain.young_person import (
    ATTACHMENT,
    RECEIVES,
    Receives,
    markdown_table,
    received_kinds,
)

ROOT = Path(__file__).resolve().parents[3]


def test_every_kind_of_record_is_decided() -> None:
    assert set(RECORD_TYPES) <= set(RECEIVES), set(RECORD_TYPES) - set(RECEIVES)
    # Nothing decided for a kind that does not exist, but the attachments on their way.
    assert set(RECEIVES) - set(RECORD_TYPES) <= {ATTACHMENT}
    assert all(d.reason.strip() for d in RECEIVES.values())


def test_the_fields_named_exist_and_only_received_kinds_name_fields() -> None:
    for kind, d in RECEIVES.items():
        if d.receives in (Receives.NO, Receives.BOOK):
            assert d.fields == (), kind
        if kind in RECORD_TYPES:
            assert set(d.fields) <= set(RECORD_TYPES[kind].model_fields), kind


def test_what_is_never_received() -> None:
    for kind in ("review", "conflict_revision", "handover", "wellbeing_check", "medication_dose"):
        assert RECEIVES[kind].receives == Receives.NO
    assert "incident" not in RECEIVES["daily_log"].fields
    assert "mood" not in RECEIVES["daily_log"].fields and "text" not in RECEIVES["daily_log"].fields
    contact = set(RECEIVES["contact_note"].fields)
    assert not contact & {"reaction_before", "reaction_during", "reaction_after", "agreements",
                          "follow_up", "text"}  # fmt: skip
    assert "notes" not in RECEIVES["child"].fields and "phone" not in RECEIVES["relative"].fields
    assert RECEIVES["keepsake"].receives == Receives.BOOK
    assert "kept for the book" in RECEIVES[ATTACHMENT].only
    assert "daily_log" in received_kinds() and "review" not in received_kinds()


def test_the_docs_show_the_same_table() -> None:
    table = markdown_table()
    for doc in ("docs/decisions/0017-what-the-young-person-receives.md", "docs/leaving-care.md"):
        assert table in (ROOT / doc).read_text(encoding="utf-8"), doc
