"""The pages of the first-run wizard: language; connect now or start offline; who
you are and your household; a passphrase; the last word before the app opens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.vocabulary import HouseholdKind
from app.services import keys, profile
from app.ui.dialogs.enrol import EnrolmentFields
from app.ui.i18n import Languages, language_names
from app.ui.keyring_text import keyring_name, keyring_reason

LANGUAGE_PAGE, START_PAGE, HOUSEHOLD_PAGE, PASSPHRASE_PAGE, FINISH_PAGE = range(5)


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


class StartPage(_Page):
    """How will you use Thuisboek: connected to the central office, or on this
    computer only for now."""

    def __init__(self) -> None:
        super().__init__()
        self.connect_now = QRadioButton()
        self.connect_now.setObjectName("connectNow")
        self.offline = QRadioButton()
        self.offline.setObjectName("startOffline")
        # No choice is made for the person: Next waits until they chose.
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.connect_now)
        self.choice.addButton(self.offline)
        self.connect_note = QLabel()
        self.connect_note.setWordWrap(True)
        self.fields = EnrolmentFields()
        self.offline_note = QLabel()
        self.offline_note.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("startMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("message")

        indent = self.style().pixelMetric(
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        ) + self.style().pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        connect_box = QVBoxLayout()
        connect_box.setContentsMargins(indent, 0, 0, 0)
        connect_box.addWidget(self.connect_note)
        connect_box.addWidget(self.fields)
        offline_box = QVBoxLayout()
        offline_box.setContentsMargins(indent, 0, 0, 0)
        offline_box.addWidget(self.offline_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.connect_now)
        layout.addLayout(connect_box)
        layout.addSpacing(12)
        layout.addWidget(self.offline)
        layout.addLayout(offline_box)
        layout.addSpacing(12)
        layout.addWidget(self.message)
        layout.addStretch(1)
        QWidget.setTabOrder(self.connect_now, self.fields.server)
        QWidget.setTabOrder(self.fields.server, self.fields.code)
        QWidget.setTabOrder(self.fields.code, self.offline)

        self.choice.buttonToggled.connect(self._changed)
        self.fields.sig_changed.connect(self._changed)
        self.fields.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("How will you use Thuisboek?"))
        self.setSubTitle(
            self.tr(
                "Thuisboek works without a connection. Connected to the central office, it "
                "syncs your household's records whenever there is a network."
            )
        )
        self.connect_now.setText(self.tr("&Connect with the central office now"))
        self.connect_note.setText(
            self.tr(
                "Type the server address and the one-time enrolment code the central office "
                "gave you for this computer. Your name and your household come from the "
                "central office."
            )
        )
        self.offline.setText(self.tr("Start on this computer &only, and connect later"))
        self.offline_note.setText(
            self.tr(
                "Everything stays on this computer. Connect it later from the settings: what "
                "you wrote until then goes along."
            )
        )

    def connecting(self) -> bool:
        return self.connect_now.isChecked()

    def _changed(self) -> None:
        self.fields.setEnabled(self.connecting())
        self.message.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.connecting():
            return self.fields.filled()
        return self.offline.isChecked()

    def validatePage(self) -> bool:
        """The address and the code are checked before leaving the page (the
        server is asked only on Finish)."""
        if not self.connecting():
            return True
        problem = self.fields.problem()
        if problem is None:
            return True
        field, text = problem
        self.show_problem(field, text)
        return False

    def show_problem(self, field: QLineEdit, text: str) -> None:
        self.message.setText(text)
        field.setFocus()
        field.selectAll()

    def nextId(self) -> int:
        return PASSPHRASE_PAGE if self.connecting() else HOUSEHOLD_PAGE


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
        self.status = keys.keyring()
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
                    "%1", keyring_name(self.status.backend)
                )
            )
        else:
            self.keyring_note.setText(keyring_reason(self.status))
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
    def __init__(self, start: StartPage) -> None:
        super().__init__()
        self.start = start
        self.text = QLabel()
        self.text.setWordWrap(True)
        # On a line of its own: a wrapped label would break the address after "https://".
        self.address = QLabel()
        self.address.setObjectName("finishAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.address.font()
        font.setBold(True)
        self.address.setFont(font)
        self.progress = QProgressBar()
        self.progress.setObjectName("createBusy")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.step = QLabel()
        self.step.setObjectName("createStep")
        self.step.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("createError")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.address)
        layout.addSpacing(12)
        layout.addWidget(self.progress)
        layout.addWidget(self.step)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        connecting = self.start.connecting()
        self.address.setVisible(connecting)
        self.address.setText(self.start.fields.url() if connecting else "")
        if connecting:
            self.text.setText(
                self.tr(
                    "Press Finish to make your encrypted home book on this computer and connect "
                    "it to the central office below. Your household's records then come in by "
                    "themselves."
                )
            )
        else:
            self.text.setText(
                self.tr(
                    "Thuisboek works without a connection. Connecting this computer to the "
                    "central office (enrolment) can be done later, from the settings. Press "
                    "Finish to open your home book."
                )
            )

    def set_busy(self, text: str | None) -> None:
        self.progress.setVisible(text is not None)
        self.step.setText(text or "")
        if text is not None:
            self.error.clear()
