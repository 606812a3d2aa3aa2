"""``thuisboek report``, run as a supervisor or a script would run it, on a demo profile."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.records import Child, DailyLog
from app.services import profile
from app.storage import records
from tests.conftest import PASSPHRASE
from tests.ui.conftest import _compiled_translations  # noqa: F401  (the .qm the CLI speaks with)

ROOT = Path(__file__).resolve().parents[2]
TO = date.today()
FROM = TO - timedelta(days=29)


def thuisboek(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "THUISBOEK_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, cwd=ROOT,
        stdin=subprocess.DEVNULL, timeout=300,
    )  # fmt: skip


def report(
    demo: Path, out: Path, *extra: str, child: str = "Louise Maes"
) -> subprocess.CompletedProcess[str]:
    return thuisboek(
        "report", "--profile", str(demo), "--child", child,
        "--from", FROM.isoformat(), "--to", TO.isoformat(), "--out", str(out), *extra,
    )  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("report-cli") / "demo"
    result = thuisboek("demo", "--profile", str(target))
    assert result.returncode == 0, result.stderr
    return target


def days_logged(demo: Path, given_name: str) -> int:
    """The days with a daily log in the period, counted straight from the store."""
    book = profile.unlock(demo, PASSPHRASE)
    try:
        with book.store.read() as session:
            kids = records.list_kind(session, Child.kind)
            kid = next(k for k in kids if isinstance(k, Child) and k.given_name == given_name)
            logs = records.for_child(session, kid.id, [DailyLog.kind], since=FROM)
    finally:
        book.close()
    return len({log.date for log in logs if isinstance(log, DailyLog) and log.date <= TO})


def texts(pdf: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]


def test_a_french_report_of_a_demo_child(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "louise.pdf"
    result = report(demo, out, "--lang", "fr")
    assert result.returncode == 0, result.stderr
    pages = texts(out)
    # --lang fr: the command speaks French too.
    assert f"Rapport de Louise Maes écrit dans {out} ({len(pages)} pages)" in result.stdout
    assert len(pages) > 3
    for number, text in enumerate(pages, 1):
        assert "CONFIDENTIEL" in text and "Louise Maes" in text
        assert f"Page {number} sur {len(pages)}" in text
    days = days_logged(demo, "Louise")
    assert days > 0
    assert f"Jours avec un journal {days} sur 30 jours" in pages[1]
    assert "Simba-gezin Verhulst" in pages[0] and "An en Koen Verhulst" in pages[0]
    assert "Contacts avec la famille" in pages[1] and "Graphiques" in " ".join(pages)


def test_the_language_is_the_apps_unless_given(demo: Path, tmp_path: Path) -> None:
    dutch = tmp_path / "nl.pdf"
    assert report(demo, dutch, child="Noor").returncode == 0
    assert "VERTROUWELIJK" in texts(dutch)[0] and "Noor Maes" in texts(dutch)[0]
    # The app keeps its language in its settings file, beside the profiles.
    settings = Path(os.environ["THUISBOEK_HOME"]) / "settings.ini"
    settings.write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    english = tmp_path / "en.pdf"
    assert report(demo, english, child="Noor").returncode == 0
    assert "CONFIDENTIAL" in texts(english)[0]
    french = tmp_path / "fr.pdf"
    assert report(demo, french, "--lang", "fr", child="Noor").returncode == 0
    assert "CONFIDENTIEL" in texts(french)[0]


def test_mistakes_are_told_plainly_and_leave_no_file(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    unknown = report(demo, out, child="Nobody Here")
    assert unknown.returncode == 1 and "No child" in unknown.stderr
    backwards = thuisboek(
        "report", "--profile", str(demo), "--child", "Louise",
        "--from", TO.isoformat(), "--to", FROM.isoformat(), "--out", str(out),
    )  # fmt: skip
    assert backwards.returncode == 1 and "starts" in backwards.stderr
    not_a_date = thuisboek(
        "report", "--profile", str(demo), "--child", "Louise",
        "--from", "2026-13-01", "--to", TO.isoformat(), "--out", str(out),
    )  # fmt: skip
    assert not_a_date.returncode == 2 and "not a date" in not_a_date.stderr
    nowhere = report(demo, tmp_path / "missing" / "r.pdf")
    assert nowhere.returncode == 1 and "cannot be written" in nowhere.stderr
    for result in (unknown, backwards, not_a_date, nowhere):
        assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []
