"""The Well-being page: a child's checks on the eight dimensions, the latest beside
the one before, a reminder when three months have passed, and a new check."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.records import Child, WellbeingCheck
from app.domain.vocabulary import Role, WellbeingDimension
from app.services.wellbeing import Due, WellbeingService, change, due
from app.ui.context import UiContext
from app.ui.dialogs.wellbeing import WellbeingDialog, dimension_label, rating_label
from app.ui.pages.base import ChildPage


def _day(ctx: UiContext, day: date) -> str:
    locale = ctx.languages.locale()
    return locale.toString(QDate(day.year, day.month, day.day), locale.FormatType.ShortFormat)


def _arrow(delta: int | None) -> str:
    if delta is None:
        return ""
    return "↑" if delta > 0 else "↓" if delta < 0 else "="


class WellbeingPage(ChildPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = WellbeingService(ctx.book)
        self.checks: list[WellbeingCheck] = []
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setObjectName("wellbeingReminder")
        self.new_check = QPushButton()
        self.new_check.clicked.connect(self.open_form)
        self.new_check.setVisible(ctx.book.identity.role == Role.CAREGIVER)
        self.correct = QPushButton()
        self.correct.clicked.connect(self.open_correction)
        self.correct.setVisible(ctx.book.identity.role == Role.CAREGIVER)
        self.table = QTableWidget(len(WellbeingDimension), 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.reminder, 1)
        top.addWidget(self.correct)
        top.addWidget(self.new_check)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Well-being")

    def retranslate(self) -> None:
        self.new_check.setText(self.tr("&New well-being check…"))
        self.correct.setText(self.tr("&Correct the latest…"))
        self._show()

    def set_child(self, child: Child | None) -> None:
        super().set_child(child)
        self.checks = []
        self._show()
        self._reload()

    def on_records_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(WellbeingCheck.kind) or changes.concerns(Child.kind):
            self._reload()

    def _reload(self) -> None:
        if self.child is None:
            return
        child_id = self.child.id
        service = self.service

        def show(found: list[WellbeingCheck]) -> None:
            if not shiboken6.isValid(self) or self.child is None or self.child.id != child_id:
                return
            self.checks = found
            self._show()

        self.ctx.tasks.run(lambda: service.checks(child_id), show, self.ctx.events.sig_error.emit)

    def due(self) -> Due | None:
        if self.child is None:
            return None
        return due(self.child, self.checks, self.ctx.book.today())

    def _show(self) -> None:
        latest = self.checks[0] if self.checks else None
        previous = self.checks[1] if len(self.checks) > 1 else None
        headers = [
            self.tr("Dimension"),
            self.tr("Latest (%1)").replace("%1", _day(self.ctx, latest.date)) if latest
            else self.tr("Latest"),
            self.tr("Before (%1)").replace("%1", _day(self.ctx, previous.date)) if previous
            else self.tr("Before"),
            self.tr("Change and note"),
        ]  # fmt: skip
        self.table.setHorizontalHeaderLabels(headers)
        moved = change(previous, latest) if latest is not None else {}
        for row, dimension in enumerate(WellbeingDimension):
            note = latest.notes.get(dimension, "") if latest else ""
            cells = (
                dimension_label(dimension),
                rating_label(latest, dimension),
                rating_label(previous, dimension),
                f"{_arrow(moved.get(dimension.value))} {note}".strip(),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.reminder.setText(self._reminder())
        self.new_check.setEnabled(self.child is not None)
        self.correct.setEnabled(self.child is not None and latest is not None)

    def _reminder(self) -> str:
        found = self.due()
        if found is None:
            return ""
        if found.last is None:
            return self.tr("No well-being check yet. One every three months helps to see how "
                           "the child is doing.")  # fmt: skip
        last = _day(self.ctx, found.last)
        if found.is_due:
            return self.tr("A well-being check is due: the last one was on %1.").replace("%1", last)
        return (
            self.tr("Last well-being check on %1; the next one around %2.")
            .replace("%1", last)
            .replace("%2", _day(self.ctx, found.due_on))
        )

    def open_form(self) -> None:
        if self.child is None:
            return
        dialog = WellbeingDialog(self.ctx, self.child, self.checks[0] if self.checks else None,
                                 self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_correction(self) -> None:
        """The latest check in the form, to correct by an amendment with a reason."""
        if self.child is None or not self.checks:
            return
        before = self.checks[1] if len(self.checks) > 1 else None
        dialog = WellbeingDialog(self.ctx, self.child, before, self, amends=self.checks[0])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
