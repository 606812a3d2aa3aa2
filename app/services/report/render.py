"""The report laid out as a PDF with reportlab's platypus.

A cover, a summary, the charts, then the entries day by day (``entries``).
Every page carries "confidential", the child's name, the period and "page X
of Y": the pages are kept until the document is complete and then numbered
(``_NumberedCanvas``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import cm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.vocabulary import Severity
from app.services.report.care import care_flowables
from app.services.report.charts import all_charts
from app.services.report.data import ReportData
from app.services.report.entries import Words, entry_flowables
from app.services.report.fonts import FontChoice, report_font
from app.services.report.progress import Progress
from app.services.report.styles import MARGIN, RULE, Styles, esc, outlined
from app.services.report.texts import Texts

# Pages -----------------------------------------------------------------------------


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps each page until the end, then draws header and footer knowing the
    number of pages. Bookmarks wait too: a page only gets its place in the PDF
    when it is really shown."""

    def __init__(self, *args: Any, decorate: Callable[[Any, int, int], None], **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._kept: list[dict[str, Any]] = []
        self._marks: dict[int, list[tuple[str, int, float]]] = {}
        self._decorate = decorate

    def mark(self, title: str, level: int, top: float) -> None:
        """An outline entry for the page being made, pointing at ``top``."""
        self._marks.setdefault(len(self._kept) + 1, []).append((title, level, top))

    def showPage(self) -> None:
        self._kept.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._kept)
        for number, state in enumerate(self._kept, 1):
            self.__dict__.update(state)
            for index, (title, level, top) in enumerate(self._marks.get(number, ())):
                key = f"p{number}m{index}"
                self.bookmarkHorizontalAbsolute(key, top)
                self.addOutlineEntry(title, key, level=level, closed=level > 0)
            self._decorate(self, number, pages)
            super().showPage()
        super().save()


