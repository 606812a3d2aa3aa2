"""Attached photos and documents: their bytes round-trip inside the encrypted
store, a photo loses its metadata (the place it was taken) on the way in, and
what is too large, of an unknown type or over the child's limit is refused with
a clear message and nothing written."""

from __future__ import annotations

import hashlib
import io
import json
import random
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text

from app.domain.attachments import CHUNK_BYTES, MAX_FILE_BYTES, Attachment
from app.domain.messages import ValidationFailed
from app.domain.records import Child, DailyLog
from app.services import attachments as attachments_service
from app.services.attachments import (
    AttachmentRefused,
    AttachmentService,
    ContentMissing,
)
from app.services.records import EntryLocked, RecordService
from app.services.story import StoryService
from app.storage import attachments as stored_bytes
from app.storage import bulk, leaving, outbox, timeline
from app.storage import records as records_store
from app.storage.book import Book
from tests import factories
from tests.conftest import CANARY

EXIF_CANARY = "Kanariecamera-GPS-Merelstraat-17"
XMP_CANARY = "Kanarie-XMP-Zeedijk"
PNG_CANARY = "Kanarie-PNG-tekst"


def _noise(width: int, height: int, seed: int) -> Image.Image:
    rng = random.Random(seed)
    return Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))


def _photo(width: int = 320, height: int = 200, *, seed: int = 7, orientation: int = 1) -> bytes:
    """A JPEG with a unique pixel pattern and EXIF that names where and with what it was taken."""
    exif = Image.Exif()
    exif[0x010F] = EXIF_CANARY  # the camera's maker
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (51.0, 3.0, 12.5), 3: "E", 4: (3.0, 43.0, 1.0)})
    exif.get_ifd(0x8769)[36867] = "2025:05:06 10:11:12"
    out = io.BytesIO()
    xmp = f"<x:xmpmeta>{XMP_CANARY}</x:xmpmeta>".encode()
    _noise(width, height, seed).save(out, "JPEG", quality=95, exif=exif.tobytes(), xmp=xmp)
    return out.getvalue()


def _png(width: int = 120, height: int = 90, seed: int = 3) -> bytes:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", PNG_CANARY)
    out = io.BytesIO()
    _noise(width, height, seed).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def _pdf(size: int = 3 * CHUNK_BYTES + 123) -> bytes:
    head, tail = b"%PDF-1.7\n", b"\n%%EOF\n"
    return head + random.Random(size).randbytes(size - len(head) - len(tail)) + tail


def _everything_written(book: Book) -> dict[str, int]:
    with book.store.read() as session:
        return {
            "records": int(session.execute(text("SELECT count(*) FROM record")).scalar() or 0),
            "outbox": int(session.execute(text("SELECT count(*) FROM outbox")).scalar() or 0),
            "chunks": int(
                session.execute(text("SELECT count(*) FROM attachment_chunk")).scalar() or 0
            ),
            "thumbs": int(
                session.execute(text("SELECT count(*) FROM attachment_thumb")).scalar() or 0
            ),
        }


