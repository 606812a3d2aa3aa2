"""The Milestones page: the catalog items for the child's age, grouped by area,
with what was seen and when, and a chart of how the achieved items add up.

Quick use from the keyboard: choose an item in the list, press 1 (not yet),
2 (emerging) or 3 (achieved) to record it on the date set in the side panel,
or Enter to write a note. Every change is an undoable command (Ctrl+Z).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.messages import ThuisboekError
from app.domain.records import Child, MilestoneObservation
from app.domain.vocabulary import MilestoneStatus, Role
from app.services.milestones import MilestoneOverview, MilestoneRow, MilestoneService
from app.services.records import RecordService
from app.ui.commands import CreateRecord, UpdateRecord
from app.ui.context import UiContext
from app.ui.dialogs.attachments import AttachmentStrip
from app.ui.i18n import tr_message
from app.ui.models.milestones import (
    COL_AGE,
    COL_DATE,
    COL_ITEM,
    COL_NOTE,
    COL_STATUS,
    MilestonesModel,
    OpenMilestonesFilter,
)
from app.ui.pages.base import ChildPage
from app.ui.pages.milestones_chart import ProgressChart
from app.ui.pages.milestones_detail import ObservationPanel
from app.ui.widgets.wrap_delegate import WrapColumnDelegate

KIND = MilestoneObservation.kind
QUICK_KEYS = {
    Qt.Key.Key_1: MilestoneStatus.NOT_YET,
    Qt.Key.Key_2: MilestoneStatus.EMERGING,
    Qt.Key.Key_3: MilestoneStatus.ACHIEVED,
}
# Which of the catalog's notices go with which list, in the order they are shown.
NOTICES = {
    "cdc": ("cdc_credit", "cdc_not_endorsed", "cdc_not_screening"),
    "who": ("who_windows",),
    "living": ("living_own_work",),
}
# Undo texts quote the item; a long one is cut to keep the Edit menu readable.
QUOTE_LENGTH = 40
ITEM_MIN_EM = 28  # the width (in characters) an item keeps before the note gives way


def _read(
    service: MilestoneService, records: RecordService, child_id: uuid.UUID, on: date
) -> MilestoneOverview:
    # Runs on the task queue: the child is read again, as its date of birth may
    # have changed since the page was given it.
    child = records.get(child_id).record
    assert isinstance(child, Child)
    return service.overview(child, on)


def _scrolling(widget: QWidget) -> QScrollArea:
    # At 150 % scaling the panel and the notes may not fit: they scroll, never clip.
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    # Not a stop of its own for Tab: it scrolls to the field that has the keyboard.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class MilestonesPage(ChildPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = MilestoneService(ctx.book)
        self.overview: MilestoneOverview | None = None
        self._generation = 0

        self.model = MilestonesModel(self.service.catalog, self)
        self.proxy = OpenMilestonesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("milestonesTree")
        self.tree.setModel(self.proxy)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (COL_AGE, COL_STATUS, COL_DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The item takes the width the note leaves it (the note is in full in its
        # tooltip and in the panel beside), never scrolled sideways.
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Fixed)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # An item's words are never cut: they wrap over as many lines as they need.
        self.item_delegate = WrapColumnDelegate(self.tree, COL_ITEM)
        self.tree.setItemDelegateForColumn(COL_ITEM, self.item_delegate)
        self.tree.installEventFilter(self)
        self.tree.viewport().installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.doubleClicked.connect(lambda _index: self.panel.focus_note())
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._span_domains)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.only_open = QCheckBox()
        self.only_open.toggled.connect(self.proxy.set_only_open)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.tree)
        self.list_stack.addWidget(self.empty)

        self.panel: ObservationPanel = ObservationPanel(self.model)
        self.panel.sig_save.connect(self._save)
        self.panel.sig_done.connect(self._back_to_list)
        self.chart = ProgressChart()
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.PlainText)
        self.notices.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notices.setObjectName("catalogNotices")

        self._build_layout()
        self.setTabOrder(self.only_open, self.tree)
        self.setTabOrder(self.tree, self.panel.status_box)
        # Supervisors read the household's records; they do not change them.
        self.read_only = ctx.book.identity.role == Role.SUPERVISOR
        self.panel.set_read_only(self.read_only)
        self.retranslate()
        self.set_child(None)

    def _build_layout(self) -> None:
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.only_open)
        list_layout.addWidget(self.list_stack, 1)
        # The chart under the list, the notes about the lists under the panel.
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(list_box)
        left.addWidget(self.chart)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setSizes([600, 400])
        left.setChildrenCollapsible(False)
        right = QSplitter(Qt.Orientation.Vertical)
        # The photos and documents of the milestone's latest observation, under it.
        self.observation_attachments = AttachmentStrip(self.ctx, compact=True)
        self.observation_attachments.hide()
        observed = QWidget()
        observed_layout = QVBoxLayout(observed)
        observed_layout.setContentsMargins(0, 0, 0, 0)
        observed_layout.addWidget(_scrolling(self.panel), 1)
        observed_layout.addWidget(self.observation_attachments)
        right.addWidget(observed)
        right.addWidget(_scrolling(self.notices))
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([600, 400])  # proportions: scaled to the real height
        right.setChildrenCollapsible(False)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(0, 2)
        main.setStretchFactor(1, 1)
        main.setSizes([650, 350])
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(main, 1)

    def title(self) -> str:
        return self.tr("Milestones")

    # Texts -----------------------------------------------------------------------------
    def _show_attachments(self) -> None:
        row = self.current_row()
        observation = row.current if row is not None else None
        self.observation_attachments.set_record(observation, self.child)
        self.observation_attachments.setVisible(observation is not None)

    def retranslate(self) -> None:
        languages = self.ctx.languages
        self.model.set_language(languages.current, languages.locale())
        if self.read_only:
            self.hint.setText(
                self.tr("You can read the milestones here; the household records them.")
            )
        else:
            self.hint.setText(
                self.tr(
                    "Choose a milestone and press 1 (not yet), 2 (emerging) or 3 (achieved) "
                    "to record it on the date observed; press Enter to add a note. Ctrl+Z "
                    "undoes."
                )
            )
        self.only_open.setText(self.tr("&Hide what is achieved"))
        self.only_open.setAccessibleName(self.tr("Hide what is achieved"))
        self.tree.setAccessibleName(self.tr("Milestones by area"))
        self.notices.setAccessibleName(self.tr("About these lists"))
        self._update_empty_text()
        self.panel.retranslate()
        self.chart.retranslate(self._domain_labels())
        self._show_notices()

    def _update_empty_text(self) -> None:
        if self.child is None:
            self.empty.setText(self.tr("Choose a child to see their milestones."))
        else:
            self.empty.setText(
                self.tr(
                    "The catalog has no milestones for this age: it covers young children up "
                    "to 6 years and teenagers from 12 years on."
                )
            )

    def _domain_labels(self) -> dict[str, str]:
        lang = self.ctx.languages.current
        return {
            d: self.service.catalog.domain_label(d, lang) for d in self.service.catalog.domains()
        }

    def _show_notices(self) -> None:
        catalog, lang = self.service.catalog, self.ctx.languages.current
        shown = self.overview.catalogs if self.overview is not None else frozenset()
        keys = [key for name, keys in NOTICES.items() if name in shown for key in keys]
        self.notices.setText(
            "\n\n".join(catalog.notice(k, lang) for k in keys if k in catalog.notice_keys())
        )

    # The child and its data -----------------------------------------------------------
    def set_child(self, child: Child | None) -> None:
        super().set_child(child)
        today = self.ctx.book.today()
        self.panel.reset_date(today, child.date_of_birth if child else None)
        self.overview = None
        self.model.set_overview(None)
        self.panel.show_row(None)
        self._show_attachments()
        self.reload()

    def reload(self) -> None:
        """Read the child's milestones again (on the task queue, after any pending write)."""
        self._generation += 1
        if self.child is None:
            self._show(None)
            return
        generation, child_id = self._generation, self.child.id
        service, records, today = self.service, self.ctx.records, self.ctx.book.today()
        self.ctx.tasks.run(
            lambda: _read(service, records, child_id, today),
            lambda overview: self._loaded(generation, overview),
            self.ctx.events.sig_error.emit,
        )

    def _loaded(self, generation: int, overview: MilestoneOverview) -> None:
        if generation == self._generation:
            self._show(overview)

    def _show(self, overview: MilestoneOverview | None) -> None:
        chosen = self.current_item_id()
        self.overview = overview
        if overview is not None:
            self.child = overview.child
        self.model.set_overview(overview)
        has_items = overview is not None and bool(overview.rows)
        self.list_stack.setCurrentWidget(self.tree if has_items else self.empty)
        if chosen is not None:
            self.select_item(chosen)
        elif has_items and not self.tree.currentIndex().isValid():
            first = self.proxy.index(0, 0, self.proxy.index(0, 0))
            self.tree.setCurrentIndex(first)
        self.panel.show_row(self.current_row())
        self._show_attachments()
        self.chart.set_progress(overview.progress if overview else {}, self._domain_labels())
        self._update_empty_text()
        self._show_notices()

    def on_records_changed(self, changes: ChangeSet) -> None:
        # Of the children, only this one's age and profile change what is shown.
        this_child = self.child is not None and (not changes.ids or self.child.id in changes.ids)
        if changes.concerns(KIND) or (changes.concerns(Child.kind) and this_child):
            self.reload()

    def _span_domains(self, *_args: object) -> None:
        # The top-level rows are the areas: their name and count use the whole width.
        for row in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        self._fit_note_column()

    # Selection -------------------------------------------------------------------------
    def current_row(self) -> MilestoneRow | None:
        return self.model.row_at(self.proxy.mapToSource(self.tree.currentIndex()))

    def current_item_id(self) -> str | None:
        row = self.current_row()
        return row.item.id if row is not None else None

    def select_item(self, item_id: str) -> bool:
        index = self.proxy.mapFromSource(self.model.index_of(item_id))
        if not index.isValid():
            return False
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.panel.show_row(self.current_row())
        self._show_attachments()

    def _back_to_list(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Recording -------------------------------------------------------------------------
    def mark(self, status: MilestoneStatus) -> None:
        """Record the chosen item with this status, on the panel's date, without a note."""
        row = self.current_row()
        if row is not None:
            self._record(row, status, self.panel.observed_on(), "")

    def _save(self, status: MilestoneStatus, observed_on: date, note: str) -> None:
        row = self.current_row()
        if row is None:
            return
        current = row.current
        if current is not None and current.status == status and current.observed_on == observed_on:
            # The same observation with another note: change it rather than repeat it.
            if current.note != note.strip():
                self.ctx.undo.push(
                    UpdateRecord(
                        self.ctx,
                        current,
                        {"note": note.strip()},
                        self.tr("Change the note of “%1”").replace("%1", self._quote(row)),
                    )
                )
        else:
            self._record(row, status, observed_on, note)
        self._back_to_list()

    def _record(
        self, row: MilestoneRow, status: MilestoneStatus, observed_on: date, note: str
    ) -> None:
        if self.child is None or self.read_only:
            return
        try:
            observation = self.service.new_observation(
                self.child.id, row.item.id, status, observed_on, note
            )
        except ThuisboekError as error:
            self.panel.show_feedback(tr_message(error.message))
            return
        text = (
            self.tr("Mark “%1” as %2")
            .replace("%1", self._quote(row))
            .replace("%2", self.model.status_text(status).lower())
        )
        self.ctx.undo.push(CreateRecord(self.ctx, observation, text))

    def _quote(self, row: MilestoneRow) -> str:
        label = row.item.label(self.ctx.languages.current)
        return label if len(label) <= QUOTE_LENGTH else label[: QUOTE_LENGTH - 1] + "…"

    # Keys ------------------------------------------------------------------------------
    def _fit_note_column(self) -> None:
        """The note gets a quarter of the list's width, the item the rest; in a narrow
        list the note gives way first, so that the item keeps room for its words."""
        em = self.tree.fontMetrics().averageCharWidth()
        header = self.tree.header()
        width = self.tree.viewport().width()
        others = sum(header.sectionSize(c) for c in (COL_AGE, COL_STATUS, COL_DATE))
        wanted = max(0, min(width // 4, width - others - ITEM_MIN_EM * em))
        if header.sectionSize(COL_NOTE) != wanted:
            header.resizeSection(COL_NOTE, wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_note_column()
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            key = Qt.Key(event.key())
            if plain and key in QUICK_KEYS:
                self.mark(QUICK_KEYS[key])
                return True
            if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.current_row() is not None:
                    self.panel.focus_note()
                return True
        return super().eventFilter(watched, event)

    def chart_series(self) -> dict[str, list[tuple[float, float]]]:
        """What the progress chart draws, per domain key (for tests and reports)."""
        return self.chart.series_points()
