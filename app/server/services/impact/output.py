"""The figures as text: a table for the terminal, JSON and CSV.

Each row states its programme, its period and its definition; counts appear as
``privacy`` shows them ("< 5" for a suppressed one)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from app.server.services.impact import Figure, Report

COLUMNS = (
    "programme", "from", "to", "figure", "unit", "numerator", "denominator", "share_percent",
    "value", "coverage", "coverage_of", "definition",
)  # fmt: skip


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def row(figure: Figure) -> dict[str, Any]:
    return {
        "programme": figure.programme,
        "from": figure.start.isoformat(),
        "to": figure.end.isoformat(),
        "figure": figure.key,
        "unit": figure.unit,
        "numerator": None if figure.numerator is None else figure.numerator.as_json(),
        "denominator": figure.denominator.as_json(),
        "share_percent": figure.share,
        "value": figure.value,
        "coverage": figure.covered.as_json(),
        "coverage_of": figure.of.as_json(),
        "definition": figure.definition,
    }


def as_json(report: Report) -> str:
    return json.dumps(
        {
            "from": report.start.isoformat(),
            "to": report.end.isoformat(),
            "programmes": list(report.programmes),
            "figures": [row(f) for f in report.figures],
        },
        ensure_ascii=False,
        indent=1,
    )


def as_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for figure in report.figures:
        writer.writerow({k: _cell(v) for k, v in row(figure).items()})
    return out.getvalue()


def as_text(report: Report) -> str:
    """One line per figure: what it counts, n of N (share), and the coverage."""
    lines = [f"Care figures {report.start.isoformat()} to {report.end.isoformat()}"]
    definitions: dict[str, str] = {}  # each definition, and the first figure it defines
    for programme in report.programmes:
        lines += ["", f"[{programme}]"]
        for f in report.figures:
            if f.programme != programme:
                continue
            definitions.setdefault(f.definition, f.key)
            if f.numerator is None and f.covered.shown == 0:
                figure = "not on record"
            elif f.numerator is None:
                value = "-" if f.value is None else f"{f.value:g}"
                figure = f"median {value} {f.unit}"
            else:
                pct = "" if f.share is None else f" ({f.share:.0f} %)"
                figure = f"{f.numerator} of {f.denominator} {f.unit}{pct}"
            lines.append(f"  {f.key:<48} {figure:<34} coverage {f.covered} of {f.of}")
    lines += ["", "Definitions"]
    lines += [f"  {key}: {text}" for text, key in definitions.items() if text]
    lines += [
        "",
        'Counts are rounded to the nearest 5; a count from 1 to 4 shows as "< 5"; shares '
        "are worked out from the rounded counts. A median shows only when 5 or more "
        "children give it.",
    ]
    return "\n".join(lines)
