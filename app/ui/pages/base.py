"""The common shape of the per-child pages of the main window."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from app.domain.changes import ChangeSet
from app.domain.records import Child
from app.ui.context import UiContext
from app.ui.widgets.drafts import DRAFT_PAUSE_MS

__all__ = ["DRAFT_PAUSE_MS", "ChildPage", "in_household"]


def in_household(changes: ChangeSet, household_id: uuid.UUID | None) -> bool:
    """Whether changes may concern the household shown (``None``: every household;
    a change set that names no household may concern any)."""
    return household_id is None or not changes.households or household_id in changes.households


class ChildPage(QWidget):
    """A page about one child (or, where it makes sense, the whole household).

    Subclasses build their widgets in ``__init__``, set every visible text in
    ``retranslate()`` (called again on each language change), show a child in
    ``set_child()``, refresh in ``on_records_changed()`` when a change concerns
    them, and store anything unsaved in ``flush()`` (before a lock or quit)."""

    supports_household = False

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child: Child | None = None
        ctx.events.sig_records_changed.connect(self.on_records_changed)
        # Also when no translator changes (English has none of its own), dates and
        # catalog texts must follow the chosen language: a bound slot, so Qt drops
        # the connection when the page goes.
        ctx.languages.sig_changed.connect(self._language_chosen)

    def title(self) -> str:
        raise NotImplementedError

    def set_child(self, child: Child | None) -> None:
        self.child = child

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
