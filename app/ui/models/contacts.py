"""Contact notes of a child, and the checkable lists the contact dialogs pick from."""

from __future__ import annotations

import html
import uuid
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from app.domain.records import ContactNote
from app.domain.vocabulary import ContactKind, ContactStatus
from app.services.contacts import NoteThread
from app.ui.models.relatives import DetailRole, html_section, short_date
from app.ui.models.rows import Index, RowsModel

NoteIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
ItemIdRole = Qt.ItemDataRole.UserRole + 3


def kind_label(kind: ContactKind | None) -> str:
    labels = {
        ContactKind.VISIT: QCoreApplication.translate("Contacts", "Visit"),
        ContactKind.SUPERVISED_VISIT: QCoreApplication.translate("Contacts", "Supervised visit"),
        ContactKind.PHONE: QCoreApplication.translate("Contacts", "Phone call"),
        ContactKind.VIDEO: QCoreApplication.translate("Contacts", "Video call"),
        ContactKind.LETTER: QCoreApplication.translate("Contacts", "Letter or message"),
    }
    return labels.get(kind, "") if kind is not None else ""


def status_label(status: ContactStatus) -> str:
    labels = {
        ContactStatus.PLANNED: QCoreApplication.translate("Contacts", "Planned"),
        ContactStatus.HAPPENED: QCoreApplication.translate("Contacts", "Happened"),
        ContactStatus.CANCELLED: QCoreApplication.translate("Contacts", "Cancelled"),
        ContactStatus.NO_SHOW: QCoreApplication.translate("Contacts", "No-show"),
    }
    return labels[status]


class NoteColumn(IntEnum):
    DATE = 0
    KIND = 1
    STATUS = 2
    WITH = 3
    DURATION = 4
    PLACE = 5


