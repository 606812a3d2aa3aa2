"""The command line's words in the person's language: ``--lang``, else the
language chosen in the app, else the system's. The same translation files as the
windows (messages marked with ``QT_TRANSLATE_NOOP("Cli", …)``, and the
``Message`` of an error from the layers below).

Qt is started only when something is said, never before the command ran: a
command that opens windows makes its own application."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.messages import Message
from app.ui.i18n import LANGUAGES, Languages, system_language, tr_message

CONTEXT = "Cli"


class _Words:
    wanted: str | None = None
    app: QCoreApplication | None = None
    languages: Languages | None = None


def choose_language(*codes: str | None) -> None:
    """The first of ``codes`` that is a language of the app, else the system's."""
    _Words.wanted = next((c for c in codes if c in LANGUAGES), None) or system_language()


def _ready() -> None:
    if _Words.languages is not None:
        return
    if QCoreApplication.instance() is None:
        _Words.app = QCoreApplication([])
    _Words.languages = Languages()
    _Words.languages.set_language(_Words.wanted or system_language())


def say(text: str, **params: Any) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP("Cli", …)``) in the chosen language."""
    _ready()
    return tr_message(Message(CONTEXT, text, params))


def explain(message: Message) -> str:
    """A message from the layers below, in the chosen language."""
    _ready()
    return tr_message(message)