def _all_files(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.fixture
def service(book: Book) -> AttachmentService:
    return AttachmentService(book)


def test_a_document_round_trips_in_chunks_and_is_queued(
    book: Book, child: Child, service: AttachmentService
) -> None:
    data = _pdf()
    attachment, changes = service.add_bytes(
        child.id, data, "C:\\scans\\rapport.pdf", caption=" Rapport "
    )
    assert attachment.media_type == "application/pdf"
    assert attachment.file_name == "rapport.pdf"
    assert attachment.caption == "Rapport"
    assert attachment.size == len(data)
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    assert attachment.version == 1 and attachment.household_id == child.household_id
    assert changes.concerns(Attachment.kind) and attachment.id in changes.ids
    assert service.content(attachment.id) == data
    with book.store.read() as session:
        assert stored_bytes.chunk_numbers(session, attachment.sha256) == {0, 1, 2, 3}
        queued = session.execute(text("SELECT record_kind, record_id FROM outbox")).all()
    assert ("attachment", str(attachment.id)) in [tuple(q) for q in queued]
    [item] = service.for_child(child.id)
    assert item.attachment == attachment and item.available and item.thumbnail is None
    assert service.usage(child.id).used == len(data)


def test_a_photo_is_turned_upright_keeps_its_date_and_loses_its_metadata(
    child: Child, service: AttachmentService
) -> None:
    original = _photo(320, 200, orientation=6)  # taken with the camera turned
    attachment, _ = service.add_bytes(child.id, original, "IMG_0001.JPG")
    assert (attachment.width, attachment.height) == (200, 320)
    assert attachment.taken_on is not None and attachment.taken_on.isoformat() == "2025-05-06"
    assert attachment.day() == attachment.taken_on
    stored = service.content(attachment.id)
    assert stored != original and attachment.sha256 == hashlib.sha256(stored).hexdigest()
    for secret in (EXIF_CANARY, XMP_CANARY, "http://ns.adobe.com/xap"):
        assert secret.encode() not in stored
    assert b"Exif\x00\x00" not in stored
    again = Image.open(io.BytesIO(stored))
    assert again.format == "JPEG" and again.size == (200, 320)
    assert not again.getexif() and "xmp" not in again.info and "exif" not in again.info
    [item] = service.for_child(child.id)
    assert item.thumbnail is not None
    small = Image.open(io.BytesIO(item.thumbnail))
    assert small.size == (160, 256)  # upright too, its longest side 256 pixels


def test_a_png_keeps_its_pixels_and_loses_its_text(
    child: Child, service: AttachmentService
) -> None:
    original = _png()
    attachment, _ = service.add_bytes(child.id, original, "tekening.png")
    stored = service.content(attachment.id)
    assert PNG_CANARY.encode() not in stored
    again = Image.open(io.BytesIO(stored))
    assert again.format == "PNG" and not again.text
    assert again.tobytes() == Image.open(io.BytesIO(original)).convert("RGB").tobytes()
    assert attachment.taken_on is None and (attachment.width, attachment.height) == (120, 90)


def test_no_pixel_and_no_metadata_of_a_photo_reach_a_file_beside_the_store(
    book: Book, profile_dir: Path, child: Child, service: AttachmentService
) -> None:
    original = _photo(640, 480, seed=2026)
    attachment, _ = service.add_bytes(child.id, original, f"{CANARY}.jpg", caption=CANARY)
    stored = service.content(attachment.id)
    [item] = service.for_child(child.id)
    assert item.thumbnail is not None
    pieces = [original[len(original) // 2 : len(original) // 2 + 48],
              stored[len(stored) // 2 : len(stored) // 2 + 48],
              item.thumbnail[-64:-16],
              _noise(640, 480, 2026).tobytes()[1000:1048]]  # fmt: skip
    secrets = [EXIF_CANARY.encode(), XMP_CANARY.encode(), CANARY.encode(), *pieces]

    def scan() -> None:
        everything = _all_files(profile_dir)
        assert len(everything) > 0
        for secret in secrets:
            assert secret not in everything

    assert any(profile_dir.rglob("*-wal"))  # the write-ahead log is scanned too
    scan()
    book.close()
    scan()


def test_a_20_mb_photo_is_refused_before_it_is_read_and_nothing_is_written(
    tmp_path: Path, book: Book, child: Child, service: AttachmentService
) -> None:
    before = _everything_written(book)
    big = tmp_path / "groot.jpg"
    with big.open("wb") as f:
        f.write(_photo())
        f.truncate(20 * 1024 * 1024)
    with pytest.raises(AttachmentRefused) as refused:
        service.add_file(child.id, big)
    assert refused.value.message.context == "Attachments"
    assert "too large (20.0 MB)" in str(refused.value)
    assert f"at most {MAX_FILE_BYTES // (1024 * 1024)} MB" in str(refused.value)
    with pytest.raises(AttachmentRefused):
        service.add_bytes(child.id, big.read_bytes(), "groot.jpg")
    assert _everything_written(book) == before
    assert service.for_child(child.id) == []


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"Dit is geen foto, maar een tekst", "foto.jpg"),
        (b"GIF89a" + bytes(100), "dans.gif"),
        (b"\xff\xd8\xff\xe0" + bytes(200), "kapot.jpg"),  # a JPEG's start and nothing after
        (b"", "leeg.pdf"),
    ],
    ids=["text named jpg", "gif", "broken jpeg", "empty"],
)
def test_a_file_of_the_wrong_type_or_unreadable_is_refused(
    book: Book, child: Child, service: AttachmentService, data: bytes, name: str
) -> None:
    before = _everything_written(book)
    with pytest.raises(AttachmentRefused) as refused:
        service.add_bytes(child.id, data, name)
    assert refused.value.message.context == "Attachments" and str(refused.value)
    assert _everything_written(book) == before


