"""Undo for the Today page.

Unlike ``app.ui.commands``, these commands are pushed *after* the change is
stored: a log is saved through ``DailyLogService.save`` (which validates, creates
or updates, and drops the draft only once the log is safe), and a refused log
must never land on the undo stack. Their first ``redo`` (run by ``push``)
therefore does nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.domain.changes import ChangeSet
from app.domain.records import DailyLog
from app.services.changes import changes_of
from app.ui.context import UiContext


class _StoredChange(QUndoCommand):
    def __init__(self, ctx: UiContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._fresh = True

    def _run(self, fn: Callable[[], ChangeSet]) -> None:
        self.ctx.tasks.run(fn, self.ctx.changed, self.ctx.events.sig_error.emit)

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def apply(self) -> ChangeSet:
        raise NotImplementedError

    def revert(self) -> ChangeSet:
        raise NotImplementedError


class LogAdded(_StoredChange):
    """A new log or amendment. Undo deletes it; when ``draft`` is given the words
    go back into the day's draft, so that undoing a save never loses what was typed."""

    def __init__(
        self, ctx: UiContext, log: DailyLog, text: str, draft: dict[str, Any] | None = None
    ) -> None:
        super().__init__(ctx, text)
        self.log = log
        self.draft = draft

    def revert(self) -> ChangeSet:
        return changes_of(self.ctx.daily.withdraw(self.log, self.draft))

    def apply(self) -> ChangeSet:
        # A draft typed since the undo is newer work: it stays.
        return changes_of(self.ctx.daily.bring_back(self.log, self.draft))


class LogChanged(_StoredChange):
    """Fields of a log changed while it was still editable; undo puts them back."""

    def __init__(
        self,
        ctx: UiContext,
        log_id: uuid.UUID,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(ctx, text)
        self.log_id = log_id
        self.before = before
        self.after = after

    def revert(self) -> ChangeSet:
        return changes_of(self.ctx.records.update(self.log_id, **self.before))

    def apply(self) -> ChangeSet:
        return changes_of(self.ctx.records.update(self.log_id, **self.after))


class DraftDiscarded(_StoredChange):
    """A discarded draft; undo brings it back unless a newer draft was written since."""

    def __init__(
        self,
        ctx: UiContext,
        child_id: uuid.UUID,
        day: date,
        draft: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(ctx, text)
        self.child_id = child_id
        self.day = day
        self.draft = draft

    # A draft is no record: the page that shows it reloads on these changes.
    def revert(self) -> ChangeSet:
        self.ctx.daily.keep_draft(self.child_id, self.day, self.draft)
        return ChangeSet.of(DailyLog.kind)

    def apply(self) -> ChangeSet:
        self.ctx.daily.discard_draft(self.child_id, self.day, only=self.draft)
        return ChangeSet.of(DailyLog.kind)


def amendment_stored(
    ctx: UiContext, amendment: DailyLog, text: str, draft: dict[str, Any] | None
) -> None:
    """Make a stored amendment undoable; a draft it took up went with the same
    commit and comes back on undo."""
    ctx.undo.push(LogAdded(ctx, amendment, text, draft=draft))
    ctx.changed(changes_of(amendment))


def keep_as_draft(ctx: UiContext, child_id: uuid.UUID, day: date, values: dict[str, Any]) -> None:
    """Keep the words of a failed save, unless a newer draft of that day exists."""
    daily = ctx.daily
    ctx.tasks.run(lambda: daily.keep_draft(child_id, day, values), None, ctx.events.sig_error.emit)
