"""Conflict revisions: where two computers changed the same field of a record,
the later change was kept and the other value kept aside
(docs/architecture.md, "Conflicts"). Here they are listed field by field — the value
now, the one the merge kept, the other one — and settled: keep the current
values, or use the other ones, with a note. The resolution is an ordinary
change and syncs like any other.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.services.conflicts import (
    ConflictItem,
    ConflictService,
    FieldConflict,
    Keep,
    Resolution,
)
from app.ui.context import UiContext
from app.ui.i18n import tr_message
from app.ui.models.conflicts import ConflictColumn, ConflictFieldsModel, ConflictsModel, FieldColumn
from app.ui.models.words import Words
from app.ui.pages.base import ChildPage, in_household
from app.ui.widgets.guarded import run_for, show_failure
from app.ui.widgets.tables import choose_row, fit_headers, setup_rows_table

CONFLICT_KINDS = frozenset({"conflict_revision", "child", "relative", "household", "daily_log",
                            "contact_note", "milestone_observation"})  # fmt: skip


class ConflictsPage(ChildPage):
    """The unresolved conflict revisions of the chosen household (or of this home)."""

    supports_household = True
    follows_changes_behind = True  # its count shows while it is behind
    sig_count_changed = Signal()
    sig_message = Signal(str)

    def __init__(
        self,
        ctx: UiContext,
        service: ConflictService | None = None,
        *,
        per_household: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.service = service or ConflictService(ctx.book, ctx.records)
        self.per_household = per_household  # supervisor mode: one household at a time
        self.household_id: uuid.UUID | None = None
        self.loaded = False
        self._serial = 0
        self._busy = False

        self.words = Words(self)
        self.model = ConflictsModel(self.words, self._describe, self.field_label, self)
        self.fields_model = ConflictFieldsModel(self)
        self.intro = QLabel()
        self.intro.setObjectName("conflictsIntro")
        self.intro.setWordWrap(True)
        self.results = QLabel()
        self.results.setObjectName("conflictsResults")
        self.view = QTableView()
        self.view.setObjectName("conflictsList")
        self.view.setModel(self.model)
        setup_rows_table(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.fields_view = QTableView()
        self.fields_view.setObjectName("conflictFields")
        self.fields_view.setModel(self.fields_model)
        setup_rows_table(self.fields_view, wrap=True)
        self.fields_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.about = QLabel()
        self.about.setObjectName("conflictAbout")
        self.about.setWordWrap(True)
        self.note_label = QLabel()
        self.note = QLineEdit()
        self.note.setObjectName("conflictNote")
        self.note_label.setBuddy(self.note)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keepCurrent")
        self.keep_button.clicked.connect(lambda: self.resolve(Keep.CURRENT))
        self.losing_button = QPushButton()
        self.losing_button.setObjectName("useLosing")
        self.losing_button.clicked.connect(lambda: self.resolve(Keep.LOSING))
        self.why_not = QLabel()
        self.why_not.setObjectName("conflictWhyNot")
        self.why_not.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("conflictsNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label)
        note_row.addWidget(self.note, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.why_not, 1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.losing_button)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.about)
        bottom_layout.addWidget(self.fields_view, 1)
        bottom_layout.addLayout(note_row)
        bottom_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.results)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.view, self.fields_view)
        QWidget.setTabOrder(self.fields_view, self.note)
        QWidget.setTabOrder(self.note, self.keep_button)
        QWidget.setTabOrder(self.keep_button, self.losing_button)
        self.retranslate()
        self._show_current()
        if not per_household:
            self.refresh()

    def title(self) -> str:
        return self.tr("Conflicts")

    def count(self) -> int | None:
        return self.model.rowCount() if self.loaded else None

    def retranslate(self) -> None:
        languages = self.ctx.languages
        self.words.set_language(languages.locale(), languages.current)
        self.kind_labels = {**self.words.labels.other_kinds, **self.words.labels.kinds}
        self.field_labels = self._field_labels()
        self.model.retranslate()
        self.intro.setText(
            self.tr("When two computers changed the same field before they synced, the later "
                    "change was kept and the other value set aside here. Compare them and settle "
                    "each one; your choice syncs like any change.")
        )  # fmt: skip
        self.view.setAccessibleName(self.tr("Conflicts to settle"))
        self.fields_view.setAccessibleName(self.tr("The fields in conflict"))
        self.note_label.setText(self.tr("&Note:"))
        self.note.setPlaceholderText(self.tr("Why you settled it this way (optional)"))
        self.keep_button.setText(self.tr("&Keep current values"))
        self.losing_button.setText(self.tr("&Use the other values"))
        self._update_results()
        self._show_current()
        metrics = self.view.fontMetrics()
        sample = self.words.moment_text(datetime(2028, 12, 27, 22, 58))
        pad = 2 * metrics.height()
        self.view.setColumnWidth(ConflictColumn.WHEN, metrics.horizontalAdvance(sample) + pad)
        self.view.setColumnWidth(ConflictColumn.RECORD, metrics.averageCharWidth() * 36)
        self.view.setColumnWidth(ConflictColumn.FIELDS, metrics.averageCharWidth() * 30)
        self.fields_view.setColumnWidth(FieldColumn.FIELD, metrics.averageCharWidth() * 24)
        for column in (FieldColumn.CURRENT, FieldColumn.WINNING):
            self.fields_view.setColumnWidth(column, metrics.averageCharWidth() * 30)
        fit_headers(self.view, self.model.titles())  # a title is never cut
        fit_headers(self.fields_view, self.fields_model.titles())

    def _field_labels(self) -> dict[str, str]:
        return {
            "given_name": self.tr("First name"), "family_name": self.tr("Family name"),
            "date_of_birth": self.tr("Date of birth"),
            "placement_start": self.tr("Placement start"),
            "placement_end": self.tr("Placement end"), "school": self.tr("School or daycare"),
            "languages": self.tr("Languages"), "sibling_group": self.tr("Sibling group"),
            "notes": self.tr("Notes"), "name": self.tr("Name"), "relation": self.tr("Relation"),
            "lives_where": self.tr("Lives where"), "placed_together": self.tr("Placed together"),
            "contact_arrangement": self.tr("Contact arrangement"), "phone": self.tr("Phone"),
            "household_kind": self.tr("Kind of home"), "date": self.tr("Date"),
            "mood": self.tr("Mood"), "sleep": self.tr("Sleep"), "eating": self.tr("Eating"),
            "health": self.tr("Health"), "medication": self.tr("Medication"),
            "activities": self.tr("Activities"), "moments": self.tr("Notable moments"),
            "text": self.tr("Notes"), "flag": self.tr("Incident"),
            "severity": self.tr("Severity"), "status": self.tr("Status"),
            "observed_on": self.tr("Observed on"), "note": self.tr("Note"),
            "item_id": self.tr("Milestone"), "contact_kind": self.tr("Kind of contact"),
            "duration_minutes": self.tr("Duration (minutes)"), "place": self.tr("Place"),
            "reaction_before": self.tr("Before"), "reaction_during": self.tr("During"),
            "reaction_after": self.tr("After"), "agreements": self.tr("Agreements"),
            "follow_up": self.tr("Follow-up"), "children": self.tr("Children"),
            "relatives": self.tr("Relatives"),
        }  # fmt: skip

    def field_label(self, name: str) -> str:
        return self.field_labels.get(name) or name.replace("_", " ").capitalize()

    def value_text(self, item: ConflictItem, name: str, value: Any) -> str:
        """A field's value in words (raw where there are no words for it)."""
        labels = self.words.labels
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False)
        text = str(value)
        if name == "mood" and isinstance(value, int):
            return labels.mood(value)
        enums: dict[Any, str] = {}
        if name == "status" and item.target_kind == "milestone_observation":
            enums = dict(labels.milestone_statuses)
        elif name == "status":
            enums = dict(labels.contact_statuses)
        elif name == "severity":
            enums = dict(labels.severities)
        elif name == "contact_kind":
            enums = dict(labels.contact_kinds)
        if enums:
            # StrEnum members equal their values: a stored "no_show" finds its words.
            return enums.get(text, text)
        if len(text) == 10 and text[4] == "-":
            try:
                return self.words.date_text(date.fromisoformat(text))
            except ValueError:
                pass
        return text

    def _describe(self, item: ConflictItem) -> tuple[str, str]:
        kind = self.kind_labels.get(item.target_kind, item.target_kind)
        record = f"{kind} · {item.target_label}" if item.target_label else kind
        if not item.target_exists:
            record = self.tr("%1 (no longer on this computer)").replace("%1", kind)
        by = item.losing_author_name or item.losing_device
        return record, by

    # Loading ----------------------------------------------------------------------------
    def set_household(self, household_id: uuid.UUID | None) -> None:
        if household_id == self.household_id and self.loaded:
            return
        self.household_id = household_id
        self.loaded = False
        self.model.set_items([])
        self._show_current()
        self.refresh()

    def on_records_changed(self, changes: ChangeSet) -> None:
        if changes.concerns(*CONFLICT_KINDS) and in_household(changes, self.household_id):
            self.refresh()

    def refresh(self) -> None:
        self._serial += 1
        serial = self._serial
        household = self.household_id
        if self.per_household and household is None:
            self.model.set_items([])
            self._update_results()
            return
        service = self.service
        run_for(
            self,
            self.ctx.tasks,
            lambda: service.revisions(household),
            lambda found: self._loaded(serial, found),
            self._failed,
        )

    def _loaded(self, serial: int, found: list[ConflictItem]) -> None:
        if serial != self._serial:
            return
        current = self.current_item()
        old_row = self.view.currentIndex().row()
        self.model.set_items(found)
        self.loaded = True
        self._update_results()
        self.sig_count_changed.emit()
        row = self.model.row_of(current.revision_id) if current is not None else -1
        if row < 0 and self.model.rowCount():
            row = min(max(old_row, 0), self.model.rowCount() - 1)
        if row >= 0:
            choose_row(self.view, row)
        self._show_current()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._show_current()
        show_failure(self.ctx, exc, self._show_notice)

    def _update_results(self) -> None:
        if self.per_household and self.household_id is None:
            text = self.tr("Choose a household on the left.")
        elif not self.loaded:
            text = ""
        elif self.model.rowCount():
            text = self.tr("%n conflict(s) to settle.", "", self.model.rowCount())
        else:
            text = self.tr("No conflicts: every change merged cleanly.")
        self.results.setText(text)

    # One conflict -----------------------------------------------------------------------
    def current_item(self) -> ConflictItem | None:
        row = self.model.row(self.view.currentIndex().row())
        return row.item if row is not None else None

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.note.clear()
        self._show_current()

    def _show_current(self) -> None:
        item = self.current_item()
        self.keep_button.setEnabled(item is not None and not self._busy)
        self.note.setEnabled(item is not None)
        if item is None:
            self.fields_model.set_fields([])
            self.about.clear()
            self.why_not.clear()
            self.losing_button.setEnabled(False)
            return
        self.fields_model.set_fields(self._field_rows(item.fields, item))
        record, by = self._describe(item)
        when = self.words.moment_text(item.created_at)
        about = self.tr("%1 — the other values were written by %2; noticed %3.")
        self.about.setText(about.replace("%1", record).replace("%2", by or "?").replace("%3", when))
        self.losing_button.setEnabled(item.can_apply_losing and not self._busy)
        reason = item.cannot_apply_reason
        self.why_not.setText(tr_message(reason) if reason is not None else "")
        self.losing_button.setToolTip(self.why_not.text())

    def _field_rows(
        self, fields: tuple[FieldConflict, ...], item: ConflictItem
    ) -> list[tuple[str, str, str, str]]:
        return [
            (
                self.field_label(f.name),
                self.value_text(item, f.name, f.current),
                self.value_text(item, f.name, f.winning),
                self.value_text(item, f.name, f.losing),
            )
            for f in fields
        ]

    # Settling ---------------------------------------------------------------------------
    def resolve(self, keep: Keep) -> None:
        item = self.current_item()
        if item is None or self._busy:
            return
        if keep == Keep.LOSING and not item.can_apply_losing:
            return
        self._busy = True
        self._show_current()
        note = self.note.text()
        revision_id = item.revision_id

        ctx, service = self.ctx, self.service

        def done(resolution: Resolution) -> None:
            ctx.changed(resolution.changes)
            if not shiboken6.isValid(self):
                return
            self._busy = False
            self.note.clear()
            message = (
                self.tr("Conflict settled: the other values are used now.")
                if keep == Keep.LOSING
                else self.tr("Conflict settled: the current values stay.")
            )
            self._show_notice(message)
            self.sig_message.emit(message)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self):
                self._failed(exc)
            else:
                ctx.events.sig_error.emit(exc)

        ctx.tasks.run(lambda: service.resolve(revision_id, keep, note), done, failed)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
