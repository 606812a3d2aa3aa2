"""Adding or editing a child: the form shared with the Profile page, and the dialog.

Also holds the two small widgets the contact dialogs share with it: a date field
in the locale's format with a four-digit year, and the box that lists what is
wrong with a record before anything is stored.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import Problem, ThuisboekError
from app.domain.records import Child, Record
from app.ui.commands import CreateRecord, UpdateRecord
from app.ui.context import UiContext
from app.ui.i18n import tr_message
from app.ui.widgets.drafts import DialogDraft

CHILD_FIELDS = (
    "given_name", "family_name", "date_of_birth", "placement_start", "placement_end",
    "school", "languages", "sibling_group", "notes",
)  # fmt: skip


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def parse_languages(text: str) -> list[str]:
    """The languages typed as "Dutch, Arabic,, dutch": each once, in order."""
    seen: dict[str, str] = {}
    for part in text.replace(";", ",").split(","):
        name = part.strip()
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return list(seen.values())


def fit_list(view: QAbstractItemView, least: int = 2, most: int = 7) -> None:
    """As tall as its items (within bounds): a short list leaves no hole in a form."""
    count = view.model().rowCount()
    row = view.sizeHintForRow(0) if count else view.fontMetrics().height() + 6
    rows = min(max(count, least), most)
    view.setFixedHeight(rows * row + 2 * view.frameWidth() + 2)


def fit_dialog(dialog: QDialog, width: int, height: int) -> None:
    """A starting size that fits the content but never the whole of a small screen."""
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.85)))


class DateField(QDateEdit):
    """A date in the locale's short format, but with the whole year: a date of
    birth typed as "14/03/22" must not be read as 1922."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(1900, 1, 1))
        self.setMaximumDate(QDate(2200, 12, 31))
        self.set_locale(QLocale())

    def set_locale(self, locale: QLocale) -> None:
        self.setLocale(locale)
        fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
        self.setDisplayFormat(fmt)

    def value(self) -> date:
        return from_qdate(self.date())

    def set_value(self, day: date) -> None:
        self.setDate(to_qdate(day))


