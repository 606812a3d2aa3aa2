"""First run: language; connect with the central office now or start offline;
who you are and your household (offline only: when connecting, the central office
knows them); a passphrase; then the app.

Started offline, the app works from the first minute and is connected later
(Settings, or File ▸ Connect…).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from app.domain.messages import ThuisboekError
from app.domain.vocabulary import HouseholdKind
from app.services import profile
from app.services.enrolment import create_enrolled_profile
from app.services.profile import Book
from app.ui.first_run_pages import (
    FINISH_PAGE,
    HOUSEHOLD_PAGE,
    LANGUAGE_PAGE,
    PASSPHRASE_PAGE,
    START_PAGE,
    FinishPage,
    HouseholdPage,
    LanguagePage,
    PassphrasePage,
    StartPage,
    passphrase_strength,
)
from app.ui.i18n import Languages, tr_message
from app.ui.tasks import Executor

__all__ = ["FirstRunWizard", "passphrase_strength"]


# Qt's own words for the wizard's buttons, found in Qt's translations (not ours).
QT_CONTEXT = "QWizard"
QT_BUTTONS = {
    QWizard.WizardButton.BackButton: "< &Back",
    QWizard.WizardButton.NextButton: "&Next >",
    QWizard.WizardButton.CommitButton: "Commit",
    QWizard.WizardButton.FinishButton: "&Finish",
    QWizard.WizardButton.CancelButton: "Cancel",
}


class FirstRunWizard(QWizard):
    sig_created = Signal(object)  # Book

    def __init__(self, profile_dir: Path, languages: Languages, parent: QWidget | None = None,
                 strength: str = "default") -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("FirstRunWizard")
        self.profile_dir = profile_dir
        self.strength = strength
        self.tasks = Executor(self)
        self.language_page = LanguagePage(languages)
        self.start_page = StartPage()
        self.household_page = HouseholdPage()
        self.passphrase_page = PassphrasePage()
        self.finish_page = FinishPage(self.start_page)
        self.setPage(LANGUAGE_PAGE, self.language_page)
        self.setPage(START_PAGE, self.start_page)
        self.setPage(HOUSEHOLD_PAGE, self.household_page)
        self.setPage(PASSPHRASE_PAGE, self.passphrase_page)
        self.setPage(FINISH_PAGE, self.finish_page)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(760, 560)
        self._book: Book | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Thuisboek — first start"))
        # QWizard names its buttons once, when made: name them again in the language
        # just chosen, from Qt's own translations (qtbase_*.qm).
        for which, text in QT_BUTTONS.items():
            self.setButtonText(which, QCoreApplication.translate(QT_CONTEXT, text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_busy(self, text: str | None) -> None:
        busy = text is not None
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):  # fmt: skip
            self.button(which).setEnabled(not busy)
        self.finish_page.set_busy(text)

    def reject(self) -> None:
        if self.tasks.pending:
            return  # the profile is being made: it is finished or undone first
        super().reject()

    def accept(self) -> None:
        """Create (and enrol) the profile off the UI thread: the key derivation
        takes a moment, the central office may take longer."""
        if self._book is not None:
            super().accept()
            return
        if self.tasks.pending:
            return
        passphrase = self.passphrase_page.passphrase.text()
        remember = self.passphrase_page.remember.isChecked()
        profile_dir, strength = self.profile_dir, self.strength
        if self.start_page.connecting():
            # Placeholders: enrolment puts the central office's person (and household,
            # when it gives one) in their place.
            new = profile.NewProfile(
                display_name=self.tr("Me"),
                household_name=self.tr("My household"),
                household_kind=HouseholdKind.SIMBA,
            )
            url, code = self.start_page.fields.url(), self.start_page.fields.code_text()
            self._set_busy(
                self.tr("Making your home book and connecting it to the central office…")
            )
            self.tasks.run(
                lambda: create_enrolled_profile(
                    profile_dir, passphrase, new, url, code, remember=remember, strength=strength
                ),
                self._created,
                self._enrol_failed,
            )
            return
        new = profile.NewProfile(
            display_name=self.household_page.name.text().strip(),
            household_name=self.household_page.household.text().strip(),
            household_kind=HouseholdKind(str(self.household_page.kind.currentData())),
        )
        self._set_busy(self.tr("Making your home book…"))
        self.tasks.run(
            lambda: profile.create_profile(
                profile_dir, passphrase, new, remember=remember, strength=strength
            ),
            self._created,
            self._failed,
        )

    def _created(self, book: Book) -> None:
        self._book = book
        self._set_busy(None)
        self.sig_created.emit(book)
        super().accept()

    def _enrol_failed(self, error: Exception) -> None:
        """Nothing was kept: back to the choice, with the reason beside the field to
        correct (or the person starts offline instead)."""
        self._set_busy(None)
        field, text = self.start_page.fields.failure(error)
        for _ in self.pageIds():
            if self.currentId() in (START_PAGE, LANGUAGE_PAGE):
                break
            self.back()
        self.start_page.show_problem(
            field,
            text
            + "\n"
            + self.tr(
                "Nothing was kept on this computer. Correct the address or the code, or start "
                "on this computer only and connect later."
            ),
        )

    def _failed(self, error: Exception) -> None:
        self._set_busy(None)
        if isinstance(error, ThuisboekError):
            self.finish_page.error.setText(tr_message(error.message))
        else:
            self.finish_page.error.setText(
                self.tr("The profile could not be created (%1).").replace(
                    "%1", type(error).__name__
                )
            )
