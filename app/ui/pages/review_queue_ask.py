"""Asking the household about one record: a question or a follow-up, with its words
(kept as an encrypted draft of that record's question until it is stored)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.domain.records import Record
from app.domain.vocabulary import ReviewMark
from app.services.changes import changes_of
from app.services.review import ReviewQueue
from app.ui.context import UiContext
from app.ui.settings import Settings
from app.ui.widgets.drafts import DialogDraft
from app.ui.widgets.screen_fit import RememberSize, fit_window
from app.ui.widgets.send_text import SendTextEdit


class AskDialog(QDialog):
    """A question or a follow-up about one record, with its comment."""

    def __init__(
        self,
        mark: ReviewMark,
        about: str,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        *,
        ctx: UiContext | None = None,
        record_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("askDialog")
        self.mark = mark
        self.about = QLabel(about)
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt = QLabel()
        self.comment = SendTextEdit()
        self.comment.setObjectName("askComment")
        self.comment.sig_send.connect(self._send)
        self.prompt.setBuddy(self.comment)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.comment.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.prompt)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.buttons)
        if settings is not None:
            RememberSize(self, 520, 300, settings)
        else:
            fit_window(self, 520, 300)
        self.retranslate()
        self._changed()
        # The words are kept as a draft of this record's question (or follow-up).
        self._filling = False
        self._forget: Callable[[], None] = _nothing
        self.draft: DialogDraft | None = None
        if ctx is not None and record_id is not None:
            key = f"ask:{mark.value}:{record_id}"
            self.draft = DialogDraft(ctx, key, self._draft_values, self)
            self.comment.textChanged.connect(self._edited)
            self.draft.load(self._restore)

    def _edited(self) -> None:
        if self.draft is not None and not self._filling:
            self.draft.edited()

    def _draft_values(self) -> dict[str, Any]:
        return {"text": self.comment.toPlainText()}

    def _restore(self, values: dict[str, Any]) -> None:
        self._filling = True
        try:
            self.comment.setPlainText(str(values.get("text") or ""))
            self.comment.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._filling = False

    def accept(self) -> None:
        """Send: the words go to be stored; their draft is dropped once they are."""
        if self.draft is not None:
            self._forget = self.draft.hand_over()
        super().accept()

    def reject(self) -> None:
        """Cancel throws the words away, their draft with them."""
        if self.draft is not None:
            self.draft.finish()
        super().reject()

    def forget_draft(self) -> Callable[[], None]:
        """What drops the draft of the words sent, to run once they are stored."""
        return self._forget

    def send(
        self,
        ctx: UiContext,
        review: ReviewQueue,
        record_id: uuid.UUID,
        on_sent: Callable[[str], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """Store the words in the background (their draft goes once they are stored),
        then tell the page, with what it says to the person. Everything the dialog
        knows is read now: it may be deleted before the words are stored."""
        text, mark, forget = self.text(), self.mark, self._forget
        if mark == ReviewMark.FOLLOW_UP:
            message = self.tr("Follow-up asked; the household sees it after the next sync.")
        else:
            message = self.tr("Question asked; the household sees it after the next sync.")

        def ask() -> Record:
            asked = review.ask(record_id, text, mark)
            forget()
            return asked

        def done(made: Record) -> None:
            ctx.changed(changes_of(made))
            on_sent(message)

        ctx.tasks.run(ask, done, on_failed)

    def retranslate(self) -> None:
        if self.mark == ReviewMark.FOLLOW_UP:
            self.setWindowTitle(self.tr("Ask for a follow-up"))
            self.prompt.setText(self.tr("&What should the household follow up?"))
        else:
            self.setWindowTitle(self.tr("Ask a question"))
            self.prompt.setText(self.tr("&Your question for the household:"))
        self.send_button.setText(self.tr("&Send (Ctrl+Enter)"))
        self.comment.setAccessibleName(self.prompt.text().replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def text(self) -> str:
        return self.comment.toPlainText().strip()

    def _changed(self) -> None:
        self.send_button.setEnabled(bool(self.text()))

    def _send(self) -> None:
        if self.text():
            self.accept()


def _nothing() -> None:
    return None
