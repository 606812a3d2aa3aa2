"""The demo's photos and documents: every child of every household kind gets
drawn photos and a school report, stored encrypted like a caregiver's own, and
some are kept for the child's book with a sentence."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.demo import household, minors
from app.domain.attachments import Attachment
from app.domain.records import Child
from app.domain.story import Keepsake
from app.services import lifebook, profile
from app.services.attachments import AttachmentService
from app.storage import records
from app.storage.book import Book
from tests.conftest import PASSPHRASE
from tests.unit.demo.test_household import TODAY


def _children(book: Book) -> list[Child]:
    with book.store.read() as session:
        return [c for c in records.list_kind(session, Child.kind) if isinstance(c, Child)]


@pytest.fixture(scope="module", params=["family", "minors"])
def filled(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Book]:
    folder = tmp_path_factory.mktemp(request.param) / "profile"
    minors_house = request.param == "minors"
    new = minors.minors_profile("fr") if minors_house else household.demo_profile("fr")
    book = profile.create_profile(folder, PASSPHRASE, new, strength="minimum", today=lambda: TODAY)
    if minors_house:
        minors.fill(book, years=1, language="fr")
    else:
        household.fill(book, years=1, language="fr")
    yield book
    book.close()


def test_every_child_has_photos_and_a_report_some_kept_for_the_book(filled: Book) -> None:
    service = AttachmentService(filled)
    for child in _children(filled):
        items = service.for_child(child.id)
        types = sorted(i.attachment.media_type for i in items)
        assert types.count("application/pdf") == 1 and types.count("image/jpeg") >= 2, types
        assert all(i.available for i in items)
        assert all(i.thumbnail for i in items if i.attachment.media_type != "application/pdf")
        on_logs = [i for i in items if i.attachment.target_kind == "daily_log"]
        assert len(on_logs) == 2
        with filled.store.read() as session:
            kept = [
                k
                for k in records.for_child(session, child.id, [Keepsake.kind])
                if isinstance(k, Keepsake) and k.target_kind == Attachment.kind
            ]
        assert len(kept) == 3 and all(k.words for k in kept)
        assert all(k.on <= TODAY for k in kept)
        # A photo on a log is kept on that log's day.
        days = {i.attachment.id: i.attachment for i in on_logs}
        assert any(k.target_id in days for k in kept)


def test_the_book_of_a_demo_child_has_its_kept_photos(filled: Book) -> None:
    child = min(_children(filled), key=lambda c: c.given_name)
    made = lifebook.make_book(filled, child.id, "fr")
    photos = [m for year in made.data.moments.values() for m in year if m.photo]
    assert len(photos) == 3 and all(m.words for m in photos)
