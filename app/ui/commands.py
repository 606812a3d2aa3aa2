"""Undoable changes: each runs its service call on the task queue and announces
the change when it is stored."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.domain.records import Record
from app.services.changes import changes_of
from app.ui.context import UiContext


class _RecordCommand(QUndoCommand):
    def __init__(self, ctx: UiContext, kind: str, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.kind = kind

    def _run(self, fn: Callable[[], Record], then: Callable[[Any], None] | None = None) -> None:
        def done(result: Record) -> None:
            if then is not None:
                then(result)
            self.ctx.changed(changes_of(result))

        self.ctx.tasks.run(fn, done, self.ctx.events.sig_error.emit)


class CreateRecord(_RecordCommand):
    """Create a record; undo deletes it (a tombstone), redo brings it back."""

    def __init__(
        self,
        ctx: UiContext,
        record: Record,
        text: str,
        on_created: Callable[[Record], None] | None = None,
    ) -> None:
        super().__init__(ctx, record.kind, text)
        self.record = record
        self.on_created = on_created
        self._created = False

    def redo(self) -> None:
        if not self._created:
            self._created = True
            self._run(lambda: self.ctx.records.create(self.record), self.on_created)
        else:
            self._run(lambda: self.ctx.records.restore(self.record.id))

    def undo(self) -> None:
        self._run(lambda: self.ctx.records.delete(self.record.id))


class UpdateRecord(_RecordCommand):
    """Change fields of a record; undo puts the old values back."""

    def __init__(
        self,
        ctx: UiContext,
        record: Record,
        changes: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(ctx, record.kind, text)
        self.record_id: uuid.UUID = record.id
        self.after = changes
        self.before = {name: getattr(record, name) for name in changes}

    def redo(self) -> None:
        self._run(lambda: self.ctx.records.update(self.record_id, **self.after))

    def undo(self) -> None:
        self._run(lambda: self.ctx.records.update(self.record_id, **self.before))


class DeleteRecord(_RecordCommand):
    """Soft-delete a record; undo restores it while the deletion has not synced."""

    def __init__(self, ctx: UiContext, record: Record, text: str) -> None:
        super().__init__(ctx, record.kind, text)
        self.record_id = record.id

    def redo(self) -> None:
        self._run(lambda: self.ctx.records.delete(self.record_id))

    def undo(self) -> None:
        self._run(lambda: self.ctx.records.restore(self.record_id))
