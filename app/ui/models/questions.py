"""The questions and follow-ups about a household's records: a Qt model over the
plain data of ``app.services.review``, its words made once per row."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import Qt

from app.domain.vocabulary import ReviewMark
from app.services.review import Question
from app.ui.models.review_queue import SUMMARY_CHARS
from app.ui.models.rows import RecordIdRole, TextRowsModel
from app.ui.models.timeline import snippet

OpenRole = Qt.ItemDataRole.UserRole + 7  # bool: a question not answered yet


class QuestionColumn(IntEnum):
    STATUS = 0
    ASKED = 1
    CHILD = 2
    ABOUT = 3
    QUESTION = 4


@dataclass(frozen=True, slots=True)
class QuestionRow:
    item: Question
    texts: tuple[str, ...]

    @property
    def question(self) -> Question:
        return self.item


class QuestionsModel(TextRowsModel[QuestionRow]):
    """Questions and follow-ups about a household's records, oldest first."""

    columns = tuple(QuestionColumn)
    row_key = attrgetter("item.question_id")

    def status_text(self, mark: ReviewMark, is_open: bool) -> str:
        words = self.words.labels.review_marks.get(mark, "")
        state = self.tr("open") if is_open else self.tr("answered")
        return f"{words} · {state}"

    def about_text(self, q: Question) -> str:
        parts = [self.words.labels.kind(q.target_kind), self.words.date_text(q.target_day)]
        parts.append(snippet(q.target_summary, 80))
        return " · ".join(p for p in parts if p)

    def _row(self, q: Question) -> QuestionRow:
        texts = {
            QuestionColumn.STATUS: self.status_text(q.mark, q.open),
            QuestionColumn.ASKED: self.words.moment_text(q.asked_at),
            QuestionColumn.CHILD: q.child_name,
            QuestionColumn.ABOUT: self.about_text(q),
            QuestionColumn.QUESTION: snippet(q.comment, SUMMARY_CHARS),
        }
        return QuestionRow(q, tuple(texts[c] for c in QuestionColumn))

    def cell(self, row: QuestionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            QuestionColumn.ABOUT,
            QuestionColumn.QUESTION,
        ):
            return row.item.comment if column == QuestionColumn.QUESTION else row.texts[column]
        if role == Qt.ItemDataRole.FontRole and row.item.open:
            return self._bold_font()
        if role == RecordIdRole:
            return str(row.item.question_id)
        if role == OpenRole:
            return row.item.open
        return None

    def titles(self) -> dict[int, str]:
        return {
            QuestionColumn.STATUS: self.tr("Status"),
            QuestionColumn.ASKED: self.tr("Asked"),
            QuestionColumn.CHILD: self.tr("Child"),
            QuestionColumn.ABOUT: self.tr("About"),
            QuestionColumn.QUESTION: self.tr("Question"),
        }
