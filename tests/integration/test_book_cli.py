"""``thuisboek book`` on a demo profile: the demo keeps moments for each child's
book, and the book comes out in Dutch and French, page by page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.services.lifebook.texts import TEXTS
from tests.conftest import PASSPHRASE
from tests.ui.conftest import _compiled_translations  # noqa: F401  (the .qm the CLI speaks with)

ROOT = Path(__file__).resolve().parents[2]


def thuisboek(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "THUISBOEK_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, cwd=ROOT,
        stdin=subprocess.DEVNULL, timeout=300,
    )  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("book-cli") / "demo"
    result = thuisboek("demo", "--profile", str(target))
    assert result.returncode == 0, result.stderr
    return target


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_book_of_a_demo_child(demo: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"louise-{lang}.pdf"
    result = thuisboek("book", "--profile", str(demo), "--child", "Louise", "--out", str(out),
                       "--lang", lang)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    words = TEXTS[lang]
    assert words["title"].format(name="Louise") in pages[0]
    assert words["first_days"] in pages[1]
    for key in ("people", "places", "learned", "moments", "my_words"):
        assert any(words[key] in page for page in pages), key
    assert words["my_words"] in pages[-1]
    assert [p for p in pages if "Louise" in p]  # the kept sentences speak to her
    assert len(PdfReader(out).pages[0].images) == 1  # her (drawn) picture on the cover


def test_an_unknown_child_is_told_and_no_file_is_left(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "nobody.pdf"
    result = thuisboek("book", "--profile", str(demo), "--child", "Niemand", "--out", str(out))
    assert result.returncode != 0 and "Niemand" in result.stderr
    assert not list(tmp_path.iterdir())
