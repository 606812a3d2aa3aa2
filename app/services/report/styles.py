"""The look of the report: page margins, greys that print well in black and
white, and the paragraph styles, all in the report's font."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import cm  # type: ignore[import-untyped]

from app.services.report.fonts import FontChoice

MARGIN = 2 * cm
RULE = colors.Color(0.6, 0.6, 0.6)
SHADE = colors.Color(0.92, 0.92, 0.92)


def esc(text: str) -> str:
    """A record's text, safe inside paragraph markup (line breaks kept)."""
    return escape(text.strip()).replace("\n", "<br/>")


def outlined(flowable: Any, title: str, level: int) -> Any:
    """Mark a heading for the PDF's outline (bookmarks)."""
    flowable._outline = (title, level)
    return flowable


class Styles:
    def __init__(self, font: FontChoice) -> None:
        base = ParagraphStyle("body", fontName=font.regular, fontSize=9.5, leading=12.5)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8.5, leading=11)
        self.note = ParagraphStyle("note", self.small, fontName=font.italic, spaceBefore=6)
        self.title = ParagraphStyle("title", base, fontName=font.bold, fontSize=22, leading=28)
        self.name = ParagraphStyle(
            "name", base, fontName=font.bold, fontSize=26, leading=32, spaceBefore=36
        )
        self.h1 = ParagraphStyle(
            "h1",
            base,
            fontName=font.bold,
            fontSize=15,
            leading=19,
            spaceBefore=14,
            spaceAfter=8,
            keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "h2",
            base,
            fontName=font.bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        )
        self.month = ParagraphStyle(
            "month", self.h2, fontSize=13, leading=17, spaceBefore=14, spaceAfter=2, keepWithNext=0
        )
        self.day = ParagraphStyle(
            "day",
            base,
            fontName=font.bold,
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=2,
            backColor=SHADE,
            borderPadding=(2, 3, 2, 3),
        )
        self.head = ParagraphStyle("head", base, spaceBefore=4, spaceAfter=1)
        self.field = ParagraphStyle("field", base, leftIndent=10)
        self.incident = ParagraphStyle(
            "incident",
            base,
            fontName=font.bold,
            leftIndent=10,
            borderWidth=1,
            borderColor=colors.black,
            borderPadding=(2, 3, 2, 3),
            spaceBefore=2,
            spaceAfter=4,
        )
        # Amendments in a thin box, reviews on a grey ground: told apart in black and white.
        self.amendment = ParagraphStyle(
            "amendment",
            base,
            leftIndent=24,
            rightIndent=4,
            borderWidth=0.7,
            borderColor=colors.black,
            borderPadding=(3, 4, 3, 4),
            spaceBefore=7,
            spaceAfter=5,
        )
        self.review = ParagraphStyle(
            "review",
            base,
            leftIndent=24,
            rightIndent=4,
            backColor=SHADE,
            borderPadding=(3, 4, 3, 4),
            spaceBefore=7,
            spaceAfter=5,
        )
        self.answer = ParagraphStyle("answer", self.review, leftIndent=40, spaceBefore=4)
        self.cell = ParagraphStyle("cell", base, fontSize=9, leading=11.5)
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=font.bold)
        self.cell_right = ParagraphStyle("cell_right", self.cell, alignment=TA_RIGHT)
        self.head_cell = ParagraphStyle("head_cell", self.cell_bold, fontSize=8.5, leading=10.5)
        self.head_cell_right = ParagraphStyle("head_cell_right", self.head_cell, alignment=TA_RIGHT)
        self.notice = ParagraphStyle(
            "notice",
            base,
            fontSize=9,
            leading=12,
            borderWidth=1,
            borderColor=colors.black,
            borderPadding=8,
            leftIndent=8,
            rightIndent=8,
            spaceBefore=40,
        )
