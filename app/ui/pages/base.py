"""The common shape of the per-child pages of the main window."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.domain.changes import ChangeSet
from app.domain.records import Child
from app.ui.context import UiContext
from app.ui.widgets.drafts import DRAFT_PAUSE_MS

__all__ = ["DRAFT_PAUSE_MS", "ChildPage", "in_household", "later"]

OnChanges = Callable[[ChangeSet], None]


def in_household(changes: ChangeSet, household_id: uuid.UUID | None) -> bool:
    """Whether changes may concern the household shown (``None``: every household;
    a change set that names no household may concern any)."""
    return household_id is None or not changes.households or household_id in changes.households


class ChildPage(QWidget):
    """A page about one child (or, where it makes sense, the whole household).

    Subclasses build their widgets in ``__init__``, set every visible text in
    ``retranslate()`` (called again on each language change), show a child in
    ``set_child()``, refresh in ``on_records_changed()`` when a change concerns
    them, and store anything unsaved in ``flush()`` (before a lock or quit).

    A page behind another (in the window's tabs) reads nothing when records
    change: it keeps what changed and is told it when it comes to the front
    (``come_to_front``), so that its reads never queue before the one the
    person waits for. A page whose count shows while it is behind (in its tab's
    title, a banner) says ``follows_changes_behind``."""

    supports_household = False
    follows_changes_behind = False

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child: Child | None = None
        # What changed while behind, by what is to be told (the page, its panels).
        self._missed: dict[OnChanges, ChangeSet] = {}
        ctx.events.sig_records_changed.connect(self._records_changed)
        # Also when no translator changes (English has none of its own), dates and
        # catalog texts must follow the chosen language: a bound slot, so Qt drops
        # the connection when the page goes.
        ctx.languages.sig_changed.connect(self._language_chosen)

    def title(self) -> str:
        raise NotImplementedError

    def set_child(self, child: Child | None) -> None:
        self.child = child
        self._missed = {}  # the child is read as stored now

    def is_behind(self) -> bool:
        """Whether another page of its tabs is in front of this one."""
        stack = self.parentWidget()
        return isinstance(stack, QStackedWidget) and stack.currentWidget() is not self

    def _records_changed(self, changes: ChangeSet) -> None:
        if self.follows_changes_behind or not self.is_behind():
            self.on_records_changed(changes)
        else:
            self.miss(self.on_records_changed, changes)

    def miss(self, handler: OnChanges, changes: ChangeSet) -> None:
        """Tell ``handler`` of ``changes`` when the page comes to the front."""
        held = self._missed.get(handler)
        self._missed[handler] = changes if held is None else held | changes

    def come_to_front(self) -> None:
        """The page is in front again: what changed meanwhile is shown now."""
        missed, self._missed = self._missed, {}
        for handler, changes in missed.items():
            owner = getattr(handler, "__self__", None)
            if owner is None or shiboken6.isValid(owner):
                handler(changes)

    def retranslate(self) -> None:
        pass

    def on_records_changed(self, changes: ChangeSet) -> None:
        """A unit of work wrote ``changes``: reload only when they concern this page."""

    def flush(self) -> None:
        pass

    def _language_chosen(self, _code: str) -> None:
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def later(widget: QWidget, changes: ChangeSet, handler: OnChanges) -> bool:
    """Whether ``handler(changes)`` waits, as ``widget`` (a panel of a page) is on
    a page behind another: the page tells it, with every change missed, when it
    comes to the front."""
    page = widget.parentWidget()
    while page is not None and not isinstance(page, ChildPage):
        page = page.parentWidget()
    if page is None or page.follows_changes_behind or not page.is_behind():
        return False
    page.miss(handler, changes)
    return True
