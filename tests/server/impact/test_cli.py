"""``thuisboek-server demo`` and ``impact``, run as the administrator would run them."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest
from sqlmodel import select

from app.domain.records import parse_record
from app.server.cli import main
from app.server.core.clock import latest_today, now_utc
from app.server.core.db import make_engine, new_session
from app.server.services.demo_office import FAMILY, GIVEN, PATTERN
from app.server.tables import AuditLogRow, RecordRow


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("office")
    assert main(["--data", str(data), "demo"]) == 0
    return data


def test_demo_office(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    engine = make_engine(f"sqlite:///{office / 'server.db'}")
    with new_session(engine) as session:
        rows = session.exec(select(RecordRow.kind, RecordRow.content)).all()
    engine.dispose()
    kinds = {kind for kind, _ in rows}
    assert {"household", "child", "relative", "contact_note", "daily_log",
            "milestone_observation", "wellbeing_check"} <= kinds  # fmt: skip
    records = [parse_record(kind, content) for kind, content in rows]
    today = latest_today(now_utc())
    assert not [r for r in records if r.problems(today)]  # every record valid as pushed
    with pytest.raises(SystemExit, match="empty"):
        main(["--data", str(office), "demo"])  # a second office in the same database


def test_impact_on_the_demo_office(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    started = time.perf_counter()
    code, out, _ = run(capsys, "--data", str(office), "impact", "--json")
    assert time.perf_counter() - started < 2
    assert code == 0
    report = json.loads(out)
    assert report["programmes"] == ["all", "simba", "village_family", "minors_house"]
    figures = report["figures"]
    keys = {f["figure"].split(".")[0] for f in figures}
    assert keys == {"siblings", "birth_family", "return_home", "development", "wellbeing",
                    "stability"}  # fmt: skip
    for f in figures:
        assert f["from"] == report["from"] and f["to"] == report["to"] and f["definition"]
        for name in ("denominator", "coverage", "coverage_of"):
            value = f[name]
            assert value == "< 5" or (isinstance(value, int) and value % 5 == 0)
    closed = next(
        f for f in figures
        if f["figure"] == "return_home.placements_closed" and f["programme"] == "all"
    )  # fmt: skip
    # Every placement the demo office closed says where the child went.
    assert closed["coverage"] == closed["coverage_of"] and closed["coverage_of"] not in (0, "< 5")
    words = (*GIVEN, *FAMILY, *(name for _, name in PATTERN), "Caregiver", "Parent")
    assert not [w for w in words if w in out]

    code, out, _ = run(capsys, "--data", str(office), "impact", "--csv", "--programme", "simba",
                       "--from", "2020-01-01", "--to", "2099-12-31")  # fmt: skip
    table = list(csv.DictReader(io.StringIO(out)))
    assert table and {r["programme"] for r in table} == {"simba"}
    assert {r["to"] for r in table} == {"2099-12-31"}

    code, out, _ = run(capsys, "--data", str(office), "impact")
    assert "siblings.placed_together" in out and "coverage" in out and "< 5" in out

    engine = make_engine(f"sqlite:///{office / 'server.db'}")
    with new_session(engine) as session:
        noted = session.exec(select(AuditLogRow.detail).where(AuditLogRow.action == "impact"))
        assert len(noted.all()) == 3
    engine.dispose()


def test_impact_refuses_a_period_backwards(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit, match="before"):
        main(["--data", str(office), "impact", "--from", "2026-02-01", "--to", "2026-01-01"])


@pytest.mark.parametrize(
    ("lang", "title", "definitions"),
    [("nl", "Zorgcijfers", "Definities en grenzen"), ("fr", "Chiffres de l", "Définitions"),
     ("en", "Care figures", "Definitions and limits")],
)  # fmt: skip
def test_care_figures_pdf(
    office: Path, tmp_path: Path, lang: str, title: str, definitions: str
) -> None:
    from pypdf import PdfReader

    target = tmp_path / f"care-{lang}.pdf"
    year = now_utc().year
    assert main(["--data", str(office), "impact", "--year", str(year), "--pdf", str(target),
                 "--lang", lang]) == 0  # fmt: skip
    assert target.stat().st_mode & 0o077 == 0
    reader = PdfReader(str(target))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert f"{title}" in text and str(year) in text
    assert definitions in reader.pages[-1].extract_text()
    assert "< 5" in text
    words = (*GIVEN, *FAMILY, *(name for _, name in PATTERN))
    assert not [w for w in words if w in text]