class ProblemBox(QFrame):
    """What is wrong, in the person's language; hidden while all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        self.show_texts([tr_message(p.message) for p in problems])

    def show_error(self, error: ThuisboekError) -> None:
        problems = getattr(error, "problems", None)
        if problems:
            self.show_problems(problems)
        else:
            self.show_texts([tr_message(error.message)])

    def show_texts(self, texts: list[str]) -> None:
        self.label.setText("<br>".join(html.escape(t) for t in texts))
        self.label.setAccessibleName(" ".join(texts))
        self.setVisible(bool(texts))

    def clear(self) -> None:
        self.show_texts([])

    def texts(self) -> str:
        return self.label.accessibleName()


class ChildForm(QWidget):
    """The child's details as fields. ``sig_field_edited(name)`` fires when one
    field is done being edited (Enter, leaving it, ticking a box), so the Profile
    page can store it field by field."""

    sig_field_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.date_of_birth = DateField()
        self.placement_start = DateField()
        self.placement_ended = QCheckBox()
        self.placement_end = DateField()
        self.placement_end.setEnabled(False)
        self.school = QLineEdit()
        self.languages = QLineEdit()
        self.sibling_group = QLineEdit()
        self._group_completer = QCompleter([], self)
        self._group_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.sibling_group.setCompleter(self._group_completer)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.installEventFilter(self)

        end_row = QHBoxLayout()
        end_row.setContentsMargins(0, 0, 0, 0)
        end_row.addWidget(self.placement_ended)
        end_row.addWidget(self.placement_end, 1)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            ("given_name", self.given_name),
            ("family_name", self.family_name),
            ("date_of_birth", self.date_of_birth),
            ("placement_start", self.placement_start),
            ("placement_end", end_row),
            ("school", self.school),
            ("languages", self.languages),
            ("sibling_group", self.sibling_group),
            ("notes", self.notes),
        ]
        for name, field in rows:
            label = QLabel()
            self.labels[name] = label
            self.form.addRow(label, field)
        for name, buddy in (
            ("given_name", self.given_name),
            ("family_name", self.family_name),
            ("date_of_birth", self.date_of_birth),
            ("placement_start", self.placement_start),
            ("placement_end", self.placement_ended),
            ("school", self.school),
            ("languages", self.languages),
            ("sibling_group", self.sibling_group),
            ("notes", self.notes),
        ):
            self.labels[name].setBuddy(buddy)

        for name in ("given_name", "family_name", "school", "languages", "sibling_group"):
            edit: QLineEdit = getattr(self, name)
            edit.editingFinished.connect(lambda name=name: self.sig_field_edited.emit(name))
        for name in ("date_of_birth", "placement_start", "placement_end"):
            date_field: DateField = getattr(self, name)
            date_field.editingFinished.connect(lambda name=name: self.sig_field_edited.emit(name))
        self.placement_ended.toggled.connect(self._ended_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        # Mnemonics avoid E, F, V, S and H, which open the main window's menus.
        texts = {
            "given_name": self.tr("Fi&rst name:"),
            "family_name": self.tr("Famil&y name:"),
            "date_of_birth": self.tr("Date of &birth:"),
            "placement_start": self.tr("&Placed since:"),
            "placement_end": self.tr("Placement en&ded:"),
            "school": self.tr("Sch&ool or daycare:"),
            "languages": self.tr("&Languages:"),
            "sibling_group": self.tr("Sibling &group:"),
            "notes": self.tr("&Notes:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.given_name.setAccessibleName(self.tr("First name"))
        self.family_name.setAccessibleName(self.tr("Family name"))
        self.date_of_birth.setAccessibleName(self.tr("Date of birth"))
        self.placement_start.setAccessibleName(self.tr("Placement start"))
        self.placement_ended.setText(self.tr("ended on"))
        self.placement_ended.setAccessibleName(self.tr("Placement ended"))
        self.placement_end.setAccessibleName(self.tr("Placement end"))
        self.school.setAccessibleName(self.tr("School or daycare"))
        self.languages.setAccessibleName(self.tr("Languages"))
        self.languages.setPlaceholderText(self.tr("Separated by commas, e.g. Dutch, Arabic"))
        self.sibling_group.setAccessibleName(self.tr("Sibling group"))
        self.sibling_group.setPlaceholderText(self.tr("The same name for siblings placed together"))
        self.notes.setAccessibleName(self.tr("Notes"))

    def set_locale(self, locale: QLocale) -> None:
        for field in (self.date_of_birth, self.placement_start, self.placement_end):
            field.set_locale(locale)

    def set_group_suggestions(self, groups: list[str]) -> None:
        model = self._group_completer.model()
        model.setStringList(sorted(set(groups), key=str.casefold))  # type: ignore[attr-defined]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.sig_field_edited.emit("notes")
        return super().eventFilter(watched, event)

    def _ended_toggled(self, checked: bool) -> None:
        self.placement_end.setEnabled(checked)
        self.sig_field_edited.emit("placement_end")

    # Values -------------------------------------------------------------------------
    def value(self, name: str) -> Any:
        if name == "date_of_birth":
            return self.date_of_birth.value()
        if name == "placement_start":
            return self.placement_start.value()
        if name == "placement_end":
            return self.placement_end.value() if self.placement_ended.isChecked() else None
        if name == "languages":
            return parse_languages(self.languages.text())
        if name == "notes":
            return self.notes.toPlainText()
        text: str = getattr(self, name).text()
        return text.strip()

    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in CHILD_FIELDS}

    def set_value(self, name: str, value: Any) -> None:
        if name in ("date_of_birth", "placement_start"):
            getattr(self, name).set_value(value)
        elif name == "placement_end":
            self.placement_ended.blockSignals(True)
            self.placement_ended.setChecked(value is not None)
            self.placement_ended.blockSignals(False)
            self.placement_end.setEnabled(value is not None)
            if value is not None:
                self.placement_end.set_value(value)
            else:
                self.placement_end.setDate(QDate.currentDate())
        elif name == "languages":
            self.languages.setText(", ".join(value))
        elif name == "notes":
            if self.notes.toPlainText() != value:
                self.notes.setPlainText(value)
        else:
            getattr(self, name).setText(value)

    def set_values(self, child: Child | None, today: date | None = None) -> None:
        if child is None:
            today = today or date.today()
            for name in CHILD_FIELDS:
                default: Any = {"date_of_birth": today, "placement_start": today}.get(name, "")
                self.set_value(name, None if name == "placement_end" else default)
            self.set_value("languages", [])
            return
        for name in CHILD_FIELDS:
            self.set_value(name, getattr(child, name))

    def focus_field(self, name: str) -> None:
        widget = {"placement_end": self.placement_ended}.get(name) or getattr(self, name, None)
        if isinstance(widget, QWidget):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)


class ChildDialog(QDialog):
    """Add a child (``child=None``) or change one.

    ``accept()`` checks the record, refuses it with the problems shown, or puts
    the change on ``ctx.undo`` (stored on the task queue, announced as "child").
    ``record`` and ``sig_saved`` then give the child as it will be stored."""

    sig_saved = Signal(object)  # Child

    def __init__(self, ctx: UiContext, child: Child | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child = child
        self._record: Child | None = None
        self.form = ChildForm()
        self.form.set_locale(ctx.languages.locale())
        self.form.set_values(child, ctx.book.today())
        self.form.set_group_suggestions(
            [c.sibling_group for c in ctx.household.children() if c.sibling_group]
        )
        self.problems = ProblemBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit_dialog(self, self.fontMetrics().horizontalAdvance("M") * 52, self.sizeHint().height())
        self.form.given_name.setFocus()
        # A new child's details are kept as a draft until stored or thrown away.
        self.draft: DialogDraft | None = None
        self._filling = False
        if child is None:
            self.draft = DialogDraft(ctx, "child:new", self._draft_values, self)
            for line in self.form.findChildren(QLineEdit):
                line.textEdited.connect(self._edited)
            for text in self.form.findChildren(QPlainTextEdit):
                text.textChanged.connect(self._edited)
            for day in self.form.findChildren(QDateEdit):
                day.dateChanged.connect(self._edited)
            self.form.placement_ended.toggled.connect(self._edited)
            self.draft.load(self._restore)

    def _edited(self, *_args: object) -> None:
        if self.draft is not None and not self._filling:
            self.draft.edited()

    def _draft_values(self) -> dict[str, Any]:
        values = self.form.values()
        return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}

    def _restore(self, values: dict[str, Any]) -> None:
        self._filling = True
        try:
            for name in CHILD_FIELDS:
                if name not in values:
                    continue
                value = values[name]
                if name in ("date_of_birth", "placement_start", "placement_end") and value:
                    try:
                        value = date.fromisoformat(str(value))
                    except ValueError:
                        continue
                if name == "languages" and not isinstance(value, list):
                    continue
                self.form.set_value(name, value if value is not None or name == "placement_end"
                                    else "")  # fmt: skip
        finally:
            self._filling = False

    def reject(self) -> None:
        """Cancel: a typed name is thrown away only when the person says so."""
        if self.draft is not None and (
            self.form.given_name.text().strip() or self.form.notes.toPlainText().strip()
        ):
            answer = QMessageBox.question(
                self,
                self.tr("Throw away this child's details?"),
                self.tr("What you wrote here is not stored. Throw it away?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        if self.draft is not None:
            self.draft.finish()
        super().reject()

    @property
    def record(self) -> Child | None:
        return self._record

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add child") if self.child is None else self.tr("Edit child"))
        self.setAccessibleName(self.windowTitle())
        self.form.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        values = self.form.values()
        command: CreateRecord | UpdateRecord | None
        if self.child is None:
            record = Child(household_id=self.ctx.book.identity.household_id, **values)
            command = CreateRecord(self.ctx, record, self.tr("Add child"))
        else:
            changes = changed_fields(self.child, values)
            record = self.child.model_copy(update=changes)
            command = UpdateRecord(self.ctx, self.child, changes, self.tr("Edit child"))
            if not changes:
                command = None
        problems = record.problems(self.ctx.book.today())
        if problems:
            self.problems.show_problems(problems)
            self.form.focus_field(problems[0].field)
            return
        self.problems.clear()
        if command is not None:
            self.ctx.undo.push(command)
        self._record = record
        if self.draft is not None:
            self.draft.finish()
        self.sig_saved.emit(record)
        super().accept()


def changed_fields(record: Record, values: dict[str, Any]) -> dict[str, Any]:
    """The values that differ from what the record holds."""
    return {k: v for k, v in values.items() if getattr(record, k, None) != v}
