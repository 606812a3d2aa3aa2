"""A dialog's words kept as an encrypted draft while it is open: after a pause in
typing, when it closes without storing, and before a lock or quit (the main
window flushes every open dialog's draft). Storing the record or throwing the
words away drops the draft."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer

from app.services.drafts import DialogDrafts
from app.ui.context import UiContext

DRAFT_PAUSE_MS = 1500  # a pause in typing after which the words are kept as a draft

_OPEN: weakref.WeakSet[DialogDraft] = weakref.WeakSet()


def flush_open_drafts() -> None:
    """Keep the words of every open dialog now (before a lock or quit)."""
    for draft in list(_OPEN):
        draft.flush()


class DialogDraft(QObject):
    """The draft of one dialog: ``collect()`` gives its words as plain values."""

    def __init__(
        self,
        ctx: UiContext,
        key: str,
        collect: Callable[[], dict[str, Any]],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key = key
        self.collect = collect
        self.store = DialogDrafts(ctx.book)
        self.dirty = False
        self.done = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        _OPEN.add(self)

    def load(self, fill: Callable[[dict[str, Any]], None]) -> None:
        """Read the draft on the task queue and give it to ``fill`` (if any, and
        only while nothing was typed yet)."""
        store, key = self.store, self.key

        def loaded(values: dict[str, Any] | None) -> None:
            if values and shiboken6.isValid(self) and not self.dirty:
                fill(values)

        self.ctx.tasks.run(lambda: store.load(key), loaded, lambda _error: None)

    def edited(self) -> None:
        if not self.done:
            self.dirty = True
            self._timer.start()

    def flush(self) -> None:
        if not shiboken6.isValid(self):
            return
        self._timer.stop()
        if not self.dirty or self.done or self.ctx.book.closed:
            return
        self.dirty = False
        store, key, values = self.store, self.key, self.collect()
        self.ctx.tasks.run(lambda: store.save(key, values), None, self.ctx.events.sig_error.emit)

    def hand_over(self) -> Callable[[], None]:
        """The words go to be stored: no more drafts of them from here. The draft
        kept so far stays until the returned function (to run on the task queue,
        once they are stored) drops it; should storing fail, it keeps them."""
        self.done = True
        self._timer.stop()
        _OPEN.discard(self)
        store, key = self.store, self.key
        return lambda: store.discard(key)

    def finish(self) -> None:
        """The words were stored or thrown away: no draft any more."""
        if self.done:
            return
        self.done = True
        self._timer.stop()
        _OPEN.discard(self)
        if not self.ctx.book.closed:
            store, key = self.store, self.key
            self.ctx.tasks.run(lambda: store.discard(key), None, self.ctx.events.sig_error.emit)
