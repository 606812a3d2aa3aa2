"""Care-plan goals: the child's goals with their area, review date and status;
the chosen goal's history; a daily log or contact note linked to it in one
action ("this moves the goal"); a new status with a few words."""

from __future__ import annotations

import html
import uuid
from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.care import CareGoal, GoalStep
from app.domain.changes import ChangeSet
from app.domain.records import ContactNote, DailyLog, Entry
from app.domain.vocabulary import GoalStatus, Role
from app.services.changes import changes_of
from app.services.goals import GoalHistory, GoalService
from app.ui.context import UiContext
from app.ui.dialogs.care import GoalDialog, StatusDialog
from app.ui.models.care import area_label, colon, day_text, goal_status_label
from app.ui.pages.base import later

KINDS = frozenset({CareGoal.kind, GoalStep.kind, DailyLog.kind, ContactNote.kind})
LINK_DAYS = 30  # how far back the entries offered for a link go


def entry_title(entry: Entry, locale_day: str) -> str:
    """A log or note as one line of a menu: its day and its first words."""
    words = ""
    if isinstance(entry, DailyLog):
        words = entry.text or entry.moments or entry.health or entry.sleep
    elif isinstance(entry, ContactNote):
        words = entry.text or entry.reaction_during or entry.agreements
    words = " ".join(words.split())
    if len(words) > 60:
        words = words[:59] + "…"
    return f"{locale_day} — {words}" if words else locale_day


class GoalsPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = GoalService(ctx.book)
        self.child_id: uuid.UUID | None = None
        self.goals: list[GoalHistory] = []
        self.entries: list[Entry] = []
        self._generation = 0
        self._can_write = ctx.book.identity.role == Role.CAREGIVER
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_a: self._show_history())
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.history = QTextBrowser()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit)
        self.status_button = QPushButton()
        self.status_button.clicked.connect(self.change_status)
        self.link_button = QToolButton()
        self.link_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.link_menu = QMenu(self)
        self.link_button.setMenu(self.link_menu)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.status_button, self.link_button):
            row.addWidget(button)
        row.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.history)
        split.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        ctx.events.sig_records_changed.connect(self._records_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Goal"),
                self.tr("Area"),
                self.tr("Review on"),
                self.tr("Status"),
                self.tr("Who sees to it"),
            ]
        )
        self.table.setAccessibleName(self.tr("Goals"))
        self.history.setAccessibleName(self.tr("History of the chosen goal"))
        self.empty.setText(
            self.tr(
                "No goals yet. Write the care plan's goals in the family's words, "
                "e.g. “Noah sees his sister every two weeks”."
            )
        )
        self.add_button.setText(self.tr("&Add goal…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.status_button.setText(self.tr("&Status…"))
        self.link_button.setText(self.tr("This moves the goal: &link…"))
        self.link_button.setToolTip(self.tr("Link a daily log or contact note to the chosen goal"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_child(self, child_id: uuid.UUID | None) -> None:
        self.child_id = child_id
        self.reload()

    def _records_changed(self, changes: ChangeSet) -> None:
        if later(self, changes, self._records_changed):
            return  # its page is behind another: told when it comes to the front
        if changes.concerns(*KINDS):
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        if self.child_id is None:
            return
        generation, child_id = self._generation, self.child_id
        since = self.ctx.book.today() - timedelta(days=LINK_DAYS)

        def read() -> tuple[list[GoalHistory], list[Entry]]:
            return self.service.goals(child_id), self.service.recent_entries(child_id, since)

        self.ctx.tasks.run(
            read, lambda found: self._loaded(generation, *found), self.ctx.events.sig_error.emit
        )

    def _loaded(self, generation: int, goals: list[GoalHistory], entries: list[Entry]) -> None:
        if generation != self._generation:
            return
        chosen = self.current()
        self.goals, self.entries = goals, entries
        self._fill()
        if chosen is not None:
            for row, found in enumerate(goals):
                if found.goal.id == chosen.goal.id:
                    self.table.setCurrentCell(row, 0)

    def _day(self, day: date | None) -> str:
        return day_text(self.ctx.languages.locale(), day) if day else ""

    def _fill(self) -> None:
        today = self.ctx.book.today()
        self.table.setRowCount(len(self.goals))
        for row, found in enumerate(self.goals):
            goal = found.goal
            review = self._day(goal.review_on)
            if goal.past_review(today):
                review = self.tr("%1 (past)").replace("%1", review)
            cells = [goal.text, area_label(goal.area), review, goal_status_label(goal.status),
                     goal.owner]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and goal.past_review(today):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.goals and self.child_id is not None)
        self._fill_links()
        self._show_history()

    def _fill_links(self) -> None:
        self.link_menu.clear()
        for entry in self.entries:
            label = entry_title(entry, self._day(entry.day()))
            if isinstance(entry, ContactNote):
                label = self.tr("Contact: %1").replace("%1", label)
            action = QAction(label, self.link_menu)
            action.triggered.connect(lambda _=False, e=entry: self.link(e))
            self.link_menu.addAction(action)
        if not self.entries:
            none = self.link_menu.addAction(self.tr("No logs or notes in the last 30 days"))
            none.setEnabled(False)
        self.add_button.setEnabled(self._can_write and self.child_id is not None)

    def current(self) -> GoalHistory | None:
        row = self.table.currentRow()
        return self.goals[row] if 0 <= row < len(self.goals) else None

    def _show_history(self) -> None:
        found = self.current()
        self._fill_links_state(found)
        if found is None:
            self.history.setHtml("")
            return
        goal = found.goal
        parts = [f"<h3>{html.escape(goal.text)}</h3>"]
        facts = [
            (self.tr("Area"), area_label(goal.area)),
            (self.tr("Since"), self._day(goal.start)),
            (self.tr("Review on"), self._day(goal.review_on)),
            (self.tr("Status"), goal_status_label(goal.status)),
        ]
        if goal.status == GoalStatus.DROPPED:
            facts.append((self.tr("Why dropped"), goal.drop_reason))
        parts.append(
            "".join(f"<b>{html.escape(colon(k))}</b> {html.escape(v)}<br>" for k, v in facts if v)
        )
        history = self.tr("History")
        parts.append(f"<h4>{html.escape(history)}</h4>")
        if not found.steps:
            nothing = self.tr("Nothing linked yet.")
            parts.append(f"<p><i>{html.escape(nothing)}</i></p>")
        entries = found.entries or {}
        for step in reversed(found.steps):
            line = f"<b>{html.escape(self._day(step.on))}</b> "
            if step.status is not None:
                status = goal_status_label(step.status)
                line += html.escape(self.tr("Status: %1").replace("%1", status))
            if step.entry_id is not None:
                entry = entries.get(step.entry_id)
                what = (
                    self.tr("Daily log")
                    if step.entry_kind == DailyLog.kind
                    else self.tr("Contact note")
                )
                if isinstance(entry, Entry):
                    what = entry_title(entry, what)
                line += html.escape(what)
            if step.note:
                line += "<br>" + html.escape(step.note)
            parts.append(f"<p>{line}</p>")
        self.history.setHtml("".join(parts))

    def _fill_links_state(self, found: GoalHistory | None) -> None:
        open_ = found is not None and not found.goal.is_closed()
        self.link_button.setEnabled(self._can_write and open_)
        for button in (self.edit_button, self.status_button):
            button.setEnabled(self._can_write and found is not None)

    # Actions ------------------------------------------------------------------------
    def add(self) -> GoalDialog | None:
        if self.child_id is None or not self._can_write:
            return None
        dialog = GoalDialog(self.ctx, self.child_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit(self) -> GoalDialog | None:
        found = self.current()
        if found is None or self.child_id is None or not self._can_write:
            return None
        dialog = GoalDialog(self.ctx, self.child_id, found.goal, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def change_status(self) -> StatusDialog | None:
        found = self.current()
        if found is None or not self._can_write:
            return None
        dialog = StatusDialog(self.ctx, found.goal, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        goal_id = found.goal.id

        def chosen(_record: object) -> None:
            status, note = dialog.chosen()
            self.ctx.tasks.run(
                lambda: self.service.set_status(goal_id, status, note, note),
                lambda written: self.ctx.changed(changes_of(*written)),
                self.ctx.events.sig_error.emit,
            )

        dialog.sig_saved.connect(chosen)
        dialog.open()
        return dialog

    def link(self, entry: Entry) -> None:
        """One action: the chosen goal is moved by ``entry``."""
        found = self.current()
        if found is None or not self._can_write:
            return
        goal_id = found.goal.id
        self.ctx.tasks.run(
            lambda: self.service.link(goal_id, entry),
            lambda step: self.ctx.changed(changes_of(step)),
            self.ctx.events.sig_error.emit,
        )


class GoalLinkButton(QToolButton):
    """Beside a daily log or contact note: "Moves a goal…", a menu of the child's
    open goals; one click links the entry to the goal chosen."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("goalLink")
        self.service = GoalService(ctx.book)
        self.entry: Entry | None = None
        self.goals: list[CareGoal] = []
        self._generation = 0
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setText(self.tr("Moves a &goal…"))
        self.setToolTip(self.tr("Link this entry to a goal of the child's care plan"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_entry(self, entry: object) -> None:
        """Offer the open goals of the children of a log or note (hidden for
        anything else, for supervisors, and where the children have no goals)."""
        self._generation += 1
        ok = isinstance(entry, Entry) and entry.kind in (DailyLog.kind, ContactNote.kind)
        if not ok or self.ctx.book.identity.role != Role.CAREGIVER:
            self.entry = None
            self.hide()
            return
        assert isinstance(entry, Entry)
        self.entry = entry
        generation, children = self._generation, entry.child_ids()
        self.ctx.tasks.run(
            lambda: self.service.open_goals(children),
            lambda goals: self._loaded(generation, goals),
            self.ctx.events.sig_error.emit,
        )

    def _loaded(self, generation: int, goals: list[CareGoal]) -> None:
        if generation != self._generation:
            return
        self.goals = goals
        menu = self.menu()
        menu.clear()
        for goal in goals:
            action = menu.addAction(goal.text)
            action.triggered.connect(lambda _=False, g=goal.id: self.link(g))
        self.setVisible(bool(goals))

    def link(self, goal_id: uuid.UUID) -> None:
        entry = self.entry
        if entry is None:
            return
        self.ctx.tasks.run(
            lambda: self.service.link(goal_id, entry),
            lambda step: self.ctx.changed(changes_of(step)),
            self.ctx.events.sig_error.emit,
        )
