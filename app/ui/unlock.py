"""The unlock screen: shown on every start and after a lock. On a computer shared
by several people it lists their profiles (name and household) to choose from,
and "Another person…" makes or enrols one more."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import ThuisboekError
from app.services import profile, profiles
from app.ui.i18n import tr_message
from app.ui.tasks import Executor

if TYPE_CHECKING:
    from app.services.profile import Book


class UnlockWindow(QWidget):
    sig_unlocked = Signal(object)  # Book
    sig_another = Signal()  # "Another person…": make or enrol one more profile here

    def __init__(self, profile_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnlockWindow")
        self.profile_dir = profile_dir
        self.tasks = Executor(self)
        # A shared computer: the people whose profiles are here (name and household
        # alone), the one who last opened chosen.
        self.cards = profiles.cards(profile_dir.parent)
        self.people = QListWidget()
        self.people.setObjectName("unlockPeople")
        for card in self.cards:
            name = card.display_name
            item = QListWidgetItem(f"{name} — {card.household}" if card.household else name)
            item.setData(Qt.ItemDataRole.UserRole, str(card.folder))
            self.people.addItem(item)
            if card.folder == profile_dir:
                self.people.setCurrentItem(item)
        rows = min(max(len(self.cards), 3), 8)
        self.people.setMaximumHeight(self.people.sizeHintForRow(0) * rows + 8)
        self.people.currentItemChanged.connect(self._person_chosen)
        self.people.itemActivated.connect(self._focus_passphrase)
        self.people.setVisible(len(self.cards) > 1)
        self.people_label = QLabel()
        self.people_label.setBuddy(self.people)
        self.people_label.setVisible(len(self.cards) > 1)
        self.another_button = QPushButton()
        self.another_button.setObjectName("anotherPerson")
        self.another_button.clicked.connect(self.sig_another.emit)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("message")
        self.revoked = False  # the central office revoked this computer

        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        box = QWidget()
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        inner.addWidget(self.people_label)
        inner.addWidget(self.people)
        inner.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.another_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner.addLayout(buttons)
        inner.addWidget(self.message)
        # Centred by stretches, not by an alignment: an aligned box would get its
        # narrow size hint and cut the wrapped intro text short.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.retranslate()
        self._tick()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Thuisboek — locked"))
        self.heading.setText(self.tr("Thuisboek is locked"))
        self.intro.setText(self.tr("Enter your passphrase to open the home book."))
        if self.revoked:
            self.heading.setText(self.tr("This computer was revoked"))
            self.intro.setText(
                self.tr(
                    "The central office has revoked this computer: it no longer syncs, and "
                    "changes made here do not reach the office. Call the central office. "
                    "You can still open the home book to read it."
                )
            )
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.people_label.setText(self.tr("&Who are you?"))
        self.people.setAccessibleName(self.tr("People on this computer"))
        self.another_button.setText(self.tr("&Another person…"))

    def _focus_passphrase(self, _item: QListWidgetItem) -> None:
        self.passphrase.setFocus()

    def _person_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        """Another person's profile: their own passphrase opens their own database."""
        if item is None:
            return
        self.profile_dir = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        self.passphrase.clear()
        self.message.clear()
        self.revoked = False
        self.retranslate()
        self._tick()

    def show_revoked(self) -> None:
        """Say on the lock screen that this computer was revoked."""
        self.revoked = True
        self.setObjectName("UnlockWindowRevoked")
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: object) -> None:
        self.passphrase.setFocus()
        super().showEvent(event)  # type: ignore[arg-type]

    def _tick(self) -> None:
        wait = profile.wait_before_unlock(self.profile_dir)
        busy = self.tasks.pending > 0
        self.unlock_button.setEnabled(wait <= 0 and not busy)
        if wait > 0:
            self.message.setText(
                self.tr(
                    "Too many wrong passphrases. You can try again in %n second(s).",
                    "",
                    max(1, round(wait)),
                )
            )
            if not self._countdown.isActive():
                self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            self.message.setText(self.tr("You can try again now."))

    def try_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.setText(self.tr("Please enter your passphrase."))
            return
        self.unlock_button.setEnabled(False)
        self.message.setText(self.tr("Opening…"))
        self.tasks.run(
            lambda: profile.unlock(self.profile_dir, passphrase, check_pages=False),
            self._unlocked,
            self._failed,
        )

    def _unlocked(self, book: Book) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.sig_unlocked.emit(book)

    def _failed(self, error: Exception) -> None:
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(error, ThuisboekError):
            self.message.setText(tr_message(error.message))
        else:
            self.message.setText(
                self.tr("The home book could not be opened (%1).").replace(
                    "%1", type(error).__name__
                )
            )
        self._tick()
