"""Why a report could not be made, in words for the person who asked for it."""

from __future__ import annotations

from pathlib import Path

from app.domain.messages import QT_TRANSLATE_NOOP, Message, ThuisboekError

CTX = "Report"


class ReportError(ThuisboekError):
    """A report was not made; no file was left behind."""

    def __init__(self, text: str, **params: object) -> None:
        super().__init__(Message(CTX, text, dict(params)))


class ChildNotFound(ReportError):
    def __init__(self, child: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Report", "No child in this profile is called or has the id “{child}”."
            ),
            child=child,
        )


class AmbiguousChild(ReportError):
    def __init__(self, child: str, matches: list[str]) -> None:
        self.matches = matches
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Report", "“{child}” could be more than one child: {matches}. Give the child's id."
            ),
            child=child,
            matches="; ".join(matches),
        )


class BadPeriod(ReportError):
    def __init__(self, start: str, end: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Report", "The period starts ({start}) after it ends ({end})."),
            start=start,
            end=end,
        )


class UnknownLanguage(ReportError):
    def __init__(self, lang: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Report", "A report can be written in nl, fr or en, not “{lang}”."),
            lang=lang,
        )


class CannotWrite(ReportError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Report", "The report cannot be written to {path}: {reason}."),
            path=str(path),
            reason=reason,
        )