def test_a_picture_of_too_many_pixels_is_refused_before_it_is_decoded(
    book: Book, child: Child, service: AttachmentService
) -> None:
    out = io.BytesIO()
    Image.new("1", (9000, 6000)).save(out, "PNG")  # 54 megapixels in a few kilobytes
    before = _everything_written(book)
    with pytest.raises(AttachmentRefused, match="54 megapixels"):
        service.add_bytes(child.id, out.getvalue(), "bom.png")
    assert _everything_written(book) == before


def test_a_child_over_its_limit_is_refused(
    monkeypatch: pytest.MonkeyPatch, book: Book, child: Child, service: AttachmentService
) -> None:
    first = _pdf(2 * CHUNK_BYTES)
    monkeypatch.setattr(attachments_service, "MAX_CHILD_BYTES", len(first) + CHUNK_BYTES)
    service.add_bytes(child.id, first, "een.pdf")
    before = _everything_written(book)
    with pytest.raises(AttachmentRefused, match="more than 3 MB together"):
        service.add_bytes(child.id, _pdf(CHUNK_BYTES + 1), "twee.pdf")
    assert _everything_written(book) == before
    service.add_bytes(child.id, _pdf(CHUNK_BYTES), "past.pdf")  # exactly at the limit
    assert service.usage(child.id).used == 3 * CHUNK_BYTES


def test_attached_to_a_log_of_the_child_only(
    book: Book, records: RecordService, child: Child, service: AttachmentService
) -> None:
    log = records.create(factories.daily_log(book.identity, child, moments="Tekende een huis"))
    other = records.create(factories.child(book.identity.household_id, given_name="Mo"))
    attachment, _ = service.add_bytes(
        child.id, _png(), "huis.png", target_kind="daily_log", target_id=log.id
    )
    assert [i.attachment.id for i in service.for_target(log.id)] == [attachment.id]
    before = _everything_written(book)
    with pytest.raises(AttachmentRefused):
        service.add_bytes(other.id, _png(), "huis.png", target_kind="daily_log", target_id=log.id)
    with pytest.raises(AttachmentRefused):
        service.add_bytes(
            child.id, _png(), "huis.png", target_kind="contact_note", target_id=log.id
        )
    assert _everything_written(book) == before


def test_removing_keeps_shared_bytes_until_nothing_names_them(
    book: Book, child: Child, service: AttachmentService
) -> None:
    data = _pdf(CHUNK_BYTES + 5)
    first, _ = service.add_bytes(child.id, data, "a.pdf")
    second, _ = service.add_bytes(child.id, data, "b.pdf")
    assert _everything_written(book)["chunks"] == 2  # one copy of the bytes
    service.set_caption(second.id, "Schoolrapport")
    assert service.get(second.id).caption == "Schoolrapport"
    service.remove(first.id)
    assert service.content(second.id) == data
    service.remove(second.id)
    assert _everything_written(book)["chunks"] == 0
    assert service.for_child(child.id) == []
    with pytest.raises(ContentMissing):
        service.content(second.id)


def test_bytes_not_here_yet_are_said_missing(
    book: Book, child: Child, service: AttachmentService
) -> None:
    attachment, _ = service.add_bytes(child.id, _pdf(2 * CHUNK_BYTES + 1), "a.pdf")
    with book.store.write() as session:
        session.execute(text("DELETE FROM attachment_chunk WHERE n = 1"))
    [item] = service.for_child(child.id)
    assert not item.available
    with book.store.read() as session:
        [blob] = stored_bytes.missing(session)
    assert (blob.sha256, blob.size, blob.chunks) == (attachment.sha256, attachment.size, 3)
    with pytest.raises(ContentMissing) as missing:
        service.content(attachment.id)
    assert "next sync" in str(missing.value)


