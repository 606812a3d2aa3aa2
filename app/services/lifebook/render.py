"""The life-story book laid out with reportlab: warm colours, large type, one
theme per page, photos full width. Pure: ``BookData`` in, PDF bytes out."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_CENTER  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import cm  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.services.lifebook.data import BookData, Learned, Moment, Someone
from app.services.lifebook.texts import Words
from app.services.report.fonts import FontChoice, report_font

PAPER = colors.HexColor("#FFF8EC")
INK = colors.HexColor("#3B2F2A")
TITLE = colors.HexColor("#C8553D")
ACCENT = colors.HexColor("#2A7F8E")
CARD = colors.HexColor("#FDEBC8")
SOFT = colors.HexColor("#F6D8B8")
LINE = colors.HexColor("#E2C7A6")
MARGIN = 2.2 * cm
WIDTH = A4[0] - 2 * MARGIN
PHOTO_HEIGHT = 15 * cm  # a kept photo: full width, and its card still fits a page


def _styles(font: FontChoice) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font.regular, fontSize=16, leading=23, textColor=INK)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=font.bold, fontSize=40,
                                leading=48, textColor=TITLE, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=20, leading=28,
                                   textColor=ACCENT, alignment=TA_CENTER),
        "small": ParagraphStyle("small", parent=base, fontSize=13, leading=18,
                                alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", parent=base, fontName=font.bold, fontSize=32, leading=40,
                             textColor=TITLE, spaceAfter=18),
        "h2": ParagraphStyle("h2", parent=base, fontName=font.bold, fontSize=22, leading=28,
                             textColor=ACCENT, spaceBefore=14, spaceAfter=8),
        "date": ParagraphStyle("date", parent=base, fontName=font.bold, fontSize=14, leading=19,
                               textColor=ACCENT),
        "words": ParagraphStyle("words", parent=base, fontName=font.italic, fontSize=17,
                                leading=24),
        "hint": ParagraphStyle("hint", parent=base, fontName=font.italic, fontSize=15,
                               leading=21, textColor=colors.HexColor("#8A6F5F")),
    }  # fmt: skip


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _card(rows: list[Any], colour: Any = CARD) -> Table:
    table = Table([[r] for r in rows], colWidths=[WIDTH])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colour),
        ("ROUNDEDCORNERS", [10, 10, 10, 10]),
        ("LEFTPADDING", (0, 0), (-1, -1), 16),
        ("RIGHTPADDING", (0, 0), (-1, -1), 16),
        ("TOPPADDING", (0, 0), (0, 0), 12),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 14),
    ]))  # fmt: skip
    return KeepTogether([table, Spacer(1, 12)])


def _moment(m: Moment, st: dict[str, ParagraphStyle], w: Words) -> Any:
    rows: list[Any] = [_p(w.date(m.day), st["date"])]
    photo = _photo(m.photo, WIDTH - 32, PHOTO_HEIGHT) if m.photo else None
    if photo is not None:
        rows.append(photo)
    if m.text:
        rows.append(_p(m.text, st["body"]))
    if m.words:
        rows.append(_p(m.words, st["words"]))
    return _card(rows)


def _person(s: Someone, st: dict[str, ParagraphStyle]) -> Any:
    line = f"<b>{escape(s.name)}</b> · {escape(s.relation)}"
    if s.where:
        line += f" · {escape(s.where)}"
    return KeepTogether([Paragraph(line, st["body"]), Spacer(1, 8)])


def _learned(item: Learned, st: dict[str, ParagraphStyle], w: Words) -> Any:
    rows: list[Any] = [_p(w.date(item.day), st["date"]), _p(item.label, st["body"])]
    if item.words:
        rows.append(_p(item.words, st["words"]))
    return _card(rows, SOFT)


def _lines(n: int) -> Table:
    """Ruled lines to write on."""
    table = Table([[""] for _ in range(n)], colWidths=[WIDTH], rowHeights=[1.1 * cm] * n)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, LINE)]))
    return table


def _photo(data: bytes, width: float = 12 * cm, height: float = 12 * cm) -> Image | None:
    """A picture as large as fits ``width`` by ``height`` (None when unreadable)."""
    try:
        reader = ImageReader(io.BytesIO(data))
        pixels_wide, pixels_high = reader.getSize()
    except Exception:
        return None
    scale = min(width / pixels_wide, height / pixels_high)
    return Image(io.BytesIO(data), width=pixels_wide * scale, height=pixels_high * scale)


def story(data: BookData, font: FontChoice) -> list[Any]:
    w = Words(data.lang)
    st = _styles(font)
    child = data.child
    out: list[Any] = [
        Spacer(1, 2.5 * cm),
        _p(w("title", name=child.given_name), st["title"]),
        Spacer(1, 10),
        _p(w("subtitle"), st["subtitle"]),
        Spacer(1, 1.2 * cm),
    ]
    photo = _photo(data.photo, min(WIDTH, 12 * cm), min(WIDTH, 12 * cm)) if data.photo else None
    if photo is not None:
        out += [photo, Spacer(1, 1 * cm)]
    out += [_p(w("made_on", date=w.date(data.made_on)), st["small"]), PageBreak()]

    out.append(_p(w("first_days"), st["h1"]))
    came = (
        w("came", date=w.date(child.placement_start), household=data.household)
        if data.household
        else w("came_no_name", date=w.date(child.placement_start))
    )
    out += [_p(came, st["body"]), Spacer(1, 16)]
    out += [_moment(m, st, w) for m in data.first_days]
    out.append(PageBreak())

    out.append(_p(w("people"), st["h1"]))
    if data.family:
        out.append(_p(w("my_family"), st["h2"]))
        out += [_person(s, st) for s in data.family]
    if data.siblings:
        out.append(_p(w("my_brothers_sisters"), st["h2"]))
        out += [_person(s, st) for s in data.siblings]
    if data.caregivers:
        out.append(_p(w("my_caregivers"), st["h2"]))
        out += [_p(name, st["body"]) for name in data.caregivers]
    out += [_p(w("friends"), st["h2"]), _p(w("friends_hint"), st["hint"]), _lines(4)]
    out.append(PageBreak())

    out.append(_p(w("places"), st["h1"]))
    if data.household:
        if child.placement_end is not None:
            start, end = w.date(child.placement_start), w.date(child.placement_end)
            text = w("place_from_to", household=data.household, start=start, end=end)
        else:
            text = w("place_since", household=data.household, date=w.date(child.placement_start))
        out.append(_card([_p(text, st["body"])]))
    out.append(_lines(6))
    out.append(PageBreak())

    out.append(_p(w("learned"), st["h1"]))
    out += [_learned(x, st, w) for x in data.learned]
    if data.skills:
        out.append(_p(w("learned_living"), st["h2"]))
        out += [_learned(x, st, w) for x in data.skills]
    if not data.learned and not data.skills:
        out.append(_p(w("learned_none"), st["hint"]))
    out.append(PageBreak())

    if data.moments:
        out.append(_p(w("moments"), st["h1"]))
        for year, moments in data.moments.items():
            out.append(_p(w("year", year=year), st["h2"]))
            out += [_moment(m, st, w) for m in moments]
        out.append(PageBreak())

    out.append(_p(w("my_words"), st["h1"]))
    for m in data.own_words:
        rows: list[Any] = [_p(w.date(m.day), st["date"])]
        if m.text:
            rows.append(_p(m.text, st["h2"]))
        rows.append(_p(m.words, st["words"]))
        out.append(_card(rows))
    out += [_p(w("my_words_hint"), st["hint"]), _lines(8)]
    return out


def _page(canvas: Canvas, doc: Any, font: FontChoice) -> None:
    canvas.saveState()
    canvas.setFillColor(PAPER)
    canvas.rect(0, 0, A4[0], A4[1], stroke=0, fill=1)
    canvas.setFillColor(SOFT)
    canvas.circle(A4[0] - 1.2 * cm, A4[1] - 1.2 * cm, 2.4 * cm, stroke=0, fill=1)
    canvas.setFillColor(CARD)
    canvas.circle(0.8 * cm, 1.4 * cm, 1.8 * cm, stroke=0, fill=1)
    if doc.page > 1:
        canvas.setFillColor(ACCENT)
        canvas.circle(A4[0] / 2, 1.2 * cm, 0.45 * cm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(font.bold, 11)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm - 4, str(doc.page))
    canvas.restoreState()


def render(data: BookData) -> tuple[bytes, int]:
    """The book as PDF bytes, and its number of pages (in memory: nothing on disk)."""
    font = report_font()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=Words(data.lang)("title", name=data.child.given_name),
        author="Thuisboek",
        lang=data.lang,
    )

    def page(canvas: Canvas, d: Any) -> None:
        _page(canvas, d, font)

    doc.build(story(data, font), onFirstPage=page, onLaterPages=page)
    return buffer.getvalue(), int(doc.page)
