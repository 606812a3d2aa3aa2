"""``thuisboek demo --kind village``: an SOS aunt covering two families, with a
handover note for her in each."""

from __future__ import annotations

from pathlib import Path

from app.demo.village import fill_village, village_profile
from app.services import profile
from app.services.handover import HandoverService
from app.services.households import HouseholdsService
from tests.conftest import PASSPHRASE


def test_the_village_gives_the_aunt_two_families_and_a_note_in_each(tmp_path: Path) -> None:
    book = profile.create_profile(
        tmp_path / "aunt", PASSPHRASE, village_profile("fr"), strength="minimum"
    )
    try:
        summary = fill_village(book, years=1, language="fr")
        choices = HouseholdsService(book).choices()
        assert sorted(c.name for c in choices) == ["Famille SOS Dubois", "Famille SOS Martin"]
        assert summary.household == "Famille SOS Dubois · Famille SOS Martin"
        assert [c.children for c in sorted(choices, key=lambda c: c.name)] == [3, 2]
        notes = HandoverService(book)
        first = notes.unread()
        assert [v.note.text[:5] for v in first] == ["Elias"]  # not her own note
        assert HouseholdsService(book).switch(
            next(c.household_id for c in choices if c.name == "Famille SOS Martin")
        )
        [second] = notes.unread()
        assert second.author == "Claire Martin" and "Inès" in second.note.text
        new = notes.since_last()  # she was last here two days ago
        assert [i.record.id for i in new if i.author == "Claire Martin"] == [second.note.id]
        assert book.identity.display_name == "Tante Anne Collard"
    finally:
        book.close()