def test_a_child_who_left_takes_the_bytes_of_their_attachments_along(
    book: Book, records: RecordService, child: Child, service: AttachmentService
) -> None:
    other = records.create(factories.child(book.identity.household_id, given_name="Mo"))
    service.add_bytes(child.id, _png(seed=1), "een.png")
    kept, _ = service.add_bytes(other.id, _png(seed=2), "twee.png")
    with book.store.write() as session:
        leaving.erase(session, {child.id})
    assert _everything_written(book)["chunks"] == 1
    assert _everything_written(book)["thumbs"] == 1
    assert service.content(kept.id)


@pytest.mark.parametrize(
    ("mode", "kind"),
    [("CMYK", "JPEG"), ("L", "JPEG"), ("P", "PNG"), ("RGBA", "PNG"), ("I;16", "PNG"), ("1", "PNG")],
)
def test_pictures_of_every_colour_mode_are_taken_with_a_small_picture(
    child: Child, service: AttachmentService, mode: str, kind: str
) -> None:
    picture = _noise(300, 200, 5).convert(mode if mode != "I;16" else "I").convert(mode)
    out = io.BytesIO()
    picture.save(out, kind, **({"transparency": 3} if mode == "P" else {}))
    attachment, _ = service.add_bytes(child.id, out.getvalue(), f"tekening.{kind.lower()}")
    assert (attachment.width, attachment.height) == (300, 200)
    [item] = service.for_child(child.id)
    assert item.thumbnail is not None
    assert Image.open(io.BytesIO(item.thumbnail)).size == (256, 171)
    assert Image.open(io.BytesIO(service.content(attachment.id))).mode == mode


def _synced(book: Book, record_id: object) -> None:
    """As when the change reached the office: the record's entries leave the outbox."""
    with book.store.write() as session:
        session.execute(
            text("UPDATE record SET sync_state = 'synced', ever_synced = 1 WHERE id = :id"),
            {"id": str(record_id)},
        )
        session.execute(text("DELETE FROM outbox WHERE record_id = :id"), {"id": str(record_id)})


def test_a_removal_kept_for_undo_keeps_the_bytes_and_is_undone_as_a_change(
    book: Book, child: Child, service: AttachmentService
) -> None:
    data = _pdf(CHUNK_BYTES + 9)
    photo, _ = service.add_bytes(child.id, data, "rapport.pdf", caption="Rapport")
    service.remove(photo.id, keep_bytes=True)
    assert service.for_child(child.id) == []
    assert _everything_written(book)["chunks"] == 2  # still here while it may be undone
    back, changes = service.restore(photo.id)
    assert (back.id, back.deleted, back.version) == (photo.id, False, 3)
    assert changes.concerns(Attachment.kind)
    assert [i.attachment.id for i in service.for_child(child.id)] == [photo.id]
    assert service.content(photo.id) == data
    assert _everything_written(book)["chunks"] == 2  # never a second copy
    with book.store.read() as session:
        sent = [json.loads(e.content) for e in outbox.outbox_for(session, photo.id)]
    assert [e["deleted"] for e in sent] == [False, True, False]  # syncs like any change


def test_letting_go_of_a_removal_drops_the_bytes_nothing_names(
    book: Book, child: Child, service: AttachmentService
) -> None:
    data = _pdf(CHUNK_BYTES + 11)
    first, _ = service.add_bytes(child.id, data, "a.pdf")
    second, _ = service.add_bytes(child.id, data, "b.pdf")
    service.remove(first.id, keep_bytes=True)
    assert service.let_go([first.id]) == 0  # the other still names them
    service.remove(second.id, keep_bytes=True)
    assert service.let_go([second.id, first.id]) == 1
    assert _everything_written(book)["chunks"] == 0


def test_a_removal_that_reached_the_office_comes_back_as_a_new_attachment(
    book: Book, child: Child, service: AttachmentService
) -> None:
    data = _photo(seed=21)
    photo, _ = service.add_bytes(child.id, data, "tuin.jpg", caption="In de tuin")
    [kept] = StoryService(book).keep(photo, "Je plukte aardbeien.")
    service.remove(photo.id, keep_bytes=True)
    _synced(book, photo.id)
    before = _everything_written(book)["chunks"]
    back, changes = service.restore(photo.id)
    assert back.id != photo.id and not back.deleted
    assert (back.sha256, back.caption, back.created_at) == (
        photo.sha256,
        "In de tuin",
        photo.created_at,
    )
    assert changes.concerns(Attachment.kind) and changes.concerns("keepsake")
    assert [i.attachment.id for i in service.for_child(child.id)] == [back.id]
    assert _everything_written(book)["chunks"] == before  # the same bytes, named again
    assert service.get(photo.id).deleted  # the old record stays deleted, as at the office
    [moved] = StoryService(book).keepsakes_of(back.id)
    assert moved.id == kept.id and moved.words == "Je plukte aardbeien."
    with book.store.read() as session:
        assert [json.loads(e.content)["id"] for e in outbox.outbox_for(session, back.id)] == [
            str(back.id)
        ]


