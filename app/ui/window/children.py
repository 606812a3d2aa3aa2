"""Caregiver mode: the household's children on the left of the main window, read
on the task queue (with whether today's log is written) and kept chosen."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QListView, QWidget

from app.domain.records import Child, Household
from app.services.household import ChildSummary
from app.ui.context import UiContext
from app.ui.models.children import ChildrenModel
from app.ui.widgets.guarded import run_for
from app.ui.widgets.side_lists import ChildDelegate

FIRST_CHILD = "first"  # choose the first child once read (the household row if none)


class ChildrenList(QObject):
    sig_loaded = Signal()  # the children (and the household's name) were read again

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ChildrenModel(self)
        self.view = QListView()
        self.view.setObjectName("childrenList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChildDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.household_name = ""
        self.loaded = False  # read once: until then the view's current row means nothing
        self._serial = 0

    def reload(self, choose: uuid.UUID | str | None = None) -> None:
        """Read the children again on the task queue; the chosen one stays chosen,
        or ``choose`` (a child's id, or ``FIRST_CHILD``) is chosen once they are read."""
        self._serial += 1
        serial = self._serial
        household = self.ctx.household
        run_for(
            self,
            self.ctx.tasks,
            lambda: (household.household(), household.summaries()),
            lambda found: self._read(serial, choose, *found),
            self.ctx.events.sig_error.emit,
        )

    def _read(
        self,
        serial: int,
        choose: uuid.UUID | str | None,
        household: Household | None,
        summaries: list[ChildSummary],
    ) -> None:
        if serial != self._serial:
            return  # a newer read is on its way
        self.household_name = household.name if household is not None else ""
        self.loaded = True
        current = self.current_child()
        self.model.set_children(summaries)
        if choose == FIRST_CHILD:
            row = 1 if self.model.rowCount() > 1 else 0
        elif choose is not None:
            row = self.model.row_of(choose)
        else:
            row = self.model.row_of(current.id) if current is not None else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        self.sig_loaded.emit()

    def current_summary(self) -> ChildSummary | None:
        return self.model.summary(self.view.currentIndex().row())

    def current_child(self) -> Child | None:
        summary = self.current_summary()
        return summary.child if summary else None
