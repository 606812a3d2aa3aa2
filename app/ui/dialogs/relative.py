"""Adding or editing a relative: a birth parent, a sibling placed elsewhere, a
grandparent, and the contact agreed with them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import Child, Relative
from app.domain.vocabulary import RelationKind
from app.services.contacts import RELATION_ORDER, ContactService
from app.ui.commands import CreateRecord, UpdateRecord
from app.ui.context import UiContext
from app.ui.dialogs.child import ProblemBox, changed_fields, fit_dialog, fit_list
from app.ui.models.contacts import CheckListModel
from app.ui.models.relatives import relation_label
from app.ui.widgets.drafts import DialogDraft

SIBLINGS = frozenset({RelationKind.SIBLING, RelationKind.HALF_SIBLING})


class RelativeDialog(QDialog):
    """``accept()`` checks the relative and, when all is well, puts the change on
    ``ctx.undo``; ``record`` then holds the relative as it will be stored."""

    sig_saved = Signal(object)  # Relative

    def __init__(
        self,
        ctx: UiContext,
        child: Child,
        relative: Relative | None,
        children: list[Child],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child = child
        self.relative = relative
        self.service = ContactService(ctx.book)
        self._record: Relative | None = None

        self.name = QLineEdit()
        self.relation = QComboBox()
        for kind in sorted(RelationKind, key=RELATION_ORDER.__getitem__):
            self.relation.addItem("", kind)
        self.children_model = CheckListModel(self)
        choices = [child, *(c for c in children if c.id != child.id)]
        self.children_model.set_items(
            [(c.id, c.display_name()) for c in choices],
            set(relative.children) if relative else {child.id},
        )
        self._hidden_children = (
            [i for i in relative.children if i not in {c.id for c in choices}] if relative else []
        )
        self.children_view = QListView()
        self.children_view.setModel(self.children_model)
        fit_list(self.children_view)
        self.lives_where = QLineEdit()
        self.placed_together = QCheckBox()
        self.arrangement = QPlainTextEdit()
        self.arrangement.setTabChangesFocus(True)
        self.arrangement.setMinimumHeight(self.fontMetrics().height() * 4)
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 4)

        self.labels = {name: QLabel() for name in ("name", "relation", "children", "lives")}
        self.labels.update({n: QLabel() for n in ("arrangement", "phone", "notes")})
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.labels["name"], self.name)
        form.addRow(self.labels["relation"], self.relation)
        form.addRow(self.labels["children"], self.children_view)
        form.addRow(self.labels["lives"], self.lives_where)
        form.addRow("", self.placed_together)
        form.addRow(self.labels["arrangement"], self.arrangement)
        form.addRow(self.labels["phone"], self.phone)
        form.addRow(self.labels["notes"], self.notes)
        for key, buddy in (
            ("name", self.name),
            ("relation", self.relation),
            ("children", self.children_view),
            ("lives", self.lives_where),
            ("arrangement", self.arrangement),
            ("phone", self.phone),
            ("notes", self.notes),
        ):
            self.labels[key].setBuddy(buddy)

        self.problems = ProblemBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self.relation.currentIndexChanged.connect(self._relation_changed)
        if relative is not None:
            self.name.setText(relative.name)
            self.relation.setCurrentIndex(self.relation.findData(relative.relation))
            self.lives_where.setText(relative.lives_where)
            self.placed_together.setChecked(relative.placed_together)
            self.arrangement.setPlainText(relative.contact_arrangement)
            self.phone.setText(relative.phone)
            self.notes.setPlainText(relative.notes)
        self._relation_changed()
        self.retranslate()
        em = self.fontMetrics().horizontalAdvance("M")
        fit_dialog(self, em * 40, self.sizeHint().height())
        self.name.setFocus()
        # A new relative's words are kept as a draft (of the child's next relative).
        self.draft: DialogDraft | None = None
        self._filling = False
        if relative is None:
            self.draft = DialogDraft(ctx, f"relative:{child.id}", self._draft_values, self)
            for signal in (self.name.textEdited, self.lives_where.textEdited,
                           self.phone.textEdited, self.arrangement.textChanged,
                           self.notes.textChanged, self.relation.currentIndexChanged,
                           self.placed_together.toggled):  # fmt: skip
                signal.connect(self._edited)
            self.draft.load(self._restore)

    @property
    def record(self) -> Relative | None:
        return self._record

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Add relative") if self.relative is None else self.tr("Edit relative")
        )
        self.setAccessibleName(self.windowTitle())
        for i in range(self.relation.count()):
            self.relation.setItemText(i, relation_label(self.relation.itemData(i)))
        self.labels["name"].setText(self.tr("&Name:"))
        self.labels["relation"].setText(self.tr("&Relation:"))
        self.labels["children"].setText(self.tr("Family &of:"))
        self.labels["lives"].setText(self.tr("&Lives:"))
        self.labels["arrangement"].setText(self.tr("&Agreed contact:"))
        self.labels["phone"].setText(self.tr("&Phone:"))
        self.labels["notes"].setText(self.tr("Not&es:"))
        self.placed_together.setText(self.tr("Placed &together with the child"))
        self.name.setAccessibleName(self.tr("Name"))
        self.relation.setAccessibleName(self.tr("Relation"))
        self.children_view.setAccessibleName(self.tr("Children this person is family of"))
        self.lives_where.setAccessibleName(self.tr("Where this person lives"))
        self.lives_where.setPlaceholderText(self.tr("e.g. with her grandmother in Ghent"))
        self.placed_together.setAccessibleName(self.tr("Placed together"))
        self.arrangement.setAccessibleName(self.tr("Agreed contact arrangement"))
        self.arrangement.setPlaceholderText(
            self.tr("e.g. every other Wednesday, two hours, supervised at the visiting centre")
        )
        self.phone.setAccessibleName(self.tr("Phone"))
        self.notes.setAccessibleName(self.tr("Notes"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _relation_changed(self) -> None:
        # "Placed together" only says something about a brother or sister.
        sibling = self.relation.currentData() in SIBLINGS
        self.placed_together.setEnabled(sibling)
        if not sibling:
            self.placed_together.setChecked(False)

    def values(self) -> dict[str, object]:
        children: list[uuid.UUID] = self.children_model.checked_ids() + self._hidden_children
        return {
            "name": self.name.text().strip(),
            "relation": self.relation.currentData(),
            "children": children,
            "lives_where": self.lives_where.text().strip(),
            "placed_together": self.placed_together.isChecked(),
            "contact_arrangement": self.arrangement.toPlainText().strip(),
            "phone": self.phone.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }

    # The draft ----------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if self.draft is not None and not self._filling:
            self.draft.edited()

    def _draft_values(self) -> dict[str, object]:
        values = self.values()
        values["children"] = [str(i) for i in self.children_model.checked_ids()]
        return values

    def _restore(self, values: dict[str, object]) -> None:
        self._filling = True
        try:
            self.name.setText(str(values.get("name") or ""))
            relation = values.get("relation")
            if relation:
                at = self.relation.findData(RelationKind(str(relation)))
                self.relation.setCurrentIndex(max(0, at))
            self.lives_where.setText(str(values.get("lives_where") or ""))
            self.placed_together.setChecked(bool(values.get("placed_together")))
            self.arrangement.setPlainText(str(values.get("contact_arrangement") or ""))
            self.phone.setText(str(values.get("phone") or ""))
            self.notes.setPlainText(str(values.get("notes") or ""))
        finally:
            self._filling = False

    def has_words(self) -> bool:
        return any(
            (self.name.text().strip(), self.lives_where.text().strip(), self.phone.text().strip(),
             self.arrangement.toPlainText().strip(), self.notes.toPlainText().strip())
        )  # fmt: skip

    def reject(self) -> None:
        """Cancel: written words are thrown away only when the person says so."""
        if self.draft is not None and self.has_words():
            answer = QMessageBox.question(
                self,
                self.tr("Throw away this relative?"),
                self.tr("What you wrote here is not stored. Throw it away?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        if self.draft is not None:
            self.draft.finish()
        super().reject()

    def accept(self) -> None:
        values = self.values()
        command: CreateRecord | UpdateRecord | None = None
        if self.relative is None:
            record = self.service.new_relative(**values)
            command = CreateRecord(self.ctx, record, self.tr("Add relative"))
        else:
            changes = changed_fields(self.relative, values)
            record = self.relative.model_copy(update=changes)
            if changes:
                command = UpdateRecord(self.ctx, self.relative, changes, self.tr("Edit relative"))
        problems = self.service.problems(record)
        if problems:
            self.problems.show_problems(problems)
            focus = {"name": self.name, "children": self.children_view}.get(problems[0].field)
            if focus is not None:
                focus.setFocus()
            return
        self.problems.clear()
        if command is not None:
            self.ctx.undo.push(command)
        self._record = record
        if self.draft is not None:
            self.draft.finish()
        self.sig_saved.emit(record)
        super().accept()
