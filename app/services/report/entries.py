"""The entries of the period, day by day: each daily log, contact note and
milestone observation as written, then its amendments (each in a thin box,
with its reason and what it changed) and its reviews with their answers (on a
grey ground). Record texts go into paragraphs escaped, never as markup.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import cm  # type: ignore[import-untyped]
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph  # type: ignore[import-untyped]

from app.domain.records import ContactNote, DailyLog, Entry, MilestoneObservation, Record, Review
from app.domain.vocabulary import ReviewMark
from app.services.report.data import EntryItem, ReportData, ReviewItem
from app.services.report.styles import Styles, esc, outlined
from app.services.report.texts import EN, Texts

LOG_FIELDS = (
    "incident", "sleep", "eating", "health", "medication", "school", "activities", "moments",
    "text",
)  # fmt: skip
CONTACT_FIELDS = (
    "reaction_before",
    "reaction_during",
    "reaction_after",
    "agreements",
    "follow_up",
    "text",
)
FIELD_WORDS = {
    "reaction_before": "before",
    "reaction_during": "during",
    "reaction_after": "after",
    "text": "text",
}


class Words:
    """Puts the records of one report into words and paragraphs."""

    def __init__(self, data: ReportData, t: Texts, styles: Styles) -> None:
        self.data, self.t, self.s = data, t, styles

    def person(self, person_id: Any) -> str:
        return self.data.people.get(person_id) or self.t("unknown_person")

    def relative(self, relative_id: Any) -> str:
        relative = self.data.relatives.get(relative_id)
        if relative is None:
            return self.t("removed")
        return f"{relative.name} ({self.t.enum('relation', relative.relation).lower()})"

    def milestone(self, item_id: str) -> str:
        catalog = self.data.catalog
        if item_id not in catalog:
            return item_id
        item = catalog.by_id(item_id)
        return f"{item.label(self.t.lang)} ({catalog.domain_label(item.domain, self.t.lang)})"

    def incident_box(self, log: DailyLog) -> str:
        return self.t("incident_severity", severity=self.t.enum("severity", log.severity))

    def mood(self, mood: int | None) -> str:
        if mood is None:
            return ""
        key = f"mood_{mood}"
        return self.t("mood_value", word=self.t(key) if key in EN else "", mood=mood)

    def value(self, record: Record, name: str) -> str:
        """A field's value in words ('' when empty)."""
        raw = getattr(record, name, None)
        if name == "mood":
            return self.mood(raw)
        if name == "severity" or name == "flag":
            if not isinstance(record, DailyLog) or not record.flag:
                return self.t("no")
            return self.t("incident_yes", severity=self.t.enum("severity", record.severity))
        if name == "contact_kind":
            return self.t.enum("contact", raw) if raw is not None else ""
        if name == "status":
            prefix = "milestone" if isinstance(record, MilestoneObservation) else "status"
            return self.t.enum(prefix, raw)
        if name == "duration_minutes":
            return self.t.duration(raw) if raw else ""
        if name == "relatives":
            return ", ".join(self.relative(r) for r in raw or ())
        if name in ("date", "observed_on"):
            return self.t.date(raw) if isinstance(raw, date) else ""
        if name == "item_id":
            return self.milestone(str(raw))
        return str(raw or "").strip()

    def label(self, name: str, record: Record | None = None) -> str:
        if name == "text" and isinstance(record, ContactNote):
            return self.t("notes")
        keys = {
            "contact_kind": "kind",
            "duration_minutes": "duration",
            "relatives": "with",
            "observed_on": "date",
            "item_id": "milestone",
            "flag": "incident",
            "severity": "incident",
        }
        key = keys.get(name, FIELD_WORDS.get(name, name))
        return self.t(key) if key in EN else name  # a field of a newer version of the app

    def line(self, label: str, text: str) -> str:
        """``label: text`` as paragraph markup (the text escaped)."""
        return f"<b>{escape(self.t.colon(label))}</b> {esc(text)}"


def _body(lines: Sequence[str], style: ParagraphStyle) -> list[Any]:
    # One paragraph for all the fields of an entry: thousands of small paragraphs
    # would cost the 12-month report seconds of layout.
    return [Paragraph("<br/>".join(lines), style)] if lines else []


def _head(parts: Sequence[str], item: EntryItem, words: Words) -> Paragraph:
    if item.amendments:
        parts = [*parts, f"<i>{escape(words.t('amended'))}</i>"]
    return Paragraph(" · ".join(p for p in parts if p), words.s.head)


def _log(item: EntryItem, words: Words) -> list[Any]:
    log = item.original
    assert isinstance(log, DailyLog)
    t, s = words.t, words.s
    parts = [
        f"<b>{escape(t('kind_daily_log'))}</b>",
        escape(t("by", name=words.person(log.author_id))),
    ]
    if log.mood is not None:
        parts.append(f"{escape(t.colon(t('mood')))} {escape(words.mood(log.mood))}")
    out: list[Any] = [_head(parts, item, words)]
    if log.flag:
        out.append(Paragraph(escape(words.incident_box(log)), s.incident))
    lines = [
        words.line(words.label(name, log), text)
        for name in LOG_FIELDS
        if (text := words.value(log, name))
    ]
    return out + _body(lines, s.field)


