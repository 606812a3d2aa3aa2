"""``thuisboek export-young-person`` on a demo profile: exactly the files it
names (My file, the book, and her photos and documents in a folder beside
them), in the folder given, in Dutch and French; My file holds the kept
moments and the milestones reached, and no incident."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.records import DailyLog
from app.domain.story import Keepsake
from app.services import profile
from app.services.young_export.texts import TEXTS
from app.storage import records
from tests.conftest import PASSPHRASE
from tests.integration.test_book_cli import thuisboek
from tests.ui.conftest import _compiled_translations  # noqa: F401  (the .qm the CLI speaks with)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("young-export-cli") / "demo"
    result = thuisboek("demo", "--profile", str(target))
    assert result.returncode == 0, result.stderr
    return target


def _louise(demo: Path) -> tuple[list[str], list[str]]:
    """Her kept days' moments, and the incidents written in the household."""
    book = profile.unlock(demo, PASSPHRASE)
    try:
        with book.store.read() as session:
            child = next(c for c in records.list_kind(session, "child")
                         if getattr(c, "given_name", "") == "Louise")  # fmt: skip
            logs = [r for r in records.for_child(session, child.id, [DailyLog.kind])
                    if isinstance(r, DailyLog)]  # fmt: skip
            every = [r for r in records.list_kind(session, DailyLog.kind)
                     if isinstance(r, DailyLog)]  # fmt: skip
            kept = {k.target_id for k in records.for_child(session, child.id, [Keepsake.kind])
                    if isinstance(k, Keepsake)}  # fmt: skip
    finally:
        book.close()
    moments = [x.moments for x in logs if x.id in kept and x.moments and not x.flag]
    flagged = [x for x in every if x.flag]  # the demo tells an incident in its day's fields
    return moments, [t for x in flagged for t in (x.incident, x.moments, x.text) if t]


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_export_of_a_demo_child(demo: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "voor Louise"
    out.mkdir()
    result = thuisboek("export-young-person", "--profile", str(demo), "--child", "Louise",
                       "--out", str(out), "--lang", lang)  # fmt: skip
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    said = [line.strip() for line in result.stdout.splitlines()[1:]]
    assert sorted(said) == written
    pdfs = [n for n in written if "/" not in n]
    photos = [n for n in written if n.startswith(TEXTS[lang]["attachments"] + "/")]
    assert len(pdfs) == 2 and photos and len(pdfs) + len(photos) == len(written)
    assert str(out) in result.stdout.splitlines()[0]
    mine = out / next(n for n in written if n.startswith(TEXTS[lang]["title"]))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(mine).pages)
    for key in ("about", "days", "learned", "contacts"):
        assert TEXTS[lang][key] in text, key
    moments, incidents = _louise(demo)
    assert moments and incidents
    for moment in moments:
        assert " ".join(moment.split()) in text, moment
    for incident in incidents:
        assert " ".join(incident.split()) not in text


def test_a_missing_folder_is_told_and_nothing_is_written(demo: Path, tmp_path: Path) -> None:
    result = thuisboek("export-young-person", "--profile", str(demo), "--child", "Louise",
                       "--out", str(tmp_path / "nope"), "--lang", "en")  # fmt: skip
    assert result.returncode != 0 and "nope" in result.stderr
    assert not list(tmp_path.iterdir())
