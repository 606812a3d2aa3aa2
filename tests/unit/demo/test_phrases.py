"""The demo's phrase pools: one file per language, all of the same shape, read by one loader."""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

import pytest

from app.demo import phrases
from app.demo.phrases import LANGUAGES, UnknownLanguage

# Every placeholder a phrase may hold (see app/demo/phrases.py).
PLACEHOLDERS = {
    "name", "sib", "he", "He", "his", "him", "e", "a", "b", "c", "s", "year", "age",
    "family", "word", "n", "home",
}  # fmt: skip


def files() -> dict[str, Any]:
    return {
        lang: json.loads((phrases.folder() / f"{lang}.json").read_text(encoding="utf-8"))
        for lang in LANGUAGES
    }


def shape(value: Any) -> Any:
    """The structure of a pool file: its keys, the length of each list, and where
    a phrase is left blank on purpose."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    assert isinstance(value, str), value
    return "phrase" if value else "blank"


def strings(value: Any, path: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in strings(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [s for i, item in enumerate(value) for s in strings(item, f"{path}[{i}]")]
    return [(path, value)]


def lists(value: Any) -> list[list[Any]]:
    if isinstance(value, dict):
        return [found for item in value.values() for found in lists(item)]
    if isinstance(value, list):
        return [value, *(found for item in value for found in lists(item))]
    return []


def test_every_language_has_the_same_keys_and_pool_sizes() -> None:
    shapes = {}
    for lang, data in files().items():
        # A gendered ending may be blank in one language and not in another.
        data["pronouns"] = {gender: sorted(words) for gender, words in data["pronouns"].items()}
        shapes[lang] = shape(data)
    assert set(shapes) == {"nl", "fr", "en"}
    for lang in ("fr", "en"):
        assert shapes[lang] == shapes["nl"], lang


def test_no_pool_is_empty() -> None:
    for lang, data in files().items():
        for pool in lists(data):
            assert pool and any(item for item in pool), (lang, pool)


def test_placeholders_are_known() -> None:
    for lang, data in files().items():
        for where, text in strings(data):
            fields = {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
            assert fields <= PLACEHOLDERS, (lang, where, text)


def test_the_languages_differ() -> None:
    loaded = {lang: phrases.phrases(lang) for lang in LANGUAGES}
    assert loaded["nl"].carer.sleep != loaded["fr"].carer.sleep != loaded["en"].carer.sleep
    assert loaded["fr"].pronouns["girl"].e == "e" and loaded["nl"].pronouns["girl"].e == ""


def test_loaded_once() -> None:
    assert phrases.phrases("fr") is phrases.phrases("fr")


@pytest.mark.parametrize("language", ["de", "xx", "../nl", "NL", ""])
def test_a_missing_language_is_refused_by_name(language: str) -> None:
    with pytest.raises(UnknownLanguage, match="no demo phrases for language") as refused:
        phrases.phrases(language)
    assert repr(language) in str(refused.value)
    assert "en, fr, nl" in str(refused.value)


def test_the_files_ship_with_the_app() -> None:
    assert phrases.folder() == Path(__file__).resolve().parents[3] / "resources" / "demo"
