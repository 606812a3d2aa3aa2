"""Messages for people, kept translatable without importing Qt.

The domain, storage and crypto layers cannot call ``QCoreApplication.translate``
(Qt lives in ``app/ui`` only). They mark their texts with
``QT_TRANSLATE_NOOP(context, text)`` so that ``pyside6-lupdate`` extracts them,
and carry the context, the source text and its parameters in a ``Message``.
The UI translates it with ``QCoreApplication.translate(m.context, m.text)`` and
fills in the parameters; command-line tools print the English source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction into the ``context`` of the translation files."""
    return text


@dataclass(frozen=True)
class Message:
    """A text for a person: a translation context, an English source text with
    ``{name}`` placeholders, and the values to put in them."""

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def format(self, translated: str | None = None) -> str:
        """The text with its parameters filled in (``translated`` replaces the source)."""
        return (translated if translated is not None else self.text).format(**self.params)

    def __str__(self) -> str:
        return self.format()


class ThuisboekError(Exception):
    """An error whose explanation is meant for the person using the app."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.format())
        self.message = message


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a record: the field it concerns and why."""

    field: str
    message: Message


class ValidationFailed(ThuisboekError):
    """A record was refused; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0].message if problems else Message("Validation", "Invalid record.")
        super().__init__(first)
