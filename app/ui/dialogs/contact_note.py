"""Recording a contact with the birth family, changing it while it may be
changed, or adding an amendment with a reason once it is kept as written."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import Message
from app.domain.records import MAX_CONTACT_MINUTES, ContactNote, Relative
from app.domain.vocabulary import CancelledBy, ContactKind, ContactStatus
from app.services.changes import changes_of
from app.services.contacts import ContactService
from app.ui.commands import CreateRecord, UpdateRecord
from app.ui.context import UiContext
from app.ui.dialogs.child import DateField, ProblemBox, changed_fields, fit_dialog, fit_list
from app.ui.i18n import tr_message
from app.ui.models.contacts import CheckListModel, kind_label, status_label
from app.ui.models.relatives import relation_label
from app.ui.widgets.drafts import DialogDraft

TEXT_FIELDS = (
    "reaction_before", "reaction_during", "reaction_after", "agreements", "follow_up", "text",
)  # fmt: skip


class NoteMode(Enum):
    NEW = "new"
    EDIT = "edit"
    AMEND = "amend"


class AmendRecord(QUndoCommand):
    """An amendment of an entry; undo deletes the amendment (the original was
    never touched), redo brings it back."""

    def __init__(
        self, ctx: UiContext, original_id: uuid.UUID, reason: str, values: dict[str, Any], text: str
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.original_id = original_id
        self.reason = reason
        self.values = values
        self.amendment_id: uuid.UUID | None = None

    def _run(self, fn: Any) -> None:
        self.ctx.tasks.run(
            fn,
            lambda written: self.ctx.changed(changes_of(written)),
            self.ctx.events.sig_error.emit,
        )

    def redo(self) -> None:
        if self.amendment_id is None:
            self._run(self._amend)
        else:
            amendment_id = self.amendment_id
            self._run(lambda: self.ctx.records.restore(amendment_id))

    def _amend(self) -> Any:
        amendment = self.ctx.records.amend(self.original_id, self.reason, **self.values)
        # Set on the worker, so an undo queued right behind sees it.
        self.amendment_id = amendment.id
        return amendment

    def undo(self) -> None:
        self._run(lambda: self.ctx.records.delete(self.amendment_id) if self.amendment_id else None)


def _text_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().height() * 3)
    return edit


class ContactNoteDialog(QDialog):
    """The note as fields; ``accept()`` stores nothing until the note is valid,
    then puts the change on ``ctx.undo``. ``record`` holds what will be stored."""

    sig_saved = Signal(object)  # ContactNote

    def __init__(
        self,
        ctx: UiContext,
        relative_items: list[tuple[uuid.UUID, str]],
        child_items: list[tuple[uuid.UUID, str]],
        child_id: uuid.UUID,
        note: ContactNote | None = None,
        *,
        mode: NoteMode = NoteMode.NEW,
        original_id: uuid.UUID | None = None,
        locked_reason: Message | None = None,
        add_relative: Callable[[QWidget], QDialog] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._add_relative = add_relative
        self.note = note
        self.mode = mode if note is not None else NoteMode.NEW
        self.original_id = original_id or (note.id if note else None)
        self.locked_reason = locked_reason
        self.service = ContactService(ctx.book)
        self._record: ContactNote | None = None
        self._filling = False
        self.relative_dialog: QDialog | None = None

        self.reason = QLineEdit()
        self.reason_label = QLabel()
        self.locked_label = QLabel()
        self.locked_label.setWordWrap(True)

        self.kind = QComboBox()
        self.kind.addItem("", None)
        for kind in ContactKind:
            self.kind.addItem("", kind)
        self.status = QComboBox()
        for status in ContactStatus:
            self.status.addItem("", status)
        self.cancelled_by = QComboBox()  # shown for a cancelled contact only
        self.cancelled_by.addItem("", None)
        for who in CancelledBy:
            self.cancelled_by.addItem("", who)
        self.date = DateField()
        self.date.set_locale(ctx.languages.locale())
        self.duration = QSpinBox()
        self.duration.setRange(0, MAX_CONTACT_MINUTES)
        self.duration.setSingleStep(15)
        self.place = QLineEdit()

        self.relatives_model = CheckListModel(self)
        self.children_model = CheckListModel(self)
        self.relatives_view = QListView()
        self.relatives_view.setModel(self.relatives_model)
        self.children_view = QListView()
        self.children_view.setModel(self.children_model)
        self.texts = {name: _text_edit() for name in TEXT_FIELDS}
        self.add_relative_button = QPushButton()
        self.add_relative_button.setObjectName("addRelative")
        self.add_relative_button.clicked.connect(self.add_relative)
        self.add_relative_button.setVisible(add_relative is not None)
        self.restored_label = QLabel()
        self.restored_label.setWordWrap(True)
        self.restored_label.hide()

        self.labels = {
            name: QLabel()
            for name in (
                "kind",
                "status",
                "date",
                "duration",
                "place",
                "relatives",
                "children",
                "cancelled_by",
            )
        }
        self.labels.update({name: QLabel() for name in TEXT_FIELDS})
        self.reaction_box = QGroupBox()
        self.problems = ProblemBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()

        checked_relatives = set(note.relatives) if note else set()
        if note is None and len(relative_items) == 1:
            checked_relatives = {relative_items[0][0]}  # the only relative: surely there
        checked_children = set(note.children) if note else {child_id}
        self.relatives_model.set_items(relative_items, checked_relatives)
        self.children_model.set_items(child_items, checked_children)
        fit_list(self.relatives_view, 3)
        fit_list(self.children_view)
        # Ids on the note that the lists do not offer (a relative removed since) stay on it.
        self._kept_relatives = [i for i in checked_relatives if i not in dict(relative_items)]
        self._kept_children = [i for i in checked_children if i not in dict(child_items)]
        self._fill(note)
        self.retranslate()
        hint = self._body.sizeHint()
        fit_dialog(self, hint.width() + 40, hint.height() + self.buttons.sizeHint().height() + 40)
        (self.reason if self.mode == NoteMode.AMEND else self.kind).setFocus()
        # A new contact's words are kept as a draft of the child's next contact.
        self.draft: DialogDraft | None = None
        if self.mode == NoteMode.NEW:
            self.draft = DialogDraft(ctx, f"contact:{child_id}", self._draft_values, self)
            self._watch_edits()
            self.draft.load(self._restore)

    def _build_layout(self) -> None:
        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, field in (
            ("kind", self.kind),
            ("status", self.status),
            ("cancelled_by", self.cancelled_by),
            ("date", self.date),
            ("duration", self.duration),
            ("place", self.place),
        ):
            facts.addRow(self.labels[key], field)
            self.labels[key].setBuddy(field)
        self._facts = facts
        self.status.currentIndexChanged.connect(self._show_cancelled_by)
        who = QVBoxLayout()
        for key, view in (("relatives", self.relatives_view), ("children", self.children_view)):
            self.labels[key].setBuddy(view)
            who.addWidget(self.labels[key])
            who.addWidget(view)
            if key == "relatives":
                who.addWidget(self.add_relative_button, 0, Qt.AlignmentFlag.AlignLeft)
        who.addStretch(1)

        top = QGridLayout()
        top.addLayout(facts, 0, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(who, 0, 1)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)

        reactions = QGridLayout(self.reaction_box)
        for col, name in enumerate(("reaction_before", "reaction_during", "reaction_after")):
            self.labels[name].setBuddy(self.texts[name])
            reactions.addWidget(self.labels[name], 0, col)
            reactions.addWidget(self.texts[name], 1, col)
        after = QGridLayout()
        for col, name in enumerate(("agreements", "follow_up")):
            self.labels[name].setBuddy(self.texts[name])
            after.addWidget(self.labels[name], 0, col)
            after.addWidget(self.texts[name], 1, col)
        self.labels["text"].setBuddy(self.texts["text"])

        body = QWidget()
        layout = QVBoxLayout(body)
        if self.mode == NoteMode.AMEND:
            reason_row = QFormLayout()
            reason_row.addRow(self.reason_label, self.reason)
            self.reason_label.setBuddy(self.reason)
            layout.addWidget(self.locked_label)
            layout.addLayout(reason_row)
        layout.addLayout(top)
        layout.addWidget(self.reaction_box)
        layout.addLayout(after)
        layout.addWidget(self.labels["text"])
        layout.addWidget(self.texts["text"])

        # A scroll area keeps every field reachable on a small screen at 150 %.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(self.restored_label)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.problems)
        outer.addWidget(self.buttons)
        self._body = body

    def _show_cancelled_by(self) -> None:
        self._facts.setRowVisible(
            self.cancelled_by, self.status.currentData() == ContactStatus.CANCELLED
        )

    def _fill(self, note: ContactNote | None) -> None:
        if note is None:
            self.status.setCurrentIndex(self.status.findData(ContactStatus.HAPPENED))
            self.date.set_value(self.ctx.book.today())
            self._show_cancelled_by()
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(note.contact_kind)))
        self.status.setCurrentIndex(self.status.findData(note.status))
        self.cancelled_by.setCurrentIndex(max(0, self.cancelled_by.findData(note.cancelled_by)))
        self._show_cancelled_by()
        self.date.set_value(note.date)
        self.duration.setValue(note.duration_minutes or 0)
        self.place.setText(note.place)
        for name in TEXT_FIELDS:
            self.texts[name].setPlainText(getattr(note, name))

    @property
    def record(self) -> ContactNote | None:
        return self._record

    def retranslate(self) -> None:
        titles = {
            NoteMode.NEW: self.tr("Record a contact"),
            NoteMode.EDIT: self.tr("Edit contact"),
            NoteMode.AMEND: self.tr("Add amendment"),
        }
        self.setWindowTitle(titles[self.mode])
        self.setAccessibleName(self.windowTitle())
        self.kind.setItemText(0, self.tr("Choose…"))
        for i in range(1, self.kind.count()):
            self.kind.setItemText(i, kind_label(self.kind.itemData(i)))
        for i in range(self.status.count()):
            self.status.setItemText(i, status_label(self.status.itemData(i)))
        who = {
            None: self.tr("Not recorded"),
            CancelledBy.FAMILY: self.tr("The family"),
            CancelledBy.CHILD: self.tr("The child"),
            CancelledBy.HOUSEHOLD: self.tr("Our household"),
            CancelledBy.OFFICE: self.tr("The office"),
            CancelledBy.OTHER: self.tr("Someone else"),
        }
        for i in range(self.cancelled_by.count()):
            self.cancelled_by.setItemText(i, who[self.cancelled_by.itemData(i)])
        self.duration.setSpecialValueText(self.tr("—"))
        self.duration.setSuffix(self.tr(" min"))
        labels = {
            "kind": self.tr("&Kind:"),
            "status": self.tr("&Status:"),
            "cancelled_by": self.tr("Cancelled b&y:"),
            "date": self.tr("&Date:"),
            "duration": self.tr("D&uration:"),
            "place": self.tr("&Place:"),
            "relatives": self.tr("&With:"),
            "children": self.tr("C&hildren:"),
            "reaction_before": self.tr("&Before"),
            "reaction_during": self.tr("Du&ring"),
            "reaction_after": self.tr("&After"),
            "agreements": self.tr("A&greements"),
            "follow_up": self.tr("&Follow-up"),
            "text": self.tr("&Notes"),
        }
        for key, text in labels.items():
            self.labels[key].setText(text)
        accessible = {
            "kind": self.tr("Kind of contact"),
            "status": self.tr("Status"),
            "date": self.tr("Date"),
            "duration": self.tr("Duration in minutes"),
            "place": self.tr("Place"),
            "relatives": self.tr("Relatives at the contact"),
            "children": self.tr("Children at the contact"),
            "reaction_before": self.tr("How the child was before"),
            "reaction_during": self.tr("How the child was during"),
            "reaction_after": self.tr("How the child was after"),
            "agreements": self.tr("Agreements"),
            "follow_up": self.tr("Follow-up"),
            "text": self.tr("Notes"),
        }
        for key, widget in self._widgets().items():
            widget.setAccessibleName(accessible[key])
        self.cancelled_by.setAccessibleName(self.tr("Who cancelled the contact"))
        self.reaction_box.setTitle(self.tr("How was the child?"))
        self.place.setPlaceholderText(self.tr("e.g. visiting centre, at home, park"))
        self.texts["agreements"].setPlaceholderText(self.tr("What was agreed, and with whom"))
        self.texts["follow_up"].setPlaceholderText(self.tr("What needs doing next"))
        self.add_relative_button.setText(self.tr("Add a re&lative…"))
        self.add_relative_button.setToolTip(
            self.tr("Someone who is not in the list yet: add them here, they are ticked at once")
        )
        self.restored_label.setText(
            "↺ " + self.tr("Restored what you wrote before. It is not stored yet: press OK "
                           "to store it, or Cancel to throw it away.")
        )  # fmt: skip
        self.reason_label.setText(self.tr("R&eason for the amendment:"))
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        self.locked_label.setText(
            (tr_message(self.locked_reason) + " " if self.locked_reason else "")
            + self.tr("The original stays on record beside your amendment.")
        )

    def _widgets(self) -> dict[str, QWidget]:
        widgets: dict[str, QWidget] = {
            "kind": self.kind,
            "status": self.status,
            "date": self.date,
            "duration": self.duration,
            "place": self.place,
            "relatives": self.relatives_view,
            "children": self.children_view,
        }
        widgets.update(self.texts)
        return widgets

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "contact_kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "cancelled_by": (
                self.cancelled_by.currentData()
                if self.status.currentData() == ContactStatus.CANCELLED
                else None
            ),
            "date": self.date.value(),
            "duration_minutes": self.duration.value() or None,
            "place": self.place.text().strip(),
            "relatives": self.relatives_model.checked_ids() + self._kept_relatives,
            "children": self.children_model.checked_ids() + self._kept_children,
        }
        values.update({name: self.texts[name].toPlainText().strip() for name in TEXT_FIELDS})
        return values

    def accept(self) -> None:
        values = self.values()
        command: QUndoCommand | None = None
        if self.note is None:
            record = self.service.new_note(**values)
            command = CreateRecord(self.ctx, record, self.tr("Record a contact"))
        elif self.mode == NoteMode.EDIT:
            changes = changed_fields(self.note, values)
            record = self.note.model_copy(update=changes)
            if changes:
                command = UpdateRecord(self.ctx, self.note, changes, self.tr("Edit contact"))
        else:
            reason = self.reason.text().strip()
            assert self.original_id is not None
            record = self.note.model_copy(
                update={**values, "amends_id": self.original_id, "amendment_reason": reason}
            )
            if not changed_fields(self.note, values) and reason:
                self.problems.show_texts([self.tr("Nothing was changed.")])
                return
            command = AmendRecord(
                self.ctx, self.original_id, reason, values, self.tr("Add amendment")
            )
        problems = self.service.problems(record)
        if problems and self.mode == NoteMode.NEW and not self.relatives_model.rowCount():
            self.add_relative_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if problems:
            self.problems.show_problems(problems)
            widgets = self._widgets()
            widgets.update(
                contact_kind=self.kind, duration_minutes=self.duration, amendment_reason=self.reason
            )
            focus = widgets.get(problems[0].field)
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.problems.clear()
        if command is not None:
            self.ctx.undo.push(command)
        self._record = record
        if self.draft is not None:
            self.draft.finish()
        self.sig_saved.emit(record)
        super().accept()

    # A relative added from here --------------------------------------------------------
    def add_relative(self) -> None:
        if self._add_relative is None:
            return
        dialog = self._add_relative(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(self._relative_added)  # type: ignore[attr-defined]
        self.relative_dialog = dialog
        dialog.open()

    def _relative_added(self, relative: Relative) -> None:
        items = [*self.relatives_model.items(), (relative.id, self._relative_text(relative))]
        checked = {*self.relatives_model.checked_ids(), relative.id}
        self.relatives_model.set_items(items, checked)
        fit_list(self.relatives_view, 3)
        self._edited()

    @staticmethod
    def _relative_text(relative: Relative) -> str:
        return f"{relative.name} ({relation_label(relative.relation)})"

    # The draft ----------------------------------------------------------------------------
    def _watch_edits(self) -> None:
        self.kind.currentIndexChanged.connect(self._edited)
        self.status.currentIndexChanged.connect(self._edited)
        self.date.dateChanged.connect(self._edited)
        self.duration.valueChanged.connect(self._edited)
        self.place.textEdited.connect(self._edited)
        for edit in self.texts.values():
            edit.textChanged.connect(self._edited)
        for model in (self.relatives_model, self.children_model):
            model.dataChanged.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if self.draft is not None and not self._filling:
            self.draft.edited()

    def _draft_values(self) -> dict[str, Any]:
        values = self.values()
        values["relatives"] = [str(i) for i in self.relatives_model.checked_ids()]
        values["children"] = [str(i) for i in self.children_model.checked_ids()]
        values["date"] = values["date"].isoformat()
        return values

    def has_words(self) -> bool:
        """Whether anything was written that Cancel would throw away."""
        return bool(self.place.text().strip()) or any(
            edit.toPlainText().strip() for edit in self.texts.values()
        )

    def _restore(self, values: dict[str, Any]) -> None:
        self._filling = True
        try:
            kind = values.get("contact_kind")
            if kind:
                self.kind.setCurrentIndex(max(0, self.kind.findData(ContactKind(kind))))
            if values.get("status"):
                self.status.setCurrentIndex(
                    max(0, self.status.findData(ContactStatus(values["status"])))
                )
            with contextlib.suppress(ValueError):
                self.date.set_value(date.fromisoformat(str(values.get("date"))))
            self.duration.setValue(int(values.get("duration_minutes") or 0))
            self.place.setText(str(values.get("place") or ""))
            for name in TEXT_FIELDS:
                self.texts[name].setPlainText(str(values.get(name) or ""))
            for model, key in ((self.relatives_model, "relatives"),
                               (self.children_model, "children")):  # fmt: skip
                wanted = {str(i) for i in values.get(key) or []}
                for item_id, _label in model.items():
                    model.set_checked(item_id, str(item_id) in wanted)
        finally:
            self._filling = False
        self.restored_label.show()

    def reject(self) -> None:
        """Cancel: words that were written are thrown away only when the person says so."""
        if self.draft is not None and self.has_words():
            answer = QMessageBox.question(
                self,
                self.tr("Throw away this contact?"),
                self.tr("What you wrote here is not stored. Throw it away?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        if self.draft is not None:
            self.draft.finish()
        super().reject()
