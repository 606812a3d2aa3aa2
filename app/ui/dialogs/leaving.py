"""Closing a child's placement: the day it ended and where the child goes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.messages import ThuisboekError, ValidationFailed
from app.domain.records import Child
from app.domain.vocabulary import PlacementOutcome
from app.services.leaving import LeavingService
from app.ui.context import UiContext
from app.ui.dialogs.child import ProblemBox


def outcome_label(outcome: PlacementOutcome) -> str:
    labels = {
        PlacementOutcome.RETURN_HOME: QCoreApplication.translate("Leaving", "Home to the parents"),
        PlacementOutcome.KINSHIP: QCoreApplication.translate(
            "Leaving", "With family or people close to the child"
        ),
        PlacementOutcome.OTHER_PLACEMENT: QCoreApplication.translate(
            "Leaving", "Another placement"
        ),
        PlacementOutcome.ADOPTION: QCoreApplication.translate("Leaving", "Adoption"),
        PlacementOutcome.INDEPENDENT_LIVING: QCoreApplication.translate(
            "Leaving", "Living independently"
        ),
        PlacementOutcome.OTHER: QCoreApplication.translate("Leaving", "Somewhere else"),
    }
    return labels[outcome]


class ClosePlacementDialog(QDialog):
    """``accept()`` stores the closing; it syncs at the next sync."""

    def __init__(self, ctx: UiContext, child: Child, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child = child
        self.service = LeavingService(ctx.book)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.ended = QDateEdit()
        self.ended.setCalendarPopup(True)
        today = ctx.book.today()
        self.ended.setDate(QDate(today.year, today.month, today.day))
        self.outcome = QComboBox()
        for outcome in PlacementOutcome:
            self.outcome.addItem(outcome_label(outcome), outcome.value)
        self.problems = ProblemBox()
        self.form = QFormLayout()
        self.ended_label = QLabel()
        self.ended_label.setBuddy(self.ended)
        self.outcome_label = QLabel()
        self.outcome_label.setBuddy(self.outcome)
        self.form.addRow(self.ended_label, self.ended)
        self.form.addRow(self.outcome_label, self.outcome)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close the placement"))
        self.intro.setText(
            self.tr(
                "{name} leaves the household. After the next sync the household's laptops "
                "send what they still hold about {name}, then erase the child; the central "
                "office keeps the file for the retention period."
            ).format(name=self.child.given_name)
        )
        self.ended_label.setText(self.tr("&Last day of the placement"))
        self.outcome_label.setText(self.tr("&Where the child goes"))

    def accept(self) -> None:
        value = self.ended.date()
        ended = date(value.year(), value.month(), value.day())
        outcome = PlacementOutcome(str(self.outcome.currentData()))
        try:
            closed = self.service.close(self.child.id, ended, outcome)
        except ValidationFailed as exc:
            self.problems.show_problems(exc.problems)
            return
        except ThuisboekError as exc:
            self.problems.show_error(exc)
            return
        self.ctx.events.sig_records_changed.emit(
            ChangeSet.of(Child.kind, ids=[closed.id], households=[closed.household_id])
        )
        super().accept()
