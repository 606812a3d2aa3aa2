"""Every text the code marks for translation has a translation in each language.

The .ts files are committed; lupdate reads the code and says which texts are new.
Here it runs on copies, so the check sees what a fresh lupdate would add."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate")
    )
    if not Path(found).exists():
        pytest.skip("pyside6-lupdate is not installed")
    return found


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_marked_text_is_translated(language: str, tmp_path: Path) -> None:
    ts = tmp_path / f"thuisboek_{language}.ts"
    shutil.copy(ROOT / "translations" / ts.name, ts)
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run([_lupdate(), "-silent", "-no-obsolete", *sources, "-ts", str(ts)], check=True)
    missing = [
        f"[{context.findtext('name')}] {message.findtext('source')}"
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if (message.find("translation") is not None)
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert missing == [], f"untranslated in {language}: {missing}"
