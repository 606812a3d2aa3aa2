"""The caption of a photo or document, written anew after it was attached: a
change of the attachment's record that syncs, undone with Edit > Undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.attachments import Attachment
from app.domain.vocabulary import Role
from app.services.attachments import caption_problems
from app.ui.commands import UpdateRecord
from app.ui.context import UiContext
from app.ui.dialogs.child import ProblemBox


def may_edit_caption(ctx: UiContext, attachment: Attachment | None) -> bool:
    """Caregivers write captions; supervisors read them."""
    return (
        attachment is not None
        and not attachment.deleted
        and ctx.book.identity.role == Role.CAREGIVER
    )


class CaptionDialog(QDialog):
    """One line for the caption; OK stores it (on ``ctx.undo``) when it has a few
    words and is not too long, and says what is wrong otherwise."""

    sig_saved = Signal(str)  # the caption as stored

    def __init__(self, ctx: UiContext, attachment: Attachment, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("captionDialog")
        self.ctx = ctx
        self.attachment = attachment
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.edit = QLineEdit(attachment.caption)
        self.edit.setObjectName("captionEdit")
        self.edit.selectAll()
        self.intro.setBuddy(self.edit)
        self.problems = ProblemBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.edit)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit caption"))
        self.intro.setText(
            self.tr("&Caption of %1 (shown under the photo and in the book):").replace(
                "%1", self.attachment.file_name
            )
        )
        self.edit.setAccessibleName(self.tr("Caption"))
        self.setAccessibleName(self.windowTitle())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        caption = self.edit.text().strip()
        problems = caption_problems(caption)
        if problems:
            self.problems.show_problems(problems)
            self.adjustSize()  # room for what is wrong
            self.edit.setFocus()
            return
        self.problems.clear()
        if caption != self.attachment.caption:
            self.ctx.undo.push(
                UpdateRecord(
                    self.ctx, self.attachment, {"caption": caption}, self.tr("Edit caption")
                )
            )
        self.sig_saved.emit(caption)
        super().accept()
