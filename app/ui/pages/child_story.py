"""On the child's Profile page: what is kept for the child's life-story book,
a page of the child's own words, and the book itself."""

from __future__ import annotations

import uuid

import shiboken6
from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.attachments import Attachment
from app.domain.changes import ChangeSet
from app.domain.messages import ThuisboekError
from app.domain.records import Child
from app.domain.story import Keepsake
from app.domain.vocabulary import Role
from app.services.changes import changes_of
from app.services.story import StoryService
from app.ui.context import UiContext
from app.ui.dialogs.child import ProblemBox
from app.ui.pages.base import later


class WordsDialog(QDialog):
    """A page of the child's own words, written together today."""

    def __init__(self, ctx: UiContext, child: Child, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child = child
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.words = QPlainTextEdit()
        self.problems = ProblemBox()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.words)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("My words"))
        self.intro.setText(
            self.tr(
                "Write down what {name} wants to say, in {name}'s own words: what they like, "
                "who matters to them, what they are proud of. It goes on the My words page "
                "of the book."
            ).format(name=child.given_name)
        )
        self.words.setAccessibleName(self.tr("The child's words"))

    def accept(self) -> None:
        try:
            written = StoryService(self.ctx.book).add_words(
                self.child.id, self.child.household_id, self.words.toPlainText()
            )
        except ThuisboekError as exc:
            self.problems.show_error(exc)
            return
        self.ctx.changed(changes_of(written))
        super().accept()


class KeptPanel(QWidget):
    """The list of what is kept for the child's book, oldest first."""

    sig_make_book = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = StoryService(ctx.book)
        self.child: Child | None = None
        self.kept: list[tuple[Keepsake, str]] = []
        self._generation = 0
        self.heading = QLabel()
        self.heading.setObjectName("keptHeading")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("keptList")
        self.list.setWordWrap(True)
        self.add_words = QPushButton()
        self.add_words.clicked.connect(self.open_words)
        self.remove = QPushButton()
        self.remove.clicked.connect(self.remove_current)
        self.make_book = QPushButton()
        self.make_book.setObjectName("makeBook")
        self.make_book.clicked.connect(self.sig_make_book.emit)
        row = QHBoxLayout()
        row.addWidget(self.add_words)
        row.addWidget(self.remove)
        row.addStretch(1)
        row.addWidget(self.make_book)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addLayout(row)
        writer = ctx.book.identity.role == Role.CAREGIVER
        self.add_words.setVisible(writer)
        self.remove.setVisible(writer)
        ctx.events.sig_records_changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText("<b>" + self.tr("Kept for the book") + "</b>")
        self.empty.setText(
            self.tr(
                "Nothing is kept yet. On the Timeline, choose a day's moments, a milestone or "
                "a contact, or choose a photo, and press Keep for the book."
            )
        )
        self.list.setAccessibleName(self.tr("Kept for the book"))
        self.add_words.setText(self.tr("Add a page of &my words…"))
        self.remove.setText(self.tr("Take out of the book"))
        self.make_book.setText(self.tr("Make the &book…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_child(self, child: Child | None) -> None:
        same = child is not None and self.child is not None and child.id == self.child.id
        self.child = child
        if not same:
            self.kept = []
            self._fill()
        self.reload()

    def _changed(self, changes: ChangeSet) -> None:
        if later(self, changes, self._changed):
            return  # its page is behind another: told when it comes to the front
        # A photo removed, brought back or captioned anew changes what the list says.
        if self.child is not None and (
            changes.concerns(Keepsake.kind) or changes.concerns(Attachment.kind)
        ):
            self.reload()

    def reload(self) -> None:
        if self.child is None:
            return
        self._generation += 1
        generation, child_id = self._generation, self.child.id

        def show(kept: list[tuple[Keepsake, str]]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.kept = kept
                self._fill()

        lang = self.ctx.languages.current
        self.ctx.tasks.run(
            lambda: self.service.kept_with_summary(child_id, lang),
            show,
            self.ctx.events.sig_error.emit,
        )

    def _what(self, keepsake: Keepsake) -> str:
        return {
            "daily_log": self.tr("A day"),
            "milestone_observation": self.tr("Something learned"),
            "contact_note": self.tr("Family"),
            "attachment": self.tr("A photo or document"),
        }.get(keepsake.target_kind, self.tr("My words"))

    def _fill(self) -> None:
        self.list.clear()
        locale = self.ctx.languages.locale()
        for keepsake, summary in self.kept:
            day = locale.toString(
                QDate(keepsake.on.year, keepsake.on.month, keepsake.on.day),
                QLocale.FormatType.ShortFormat,
            )
            text = f"{day} · {self._what(keepsake)}"
            if summary:
                text += f" · {summary}"
            if keepsake.words:
                text += f" — {keepsake.words}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(keepsake.id))
            self.list.addItem(item)
        self.empty.setVisible(not self.kept)
        self.list.setVisible(bool(self.kept))
        self.remove.setEnabled(bool(self.kept))
        self.make_book.setEnabled(self.child is not None)

    def open_words(self) -> WordsDialog | None:
        if self.child is None:
            return None
        dialog = WordsDialog(self.ctx, self.child, self)
        dialog.open()
        return dialog

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        gone = self.service.unkeep(uuid.UUID(str(item.data(Qt.ItemDataRole.UserRole))))
        self.ctx.changed(changes_of(gone))
