"""The well-being check form: the eight dimensions, each a rating from 1 to 4 or
"not applicable", with an optional sentence, and the previous check beside it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import Child, WellbeingCheck
from app.domain.vocabulary import WellbeingDimension
from app.services.wellbeing import WellbeingService
from app.ui.commands import CreateRecord
from app.ui.context import UiContext
from app.ui.dialogs.child import ProblemBox
from app.ui.dialogs.contact_note import AmendRecord

CTX = "Wellbeing"
DIMENSIONS: dict[WellbeingDimension, str] = {
    WellbeingDimension.CARE: QT_TRANSLATE_NOOP("Wellbeing", "Care"),
    WellbeingDimension.FOOD_SECURITY: QT_TRANSLATE_NOOP("Wellbeing", "Food security"),
    WellbeingDimension.ACCOMMODATION: QT_TRANSLATE_NOOP("Wellbeing", "Accommodation"),
    WellbeingDimension.PHYSICAL_HEALTH: QT_TRANSLATE_NOOP("Wellbeing", "Physical health"),
    WellbeingDimension.EDUCATION_SKILLS: QT_TRANSLATE_NOOP("Wellbeing", "Education and skills"),
    WellbeingDimension.LIVELIHOOD: QT_TRANSLATE_NOOP("Wellbeing", "Livelihood"),
    WellbeingDimension.PROTECTION_INCLUSION: QT_TRANSLATE_NOOP(
        "Wellbeing", "Protection and social inclusion"
    ),
    WellbeingDimension.SOCIAL_EMOTIONAL: QT_TRANSLATE_NOOP(
        "Wellbeing", "Social and emotional well-being"
    ),
}
NOT_APPLICABLE = -1  # the choice's data: the dimension does not apply at this age
RATINGS: tuple[tuple[int | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("Wellbeing", "Not rated")),
    (1, QT_TRANSLATE_NOOP("Wellbeing", "1 – serious concern")),
    (2, QT_TRANSLATE_NOOP("Wellbeing", "2 – some concern")),
    (3, QT_TRANSLATE_NOOP("Wellbeing", "3 – good")),
    (4, QT_TRANSLATE_NOOP("Wellbeing", "4 – very good")),
    (NOT_APPLICABLE, QT_TRANSLATE_NOOP("Wellbeing", "Not applicable")),
)


def dimension_label(dimension: WellbeingDimension) -> str:
    return QCoreApplication.translate(CTX, DIMENSIONS[dimension])


def rating_label(check: WellbeingCheck | None, dimension: WellbeingDimension) -> str:
    """How a check rated a dimension, in words ("–" when it did not)."""
    if check is None or dimension not in check.ratings:
        return "–"
    value = check.ratings[dimension]
    key = NOT_APPLICABLE if value is None else value
    return QCoreApplication.translate(CTX, dict(RATINGS)[key])


class WellbeingDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        child: Child,
        previous: WellbeingCheck | None,
        parent: QWidget | None = None,
        *,
        amends: WellbeingCheck | None = None,
    ) -> None:
        """``amends``: the check this form corrects (an amendment with a reason),
        its values filled in; None for a new check."""
        super().__init__(parent)
        self.ctx = ctx
        self.child = child
        self.previous = previous
        self.amends = amends
        self.reason = QLineEdit()
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        self.service = WellbeingService(ctx.book)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        today = ctx.book.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        grid = QGridLayout()
        self.column_titles = [QLabel(), QLabel(), QLabel(), QLabel()]
        for column, label in enumerate(self.column_titles):
            label.setStyleSheet("font-weight: bold")
            grid.addWidget(label, 0, column)
        self.labels: dict[WellbeingDimension, QLabel] = {}
        self.choices: dict[WellbeingDimension, QComboBox] = {}
        self.notes: dict[WellbeingDimension, QLineEdit] = {}
        self.before: dict[WellbeingDimension, QLabel] = {}
        for row, dimension in enumerate(WellbeingDimension, start=1):
            label, choice, note, before = QLabel(), QComboBox(), QLineEdit(), QLabel()
            label.setBuddy(choice)
            before.setWordWrap(True)
            note.setMaxLength(400)
            self.labels[dimension], self.choices[dimension] = label, choice
            self.notes[dimension], self.before[dimension] = note, before
            grid.addWidget(label, row, 0)
            grid.addWidget(choice, row, 1)
            grid.addWidget(note, row, 2)
            grid.addWidget(before, row, 3)
            # A dimension that did not apply last time most likely still does not.
            if previous is not None and previous.ratings.get(dimension, 0) is None:
                choice.setProperty("suggested", NOT_APPLICABLE)
        grid.setColumnStretch(2, 1)
        self.problems = ProblemBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QGridLayout()
        top.addWidget(self.date_label, 0, 0)
        top.addWidget(self.date, 0, 1)
        top.setColumnStretch(2, 1)
        if amends is not None:
            top.addWidget(self.reason_label, 1, 0)
            top.addWidget(self.reason, 1, 1, 1, 2)
            self.date.setDate(QDate(amends.date.year, amends.date.month, amends.date.day))
            for dimension, choice in self.choices.items():
                if dimension in amends.ratings:
                    value = amends.ratings[dimension]
                    choice.setProperty("suggested", NOT_APPLICABLE if value is None else value)
                else:
                    choice.setProperty("suggested", None)
                self.notes[dimension].setText(amends.notes.get(dimension, ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(self.fontMetrics().horizontalAdvance("M") * 70, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Correct a well-being check") if self.amends else self.tr("Well-being check")
        )
        self.reason_label.setText(self.tr("R&eason for the correction:"))
        self.heading.setText(
            self.tr(
                "How is %1 doing? Rate what you see now; leave out what you cannot judge."
            ).replace("%1", self.child.given_name)
        )
        self.date_label.setText(self.tr("&Date:"))
        titles = (self.tr("Dimension"), self.tr("Rating"), self.tr("One sentence (optional)"))
        for label, text in zip(self.column_titles, titles, strict=False):
            label.setText(text)
        if self.previous is None:
            self.column_titles[3].setText(self.tr("Previous check: none"))
        else:
            when = self.ctx.languages.locale().toString(
                QDate(self.previous.date.year, self.previous.date.month, self.previous.date.day),
                self.ctx.languages.locale().FormatType.ShortFormat,
            )
            self.column_titles[3].setText(self.tr("Previous check (%1)").replace("%1", when))
        for dimension, choice in self.choices.items():
            self.labels[dimension].setText(dimension_label(dimension))
            current = choice.currentData() if choice.count() else choice.property("suggested")
            choice.clear()
            for value, text in RATINGS:
                choice.addItem(QCoreApplication.translate(CTX, text), value)
            index = choice.findData(current) if current is not None else 0
            choice.setCurrentIndex(max(index, 0))
            self.notes[dimension].setPlaceholderText(self.tr("What makes you say so?"))
            before = rating_label(self.previous, dimension)
            said = self.previous.notes.get(dimension, "") if self.previous else ""
            self.before[dimension].setText(f"{before} — {said}" if said else before)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def check(self) -> WellbeingCheck:
        ratings: dict[WellbeingDimension, int | None] = {}
        for dimension, choice in self.choices.items():
            value = choice.currentData()
            if value == NOT_APPLICABLE:
                ratings[dimension] = None
            elif value is not None:
                ratings[dimension] = int(value)
        notes = {d: n.text() for d, n in self.notes.items() if n.text().strip()}
        day = self.date.date().toPython()
        return self.service.new_check(self.child.id, day, ratings, notes)  # type: ignore[arg-type]

    def accept(self) -> None:
        record = self.check()
        if self.amends is not None:
            record = record.model_copy(
                update={"amends_id": self.amends.id, "amendment_reason": self.reason.text().strip()}
            )
        problems = record.problems(self.ctx.book.today())
        if problems:
            self.problems.show_problems(problems)
            focus = self.reason if problems[0].field == "amendment_reason" else None
            (focus or self.choices[WellbeingDimension.CARE]).setFocus(
                Qt.FocusReason.OtherFocusReason
            )
            return
        self.problems.clear()
        if self.amends is None:
            self.ctx.undo.push(CreateRecord(self.ctx, record, self.tr("Well-being check")))
        else:
            values = {"date": record.date, "ratings": record.ratings, "notes": record.notes}
            text = self.tr("Correct a well-being check")
            reason = record.amendment_reason
            self.ctx.undo.push(AmendRecord(self.ctx, self.amends.id, reason, values, text))
        super().accept()
