"""The young person's export: "My file" holds what the table says they receive
(kept moments, milestones reached, contacts, the care plan, medicines) and
nothing professional (incidents, reviews and questions, reactions, notes), in
Dutch and French, read back from the PDF; the book comes with it; both are
written into the chosen folder and nothing else is."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.records import Child, MilestoneObservation, Review
from app.domain.vocabulary import AppointmentOutcome, MilestoneStatus, ReviewMark, Severity
from app.services import young_export
from app.services.lifebook.texts import TEXTS as BOOK_TEXTS
from app.services.records import RecordService
from app.services.story import StoryService
from app.services.young_export.texts import TEXTS
from app.storage.book import Book
from tests import factories

SECRET_INCIDENT = "Sloeg zijn hoofd tegen de kast"
SECRET_NOTE = "Professionele observatie voor het dossier"
SECRET_REACTION = "Huilde lang na het bezoek"
SECRET_QUESTION = "Werd de huisarts geraadpleegd"
SECRET_CHILD_NOTE = "Hechtingsproblematiek vermoed"
SECRET_PHONE = "0470 12 34 56"
SECRET_GOAL_NOTE = "Bespreken op het teamoverleg"


def _text(pdf: bytes | Path) -> str:
    reader = PdfReader(pdf if isinstance(pdf, Path) else __import__("io").BytesIO(pdf))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


@pytest.fixture
def life(book: Book, records: RecordService, child: Child) -> Child:
    me = book.identity
    today = book.today()
    story = StoryService(book)
    child = records.update(child.id, notes=SECRET_CHILD_NOTE)  # type: ignore[assignment]
    day = records.create(factories.daily_log(
        me, child, date=today - timedelta(days=3), moments="Bouwde een zandkasteel",
        activities="Naar zee", text=SECRET_NOTE, mood=2))  # fmt: skip
    story.keep(day, "Het hoogste kasteel van het strand")
    records.create(factories.daily_log(
        me, child, date=today - timedelta(days=2), flag=True, severity=Severity.HIGH,
        incident=SECRET_INCIDENT, moments="Speelde met de hond"))  # fmt: skip
    mama = records.create(factories.relative(me.household_id, [child], name="Sara Janssens",
                                             phone=SECRET_PHONE, lives_where="Aalst"))  # fmt: skip
    records.create(factories.contact_note(
        me, [child], [mama], date=today - timedelta(days=1), reaction_after=SECRET_REACTION,
        place="het park"))  # fmt: skip
    records.create(Review(household_id=me.household_id, target_id=day.id, target_kind="daily_log",
                          mark=ReviewMark.QUESTION, comment=SECRET_QUESTION, author_id=me.user_id,
                          children=[child.id]))  # fmt: skip
    records.create(MilestoneObservation(
        household_id=me.household_id, child_id=child.id, item_id="cdc-2m-social-01",
        status=MilestoneStatus.ACHIEVED, observed_on=today - timedelta(days=10)))  # fmt: skip
    records.create(factories.medication(me.household_id, child, start=today - timedelta(days=30)))
    records.create(factories.care_goal(me.household_id, child, start=today - timedelta(days=20),
                                       notes=SECRET_GOAL_NOTE))  # fmt: skip
    past = datetime.combine(today - timedelta(days=5), datetime.min.time()).replace(hour=9)
    records.create(factories.appointment(me.household_id, [child], starts_at=past,
                                         outcome=AppointmentOutcome.HAPPENED))  # fmt: skip
    return child


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_my_file_holds_what_is_received_and_nothing_professional(
    book: Book, life: Child, lang: str
) -> None:
    made = young_export.make_export(book, life.id, lang)
    text = _text(made.file_pdf)
    words = TEXTS[lang]
    for key in ("title", "about", "family", "days", "learned", "contacts", "goals", "medicines",
                "appointments"):  # fmt: skip
        assert words[key] in text, key
    wanted_texts = ("Bouwde een zandkasteel", "Naar zee", "Sara Janssens", "Aalst",
                    "het park", "Melatonine", "Lotte slaapt in haar eigen bed",
                    "Tandartspraktijk Gent")  # fmt: skip
    for wanted in wanted_texts:
        assert wanted in text, wanted
    assert made.data.section("milestone_observation").items  # type: ignore[union-attr]
    secrets = (SECRET_INCIDENT, SECRET_NOTE, SECRET_REACTION, SECRET_QUESTION, SECRET_CHILD_NOTE,
               SECRET_PHONE, SECRET_GOAL_NOTE, "Speelde met de hond")  # fmt: skip
    for secret in secrets:
        assert secret not in text, secret
        assert secret not in made.data.text(), secret
    # The book comes with it, with the kept moment and the sentence written for the child.
    book_text = _text(made.book.pdf)
    assert BOOK_TEXTS[lang]["title"].format(name=life.given_name) in book_text
    assert "Het hoogste kasteel van het strand" in book_text


def test_progress_is_told_and_may_cancel(book: Book, life: Child) -> None:
    told: list[tuple[int, int]] = []
    young_export.make_export(book, life.id, "en", progress=lambda d, t: told.append((d, t)))
    assert told[0][0] == 0 and told[-1][0] == told[-1][1] > 2

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        if done == 2:
            raise Stop()

    with pytest.raises(Stop):
        young_export.make_export(book, life.id, "en", progress=stop)


def test_written_into_the_folder_and_nothing_else(book: Book, life: Child, tmp_path: Path) -> None:
    made = young_export.make_export(book, life.id, "nl")
    out = tmp_path / "for Lotte"
    out.mkdir()
    paths = young_export.write_export(made, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)
    assert [p.name for p in paths] == [f"Mijn dossier - {life.display_name()}.pdf",
                                       f"Het boek van {life.display_name()}.pdf"]  # fmt: skip
    assert paths[0].read_bytes() == made.file_pdf and paths[1].read_bytes() == made.book.pdf
    assert young_export.attachments_of(book, made.data) == []


def test_a_missing_folder_is_told_and_nothing_is_written(
    book: Book, life: Child, tmp_path: Path
) -> None:
    made = young_export.make_export(book, life.id, "nl")
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(young_export.CannotWriteExport) as caught:
        young_export.write_export(made, tmp_path / "nope")
    assert "folder does not exist" in str(caught.value.message.params["reason"])
    assert sorted(tmp_path.rglob("*")) == before


def test_every_word_of_my_file_is_in_every_language() -> None:
    import string

    from app.services.young_export.texts import EN

    def names(text: str) -> set[str]:
        return {n for _, n, _, _ in string.Formatter().parse(text) if n}

    for lang, words in TEXTS.items():
        assert set(words) == set(EN), lang
        for key, text in EN.items():
            assert names(words[key]) == names(text), (lang, key)


def _png(shade: int) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (shade, 120, 200 - shade)).save(out, "PNG")
    return out.getvalue()


def test_the_photos_they_receive_go_in_a_folder_beside_the_file(
    book: Book, records: RecordService, life: Child, tmp_path: Path
) -> None:
    """Kept for the book, the child's own and those of a day the file holds go
    with it; a photo of an incident's day does not."""
    from app.domain.records import DailyLog
    from app.services.attachments import AttachmentService
    from app.storage import records as stored

    with book.store.read() as session:
        logs = [r for r in stored.for_child_all(session, life.id, DailyLog.kind)
                if isinstance(r, DailyLog)]  # fmt: skip
    beach = next(x for x in logs if not x.flag)
    incident = next(x for x in logs if x.flag)
    service = AttachmentService(book)
    own, _ = service.add_bytes(life.id, _png(10), "tekening.png")
    of_day, _ = service.add_bytes(life.id, _png(60), "zee.png",
                                  target_kind="daily_log", target_id=beach.id)  # fmt: skip
    hidden, _ = service.add_bytes(life.id, _png(90), "kast.png",
                                  target_kind="daily_log", target_id=incident.id)  # fmt: skip
    kept, _ = service.add_bytes(life.id, _png(120), "zee.png",
                                target_kind="daily_log", target_id=incident.id)  # fmt: skip
    StoryService(book).keep(kept, "Jij en de grote golf")

    made = young_export.make_export(book, life.id, "nl")
    names = [a.name for a in made.data.attachments]
    assert sorted(names) == ["tekening.png", "zee (2).png", "zee.png"]
    assert "kast.png" not in names and hidden.file_name == "kast.png"
    out = tmp_path / "export"
    out.mkdir()
    paths = young_export.write_export(made, out)
    folder = out / TEXTS["nl"]["attachments"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)
    assert {p for p in out.rglob("*") if p.is_file()} == set(paths)
    by_name = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert by_name["tekening.png"] == service.content(own.id)
    assert service.content(of_day.id) in (by_name["zee.png"], by_name["zee (2).png"])
    assert TEXTS["nl"]["attachments"] in _text(made.file_pdf)
