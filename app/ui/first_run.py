"""First run: language, who you are and your household, a passphrase; then the app.

Enrolment with the central office comes later (settings); the app works offline
from the first minute.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.crypto.keystore import keyring_status
from app.domain.messages import ThuisboekError
from app.domain.records import HouseholdKind
from app.services import profile
from app.services.book import Book
from app.ui.i18n import Languages, language_names, tr_message
from app.ui.tasks import TaskQueue


def passphrase_strength(text: str) -> int:
    """0 (empty) to 4 (strong): length counts most, variety a little."""
    if not text:
        return 0
    classes = sum(
        any(test(c) for c in text)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    score = len(text) + 3 * (classes - 1) + 2 * len(set(text.split()))
    if len(text) < profile.MIN_PASSPHRASE:
        return 1
    return 2 if score < 18 else 3 if score < 28 else 4


class _Page(QWizardPage):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass


class LanguagePage(_Page):
    def __init__(self, languages: Languages) -> None:
        super().__init__()
        self.languages = languages
        self.combo = QComboBox()
        self.combo.setObjectName("language")
        for code, name in language_names().items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(languages.current)))
        self.combo.currentIndexChanged.connect(
            lambda _: languages.set_language(str(self.combo.currentData()))
        )
        self.label = QLabel()
        self.label.setBuddy(self.combo)
        layout = QFormLayout(self)
        layout.addRow(self.label, self.combo)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Thuisboek"))
        self.setSubTitle(
            self.tr("The home book for the children in your care. Choose your language.")
        )
        self.label.setText(self.tr("&Language:"))
        self.combo.setAccessibleName(self.tr("Language"))


class HouseholdPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.name.setObjectName("yourName")
        self.household = QLineEdit()
        self.household.setObjectName("householdName")
        self.kind = QComboBox()
        self.kind.setObjectName("householdKind")
        self.name_label, self.household_label, self.kind_label = QLabel(), QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.household_label.setBuddy(self.household)
        self.kind_label.setBuddy(self.kind)
        layout = QFormLayout(self)
        layout.addRow(self.name_label, self.name)
        layout.addRow(self.household_label, self.household)
        layout.addRow(self.kind_label, self.kind)
        self.registerField("yourName*", self.name)
        self.registerField("householdName*", self.household)
        self.retranslate()

    def kind_names(self) -> dict[HouseholdKind, str]:
        return {
            HouseholdKind.SIMBA: self.tr("Professional care family (Simba home)"),
            HouseholdKind.VILLAGE_FAMILY: self.tr("SOS family in the children's village"),
            HouseholdKind.MINORS_HOUSE: self.tr("Small house for unaccompanied minors"),
            HouseholdKind.FAMILY_SUPPORT: self.tr("Family support"),
        }

    def retranslate(self) -> None:
        self.setTitle(self.tr("You and your household"))
        self.setSubTitle(self.tr("The children are added once the home book is open."))
        self.name_label.setText(self.tr("Your &name:"))
        self.household_label.setText(self.tr("&Household name:"))
        self.kind_label.setText(self.tr("&Kind of home:"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.household.setAccessibleName(self.tr("Household name"))
        self.kind.setAccessibleName(self.tr("Kind of home"))
        current = self.kind.currentData()
        self.kind.clear()
        for kind, text in self.kind_names().items():
            self.kind.addItem(text, kind.value)
        if current is not None:
            self.kind.setCurrentIndex(self.kind.findData(current))


class PassphrasePage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmPassphrase")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QProgressBar()
        self.strength.setObjectName("strength")
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.remember = QCheckBox()
        self.remember.setObjectName("remember")
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.p_label, self.c_label, self.s_label = QLabel(), QLabel(), QLabel()
        self.p_label.setBuddy(self.passphrase)
        self.c_label.setBuddy(self.confirm)
        layout = QFormLayout(self)
        layout.addRow(self.p_label, self.passphrase)
        layout.addRow(self.c_label, self.confirm)
        layout.addRow(self.s_label, self.strength)
        layout.addRow(self.problem)
        layout.addRow(self.warning)
        layout.addRow(self.remember)
        layout.addRow(self.keyring_note)
        self.status = keyring_status()
        self.remember.setEnabled(self.status.available)
        self.passphrase.textChanged.connect(self._changed)
        self.confirm.textChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your passphrase"))
        self.setSubTitle(self.tr("It locks the home book on this computer."))
        self.p_label.setText(self.tr("&Passphrase:"))
        self.c_label.setText(self.tr("&Again:"))
        self.s_label.setText(self.tr("Strength:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.warning.setText(
            self.tr(
                "Write it down and keep it somewhere safe. A forgotten passphrase cannot be "
                "recovered on this computer: without it the records here cannot be opened. "
                "What was synced stays safe at the central office."
            )
        )
        self.remember.setText(self.tr("&Remember on this computer (no passphrase at start)"))
        if self.status.available:
            self.keyring_note.setText(
                self.tr("The key is kept in this computer's secure keyring (%1).").replace(
                    "%1", self.status.backend
                )
            )
        else:
            reason = tr_message(self.status.reason) if self.status.reason else ""
            self.keyring_note.setText(reason)
        self._changed()

    def _changed(self) -> None:
        level = passphrase_strength(self.passphrase.text())
        self.strength.setValue(level)
        names = [
            "",
            self.tr("too short"),
            self.tr("fair"),
            self.tr("good"),
            self.tr("strong"),
        ]
        self.strength.setFormat(names[level])
        self.problem.setText(self._problem())
        self.completeChanged.emit()

    def _problem(self) -> str:
        text = self.passphrase.text()
        if text and len(text) < profile.MIN_PASSPHRASE:
            return self.tr(
                "Use at least %n characters; a few words are easy to remember.",
                "",
                profile.MIN_PASSPHRASE,
            )
        if self.confirm.text() and self.confirm.text() != text:
            return self.tr("The two passphrases differ.")
        return ""

    def isComplete(self) -> bool:
        text = self.passphrase.text()
        return len(text) >= profile.MIN_PASSPHRASE and self.confirm.text() == text


class FinishPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.error = QLabel()
        self.error.setObjectName("createError")
        self.error.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.text)
        layout.addRow(self.progress)
        layout.addRow(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.text.setText(
            self.tr(
                "Thuisboek works without a connection. Connecting this computer to the central "
                "office (enrolment) can be done later, from the settings. Press Finish to open "
                "your home book."
            )
        )


class FirstRunWizard(QWizard):
    sig_created = Signal(object)  # Book

    def __init__(self, profile_dir: Path, languages: Languages, parent: QWidget | None = None,
                 strength: str = "default") -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("FirstRunWizard")
        self.profile_dir = profile_dir
        self.strength = strength
        self.tasks = TaskQueue(self)
        self.language_page = LanguagePage(languages)
        self.household_page = HouseholdPage()
        self.passphrase_page = PassphrasePage()
        self.finish_page = FinishPage()
        for page in (self.language_page, self.household_page, self.passphrase_page,
                     self.finish_page):  # fmt: skip
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(720, 520)
        self._book: Book | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Thuisboek — first start"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        """Create the profile off the UI thread (the key derivation takes a moment)."""
        if self._book is not None:
            super().accept()
            return
        if self.tasks.pending:
            return
        new = profile.NewProfile(
            display_name=self.household_page.name.text().strip(),
            household_name=self.household_page.household.text().strip(),
            household_kind=HouseholdKind(str(self.household_page.kind.currentData())),
        )
        passphrase = self.passphrase_page.passphrase.text()
        remember = self.passphrase_page.remember.isChecked()
        self.finish_page.progress.show()
        self.finish_page.error.clear()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.tasks.run(
            lambda: profile.create_profile(
                self.profile_dir, passphrase, new, remember=remember, strength=self.strength
            ),
            self._created,
            self._failed,
        )

    def _created(self, book: Book) -> None:
        self._book = book
        self.finish_page.progress.hide()
        self.sig_created.emit(book)
        super().accept()

    def _failed(self, error: Exception) -> None:
        self.finish_page.progress.hide()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(error, ThuisboekError):
            self.finish_page.error.setText(tr_message(error.message))
        else:
            self.finish_page.error.setText(
                self.tr("The profile could not be created (%1).").replace(
                    "%1", type(error).__name__
                )
            )