class _Document(BaseDocTemplate):  # type: ignore[misc]
    """Counts the entries laid out and files the outline (PDF bookmarks)."""

    def __init__(self, target: str, progress: Progress, **kw: Any) -> None:
        super().__init__(target, **kw)
        self._progress = progress
        frame = Frame(
            MARGIN,
            MARGIN,
            A4[0] - 2 * MARGIN,
            A4[1] - 2 * MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def afterFlowable(self, flowable: Any) -> None:
        outline = getattr(flowable, "_outline", None)
        if outline is not None:
            title, level = outline
            self.canv.mark(title, level, self.frame._y + getattr(flowable, "height", 0) + 12)
        if getattr(flowable, "_entry", False):
            self._progress.tick()


def _decorate(
    canvas: Any, number: int, pages: int, *, t: Texts, font: FontChoice, name: str, period: str
) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    top = height - MARGIN + 0.55 * cm
    canvas.setFont(font.bold, 9)
    canvas.drawString(MARGIN, top, t("confidential"))
    canvas.setFont(font.regular, 9)
    canvas.drawRightString(width - MARGIN, top, name)
    canvas.line(MARGIN, top - 0.2 * cm, width - MARGIN, top - 0.2 * cm)
    bottom = MARGIN - 0.8 * cm
    canvas.line(MARGIN, bottom + 0.35 * cm, width - MARGIN, bottom + 0.35 * cm)
    canvas.setFont(font.regular, 8)
    canvas.drawString(MARGIN, bottom, t("footer", period=period))
    canvas.setFont(font.bold, 8)
    canvas.drawRightString(width - MARGIN, bottom, t("page", page=number, pages=pages))
    canvas.restoreState()


# The parts of the report -----------------------------------------------------------


def _cover(data: ReportData, t: Texts, s: Styles) -> list[Any]:
    child = data.child
    rows = [
        (t("born"), t.date(child.date_of_birth)),
        (t("placed"), t.date(child.placement_start)),
    ]
    if child.placement_end is not None:
        rows.append((t("placement_ended"), t.date(child.placement_end)))
    household = data.household_name
    if data.household_kind is not None:
        household += f"\n{t.enum('household', data.household_kind)}"
    rows += [
        (t("household"), household),
        (t("period"), t.period(data.start, data.end)),
        (t("printed_by"), data.printed_by),
        (t("printed_on"), t.moment(data.printed_at)),
    ]
    table = Table(
        [[Paragraph(escape(k), s.cell_bold), Paragraph(esc(v), s.cell)] for k, v in rows],
        colWidths=[4.5 * cm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [
        Spacer(1, 2 * cm),
        Paragraph(escape(t("title")), s.title),
        Paragraph(esc(child.display_name()), s.name),
        Spacer(1, 0.8 * cm),
        table,
        Paragraph(
            f"<b>{escape(t('confidential'))}</b><br/>{escape(t('confidential_notice'))}", s.notice
        ),
        PageBreak(),
    ]


def _grid(rows: list[list[Any]], widths: Sequence[float | None], numeric_from: int) -> Table:
    table = Table(rows, colWidths=list(widths), hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _summary(data: ReportData, t: Texts, s: Styles, words: Words) -> list[Any]:
    out: list[Any] = [outlined(Paragraph(escape(t("summary")), s.h1), t("summary"), 0)]
    if data.empty:
        out.append(Paragraph(escape(t("empty", name=data.child.display_name())), s.body))
        return out
    summary = data.summary
    by = summary.incidents_by_severity
    incidents = str(summary.incidents)
    if summary.incidents:
        counts = [
            f"{by.get(level, 0)} {t.enum('severity', level)}"
            for level in (Severity.HIGH, Severity.MEDIUM, Severity.LOW)
            if by.get(level, 0)
        ]
        incidents += f" ({t('incidents_detail', counts=', '.join(counts))})"
    figures = [
        (t("days_logged"), t("days_of", days=summary.days_logged, total=summary.days_in_period)),
        (t("logs"), str(summary.logs)),
        (t("incidents"), incidents),
        (t("observations"), str(summary.observations)),
    ]
    table = Table(
        [[Paragraph(escape(k), s.cell_bold), Paragraph(escape(v), s.cell)] for k, v in figures],
        colWidths=[6 * cm, None],
        hAlign="LEFT",
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)]))
    out.append(table)

    out.append(Paragraph(escape(t("contacts")), s.h2))
    if summary.contacts:
        header = [t("relative"), t("relation"), t("held"), t("cancelled"), t("no_show")]
        header.append(t("planned"))
        rows: list[list[Any]] = [
            [
                Paragraph(escape(h), s.head_cell if i < 2 else s.head_cell_right)
                for i, h in enumerate(header)
            ]
        ]
        for r in summary.contacts:
            relation = t.enum("relation", r.relation) if r.relation is not None else ""
            rows.append(
                [
                    Paragraph(esc(r.name or t("removed")), s.cell),
                    Paragraph(escape(relation), s.cell),
                    *(
                        Paragraph(str(n), s.cell_right)
                        for n in (r.held, r.cancelled, r.no_show, r.planned)
                    ),
                ]
            )
        out.append(_grid(rows, [4.0 * cm, 3.0 * cm, *([2.5 * cm] * 4)], 2))
    else:
        out.append(Paragraph(escape(t("no_relatives")), s.body))

    out.append(Paragraph(escape(t("milestones_reached")), s.h2))
    if summary.milestones:
        rows = [[Paragraph(escape(h), s.cell_bold) for h in (t("date"), t("milestone"))]]
        for m in summary.milestones:
            rows.append(
                [
                    Paragraph(escape(t.date(m.day)), s.cell),
                    Paragraph(esc(words.milestone(m.item_id)), s.cell),
                ]
            )
        out.append(_grid(rows, [3.6 * cm, None], 9))
    else:
        out.append(Paragraph(escape(t("no_milestones")), s.body))
    out.append(Paragraph(escape(t("counting_note")), s.note))
    return out


def _charts(data: ReportData, t: Texts, s: Styles, font: FontChoice, width: float) -> list[Any]:
    charts = all_charts(data, t, font, width)
    if not charts:
        return []
    out: list[Any] = [
        CondPageBreak(8 * cm),
        outlined(Paragraph(escape(t("charts")), s.h1), t("charts"), 0),
    ]
    for chart in charts:
        out.append(KeepTogether([Paragraph(escape(chart.title), s.h2), chart.drawing]))
    return out


def write_pdf(data: ReportData, lang: str, target: Path, progress: Progress) -> int:
    """Write the report to ``target``; return its number of pages."""
    t = Texts(lang)
    font = report_font()
    styles = Styles(font)
    words = Words(data, t, styles)
    width = A4[0] - 2 * MARGIN
    name = data.child.display_name()
    period = t.period(data.start, data.end)
    story = _cover(data, t, styles)
    story += _summary(data, t, styles, words)
    story += _charts(data, t, styles, font, width)
    story += care_flowables(data.care, t, styles, _grid)
    story += entry_flowables(data, t, styles, words)

    pages = 0

    def decorate(canvas: Any, number: int, total: int) -> None:
        nonlocal pages
        pages = total
        if number == 1:
            progress.laid_out()
        _decorate(canvas, number, total, t=t, font=font, name=name, period=period)
        progress.writing(number, total)

    doc = _Document(
        str(target),
        progress,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{t('title')} · {name}",
        author=data.printed_by,
        subject=period,
        creator="Thuisboek",
    )
    doc.build(story, canvasmaker=functools.partial(_NumberedCanvas, decorate=decorate))
    return pages
