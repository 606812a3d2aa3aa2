"""The yearly "Care figures" report as a PDF (reportlab), in Dutch, French or English.

It shows only what a ``Report`` holds: protected counts, their coverage, the
period and the definitions, with charts of the shares per programme and of the
well-being ratings. Built-in Helvetica suffices: the report holds no name, only
words of these three languages and figures."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from io import BytesIO
from typing import Any

from reportlab.graphics.charts.barcharts import (  # type: ignore[import-untyped]
    HorizontalBarChart,
)
from reportlab.graphics.charts.legends import Legend  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.vocabulary import WellbeingDimension
from app.server.services.impact import ALL, Figure, Report
from app.server.services.impact.texts import definition, name, words

SECTIONS = ("siblings", "birth_family", "return_home", "development", "wellbeing", "stability")
# The figures whose shares the first chart compares between programmes.
SHARE_KEYS = (
    "siblings.placed_together",
    "siblings.apart_contact_last_30_days",
    "birth_family.held_every_month",
    "development.cdc",
)
RATING_COLOURS = ("#c0392b", "#e67e22", "#7fb3d5", "#1f618d", "#bbbbbb")
PROGRAMME_COLOURS = ("#34495e", "#16a085", "#d68910", "#8e44ad", "#7f8c8d")
WIDTH = A4[0] - 36 * mm


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName="Helvetica", fontSize=9,
                          leading=12)  # fmt: skip
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontName="Helvetica-Bold"),
        "h2": ParagraphStyle(
            "h2", parent=base["Heading2"], fontName="Helvetica-Bold", spaceBefore=8
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
    }


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cell(figure: Figure, w: dict[str, str]) -> str:
    """n of N (share %), or the median; then the coverage."""
    if figure.numerator is None:
        if figure.of.shown == 0:
            main = "\u2013"
        elif figure.covered.shown == 0:
            main = w["not_on_record"]
        else:
            main = w["median"].format(v="-" if figure.value is None else f"{figure.value:g}")
    else:
        main = w["of"].format(n=figure.numerator, d=figure.denominator)
        if figure.share is not None:
            main += f" ({figure.share:.0f} %)"
    cover = w["of"].format(n=figure.covered, d=figure.of)
    return f"{_esc(main)}<br/><font size=7 color='#666666'>{w['col.coverage']} {_esc(cover)}</font>"


def _label(key: str, lang: str, w: dict[str, str]) -> str:
    """The row's name: the family's name and what this row counts of it."""
    base = name(key, lang)
    parts = key.split(".")
    last = parts[-1]
    if parts[0] == "birth_family" and parts[1] == "contacts":
        return f"{base}: {w.get('status.' + last, last)}"
    if parts[0] == "birth_family" and parts[1] == "cancelled_by":
        return f"{base}: {w.get('who.' + last, last)}"
    if parts[0] == "return_home" and parts[1] == "outcome":
        return f"{base}: {w.get('outcome.' + last, last)}"
    return base


def _table(rows: list[list[Any]], widths: Sequence[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f4f6f7")]),
    ]))  # fmt: skip
    return table


def _by(report: Report) -> dict[tuple[str, str], Figure]:
    return {(f.programme, f.key): f for f in report.figures}


def _section(report: Report, section: str, lang: str, st: dict[str, ParagraphStyle]) -> list[Any]:
    w = words(lang)
    found = _by(report)
    keys = list(dict.fromkeys(f.key for f in report.figures if f.key.startswith(section + ".")))
    if section == "wellbeing":
        keys = [k for k in keys if k == "wellbeing.checked"]
    programmes = list(report.programmes)
    label_width = WIDTH * 0.34
    column = (WIDTH - label_width) / max(len(programmes), 1)
    head = [Paragraph(f"<b>{_esc(w['col.figure'])}</b>", st["cell"])] + [
        Paragraph(f"<b>{_esc(w.get('programme.' + p, p))}</b>", st["cell"]) for p in programmes
    ]
    rows: list[list[Any]] = [head]
    for key in keys:
        row: list[Any] = [Paragraph(_esc(_label(key, lang, w)), st["cell"])]
        for p in programmes:
            figure = found.get((p, key))
            row.append(Paragraph(_cell(figure, w), st["cell"]) if figure else "")
        rows.append(row)
    return [Paragraph(_esc(w["section." + section]), st["h2"]),
            _table(rows, [label_width] + [column] * len(programmes))]  # fmt: skip


def _shares_chart(report: Report, lang: str) -> Drawing | None:
    w = words(lang)
    found = _by(report)
    programmes = list(report.programmes)
    data: list[list[float]] = []
    for p in programmes:
        data.append([(found[(p, k)].share or 0.0) if (p, k) in found else 0.0
                     for k in SHARE_KEYS])  # fmt: skip
    if not any(any(row) for row in data):
        return None
    height = 40 + 26 * len(SHARE_KEYS) * max(1, len(programmes)) // 2
    drawing = Drawing(WIDTH, height + 34)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 190, 10, WIDTH - 200, height - 10
    chart.data = data
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.categoryAxis.categoryNames = [_short(name(k, lang)) for k in SHARE_KEYS]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.bars.strokeWidth = 0
    for i in range(len(programmes)):
        chart.bars[i].fillColor = colors.HexColor(PROGRAMME_COLOURS[i % len(PROGRAMME_COLOURS)])
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 0, height + 12
    legend.fontName, legend.fontSize = "Helvetica", 7
    legend.alignment, legend.columnMaximum, legend.dx, legend.dy = "right", 1, 6, 6
    legend.deltax = WIDTH / max(len(programmes), 1)
    legend.colorNamePairs = [
        (colors.HexColor(PROGRAMME_COLOURS[i % len(PROGRAMME_COLOURS)]), w.get("programme." + p, p))
        for i, p in enumerate(programmes)
    ]
    drawing.add(legend)
    drawing.add(String(0, height + 24, w["chart.shares"], fontName="Helvetica-Bold", fontSize=8))
    return drawing


def _short(text: str, limit: int = 46) -> str:
    text = text.lstrip(". ")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _wellbeing_chart(report: Report, lang: str) -> Drawing | None:
    """Per dimension, all programmes: children by their latest rating (rounded counts;
    a suppressed count draws as nothing)."""
    w = words(lang)
    found = _by(report)
    values = ("1", "2", "3", "4", "not_applicable")
    data = [
        [float(found[(ALL, f"wellbeing.{d.value}.rating_{v}")].numerator.shown or 0)  # type: ignore[union-attr]
         if (ALL, f"wellbeing.{d.value}.rating_{v}") in found else 0.0
         for d in WellbeingDimension]
        for v in values
    ]  # fmt: skip
    if not any(any(row) for row in data):
        return None
    height = 200
    drawing = Drawing(WIDTH, height + 40)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 10, WIDTH - 160, height - 10
    chart.data = data
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [w["dim." + d.value] for d in WellbeingDimension]
    chart.categoryAxis.reverseDirection = True
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.bars.strokeWidth = 0
    for i, colour in enumerate(RATING_COLOURS):
        chart.bars[i].fillColor = colors.HexColor(colour)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 0, height + 18
    legend.fontName, legend.fontSize = "Helvetica", 6.5
    legend.alignment, legend.columnMaximum, legend.dx, legend.dy = "right", 1, 6, 6
    legend.deltax = WIDTH / len(values)
    legend.colorNamePairs = [
        (colors.HexColor(c), w["rating." + v]) for c, v in zip(RATING_COLOURS, values, strict=True)
    ]
    drawing.add(legend)
    drawing.add(String(0, height + 30, w["chart.wellbeing"], fontName="Helvetica-Bold",
                       fontSize=8))  # fmt: skip
    return drawing


def _wellbeing_table(report: Report, lang: str, st: dict[str, ParagraphStyle]) -> Table:
    """All programmes, per dimension: the latest ratings and the change first to latest."""
    w = words(lang)
    found = _by(report)
    cols = [("rating_" + v, v) for v in ("1", "2", "3", "4")]
    cols.append(("rating_not_applicable", w["rating.not_applicable"]))
    cols += [("change_" + c, w["change." + c]) for c in ("better", "same", "worse")]
    head = [""] + [Paragraph(f"<b>{_esc(t)}</b>", st["small"]) for _k, t in cols]
    rows: list[list[Any]] = [head]
    for d in WellbeingDimension:
        row: list[Any] = [Paragraph(_esc(w["dim." + d.value]), st["small"])]
        for suffix, _t in cols:
            f = found.get((ALL, f"wellbeing.{d.value}.{suffix}"))
            row.append(Paragraph(_cell(f, w), st["small"]) if f else "")
        rows.append(row)
    first = WIDTH * 0.2
    return _table(rows, [first] + [(WIDTH - first) / len(cols)] * len(cols))


def _definitions(report: Report, lang: str, st: dict[str, ParagraphStyle]) -> list[Any]:
    w = words(lang)
    out: list[Any] = [Paragraph(_esc(w["definitions"]), st["h2"])]
    seen: set[str] = set()
    for figure in report.figures:
        text = definition(figure.key, figure.definition, lang)
        if text in seen:
            continue
        seen.add(text)
        label = name(figure.key, lang).lstrip(". ")
        label = label[:1].upper() + label[1:]
        if figure.key.startswith("wellbeing.") and figure.key != "wellbeing.checked":
            label = w["section.wellbeing"] + (
                ": " + w["change.better"] + " / " + w["change.same"] + " / " + w["change.worse"]
                if ".change_" in figure.key
                else ""
            )
        out.append(Paragraph(f"<b>{_esc(label)}</b>. {_esc(text)}", st["small"]))
        out.append(Spacer(1, 3))
    out += [Spacer(1, 6), Paragraph(_esc(w["limits"]), st["body"])]
    return out


def render(report: Report, lang: str) -> bytes:
    """The report as PDF bytes."""
    st = _styles()
    w = words(lang)
    buffer = BytesIO()
    year = report.end.year if report.start.year == report.end.year else (
        f"{report.start.year}\u2013{report.end.year}")  # fmt: skip

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(18 * mm, 10 * mm, w["title"].format(year=year))
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, w["page"].format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm,
                            title=w["title"].format(year=year), author="Thuisboek")  # fmt: skip
    story: list[Any] = [
        Paragraph(_esc(w["title"].format(year=year)), st["title"]),
        Paragraph(
            _esc(w["period"].format(start=_day(report.start, lang), end=_day(report.end, lang))),
            st["body"],
        ),
        Spacer(1, 4),
        Paragraph(_esc(w["intro"]), st["body"]),
        Spacer(1, 8),
    ]
    chart = _shares_chart(report, lang)
    if chart is not None:
        story.append(chart)
    for section in SECTIONS:
        story.append(KeepTogether(_section(report, section, lang, st)))
        if section == "wellbeing" and ALL in report.programmes:
            picture = _wellbeing_chart(report, lang)
            if picture is not None:
                story += [Spacer(1, 6), picture]
            story += [Spacer(1, 6), _wellbeing_table(report, lang, st)]
    story += [PageBreak(), *_definitions(report, lang, st)]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _day(day: date, lang: str) -> str:
    return day.strftime("%d-%m-%Y") if lang in ("nl", "fr") else day.isoformat()
