"""The period report: what it counts, what the PDF says when read back, and how
it fails without leaving a file behind."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from string import Formatter

import pytest
from pypdf import PdfReader

from app.domain.catalog import CatalogItem, load_catalog
from app.domain.records import (
    Child,
    ContactNote,
    DailyLog,
    MilestoneObservation,
    Person,
    Relative,
    Review,
)
from app.domain.vocabulary import (
    ContactKind,
    ContactStatus,
    MilestoneStatus,
    RelationKind,
    ReviewMark,
    Role,
    Severity,
)
from app.services.records import RecordService
from app.services.report import (
    AmbiguousChild,
    BadPeriod,
    CannotWrite,
    ChildNotFound,
    UnknownLanguage,
    build_report,
    find_child,
    fonts,
)
from app.services.report.data import gather
from app.services.report.texts import EN, TEXTS, Texts
from app.storage.book import Book
from tests import factories
from tests.conftest import CANARY

START, END = date(2025, 4, 1), date(2025, 4, 30)
NOW = datetime(2025, 5, 2, 9, 30).astimezone()
INCIDENT_DAYS = {3: Severity.HIGH, 9: Severity.MEDIUM, 15: Severity.LOW}
DELETED_WORD = "Vergeetmenietje"  # only in a log that is deleted
OUTSIDE_WORD = "Buitenperiode"  # only in logs just outside the period


@dataclass
class Filled:
    """The records written for a report of April 2025, and what they add up to."""

    child: Child
    mother: Relative
    brother: Relative
    father: Relative
    reached: list[CatalogItem]  # reached in April, in date order
    reached_before: CatalogItem  # reached in February
    emerging: CatalogItem  # only emerging in April


def _log(book: Book, child: Child, day: date, author: uuid.UUID, **fields: object) -> DailyLog:
    return factories.daily_log(book.identity, child, author_id=author, date=day, **fields)


def _note(
    book: Book, child: Child, day: date, status: ContactStatus, relative: Relative, **fields: object
) -> ContactNote:
    return factories.contact_note(
        book.identity,
        [child],
        [relative],
        contact_kind=ContactKind.SUPERVISED_VISIT,
        status=status,
        date=day,
        **fields,
    )


def _seen(
    book: Book, child: Child, item: CatalogItem, status: MilestoneStatus, day: date
) -> MilestoneObservation:
    return MilestoneObservation(
        household_id=book.identity.household_id,
        child_id=child.id,
        item_id=item.id,
        status=status,
        observed_on=day,
    )


def _review(book: Book, child: Child, target: DailyLog | ContactNote, **fields: object) -> Review:
    return Review(
        household_id=book.identity.household_id,
        target_id=target.id,
        target_kind=target.kind,
        children=[child.id],
        author_id=book.identity.user_id,
        **fields,
    )


@pytest.fixture
def filled(book: Book, records: RecordService, child: Child) -> Filled:
    """April 2025 for Lotte: 17 days logged by Anna (3 incidents), a second log by
    the relief carer on the 5th, a deleted log, logs on either side of the
    month; contacts with her mother (2 held, 1 cancelled), her brother (1 held,
    1 amended from held to no-show) and none with her father; 2 milestones
    reached in April, 1 in February."""
    household = book.identity.household_id
    me = book.identity.user_id
    relief = records.create(
        Person(household_id=household, display_name="Sophie Lambert", role=Role.CAREGIVER)
    )
    for day in range(1, 18):
        severity = INCIDENT_DAYS.get(day)
        log = _log(
            book,
            child,
            date(2025, 4, day),
            me,
            mood=day % 5 + 1,
            sleep=f"Nacht {day}: goed geslapen.",
            flag=severity is not None,
            severity=severity,
        )
        stored = records.create(log)
        if day == 9:
            amended = records.amend(
                stored.id, f"Verkeerd genoteerd {CANARY}.", mood=1, text="Beet haar broer."
            )
            question = records.create(
                _review(book, child, stored, mark=ReviewMark.QUESTION, comment="Wat gebeurde er?")
            )
            records.create(
                _review(
                    book,
                    child,
                    stored,
                    mark=ReviewMark.ANSWER,
                    reply_to=question.id,
                    comment="Ruzie om speelgoed; besproken.",
                )
            )
            assert amended.amends_id == stored.id
    records.create(_log(book, child, date(2025, 4, 5), relief.id, mood=4, text="Middag bij mij."))
    gone = records.create(_log(book, child, date(2025, 4, 20), me, text=DELETED_WORD))
    records.delete(gone.id)
    for day in (date(2025, 3, 31), date(2025, 5, 1)):
        records.create(_log(book, child, day, me, mood=3, text=OUTSIDE_WORD, flag=True,
                            severity=Severity.HIGH))  # fmt: skip

    def relative(name: str, relation: RelationKind) -> Relative:
        return records.create(
            Relative(household_id=household, name=name, relation=relation, children=[child.id])
        )

    mother = relative("Sara Janssens", RelationKind.MOTHER)
    brother = relative("Daan Janssens", RelationKind.SIBLING)
    father = relative("Tom Peeters", RelationKind.FATHER)
    held = ContactStatus.HAPPENED
    records.create(_note(book, child, date(2025, 3, 20), held, mother))  # before April
    visit = records.create(_note(book, child, date(2025, 4, 2), held, mother, place="Aalst"))
    records.create(_review(book, child, visit, mark=ReviewMark.REVIEWED))
    records.create(_note(book, child, date(2025, 4, 16), held, mother, duration_minutes=90))
    records.create(_note(book, child, date(2025, 4, 23), ContactStatus.CANCELLED, mother))
    records.create(_note(book, child, date(2025, 4, 10), held, brother))
    wrong = records.create(_note(book, child, date(2025, 4, 24), held, brother))
    records.amend(wrong.id, "Daan kwam niet opdagen.", status=ContactStatus.NO_SHOW)

    items = [i for i in load_catalog().items if i.catalog == "cdc"][:4]
    first, second, before, emerging = items
    records.create(_seen(book, child, first, MilestoneStatus.EMERGING, date(2025, 3, 15)))
    records.create(_seen(book, child, first, MilestoneStatus.ACHIEVED, date(2025, 4, 5)))
    records.create(_seen(book, child, second, MilestoneStatus.ACHIEVED, date(2025, 4, 12)))
    records.create(_seen(book, child, second, MilestoneStatus.ACHIEVED, date(2025, 4, 25)))
    records.create(_seen(book, child, before, MilestoneStatus.ACHIEVED, date(2025, 2, 1)))
    records.create(_seen(book, child, before, MilestoneStatus.ACHIEVED, date(2025, 4, 8)))
    records.create(_seen(book, child, emerging, MilestoneStatus.EMERGING, date(2025, 4, 20)))
    return Filled(child, mother, brother, father, [first, second], before, emerging)


def pages_of(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


# What is counted --------------------------------------------------------------------


def test_the_summary_counts_what_the_records_say(book: Book, filled: Filled) -> None:
    data = gather(book, filled.child, START, END, now=NOW)
    summary = data.summary
    assert summary.days_logged == 17
    assert summary.logs == 18  # two authors on the 5th, one day
    assert summary.incidents == 3
    assert dict(summary.incidents_by_severity) == {
        Severity.HIGH: 1,
        Severity.MEDIUM: 1,
        Severity.LOW: 1,
    }
    assert summary.days_in_period == 30
    by_name = {r.name: (r.held, r.cancelled, r.no_show, r.planned) for r in summary.contacts}
    assert by_name == {
        "Sara Janssens": (2, 1, 0, 0),
        "Daan Janssens": (1, 0, 1, 0),
        "Tom Peeters": (0, 0, 0, 0),
    }
    assert [r.name for r in summary.contacts] == ["Sara Janssens", "Tom Peeters", "Daan Janssens"]
    assert [m.item_id for m in summary.milestones] == [i.id for i in filled.reached]
    assert [m.day for m in summary.milestones] == [date(2025, 4, 5), date(2025, 4, 12)]
    assert summary.observations == 5  # 4 in April + the repeat of an item reached before


def test_entries_come_in_date_order_with_amendments_and_reviews(book: Book, filled: Filled) -> None:
    data = gather(book, filled.child, START, END, now=NOW)
    days = [item.day for item in data.entries]
    assert days == sorted(days) and days[0] == START and days[-1] == date(2025, 4, 25)
    texts = [getattr(item.current, "text", "") for item in data.entries]
    assert DELETED_WORD not in texts and OUTSIDE_WORD not in texts
    amended = [item for item in data.entries if item.amendments]
    assert len(amended) == 2  # the log of the 9th and the brother's no-show
    log = next(i for i in amended if isinstance(i.original, DailyLog))
    assert isinstance(log.original, DailyLog) and log.original.mood == 9 % 5 + 1
    assert isinstance(log.current, DailyLog) and log.current.mood == 1
    assert [r.review.mark for r in log.reviews] == [ReviewMark.QUESTION]
    assert [a.comment for a in log.reviews[0].answers] == ["Ruzie om speelgoed; besproken."]
    visit = next(i for i in data.entries if isinstance(i.original, ContactNote))
    assert visit.day == date(2025, 4, 2)
    assert [r.review.mark for r in visit.reviews] == [ReviewMark.REVIEWED]


def test_an_amendment_moving_an_entry_out_of_the_period_takes_it_out(
    book: Book, records: RecordService, child: Child
) -> None:
    log = records.create(_log(book, child, date(2025, 4, 30), book.identity.user_id, mood=3))
    records.amend(log.id, "Het was de eerste van mei.", date=date(2025, 5, 1))
    assert gather(book, child, START, END, now=NOW).entries == ()
    may = gather(book, child, date(2025, 5, 1), date(2025, 5, 31), now=NOW)
    assert [item.original.id for item in may.entries] == [log.id]
    assert may.summary.days_logged == 1


# What the PDF says ------------------------------------------------------------------


def test_the_dutch_pdf_holds_name_period_counts_and_the_mark_on_every_page(
    book: Book, filled: Filled, tmp_path: Path
) -> None:
    out = tmp_path / "verslag.pdf"
    result = build_report(book, filled.child.id, START, END, out, "nl", now=NOW)
    assert result.path == out and out.is_file()
    pages = pages_of(out)
    assert result.pages == len(pages) >= 4
    for number, text in enumerate(pages, 1):
        assert "VERTROUWELIJK" in text
        assert "Lotte Janssens" in text
        assert f"Pagina {number} van {len(pages)}" in text
        assert "1 april 2025 – 30 april 2025" in text
    cover, summary = pages[0], pages[1]
    assert "Periodeverslag" in cover and "Gezin Peeters" in cover and "Anna Peeters" in cover
    assert "2 mei 2025 om 09:30" in cover and "14 maart 2022" in cover
    assert "Dagen met een verslag 17 van 30 dagen" in summary
    assert "Dagverslagen 18" in summary
    assert "Incidenten 3 (ernst: 1 hoog, 1 gemiddeld, 1 laag)" in summary
    assert "Waarnemingen van mijlpalen 5" in summary
    assert "Sara Janssens Moeder 2 1 0 0" in summary
    assert "Tom Peeters Vader 0 0 0 0" in summary
    assert "Daan Janssens Broer of zus 1 0 1 0" in summary
    everything = " ".join(pages)
    for item in filled.reached:
        assert flat(item.label("nl")) in everything
    assert flat(filled.reached_before.label("nl")) not in summary
    assert "5 april 2025" in summary and "12 april 2025" in summary
    assert DELETED_WORD not in everything and OUTSIDE_WORD not in everything
    assert "Correctie van" in everything and CANARY in everything
    assert "Stemming: Heel verdrietig (1/5) (was: Heel blij (5/5))" in everything
    assert "Status: Niet gekomen (was: Doorgegaan)" in everything
    assert "Wat gebeurde er?" in everything and "Ruzie om speelgoed; besproken." in everything
    assert "Nagekeken door Anna Peeters" in everything
    assert "INCIDENT (ernst: hoog)" in everything
    assert "donderdag 3 april 2025" in everything
    assert result.entries == 18 + 5 + 5  # logs, contacts, milestone observations


def test_the_french_pdf_speaks_french(book: Book, filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    build_report(book, "Lotte", START, END, out, "fr", now=NOW)
    pages = pages_of(out)
    for number, text in enumerate(pages, 1):
        assert "CONFIDENTIEL" in text and "Lotte Janssens" in text
        assert f"Page {number} sur {len(pages)}" in text
        assert "du 1er avril 2025 au 30 avril 2025" in text
    summary = pages[1]
    assert "Résumé" in summary
    assert "Jours avec un journal 17 sur 30 jours" in summary
    assert "Incidents 3 (gravité : 1 élevée, 1 moyenne, 1 faible)" in summary
    assert "Sara Janssens Mère 2 1 0 0" in summary
    assert "2 mai 2025 à 9 h 30" in pages[0]
    everything = " ".join(pages)
    assert "Humeur : Très triste (1/5) (avant : " in everything
    assert "jeudi 3 avril 2025" in everything
    assert "Vertrouwelijk" not in everything and "Dagverslag" not in everything


def test_an_empty_period_says_so_on_a_complete_pdf(
    book: Book, filled: Filled, tmp_path: Path
) -> None:
    out = tmp_path / "leeg.pdf"
    result = build_report(book, filled.child.id, date(2024, 1, 1), date(2024, 1, 31), out, "nl")
    pages = pages_of(out)
    assert result.entries == 0 and result.pages == len(pages) == 2
    assert "Voor Lotte Janssens werd in deze periode niets genoteerd." in pages[1]
    for number, text in enumerate(pages, 1):
        assert "VERTROUWELIJK" in text and f"Pagina {number} van 2" in text
    assert "1 januari 2024 – 31 januari 2024" in pages[0]


def test_letters_beyond_latin_1_are_printed(
    book: Book, records: RecordService, tmp_path: Path
) -> None:
    name = ("Zoë", "Çelik-Dvořák")
    kid = records.create(
        factories.child(
            book.identity.household_id,
            given_name=name[0],
            family_name=name[1],
            date_of_birth=date(2012, 6, 1),
            placement_start=date(2024, 9, 1),
        )
    )
    records.create(_log(book, kid, date(2025, 4, 2), book.identity.user_id, text="Łódź, Ærø, ş ğ"))
    out = tmp_path / "zoe.pdf"
    result = build_report(book, "zoë çelik-dvořák", START, END, out, "en")
    assert result.font_note == ""  # a font covering Latin Extended was found
    everything = " ".join(pages_of(out))
    assert "Zoë Çelik-Dvořák" in everything and "Łódź, Ærø, ş ğ" in everything
    assert "CONFIDENTIAL" in everything and "Page 1 of" in everything


# Progress ---------------------------------------------------------------------------


def test_progress_rises_to_its_total(book: Book, filled: Filled, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    build_report(book, filled.child.id, START, END, tmp_path / "r.pdf", "en", progress)
    dones = [done for done, _ in seen]
    assert len(seen) > 3 and dones == sorted(dones)
    assert {total for _, total in seen} == {seen[-1][1]} and dones[-1] == seen[-1][1] > 0


# Failing cleanly --------------------------------------------------------------------


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own for the reports (the profile is in ``tmp_path``)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    return folder


def test_unknown_or_ambiguous_children_are_refused(
    book: Book, records: RecordService, child: Child, out_dir: Path
) -> None:
    out = out_dir / "r.pdf"
    with pytest.raises(ChildNotFound):
        build_report(book, "Nobody", START, END, out)
    with pytest.raises(ChildNotFound):
        build_report(book, str(uuid.uuid4()), START, END, out)
    for family in ("Janssens", "Peeters"):
        records.create(
            factories.child(
                book.identity.household_id,
                given_name="Sam",
                family_name=family,
                date_of_birth=date(2019, 1, 1),
                placement_start=date(2023, 1, 1),
            )
        )
    with pytest.raises(AmbiguousChild) as raised:
        build_report(book, "sam", START, END, out)
    assert "Sam Janssens" in str(raised.value) and "Sam Peeters" in str(raised.value)
    assert find_child(book, "  lotte   JANSSENS ").id == child.id
    assert find_child(book, "Sam Peeters").family_name == "Peeters"
    assert find_child(book, str(child.id)).id == child.id
    assert _names(out_dir) == []


def test_bad_periods_languages_and_paths_leave_no_file(
    book: Book, child: Child, out_dir: Path
) -> None:
    with pytest.raises(BadPeriod):
        build_report(book, child.id, END, START, out_dir / "r.pdf")
    with pytest.raises(UnknownLanguage):
        build_report(book, child.id, START, END, out_dir / "r.pdf", "de")
    with pytest.raises(CannotWrite):
        build_report(book, child.id, START, END, out_dir / "missing" / "r.pdf")
    (out_dir / "folder.pdf").mkdir()
    with pytest.raises(CannotWrite):
        build_report(book, child.id, START, END, out_dir / "folder.pdf")
    assert _names(out_dir) == ["folder.pdf"]


def test_a_cancelled_report_leaves_no_file(book: Book, filled: Filled, out_dir: Path) -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done > total // 2:
            raise Stop

    out = out_dir / "r.pdf"
    out.write_bytes(b"an older report")
    with pytest.raises(Stop):
        build_report(book, filled.child.id, START, END, out, "nl", progress)
    assert _names(out_dir) == ["r.pdf"] and out.read_bytes() == b"an older report"


# Words and dates --------------------------------------------------------------------


def test_every_language_has_every_text_with_the_same_placeholders() -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in Formatter().parse(text) if name}

    for lang, words in TEXTS.items():
        assert set(words) == set(EN), lang
        for key, text in words.items():
            assert fields(text) == fields(EN[key]), (lang, key)


@pytest.mark.parametrize(
    ("lang", "day", "expected"),
    [
        ("nl", date(2026, 11, 23), "23 november 2026"),
        ("fr", date(2026, 11, 23), "23 novembre 2026"),
        ("fr", date(2026, 11, 1), "1er novembre 2026"),
        ("en", date(2026, 11, 23), "23 November 2026"),
        ("nl", date(2026, 3, 2), "maandag 2 maart 2026"),
        ("fr", date(2026, 8, 16), "dimanche 16 août 2026"),
    ],
)
def test_dates_are_written_out_without_the_system_locale(
    lang: str, day: date, expected: str
) -> None:
    t = Texts(lang)
    assert (t.long_date(day) if expected[0].isalpha() else t.date(day)) == expected


def test_times_and_durations() -> None:
    moment = datetime(2026, 11, 23, 14, 5, tzinfo=UTC)
    assert Texts("nl").moment(moment) == "23 november 2026 om 14:05"
    assert Texts("fr").moment(moment) == "23 novembre 2026 à 14 h 05"
    assert Texts("nl").duration(90) == "1 u 30 min"
    assert Texts("fr").duration(120) == "2 h"
    assert Texts("en").duration(45) == "45 min"


@pytest.fixture
def only_reportlabs_font(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A computer without DejaVu, Noto, Liberation or Arial."""
    vera = fonts._candidates()[-1:]
    monkeypatch.setattr(fonts, "_candidates", lambda: vera)
    fonts.report_font.cache_clear()
    yield
    monkeypatch.undo()
    fonts.report_font.cache_clear()  # the next report registers the best font again


def test_without_a_wide_font_the_report_is_written_and_says_why(
    book: Book, child: Child, tmp_path: Path, only_reportlabs_font: None
) -> None:
    out = tmp_path / "vera.pdf"
    result = build_report(book, child.id, START, END, out, "nl")
    assert result.font.startswith("Bitstream Vera Sans")
    assert "DejaVu Sans" in result.font_note
    pages = pages_of(out)
    assert all("VERTROUWELIJK" in text and "Lotte Janssens" in text for text in pages)