def test_a_caption_is_changed_and_found(
    book: Book, child: Child, service: AttachmentService
) -> None:
    photo, _ = service.add_bytes(child.id, _png(), "huis.png")
    changes = service.set_caption(photo.id, "  Het nieuwe huis  ")
    assert changes.concerns(Attachment.kind)
    changed = service.get(photo.id)
    assert (changed.caption, changed.version) == ("Het nieuwe huis", 2)
    with book.store.read() as session:
        found = timeline.search(session, "nieuwe")
        sent = [json.loads(e.content) for e in outbox.outbox_for(session, photo.id)]
    assert [s.record.id for s in found] == [photo.id]
    assert sent[-1]["caption"] == "Het nieuwe huis"


@pytest.mark.parametrize(
    ("caption", "said"),
    [("   ", "Write a caption"), ("x" * 4001, "too long (4001 characters; at most 4000)")],
)
def test_an_empty_or_over_long_caption_is_refused_and_nothing_changes(
    book: Book, child: Child, service: AttachmentService, caption: str, said: str
) -> None:
    photo, _ = service.add_bytes(child.id, _png(), "huis.png", caption="Thuis")
    before = _everything_written(book)
    with pytest.raises(ValidationFailed) as refused:
        service.set_caption(photo.id, caption)
    assert said in str(refused.value)
    assert [p.field for p in refused.value.problems] == ["caption"]
    assert _everything_written(book) == before
    assert service.get(photo.id).caption == "Thuis" and service.get(photo.id).version == 1


def test_a_supervisor_neither_removes_nor_restores_nor_captions(
    tmp_path: Path,
) -> None:
    from tests.ui.test_review_queue import supervisor_book

    book = supervisor_book(tmp_path / "supervisor")
    try:
        with book.store.read() as session:
            log = next(
                r for r in records_store.list_kind(session, DailyLog.kind)
                if isinstance(r, DailyLog)
            )  # fmt: skip
        data = _png(seed=31)
        photo = Attachment(
            household_id=log.household_id,
            child_id=log.child_id,
            file_name="tuin.png",
            media_type="image/png",
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            author_id=log.author_id,
        )
        with book.store.write() as session:  # as a sync brings it
            bulk.put_synced_many(session, [photo])
            stored_bytes.put_content(session, photo.sha256, data)
        service = AttachmentService(book)
        before = _everything_written(book)
        with pytest.raises(EntryLocked):
            service.set_caption(photo.id, "Mijn titel")
        with pytest.raises(EntryLocked):
            service.remove(photo.id)
        with pytest.raises(EntryLocked):
            service.restore(photo.id)
        assert _everything_written(book) == before
    finally:
        book.close()


def test_the_list_of_what_is_kept_follows_the_photos_caption_removal_and_undo(
    book: Book, child: Child, service: AttachmentService
) -> None:
    story = StoryService(book)
    photo, _ = service.add_bytes(child.id, _photo(seed=51), "tuin.jpg", caption="Tuin")
    story.keep(photo, "Je plukte bloemen.")
    assert [s for _k, s in story.kept_with_summary(child.id, "nl")] == ["Tuin"]
    service.set_caption(photo.id, "Bloemen plukken")
    assert [s for _k, s in story.kept_with_summary(child.id, "nl")] == ["Bloemen plukken"]
    service.remove(photo.id, keep_bytes=True)
    assert story.kept_with_summary(child.id, "nl") == []  # as the book leaves it out
    service.restore(photo.id)
    [(kept, summary)] = story.kept_with_summary(child.id, "nl")
    assert (summary, kept.words) == ("Bloemen plukken", "Je plukte bloemen.")
