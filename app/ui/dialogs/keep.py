"""Keep for the book: beside a day's moments, a milestone or a contact, one
action keeps it for the child's life-story book, with an optional sentence
written for the child."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import ThuisboekError
from app.domain.records import DailyLog, Record
from app.domain.story import KEEPABLE_KINDS, Keepsake
from app.domain.vocabulary import Role
from app.services.changes import changes_of
from app.services.story import StoryService
from app.ui.context import UiContext
from app.ui.dialogs.child import ProblemBox


class KeepDialog(QDialog):
    """The sentence for the child; ``accept()`` keeps the record for the book,
    "Remove from the book" takes it out again."""

    def __init__(
        self,
        ctx: UiContext,
        target: Record,
        kept: list[Keepsake],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target = target
        self.kept = kept
        self.service = StoryService(ctx.book)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.words = QPlainTextEdit()
        self.words.setObjectName("keepWords")
        if kept:
            self.words.setPlainText(kept[0].words)
        self.problems = ProblemBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.remove = QPushButton()
        self.remove.setVisible(bool(kept))
        self.buttons.addButton(self.remove, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove.clicked.connect(self.take_out)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.words)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keep for the book"))
        self.intro.setText(
            self.tr(
                "This goes in the child's life-story book. If you like, write a sentence for "
                "the child to read later (for example: You took your first steps in the "
                "garden, holding the dog's collar)."
            )
        )
        self.words.setAccessibleName(self.tr("A sentence for the child"))
        self.remove.setText(self.tr("&Remove from the book"))

    def accept(self) -> None:
        words = self.words.toPlainText().strip()
        try:
            written = self.service.keep(self.target, words)
        except ThuisboekError as exc:
            self.problems.show_error(exc)
            return
        self.ctx.changed(changes_of(written))
        super().accept()

    def take_out(self) -> None:
        gone = [self.service.unkeep(k.id) for k in self.kept]
        self.ctx.changed(changes_of(gone))
        super().accept()


class KeepButton(QPushButton):
    """ "Keep for the book" beside a record that may be kept ("Kept for the book ✓"
    once it is); hidden for anything else and for supervisors."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("keepForBook")
        self.service = StoryService(ctx.book)
        self.target: Record | None = None
        self.kept: list[Keepsake] = []
        self.clicked.connect(self.open_dialog)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setText(
            self.tr("Kept for the &book ✓") if self.kept else self.tr("Keep for the &book…")
        )
        self.setToolTip(self.tr("Keep this for the child's life-story book"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_record(self, record: Record | None) -> None:
        keepable = (
            record is not None
            and record.kind in KEEPABLE_KINDS
            and not record.deleted
            and not (isinstance(record, DailyLog) and record.amends_id is not None)
            and self.ctx.book.identity.role == Role.CAREGIVER
        )
        if not keepable:
            self.target, self.kept = None, []
            self.hide()
            return
        assert record is not None
        self.target = record
        self.kept = self.service.keepsakes_of(record.id)
        self.retranslate()
        self.show()

    def open_dialog(self) -> KeepDialog | None:
        if self.target is None:
            return None
        dialog = KeepDialog(self.ctx, self.target, self.kept, self)
        dialog.finished.connect(lambda _r: self.set_record(self.target))
        dialog.open()
        return dialog
