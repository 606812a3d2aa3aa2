"""Dates and record words in the current language, made once and shared by the
supervisor's models and panels (many rows share a day)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject

from app.domain.vocabulary import ReviewMark
from app.ui.models.timeline import RecordLabels, long_date_format


class Words(QObject):
    """Dates and record words in the current language, shared by the models here."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = RecordLabels(self)
        self.set_language(QLocale(), "en")

    def set_language(self, locale: QLocale, lang: str) -> None:
        self.labels.retranslate()
        self.locale = locale
        self.lang = lang
        self.date_format = "ddd " + long_date_format(locale)
        self._dates: dict[date, str] = {}  # many rows share a day

    def date_text(self, day: date | None) -> str:
        if day is None:
            return ""
        text = self._dates.get(day)
        if text is None:
            text = self.locale.toString(QDate(day.year, day.month, day.day), self.date_format)
            self._dates[day] = text
        return text

    def moment_text(self, moment: datetime | str | None) -> str:
        if isinstance(moment, str):
            try:
                moment = datetime.fromisoformat(moment)
            except ValueError:
                return ""
        if moment is None:
            return ""
        local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
        return self.locale.toString(local, QLocale.FormatType.ShortFormat)


def mark_text(words: Words, mark: ReviewMark) -> str:
    return words.labels.review_marks.get(mark, str(mark))
