"""The life-story book: what goes in (what is kept, people, places, milestones
reached) and what never does (incidents, reviews, professional notes), in Dutch
and French, read back from the PDF with pdftotext and looked at with pdftoppm."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.records import Child, MilestoneObservation, Review
from app.domain.vocabulary import MilestoneStatus, ReviewMark, Severity
from app.services import lifebook
from app.services.lifebook.texts import EN, TEXTS
from app.services.records import RecordService
from app.services.story import StoryService
from app.storage.book import Book
from tests import factories

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils are not installed",
)

SECRET_INCIDENT = "Sloeg zijn hoofd tegen de kast"
SECRET_NOTE = "Professionele observatie voor het dossier"
SECRET_REACTION = "Huilde lang na het bezoek"
SECRET_QUESTION = "Werd de huisarts geraadpleegd"


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    return re.sub(r"\s+", " ", out)


@pytest.fixture
def kept(book: Book, records: RecordService, child: Child) -> Child:
    me = book.identity
    today = book.today()
    story = StoryService(book)
    day = records.create(factories.daily_log(
        me, child, date=today - timedelta(days=3), moments="Bouwde een zandkasteel",
        text=SECRET_NOTE))  # fmt: skip
    story.keep(day, "Het hoogste kasteel van het strand")
    hurt = records.create(factories.daily_log(
        me, child, date=today - timedelta(days=2), flag=True, severity=Severity.HIGH,
        incident=SECRET_INCIDENT, moments="Speelde met de hond"))  # fmt: skip
    story.keep(hurt)  # a log with moments and an incident: only the moments go in
    mama = records.create(factories.relative(me.household_id, [child], name="Sara Janssens"))
    sister = records.create(factories.relative(
        me.household_id, [child], name="Mila", relation="sibling", lives_where="Gent"))  # fmt: skip
    visit = records.create(factories.contact_note(
        me, [child], [mama], date=today - timedelta(days=1), reaction_after=SECRET_REACTION,
        place="het park"))  # fmt: skip
    story.keep(visit, "Mama bracht een taart mee")
    records.create(Review(household_id=me.household_id, target_id=day.id, target_kind="daily_log",
                          mark=ReviewMark.QUESTION, comment=SECRET_QUESTION, author_id=me.user_id,
                          children=[child.id]))  # fmt: skip
    item = "cdc-2m-social-01"
    step = records.create(MilestoneObservation(
        household_id=me.household_id, child_id=child.id, item_id=item,
        status=MilestoneStatus.ACHIEVED, observed_on=today - timedelta(days=10)))  # fmt: skip
    story.keep(step, "Je eerste lach")
    story.add_words(child.id, me.household_id, "Ik hou van voetbal.", "Wat ik fijn vind")
    assert sister.name == "Mila"
    return child


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_book_holds_what_is_kept_and_nothing_professional(
    book: Book, kept: Child, lang: str, tmp_path: Path
) -> None:
    made = lifebook.make_book(book, kept.id, lang)
    pdf = lifebook.save_book(made, tmp_path / f"boek-{lang}.pdf")
    text = _text(pdf)
    assert TEXTS[lang]["title"].format(name=kept.given_name) in text
    for wanted in ("Bouwde een zandkasteel", "Het hoogste kasteel van het strand",
                   "Speelde met de hond", "Mama bracht een taart mee", "Sara Janssens",
                   "Mila", "Gent", "Je eerste lach", "Ik hou van voetbal.",
                   TEXTS[lang]["my_words"], TEXTS[lang]["people"]):  # fmt: skip
        assert wanted in text, wanted
    for secret in (SECRET_INCIDENT, SECRET_NOTE, SECRET_REACTION, SECRET_QUESTION):
        assert secret not in text, secret

    # Each page drawn: pdftoppm renders them all, the cover is not blank.
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(pdf), str(tmp_path / lang)], check=True)
    pages = sorted(tmp_path.glob(f"{lang}-*.png"))
    assert len(pages) == made.pages >= 6


def test_every_language_has_every_word() -> None:
    for lang, words in TEXTS.items():
        assert set(words) == set(EN), lang
        for key, text in words.items():
            assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", EN[key])), key


def test_the_childs_language_is_the_books(book: Book, records: RecordService, child: Child) -> None:
    french = records.update(child.id, languages=["Français", "nl"])
    assert isinstance(french, Child) and lifebook.book_language(french) == "fr"
    made = lifebook.make_book(book, child.id)
    assert made.data.lang == "fr"
