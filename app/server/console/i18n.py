"""The console's words in Dutch, French and English: one JSON catalog per language in
``locales/``, the same keys in each (a test checks that). The reader's language is
the one they chose (a cookie), else the best of their browser's Accept-Language."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

LANGUAGES = ("nl", "fr", "en")
DEFAULT = "en"
LANGUAGE_COOKIE = "thuisboek_lang"
_FOLDER = Path(__file__).resolve().parent / "locales"


@cache
def catalog(language: str) -> dict[str, str]:
    loaded: dict[str, str] = json.loads((_FOLDER / f"{language}.json").read_text("utf-8"))
    return loaded


def choose(cookie: str | None, accept_language: str | None) -> str:
    if cookie in LANGUAGES:
        return cookie
    best, best_q = DEFAULT, -1.0
    for part in (accept_language or "").split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        language = tag.strip().lower().split("-")[0]
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                continue
        if language in LANGUAGES and q > best_q:
            best, best_q = language, q
    return best


class Translator:
    """``_("key", name=…)``: the text of ``key`` in this language, with its fields filled."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._texts = catalog(language)

    def __call__(self, key: str, **fields: object) -> str:
        text = self._texts.get(key) or catalog(DEFAULT).get(key, key)
        return text.format(**fields) if fields else text
