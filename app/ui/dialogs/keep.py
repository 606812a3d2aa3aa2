"""Keep for the book: beside a day's moments, a milestone or a contact, one
action keeps it for the child's life-story book, with an optional sentence
written for the child."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
from app.ui.widgets.guarded import run_for


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
        """Keep it, on the task queue; the dialog closes once it is stored."""
        words = self.words.toPlainText().strip()
        service, target = self.service, self.target
        self._store(lambda: service.keep(target, words))

    def take_out(self) -> None:
        service, kept = self.service, list(self.kept)
        self._store(lambda: [service.unkeep(k.id) for k in kept])

    def _store(self, work: Callable[[], Sequence[Record]]) -> None:
        self.buttons.setEnabled(False)

        def done(written: Sequence[Record]) -> None:
            self.ctx.changed(changes_of(written))
            super(KeepDialog, self).accept()

        def failed(exc: Exception) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, ThuisboekError):
                self.problems.show_error(exc)
            else:
                self.ctx.events.sig_error.emit(exc)

        run_for(self, self.ctx.tasks, work, done, failed)


class KeepButton(QPushButton):
    """ "Keep for the book" beside a record that may be kept ("Kept for the book ✓"
    once it is); hidden for anything else and for supervisors."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("keepForBook")
        self.service = StoryService(ctx.book)
        self.target: Record | None = None
        self.kept: list[Keepsake] = []  # read on the task queue for the target
        self._serial = 0
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
        if self.target is None or self.target.id != record.id:
            self.kept = []  # until they are read
        self.target = record
        self.retranslate()
        self.show()
        self._serial += 1
        serial, service = self._serial, self.service

        def read(kept: list[Keepsake]) -> None:
            if serial == self._serial:  # not a read for a record chosen before
                self.kept = kept
                self.retranslate()

        run_for(self, self.ctx.tasks, lambda: service.keepsakes_of(record.id), read,
                self.ctx.events.sig_error.emit)  # fmt: skip

    def open_dialog(self) -> KeepDialog | None:
        if self.target is None:
            return None
        dialog = KeepDialog(self.ctx, self.target, self.kept, self)
        dialog.finished.connect(lambda _r: self.set_record(self.target))
        dialog.open()
        return dialog