def _contact(item: EntryItem, words: Words) -> list[Any]:
    note = item.original
    assert isinstance(note, ContactNote)
    t, s = words.t, words.s
    parts = [
        f"<b>{escape(t('kind_contact_note'))}</b>",
        escape(words.value(note, "contact_kind")),
        f"<b>{escape(words.value(note, 'status'))}</b>",
        escape(t("by", name=words.person(note.author_id))),
    ]
    lines = [words.line(t("with"), words.value(note, "relatives"))]
    facts = [
        words.line(words.label(name), value)
        for name in ("place", "duration_minutes")
        if (value := words.value(note, name))
    ]
    if facts:
        lines.append(" · ".join(facts))
    lines += [
        words.line(words.label(name, note), text)
        for name in CONTACT_FIELDS
        if (text := words.value(note, name))
    ]
    return [_head(parts, item, words), *_body(lines, s.field)]


def _observation(item: EntryItem, words: Words) -> list[Any]:
    seen = item.original
    assert isinstance(seen, MilestoneObservation)
    t, s = words.t, words.s
    parts = [
        f"<b>{escape(t('kind_milestone_observation'))}</b>",
        f"<b>{escape(words.value(seen, 'status'))}</b>",
        esc(words.milestone(seen.item_id)),
    ]
    lines = [words.line(t("note"), seen.note)] if seen.note.strip() else []
    return [_head(parts, item, words), *_body(lines, s.field)]


def _compared_fields(before: Record, after: Record) -> list[str]:
    """The fields an amendment changed; for a log, flag and severity are one
    field (the incident), shown as ``severity``."""
    skip = {"id", "version", "modified_at", "modified_by", "device_id", "created_at"}
    skip |= {"author_id", "amends_id", "amendment_reason", "children", "household_id", "child_id"}
    skip |= {"flag", "severity"}
    names = [n for n in type(after).model_fields if n not in skip]
    changed = [n for n in names if getattr(before, n, None) != getattr(after, n, None)]
    if (
        isinstance(before, DailyLog)
        and isinstance(after, DailyLog)
        and _incident(before) != _incident(after)
    ):
        changed.append("severity")
    return changed


def _incident(log: DailyLog) -> object:
    return log.severity if log.flag else None


def _amendments(item: EntryItem, words: Words) -> Iterator[Any]:
    t, s = words.t, words.s
    before: Record = item.original
    for amendment in item.amendments:
        when = t.date(amendment.created_at.astimezone().date())
        head = t("amendment", date=when, name=words.person(amendment.author_id))
        lines = [f"<b><i>{escape(head)}</i></b>"]
        lines.append(words.line(t("reason"), amendment.amendment_reason))
        changed = _compared_fields(before, amendment)
        for name in changed:
            new = words.value(amendment, name) or t("emptied")
            old = words.value(before, name)
            line = words.line(words.label(name, amendment), new)
            if old:
                line += f" <i>({esc(t('was', value=old))})</i>"
            lines.append(line)
        if not changed:
            lines.append(escape(t("no_change")))
        yield Paragraph("<br/>".join(lines), s.amendment)
        before = amendment


REVIEW_KEYS = {
    ReviewMark.REVIEWED: "review_reviewed",
    ReviewMark.QUESTION: "review_question",
    ReviewMark.FOLLOW_UP: "review_follow_up",
    ReviewMark.ANSWER: "review_answer",
}


def _review(review: Review, words: Words, style: ParagraphStyle) -> Paragraph:
    t = words.t
    when = t.date(review.created_at.astimezone().date())
    head = t(REVIEW_KEYS[review.mark], name=words.person(review.author_id), date=when)
    text = f"<b><i>{escape(head)}</i></b>"
    if review.comment.strip():
        text += f"<br/>{esc(review.comment)}"
    return Paragraph(text, style)


def _reviews(reviews: Sequence[ReviewItem], words: Words) -> Iterator[Any]:
    for item in reviews:
        yield _review(item.review, words, words.s.review)
        for answer in item.answers:
            yield _review(answer, words, words.s.answer)


def _entry(item: EntryItem, words: Words) -> list[Any]:
    makers = {DailyLog.kind: _log, ContactNote.kind: _contact}
    flowables = makers.get(item.original.kind, _observation)(item, words)
    if isinstance(item.original, Entry):
        flowables += _amendments(item, words)
    flowables += _reviews(item.reviews, words)
    flowables[-1]._entry = True  # counted once laid out
    return flowables


def entry_flowables(data: ReportData, t: Texts, s: Styles, words: Words) -> list[Any]:
    if data.empty:
        return []
    out: list[Any] = [
        PageBreak(),
        outlined(Paragraph(escape(t("entries")), s.h1), t("entries"), 0),
    ]
    month: tuple[int, int] | None = None
    day: date | None = None
    # Conditional page breaks, not keep-with-next, keep a heading with what
    # follows: keep-with-next lays every group out twice.
    for item in data.entries:
        if (item.day.year, item.day.month) != month:
            month = (item.day.year, item.day.month)
            title = t.month_title(item.day)
            out.append(CondPageBreak(5 * cm))
            out.append(outlined(Paragraph(escape(title), s.month), title, 1))
        if item.day != day:
            day = item.day
            out.append(CondPageBreak(3.5 * cm))
            out.append(Paragraph(escape(t.long_date(day)), s.day))
        else:
            out.append(CondPageBreak(2.5 * cm))
        out += _entry(item, words)
    return out
