""" "My file" laid out with reportlab in the book's colours and paper, in a
smaller, factual type: a cover that says what the file is and is not, "About
me", then one part per received kind. Pure: ``FileData`` in, PDF bytes out."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import cm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.services.lifebook.render import ACCENT, CARD, INK, MARGIN, TITLE, WIDTH, _card, _page
from app.services.report.fonts import FontChoice, report_font
from app.services.report.styles import esc
from app.services.young_export.data import FileData, Item, Line
from app.services.young_export.texts import FileWords


def _styles(font: FontChoice) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font.regular, fontSize=11.5, leading=16, textColor=INK)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=font.bold, fontSize=36,
                                leading=44, textColor=TITLE),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=17, leading=24,
                                   textColor=ACCENT),
        "intro": ParagraphStyle("intro", parent=base, fontSize=13.5, leading=20),
        "hint": ParagraphStyle("hint", parent=base, fontName=font.italic, fontSize=12.5,
                               leading=18),
        "h1": ParagraphStyle("h1", parent=base, fontName=font.bold, fontSize=24, leading=30,
                             textColor=TITLE, spaceBefore=10, spaceAfter=12, keepWithNext=1),
        "item": ParagraphStyle("item", parent=base, fontName=font.bold, fontSize=12, leading=16,
                               textColor=ACCENT, spaceBefore=8, keepWithNext=1),
        "line": ParagraphStyle("line", parent=base, leftIndent=12),
        "label": ParagraphStyle("label", parent=base, fontName=font.bold),
    }  # fmt: skip


def _line(line: Line, st: dict[str, ParagraphStyle], w: FileWords) -> Paragraph:
    return Paragraph(f"<b>{escape(w.colon(line.label))}</b> {esc(line.value)}", st["line"])


def _item(item: Item, st: dict[str, ParagraphStyle], w: FileWords) -> Any:
    flow: list[Any] = []
    if item.title:
        flow.append(Paragraph(esc(item.title), st["item"]))
    flow += [_line(x, st, w) for x in item.lines]
    return KeepTogether(flow)


def _about(lines: list[Line], st: dict[str, ParagraphStyle], w: FileWords) -> Table:
    rows = [[Paragraph(esc(w.colon(x.label)), st["label"]), Paragraph(esc(x.value), st["body"])]
            for x in lines]  # fmt: skip
    table = Table(rows, colWidths=[WIDTH * 0.36, WIDTH * 0.64])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), CARD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))  # fmt: skip
    return table


def story(data: FileData, font: FontChoice) -> list[Any]:
    w = FileWords(data.lang)
    st = _styles(font)
    name = data.child.display_name()
    subtitle = (w("subtitle", name=name, household=data.household) if data.household
                else w("subtitle_no_name", name=name))  # fmt: skip
    out: list[Any] = [
        Spacer(1, 2 * cm),
        Paragraph(esc(w("title")), st["title"]),
        Spacer(1, 6),
        Paragraph(esc(subtitle), st["subtitle"]),
        Spacer(1, 1.2 * cm),
        _card([Paragraph(esc(w("intro")), st["intro"])]),
        Spacer(1, 8),
        Paragraph(esc(w("not_all")), st["hint"]),
        Spacer(1, 1 * cm),
        Paragraph(esc(w("made_on", date=w.date(data.made_on))), st["body"]),
        PageBreak(),
        Paragraph(esc(w("about")), st["h1"]),
        _about(data.about, st, w),
    ]
    for section in data.sections:
        out.append(Spacer(1, 0.6 * cm) if len(section.items) < 12 else PageBreak())
        out.append(Paragraph(esc(section.heading), st["h1"]))
        if not section.items:
            out.append(Paragraph(esc(w("nothing")), st["hint"]))
        out += [_item(i, st, w) for i in section.items]
    if data.attachments:
        out += [PageBreak(), Paragraph(esc(w("attachments")), st["h1"])]
        out += [Paragraph(esc(a.name), st["line"]) for a in data.attachments]
    return out


def render(data: FileData) -> tuple[bytes, int]:
    """ "My file" as PDF bytes and its number of pages (in memory: nothing on disk)."""
    font = report_font()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{FileWords(data.lang)('title')} · {data.child.display_name()}",
        author="Thuisboek",
        lang=data.lang,
    )

    def page(canvas: Canvas, d: Any) -> None:
        _page(canvas, d, font)

    doc.build(story(data, font), onFirstPage=page, onLaterPages=page)
    return buffer.getvalue(), int(doc.page)
