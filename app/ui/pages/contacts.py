"""The Contacts page: the child's birth family with the agreed contact and when
each was last seen, and the notes of every contact, newest first."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.messages import ThuisboekError
from app.domain.records import Child, ContactNote, Relative
from app.domain.vocabulary import Role
from app.services.contacts import ContactOverview, ContactService, NoteThread
from app.services.records import Editability
from app.ui.commands import DeleteRecord
from app.ui.context import UiContext
from app.ui.dialogs.attachments import AttachmentStrip
from app.ui.dialogs.contact_note import ContactNoteDialog, NoteMode
from app.ui.dialogs.relative import RelativeDialog
from app.ui.i18n import tr_message
from app.ui.models.contacts import ContactNotesModel, NoteColumn
from app.ui.models.contacts import SortRole as NoteSortRole
from app.ui.models.relatives import Column as RelativeColumn
from app.ui.models.relatives import DetailRole, RelativesModel, relation_label
from app.ui.models.relatives import SortRole as RelativeSortRole
from app.ui.pages.base import ChildPage
from app.ui.widgets.guarded import run_for

KINDS = frozenset({Relative.kind, ContactNote.kind, Child.kind})


def _table(model: QSortFilterProxyModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    return view


def fit_columns(view: QTableView, short: tuple[int, ...], *, wrap: bool = True) -> None:
    """The table as wide as its place, never scrolled sideways: the ``short``
    columns (dates, durations) as wide as their contents, the others share what
    is left; with ``wrap`` their words wrap and rows grow to fit, else a long
    text ends in "…" (and is whole in the detail pane)."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(wrap)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(view.fontMetrics().averageCharWidth() * 6)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    for column in short:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if wrap:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class ContactsPage(ChildPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = ContactService(ctx.book)
        self.overview: ContactOverview | None = None
        self._generation = 0
        self._can_write = ctx.book.identity.role != Role.SUPERVISOR

        self.relatives_model = RelativesModel(self)
        self.relatives_proxy = QSortFilterProxyModel(self)
        self.relatives_proxy.setSourceModel(self.relatives_model)
        self.relatives_proxy.setSortRole(RelativeSortRole)
        self.relatives_view = _table(self.relatives_proxy)
        # The arrangement in full is in the detail pane.
        fit_columns(
            self.relatives_view,
            (RelativeColumn.NAME, RelativeColumn.LAST_SEEN, RelativeColumn.NEXT_PLANNED),
            wrap=False,
        )
        self.relative_detail = QTextBrowser()
        self.relatives_empty = QLabel()
        self.relatives_empty.setWordWrap(True)

        self.notes_model = ContactNotesModel(self)
        self.notes_proxy = QSortFilterProxyModel(self)
        self.notes_proxy.setSourceModel(self.notes_model)
        self.notes_proxy.setSortRole(NoteSortRole)
        self.notes_view = _table(self.notes_proxy)
        self.notes_view.sortByColumn(NoteColumn.DATE, Qt.SortOrder.DescendingOrder)
        fit_columns(self.notes_view, (NoteColumn.DATE, NoteColumn.DURATION))
        self.note_detail = QTextBrowser()
        self.note_attachments = AttachmentStrip(ctx, compact=True)  # of the chosen contact
        self.note_attachments.hide()
        self.notes_empty = QLabel()
        self.notes_empty.setWordWrap(True)
        self.siblings_label = QLabel()
        self.siblings_label.setWordWrap(True)

        self._build_actions()
        self._build_layout()
        self.relatives_view.selectionModel().currentRowChanged.connect(self._relative_selected)
        self.notes_view.selectionModel().currentRowChanged.connect(self._note_selected)
        self.relatives_view.doubleClicked.connect(lambda _i: self.edit_relative())
        self.notes_view.doubleClicked.connect(lambda _i: self.edit_note())
        self.retranslate()

    # Building -----------------------------------------------------------------------
    def _action(
        self, slot: Callable[[], object], shortcut: str | None = None, on: QWidget | None = None
    ) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            # A widget's shortcut: the same key may mean something else on another page.
            action.setShortcutContext(
                Qt.ShortcutContext.WidgetShortcut if on else Qt.ShortcutContext.WindowShortcut
            )
        (on or self).addAction(action)
        return action

    def _build_actions(self) -> None:
        self.record_action = self._action(self.record_contact, "Ctrl+N")
        self.edit_note_action = self._action(self.edit_note)
        self.delete_note_action = self._action(self.delete_note)
        self.add_relative_action = self._action(self.add_relative)
        self.edit_relative_action = self._action(self.edit_relative)
        self.remove_relative_action = self._action(self.remove_relative)
        # Keys inside the tables: Enter edits, Delete deletes (undo brings it back).
        for view, edit, delete in (
            (self.notes_view, self.edit_note, self.delete_note),
            (self.relatives_view, self.edit_relative, self.remove_relative),
        ):
            self._action(edit, "Return", view)
            self._action(edit, "Enter", view)
            self._action(delete, "Delete", view)
        self.buttons: dict[QAction, QPushButton] = {}
        for action in (
            self.add_relative_action,
            self.edit_relative_action,
            self.remove_relative_action,
            self.record_action,
            self.edit_note_action,
            self.delete_note_action,
        ):
            button = QPushButton()
            button.clicked.connect(action.trigger)
            self.buttons[action] = button

    def _row(self, *actions: QAction) -> QHBoxLayout:
        row = QHBoxLayout()
        for action in actions:
            row.addWidget(self.buttons[action])
        row.addStretch(1)
        return row

    def _build_layout(self) -> None:
        self.family_box = QGroupBox()
        family_split = QSplitter(Qt.Orientation.Horizontal)
        family_split.addWidget(self.relatives_view)
        family_split.addWidget(self.relative_detail)
        # Proportions, not pixels: the splitter scales them to whatever width there is.
        family_split.setSizes([700, 300])
        family = QVBoxLayout(self.family_box)
        family.addWidget(self.relatives_empty)
        family.addWidget(family_split, 1)
        family.addLayout(
            self._row(
                self.add_relative_action, self.edit_relative_action, self.remove_relative_action
            )
        )

        self.notes_box = QGroupBox()
        notes_split = QSplitter(Qt.Orientation.Horizontal)
        notes_split.addWidget(self.notes_view)
        note_side = QWidget()
        note_column = QVBoxLayout(note_side)
        note_column.setContentsMargins(0, 0, 0, 0)
        note_column.addWidget(self.note_detail, 1)
        note_column.addWidget(self.note_attachments)
        notes_split.addWidget(note_side)
        notes_split.setSizes([600, 400])
        notes = QVBoxLayout(self.notes_box)
        notes.addWidget(self.notes_empty)
        notes.addWidget(notes_split, 1)
        notes.addLayout(
            self._row(self.record_action, self.edit_note_action, self.delete_note_action)
        )

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.family_box)
        split.addWidget(self.notes_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.siblings_label)
        layout.addWidget(split, 1)
        self.setTabOrder(self.relatives_view, self.buttons[self.add_relative_action])
        self.setTabOrder(self.buttons[self.remove_relative_action], self.notes_view)

    def title(self) -> str:
        return self.tr("Contacts")

    def retranslate(self) -> None:
        self.family_box.setTitle(self.tr("Family and agreed contact"))
        self.notes_box.setTitle(self.tr("Contact notes"))
        texts = {
            # Alt+E, F, V, S and H open the main window's menus.
            self.add_relative_action: self.tr("Add &relative…"),
            self.edit_relative_action: self.tr("Edit relat&ive…"),
            self.remove_relative_action: self.tr("Re&move relative"),
            self.record_action: self.tr("Record a &contact…"),
            self.delete_note_action: self.tr("&Delete contact"),
        }
        for action, text in texts.items():
            action.setText(text)
            self.buttons[action].setText(text)
        self.record_action.setToolTip(self.tr("Record a contact (%1)").replace("%1", "Ctrl+N"))
        self.buttons[self.record_action].setToolTip(self.record_action.toolTip())
        self.relatives_view.setAccessibleName(self.tr("Relatives"))
        self.notes_view.setAccessibleName(self.tr("Contact notes"))
        self.relative_detail.setAccessibleName(self.tr("About the chosen relative"))
        self.note_detail.setAccessibleName(self.tr("The chosen contact"))
        self.relatives_empty.setText(
            self.tr(
                "No family recorded yet. Add the birth parents, brothers and sisters placed "
                "elsewhere, and anyone else the child keeps in touch with."
            )
        )
        self.notes_empty.setText(
            self.tr("No contacts recorded yet. “Record a contact…” (Ctrl+N) adds the first.")
        )
        locale = self.ctx.languages.locale()
        self.relatives_model.set_locale(locale)
        self.notes_model.set_locale(locale)
        self._update_siblings()
        self._relative_selected()
        self._note_selected()

    # Loading ------------------------------------------------------------------------
    def set_child(self, child: Child | None) -> None:
        changed = child is None or self.child is None or child.id != self.child.id
        super().set_child(child)
        if changed:
            self.overview = None
            self._show(None)
        self.reload()

    def on_records_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(*KINDS):
            self.reload()

    def reload(self) -> None:
        """Read the child's family and notes on the task queue (behind any write)."""
        self._generation += 1
        if self.child is None:
            return
        generation, child_id = self._generation, self.child.id
        service = self.service
        run_for(
            self,
            self.ctx.tasks,
            lambda: service.overview(child_id),
            lambda overview: self._loaded(generation, overview),
            lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, overview: ContactOverview | None) -> None:
        if generation != self._generation:
            return  # the child changed meanwhile; a newer read is on its way
        self._show(overview)

    def _failed(self, generation: int, exc: Exception) -> None:
        self._loaded(generation, None)
        if not isinstance(exc, LookupError):  # a child removed meanwhile needs no message
            self.ctx.events.sig_error.emit(exc)

    def _show(self, overview: ContactOverview | None) -> None:
        relative = self.current_relative()
        thread = self.current_thread()
        self.overview = overview
        self.relatives_model.set_rows(overview.summaries if overview else [])
        self.notes_model.set_rows(
            overview.threads if overview else [],
            overview.relative_names if overview else {},
            {c.id: c.display_name() for c in self._household_children()} if overview else {},
        )
        if relative is not None:
            self._select(self.relatives_view, self.relatives_model.row_of(relative.id))
        if thread is not None:
            self._select(self.notes_view, self.notes_model.row_of(thread.original.id))
        has_relatives = bool(overview and overview.summaries)
        self.relatives_empty.setVisible(overview is not None and not has_relatives)
        self.notes_empty.setVisible(overview is not None and not overview.threads)
        self._update_siblings()
        self._relative_selected()
        self._note_selected()

    def _select(self, view: QTableView, source_row: int) -> None:
        if source_row < 0:
            return
        proxy = view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        index = proxy.mapFromSource(proxy.sourceModel().index(source_row, 0))
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _update_siblings(self) -> None:
        siblings = self.overview.siblings_here if self.overview else []
        self.siblings_label.setVisible(bool(siblings))
        self.siblings_label.setText(
            self.tr("Brothers and sisters living here too: %1").replace(
                "%1", ", ".join(c.display_name() for c in siblings)
            )
        )

    # Selection ----------------------------------------------------------------------
    def current_relative(self) -> Relative | None:
        index = self.relatives_proxy.mapToSource(self.relatives_view.currentIndex())
        return self.relatives_model.relative(index.row()) if index.isValid() else None

    def current_thread(self) -> NoteThread | None:
        index = self.notes_proxy.mapToSource(self.notes_view.currentIndex())
        return self.notes_model.note_thread(index.row()) if index.isValid() else None

    def _relative_selected(self, *_args: QModelIndex) -> None:
        self._update_relative_actions()
        detail = self.relatives_view.currentIndex().data(DetailRole)
        self.relative_detail.setHtml(detail or self._hint(
            self.tr("Choose a relative in the list to read the agreed contact in full.")
            if self.relatives_model.rowCount() else ""
        ))  # fmt: skip

    def _note_selected(self, *_args: QModelIndex) -> None:
        thread = self.current_thread()
        self._update_note_actions(thread)
        note = thread.original if thread is not None else None
        self.note_attachments.set_record(note, self.child)
        self.note_attachments.setVisible(note is not None)
        detail = self.notes_view.currentIndex().data(DetailRole)
        self.note_detail.setHtml(detail or self._hint(
            self.tr("Choose a contact in the list to read it in full: who was there, how "
                    "it went, how the child reacted.")
            if self.notes_model.rowCount() else ""
        ))  # fmt: skip

    @staticmethod
    def _hint(text: str) -> str:
        return f"<p style='color: gray'><i>{html.escape(text)}</i></p>" if text else ""

    def _enable(self, states: dict[QAction, bool]) -> None:
        for action, enabled in states.items():
            action.setEnabled(enabled)
            self.buttons[action].setEnabled(enabled)

    def _update_relative_actions(self) -> None:
        ready = self.overview is not None and self._can_write
        chosen = ready and self.current_relative() is not None
        self._enable(
            {
                self.add_relative_action: ready,
                self.edit_relative_action: chosen,
                self.remove_relative_action: chosen,
            }
        )

    def _update_note_actions(self, thread: NoteThread | None) -> None:
        ready = self.overview is not None and self._can_write
        # Once an entry is kept as written, "edit" becomes "add an amendment".
        editable = thread is not None and ready and self._editability(thread).editable
        text = self.tr("Add &amendment…") if thread and not editable else self.tr("Edi&t contact…")
        self.edit_note_action.setText(text)
        self.buttons[self.edit_note_action].setText(text)
        self._enable(
            {
                self.record_action: ready,
                self.edit_note_action: ready and thread is not None,
                self.delete_note_action: editable,
            }
        )

    def _editability(self, thread: NoteThread) -> Editability:
        try:
            return self.ctx.records.editability(self.ctx.records.get(thread.current.id))
        except ThuisboekError as exc:  # gone since the page was read
            return Editability(False, exc.message)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # Actions ------------------------------------------------------------------------
    def _household_children(self) -> list[Child]:
        assert self.overview is not None
        return [self.overview.child, *self.overview.siblings_here, *self.overview.others_here]

    def _child_items(self) -> list[tuple[uuid.UUID, str]]:
        assert self.overview is not None
        items = [(self.overview.child.id, self.overview.child.display_name())]
        items += [
            (c.id, self.tr("%1 (sibling)").replace("%1", c.display_name()))
            for c in self.overview.siblings_here
        ]
        items += [(c.id, c.display_name()) for c in self.overview.others_here]
        return items

    def _relative_items(self, note: ContactNote | None) -> list[tuple[uuid.UUID, str]]:
        assert self.overview is not None
        items = [
            (s.relative.id, f"{s.relative.name} ({relation_label(s.relative.relation)})")
            for s in self.overview.summaries
        ]
        offered = {i for i, _ in items}
        for relative_id in note.relatives if note else []:
            if relative_id not in offered:
                items.append((relative_id, self.notes_model.relative_names([relative_id])))
        return items

    def record_contact(self) -> ContactNoteDialog | None:
        if self.overview is None or not self._can_write:
            return None
        dialog = ContactNoteDialog(
            self.ctx,
            self._relative_items(None),
            self._child_items(),
            self.overview.child.id,
            add_relative=self._relative_dialog_for,
            parent=self,
        )
        self._open(dialog)
        return dialog

    def _relative_dialog_for(self, parent: QWidget) -> RelativeDialog:
        assert self.overview is not None
        return RelativeDialog(
            self.ctx, self.overview.child, None, self._household_children(), parent
        )

    def edit_note(self) -> ContactNoteDialog | None:
        thread = self.current_thread()
        if thread is None or self.overview is None or not self._can_write:
            return None
        note = thread.current
        verdict = self._editability(thread)
        dialog = ContactNoteDialog(
            self.ctx,
            self._relative_items(note),
            self._child_items(),
            self.overview.child.id,
            note,
            mode=NoteMode.EDIT if verdict.editable else NoteMode.AMEND,
            original_id=thread.original.id,
            locked_reason=verdict.reason,
            parent=self,
        )
        self._open(dialog)
        return dialog

    def delete_note(self) -> None:
        thread = self.current_thread()
        if thread is None or not self._can_write:
            return
        verdict = self._editability(thread)
        if not verdict.editable:
            assert verdict.reason is not None
            QMessageBox.information(self, self.tr("Delete contact"), tr_message(verdict.reason))
            return
        self.ctx.undo.push(DeleteRecord(self.ctx, thread.current, self.tr("Delete contact")))

    def add_relative(self) -> RelativeDialog | None:
        if self.overview is None or not self._can_write:
            return None
        dialog = RelativeDialog(
            self.ctx, self.overview.child, None, self._household_children(), self
        )
        self._open(dialog)
        return dialog

    def edit_relative(self) -> RelativeDialog | None:
        relative = self.current_relative()
        if relative is None or self.overview is None or not self._can_write:
            return None
        dialog = RelativeDialog(
            self.ctx, self.overview.child, relative, self._household_children(), self
        )
        self._open(dialog)
        return dialog

    def remove_relative(self) -> None:
        relative = self.current_relative()
        if relative is None or not self._can_write:
            return
        self.ctx.undo.push(DeleteRecord(self.ctx, relative, self.tr("Remove relative")))
