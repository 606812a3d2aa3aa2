"""The Today page: one child's log of one day, written in a few tired minutes.

Words are never lost: while typing, the page keeps a draft in the encrypted store
(after a short pause, and in ``flush()`` before a lock, quit or another child),
and undoing a save turns the log back into a draft. A log that is kept as it was
written (synced, a day old, or someone else's) is shown read-only and corrected
by an amendment with a reason.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.messages import ThuisboekError, ValidationFailed
from app.domain.records import Child, DailyLog
from app.services.changes import changes_of
from app.ui.context import UiContext
from app.ui.dialogs.attachments import AttachmentStrip
from app.ui.i18n import tr_message
from app.ui.pages.base import DRAFT_PAUSE_MS, ChildPage
from app.ui.pages.care_medication import TodayDoses
from app.ui.pages.today_amend import AmendDialog
from app.ui.pages.today_bars import Banner, DayBar, side_by_side
from app.ui.pages.today_commands import (
    DraftDiscarded,
    LogAdded,
    LogChanged,
    amendment_stored,
    keep_as_draft,
)
from app.ui.pages.today_form import LogForm
from app.ui.pages.today_side import DaySidePanel
from app.ui.pages.today_state import (
    DayState,
    amendment_start,
    load_day,
    log_fields,
    normalized,
)
from app.ui.pages.today_view import qdate

Key = tuple[uuid.UUID, date]


def _alive(widget: QWidget) -> bool:
    return shiboken6.isValid(widget)


class TodayPage(ChildPage):
    # The log was saved with Ctrl+Enter: the window goes on to the next child.
    sig_next_child = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.day: date = ctx.book.today()
        self.state: DayState | None = None
        self.amend_dialog: AmendDialog | None = None
        self._generation = 0
        self._edits = 0  # counts keystrokes and clicks, so a late load never overwrites them
        self._follow_today = True  # the day moves on at midnight unless one was chosen
        self._fresh_pending = False
        self._dirty = False  # edits not yet kept as a draft
        # The day's draft was written by this page while showing it (not restored).
        self._own_draft = False
        self._saving = False
        self._next_after_save = False
        self._saved: tuple[uuid.UUID, int] | None = None
        self._focus: QWidget | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_PAUSE_MS)
        self._draft_timer.timeout.connect(self._store_draft)
        self._build()
        self.retranslate()
        self._show_no_child()

    def title(self) -> str:
        return self.tr("Today")

    # Building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.day_bar = DayBar()
        self.day_bar.sig_day_chosen.connect(self.go_to_day)
        self.day_bar.sig_step.connect(lambda step: self.go_to_day(self.day + timedelta(step)))
        self.day_bar.sig_today.connect(self.go_today)
        self.banner = Banner()
        self.banner.discard_button.clicked.connect(self.discard_draft)
        self.banner.amend_button.clicked.connect(lambda: self.open_amendment())

        self.form = LogForm()
        self.form.sig_edited.connect(self._edited)
        form_holder = QWidget()
        holder_layout = QVBoxLayout(form_holder)
        holder_layout.setContentsMargins(4, 4, 12, 4)
        holder_layout.addWidget(self.form)
        self.side = DaySidePanel(self.ctx.languages.locale())
        self.side.sig_amend.connect(self.open_amendment)
        self.day_bar.previous_toggle.toggled.connect(self.side.set_previous_visible)
        self.splitter = side_by_side(form_holder, self.side)
        self.doses = TodayDoses(self.ctx)  # today's medication, ticked when given
        side_layout = self.side.layout()
        assert isinstance(side_layout, QVBoxLayout)
        side_layout.insertWidget(0, self.doses)
        # Photos and documents of the saved log (a log is saved before it gets any).
        self.attachments = AttachmentStrip(self.ctx, compact=True)
        self.attachments.setObjectName("todayAttachments")
        self.attachments.hide()
        side_layout.insertWidget(1, self.attachments)

        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.hide()
        self.status_label = QLabel()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.day_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.problems_label)
        layout.addLayout(bottom)

        self.save_action = self._action(QKeySequence.StandardKey.Save, self.save)
        self.save_next_action = self._action(QKeySequence("Ctrl+Return"), self.save_and_next)
        self.save_next_action.setShortcuts(
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
        )
        # While writing in the page only: a list elsewhere in the window may take
        # Ctrl+Enter for its own (the refused changes send with it).
        self.save_next_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.prev_day_action = self._action(QKeySequence("Alt+Left"), self.go_previous_day)
        self.next_day_action = self._action(QKeySequence("Alt+Right"), self.go_next_day)
        self.today_action = self._action(QKeySequence("Alt+Home"), self.go_today)
        QWidget.setTabOrder(self.day_bar.previous_toggle, self.banner.amend_button)
        QWidget.setTabOrder(self.banner.discard_button, self.form.mood_buttons[1])
        QWidget.setTabOrder(self.form.texts["text"], self.save_button)

    def _action(self, keys: QKeySequence | QKeySequence.StandardKey, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        # While the page shows, wherever the focus is (also on its tab, just clicked).
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        locale = self.ctx.languages.locale()
        self.side.dates_locale = locale
        self.day_bar.retranslate(locale)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(
            self.tr("Save the log (%1); %2 saves and goes to the next child without a log")
            .replace("%1", QKeySequence(QKeySequence.StandardKey.Save).toString(
                QKeySequence.SequenceFormat.NativeText))
            .replace("%2", QKeySequence("Ctrl+Return").toString(
                QKeySequence.SequenceFormat.NativeText))
        )  # fmt: skip
        self.save_action.setText(self.tr("Save the log"))
        self.save_next_action.setText(self.tr("Save the log and go to the next child"))
        self.prev_day_action.setText(self.tr("Previous day"))
        self.next_day_action.setText(self.tr("Next day"))
        self.today_action.setText(self.tr("Back to today"))
        self._update_banner()
        self.side.retranslate()

    # Choosing the child and the day -----------------------------------------------
    def set_child(self, child: Child | None) -> None:
        self.flush()
        same = child is not None and self.child is not None and child.id == self.child.id
        super().set_child(child)
        self.doses.set_child(child.id if child else None)
        today = self.ctx.book.today()
        day = today if self._follow_today else min(self.day, today)
        if same and self.state is not None and day == self.day:
            # The main window chose the same child again (its list was refreshed):
            # keep the form, the day and the "Saved" note.
            self._sync_date_controls()
            self._load(fresh=False)
        elif child is None:
            self._show_no_child()
        else:
            self.day = day
            self._switch()

    def go_to_day(self, day: date) -> None:
        if self.child is None:
            return
        day = max(self._first_day(), min(day, self.ctx.book.today()))
        if day == self.day:
            self._sync_date_controls()
            return
        self.flush()
        self.day = day
        self._follow_today = day == self.ctx.book.today()
        self._switch()

    def go_previous_day(self) -> None:
        self.go_to_day(self.day - timedelta(days=1))

    def go_next_day(self) -> None:
        self.go_to_day(self.day + timedelta(days=1))

    def go_today(self) -> None:
        self.go_to_day(self.ctx.book.today())

    def _first_day(self) -> date:
        today = self.ctx.book.today()
        return min(self.child.date_of_birth, today) if self.child else today

    def _key(self) -> Key | None:
        return (self.child.id, self.day) if self.child is not None else None

    def _sync_date_controls(self) -> None:
        today, first = self.ctx.book.today(), self._first_day()
        has_child = self.child is not None
        self.day_bar.show_day(self.day if has_child else None, first, today)
        self.next_day_action.setEnabled(has_child and self.day < today)
        self.prev_day_action.setEnabled(has_child and self.day > first)

    def _reset(self) -> None:
        self._draft_timer.stop()
        self._dirty = self._own_draft = False
        self._saved = None
        self.state = None
        self.status_label.clear()
        self.problems_label.hide()
        self._sync_date_controls()
        self.form.clear()
        self._show_attachments(None)
        self._update_banner()
        self._update_actions()

    def _show_no_child(self) -> None:
        self._generation += 1  # a load still under way is of no use any more
        self._reset()
        self.form.set_read_only(True)
        self.side.show_state(None)

    def _switch(self) -> None:
        """Show another child or day: clear the form at once (nothing typed may land
        on the wrong day) and load what is stored."""
        focus = QApplication.focusWidget()
        if focus is not None and self.form.isAncestorOf(focus):
            self._focus = focus
        self._reset()
        self.form.setEnabled(False)
        self._load(fresh=True)

    # Loading ----------------------------------------------------------------------
    def _load(self, *, fresh: bool) -> None:
        if self.child is None:
            return
        self._generation += 1
        generation, edits = self._generation, self._edits
        self._fresh_pending = self._fresh_pending or fresh
        child_id, day = self.child.id, self.day
        daily, records = self.ctx.daily, self.ctx.records
        self.ctx.tasks.run(
            lambda: load_day(daily, records, child_id, day),
            lambda state: self._loaded(generation, state, edits),
            lambda error: self._load_failed(generation, error),
        )

    def _loaded(self, generation: int, state: DayState, edits: int) -> None:
        if not _alive(self) or generation != self._generation:
            return
        fresh, self._fresh_pending = self._fresh_pending, False
        locked = state.mine is not None and not state.editable
        if locked and self._dirty:
            self._store_draft()  # it became locked while typing: keep the words
        self.state = state
        if locked:
            assert state.mine is not None
            self.form.set_values(log_fields(state.mine))
        elif fresh or not (self._dirty or edits != self._edits):
            if state.draft is not None:
                self.form.set_values(normalized(state.draft))
            elif state.mine is not None:
                self.form.set_values(log_fields(state.mine))
            else:
                self.form.clear()
        if state.draft is None:
            self._own_draft = False
        self.form.set_read_only(locked)
        self.form.setEnabled(True)
        if fresh and self._focus is not None and _alive(self._focus):
            self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus = None
        if self._saved is not None and (
            state.mine is None or self._saved != (state.mine.id, state.mine.version)
        ):
            self._saved = None
            self.status_label.clear()
        self.side.show_state(state)
        self._show_attachments(state)
        self._update_banner()
        self._update_actions()

    def _show_attachments(self, state: DayState | None) -> None:
        mine = state.mine if state is not None else None
        shown = mine is not None and mine.amends_id is None and not mine.deleted
        self.attachments.set_record(mine if shown else None)
        self.attachments.setVisible(shown)

    def _load_failed(self, generation: int, error: Exception) -> None:
        if not _alive(self) or generation != self._generation:
            return
        self._fresh_pending = False
        self.form.set_read_only(True)  # nothing typed here could be kept
        self.form.setEnabled(True)
        self._show_problem_text(self._error_text(error))

    def on_records_changed(self, changes: ChangeSet) -> None:
        if self.child is not None and changes.concerns(DailyLog.kind, "person"):
            self._load(fresh=False)

    # Showing the state ------------------------------------------------------------
    def _locked(self) -> bool:
        return self.state is not None and self.state.mine is not None and not self.state.editable

    def _update_banner(self) -> None:
        state = self.state
        if state is None:
            self.banner.hide()
        elif self._locked():
            assert state.locked_reason is not None
            text = tr_message(state.locked_reason)
            if state.draft is not None:
                text += " " + self.tr(
                    "Your unsaved draft of this day is kept: add it as an amendment, or discard it."
                )
            self.banner.show_notice(text, amend=True, discard=state.draft is not None)
        elif state.draft is not None and not self._own_draft:
            text = self.tr(
                "Restored your unsaved draft. It is not saved yet: press Save (Ctrl+S) to keep "
                "it, or discard it."
            )
            self.banner.show_notice(text, discard=True)
        else:
            self.banner.hide()

    def _update_actions(self) -> None:
        editable = self.child is not None and self.state is not None and not self._locked()
        self.save_action.setEnabled(editable and not self._saving)
        self.save_next_action.setEnabled(self.state is not None and not self._saving)
        self.save_button.setEnabled(editable and not self._saving)

    def _show_problem_text(self, text: str) -> None:
        self.problems_label.setText(text)
        self.problems_label.setVisible(bool(text))

    def _error_text(self, error: Exception) -> str:
        if isinstance(error, ThuisboekError):
            return "⚠ " + tr_message(error.message)
        return "⚠ " + self.tr("Something went wrong (%1).").replace("%1", type(error).__name__)

    def _now(self) -> str:
        return self.ctx.languages.locale().toString(
            QTime.currentTime(), QLocale.FormatType.ShortFormat
        )

    # Drafts -----------------------------------------------------------------------
    def _edited(self) -> None:
        if self.child is None or self.state is None or self._locked():
            return
        self._dirty = True
        self._edits += 1
        self._draft_timer.start()
        self.problems_label.hide()
        if self._saved is not None:
            self._saved = None
            self.status_label.clear()

    def flush(self) -> None:
        self._store_draft()

    def _store_draft(self) -> None:
        if not _alive(self):
            return  # deleted with its window, which stored the draft on closing
        self._draft_timer.stop()
        key = self._key()
        if not self._dirty or key is None or self.state is None or self._locked():
            return
        self._dirty = False
        values = self.form.values()
        mine = self.state.mine
        # Typing back to what is stored leaves nothing unsaved.
        unchanged = values == log_fields(mine) if mine is not None else self.form.is_empty()
        daily = self.ctx.daily
        child_id, day = key
        self.ctx.tasks.run(
            (lambda: daily.discard_draft(child_id, day))
            if unchanged
            else (lambda: daily.save_draft(child_id, day, values)),
            lambda _r: self._draft_stored(key, not unchanged),
            self.ctx.events.sig_error.emit,
        )

    def _draft_stored(self, key: Key, kept: bool) -> None:
        if not _alive(self) or key != self._key():
            return
        self._own_draft = kept
        if kept and not self._saving:
            self.status_label.setText(
                self.tr("Not saved yet · draft kept at %1").replace("%1", self._now())
            )
        elif not kept and self._saved is None:
            self.status_label.clear()

    def discard_draft(self) -> None:
        key = self._key()
        if key is None or self.state is None:
            return
        self._draft_timer.stop()
        self._dirty = False
        draft = normalized(self.state.draft or {}) if self._locked() else self.form.values()
        child_id, day = key
        daily = self.ctx.daily
        text = self.tr("Discard the draft of %1").replace("%1", self._day_text())

        def done(_result: object) -> None:
            self.ctx.undo.push(DraftDiscarded(self.ctx, child_id, day, draft, text))
            if _alive(self) and key == self._key():
                self._own_draft = False
                self._load(fresh=True)
                self.status_label.setText(self.tr("Draft discarded. Edit › Undo brings it back."))

        self.ctx.tasks.run(
            lambda: daily.discard_draft(child_id, day), done, self.ctx.events.sig_error.emit
        )

    def _day_text(self) -> str:
        name = self.child.display_name() if self.child else ""
        when = self.ctx.languages.locale().toString(qdate(self.day), QLocale.FormatType.ShortFormat)
        return self.tr("%1, %2").replace("%1", name).replace("%2", when)

    # Saving -----------------------------------------------------------------------
    def focus_start(self) -> None:
        """The keyboard at the start of the form, now or once the day is read."""
        if self.state is not None and self.form.isEnabled() and not self._locked():
            self.form.focus_start()
        else:
            self._focus = self.form.mood_group.checkedButton() or self.form.mood_buttons[1]

    def save_and_next(self) -> None:
        """Ctrl+Enter: save the log, then on to the next child still without one."""
        if self._saving or self.state is None:
            return
        mine = self.state.mine
        if mine is not None and (self._locked() or self.form.values() == log_fields(mine)):
            self.sig_next_child.emit()  # nothing to save here
            return
        self._next_after_save = True
        if not self.save():
            self._next_after_save = False

    def save(self) -> bool:
        """Save the log in the background; whether a save started."""
        key = self._key()
        if key is None or self.state is None or self._locked() or self._saving:
            return False
        values = self.form.values()
        mine = self.state.mine
        if mine is None and self.form.is_empty():
            self._show_problem_text(
                "⚠ " + self.tr("Nothing is written yet: choose a mood or write a few words first.")
            )
            return False
        if mine is not None and values == log_fields(mine):
            self._dirty = True  # lets _store_draft drop a draft that says the same
            self._store_draft()
            self.status_label.setText(self.tr("No changes to save."))
            return False
        self._draft_timer.stop()
        self._dirty = False  # the save carries these words; a failure keeps them as a draft
        self._saving = True
        self._update_actions()
        self.status_label.setText(self.tr("Saving…"))
        before = log_fields(mine) if mine is not None else None
        text = self.tr("Save the log of %1").replace("%1", self._day_text())
        daily = self.ctx.daily
        child_id, day = key
        self.ctx.tasks.run(
            lambda: daily.save(child_id, day, values),
            lambda log: self._log_saved(key, log, values, before, text),
            lambda error: self._save_failed(key, values, error),
        )
        return True

    def _log_saved(
        self,
        key: Key,
        log: DailyLog,
        values: dict[str, Any],
        before: dict[str, Any] | None,
        text: str,
    ) -> None:
        if before is None:
            self.ctx.undo.push(LogAdded(self.ctx, log, text, draft=values))
        else:
            self.ctx.undo.push(LogChanged(self.ctx, log.id, before, values, text))
        if _alive(self):
            self._saving = False
            if key == self._key():
                self._dirty = self.form.values() != values
                self._own_draft = False
                if self._dirty:  # typed on while it was saving
                    self._draft_timer.start()
                self._saved = (log.id, log.version)
                self.form.clear_problems()
                self.problems_label.hide()
                self.status_label.setText("✓ " + self.tr("Saved at %1").replace("%1", self._now()))
            self._update_actions()
        self.ctx.changed(changes_of(log))
        if _alive(self) and self._next_after_save:
            self._next_after_save = False
            if key == self._key():
                self.sig_next_child.emit()

    def _save_failed(self, key: Key, values: dict[str, Any], error: Exception) -> None:
        if _alive(self):
            self._next_after_save = False
        if _alive(self) and key == self._key():
            self._saving = False
            self._dirty = True
            self._store_draft()
            self.status_label.clear()
            if isinstance(error, ValidationFailed):
                rest = self.form.show_problems(error.problems)
                lines = ["⚠ " + self.tr("The log was not saved: please look at the marked fields.")]
                lines += ["⚠ " + tr_message(p.message) for p in rest]
                text = "\n".join(lines)
            else:
                text = self._error_text(error)
            self._show_problem_text(text + "\n" + self.tr("Your text is kept as a draft."))
            self._update_actions()
            return
        # The page moved on (or is gone): keep the words unless a newer draft exists.
        keep_as_draft(self.ctx, key[0], key[1], values)
        if _alive(self):
            self._saving = False
            self._update_actions()
        self.ctx.events.sig_error.emit(error)

    # Amendments -------------------------------------------------------------------
    def open_amendment(self, log: DailyLog | None = None) -> None:
        state = self.state
        original = log if log is not None else state.mine if state else None
        if state is None or original is None:
            return
        start, draft = amendment_start(state, original)
        author = state.authors.get(original.author_id) or self.tr("another caregiver")
        dialog = AmendDialog(self.ctx, original, author, start, self, drop_draft=draft is not None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_amended.connect(lambda amendment: self._amended(amendment, draft))
        dialog.destroyed.connect(self._amend_dialog_gone)
        self.amend_dialog = dialog
        dialog.open()

    def _amend_dialog_gone(self) -> None:
        if _alive(self):
            self.amend_dialog = None

    def _amended(self, amendment: DailyLog, draft: dict[str, Any] | None) -> None:
        text = self.tr("Amend the log of %1").replace("%1", self._day_text())
        amendment_stored(self.ctx, amendment, text, draft)
        done = self.tr("Amendment added at %1").replace("%1", self._now())
        self.status_label.setText("✓ " + done)