class ContactNotesModel(RowsModel[NoteThread]):
    """One row per contact, showing its current version (the latest amendment)."""

    columns = tuple(NoteColumn)
    row_key = attrgetter("original.id")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: dict[uuid.UUID, str] = {}
        self._child_names: dict[uuid.UUID, str] = {}
        self._locale = QLocale()

    def set_rows(
        self,
        rows: list[NoteThread],
        relative_names: dict[uuid.UUID, str],
        child_names: dict[uuid.UUID, str] | None = None,
    ) -> None:
        self._names = dict(relative_names)
        self._child_names = dict(child_names or {})
        self._replace(list(rows))

    def set_locale(self, locale: QLocale) -> None:
        self._locale = locale
        self._changed_all()

    def note_thread(self, row: int) -> NoteThread | None:
        return self.row(row)

    def relative_names(self, ids: list[uuid.UUID]) -> str:
        unknown = self.tr("(removed)")
        return ", ".join(self._names.get(i, unknown) for i in ids)

    def titles(self) -> dict[int, str]:
        return {
            NoteColumn.DATE: self.tr("Date"),
            NoteColumn.KIND: self.tr("Kind"),
            NoteColumn.STATUS: self.tr("Status"),
            NoteColumn.WITH: self.tr("With"),
            NoteColumn.DURATION: self.tr("Duration"),
            NoteColumn.PLACE: self.tr("Place"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        thread = self.row(index.row()) if index.isValid() else None
        if thread is None:
            return None
        note = thread.current
        column = NoteColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(thread, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(thread, column)
            if column == NoteColumn.DATE and thread.amended:
                text = self.tr("%1, amended").replace("%1", short_date(self._locale, note.date))
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NoteColumn.DATE and thread.amended:
                return self.tr("Amended %n time(s)", "", len(thread.amendments))
            if column == NoteColumn.WITH:
                return self._display(thread, column) or None
            return None
        if role == Qt.ItemDataRole.FontRole and column == NoteColumn.STATUS:
            if note.status in (ContactStatus.CANCELLED, ContactStatus.NO_SHOW):
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole and note.status in (
            ContactStatus.CANCELLED,
            ContactStatus.NO_SHOW,
        ):
            # Dimmed with the palette's own colour, so it reads in dark mode too.
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == SortRole:
            return self._sort_key(thread, column)
        if role == DetailRole:
            return self._detail(thread)
        if role == NoteIdRole:
            return str(thread.original.id)
        return None

    def _display(self, thread: NoteThread, column: NoteColumn) -> str:
        note = thread.current
        if column == NoteColumn.DATE:
            day = short_date(self._locale, note.date)
            return f"{day} ✎" if thread.amended else day
        if column == NoteColumn.KIND:
            return kind_label(note.contact_kind)
        if column == NoteColumn.STATUS:
            return status_label(note.status)
        if column == NoteColumn.WITH:
            return self.relative_names(note.relatives)
        if column == NoteColumn.DURATION:
            if note.duration_minutes is None:
                return ""
            return self.duration_text(note.duration_minutes)
        return note.place

    def _detail(self, thread: NoteThread) -> str:
        """The current version in full, then each amendment's reason and the
        original as first written: both are kept, so both are shown."""
        parts = [self._note_html(thread.current)]
        if thread.amended:
            parts.append("<hr><h4>" + html.escape(self.tr("Amendments")) + "</h4>")
            for amendment in thread.amendments:
                when = short_date(self._locale, amendment.created_at.date())
                reason = html.escape(amendment.amendment_reason)
                parts.append(f"<p>{html.escape(when)}: {reason}</p>")
            parts.append("<h4>" + html.escape(self.tr("As first written")) + "</h4>")
            parts.append(self._note_html(thread.original))
        return "".join(parts)

    def _note_html(self, note: ContactNote) -> str:
        facts = [short_date(self._locale, note.date)]
        if note.duration_minutes:
            facts.append(self.duration_text(note.duration_minutes))
        if note.place:
            facts.append(note.place)
        children = ", ".join(self._child_names.get(i, "?") for i in note.children)
        title = f"{kind_label(note.contact_kind)} · {status_label(note.status)}"
        return "".join(
            [
                f"<h3>{html.escape(title)}</h3>",
                f"<p>{html.escape(' · '.join(facts))}</p>",
                html_section(self.tr("With"), self.relative_names(note.relatives)),
                html_section(self.tr("Children"), children),
                html_section(self.tr("Before"), note.reaction_before),
                html_section(self.tr("During"), note.reaction_during),
                html_section(self.tr("After"), note.reaction_after),
                html_section(self.tr("Agreements"), note.agreements),
                html_section(self.tr("Follow-up"), note.follow_up),
                html_section(self.tr("Notes"), note.text),
            ]
        )

    def duration_text(self, minutes: int) -> str:
        hours, rest = divmod(minutes, 60)
        if not hours:
            return self.tr("%n min", "", rest)
        if not rest:
            return self.tr("%n h", "", hours)
        return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))

    def _sort_key(self, thread: NoteThread, column: NoteColumn) -> Any:
        note = thread.current
        if column == NoteColumn.DATE:
            # Same-day contacts keep the order in which they were written.
            return f"{note.date.isoformat()} {thread.original.created_at.isoformat()}"
        if column == NoteColumn.DURATION:
            return note.duration_minutes or 0
        return self._display(thread, column).casefold()


class CheckListModel(QAbstractListModel):
    """A list of things to tick (relatives, children), each known by its id."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[uuid.UUID, str]] = []
        self._checked: set[uuid.UUID] = set()

    def set_items(
        self, items: list[tuple[uuid.UUID, str]], checked: set[uuid.UUID] | None = None
    ) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._checked = set(checked or ()) & {i for i, _ in items}
        self.endResetModel()

    def items(self) -> list[tuple[uuid.UUID, str]]:
        return list(self._items)

    def checked_ids(self) -> list[uuid.UUID]:
        """The ticked ids, in list order."""
        return [i for i, _ in self._items if i in self._checked]

    def set_checked(self, item_id: uuid.UUID, checked: bool) -> None:
        for row, (i, _) in enumerate(self._items):
            if i == item_id:
                self.setData(
                    self.index(row),
                    (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value,
                    Qt.ItemDataRole.CheckStateRole,
                )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item_id, label = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return (
                Qt.CheckState.Checked if item_id in self._checked else Qt.CheckState.Unchecked
            ).value
        if role == ItemIdRole:
            return str(item_id)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or not 0 <= index.row() < len(self._items)
        ):
            return False
        item_id = self._items[index.row()][0]
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(item_id)
        else:
            self._checked.discard(item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
