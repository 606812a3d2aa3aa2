"""A child's relatives with their contact arrangement and when each was last seen."""

from __future__ import annotations

import html
from enum import IntEnum
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt
from PySide6.QtGui import QFont

from app.domain.records import Relative
from app.domain.vocabulary import RelationKind
from app.services.contacts import PARENTS, RELATION_ORDER, RelativeContactSummary
from app.ui.models.rows import Index, RowsModel

RelativeIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
DetailRole = Qt.ItemDataRole.UserRole + 3  # the whole record as HTML, for a detail pane


def relation_label(kind: RelationKind) -> str:
    labels = {
        RelationKind.MOTHER: QCoreApplication.translate("Relatives", "Mother"),
        RelationKind.FATHER: QCoreApplication.translate("Relatives", "Father"),
        RelationKind.SIBLING: QCoreApplication.translate("Relatives", "Sibling"),
        RelationKind.HALF_SIBLING: QCoreApplication.translate("Relatives", "Half-sibling"),
        RelationKind.GRANDPARENT: QCoreApplication.translate("Relatives", "Grandparent"),
        RelationKind.AUNT_UNCLE: QCoreApplication.translate("Relatives", "Aunt or uncle"),
        RelationKind.OTHER: QCoreApplication.translate("Relatives", "Other"),
        RelationKind.GUARDIAN: QCoreApplication.translate("Relatives", "Guardian"),
        RelationKind.LAWYER: QCoreApplication.translate("Relatives", "Lawyer"),
    }
    return labels[kind]


def html_section(title: str, text: str) -> str:
    """A titled paragraph of the detail pane; nothing when there is no text."""
    if not text.strip():
        return ""
    body = html.escape(text.strip()).replace("\n", "<br>")
    return f"<p><b>{html.escape(title)}</b><br>{body}</p>"


def short_date(locale: QLocale, day: Any) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class Column(IntEnum):
    NAME = 0
    RELATION = 1
    LAST_SEEN = 2
    NEXT_PLANNED = 3
    LIVES = 4
    ARRANGEMENT = 5


class RelativesModel(RowsModel[RelativeContactSummary]):
    """One row per relative; the last-seen column answers "when did she last see
    her mother?" at a glance."""

    columns = tuple(Column)
    row_key = attrgetter("relative.id")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()

    def set_rows(self, rows: list[RelativeContactSummary]) -> None:
        self._replace(list(rows))

    def set_locale(self, locale: QLocale) -> None:
        """Dates and headers again in the current language."""
        self._locale = locale
        self._changed_all()

    def summary(self, row: int) -> RelativeContactSummary | None:
        return self.row(row)

    def relative(self, row: int) -> Relative | None:
        summary = self.summary(row)
        return summary.relative if summary else None

    def titles(self) -> dict[int, str]:
        return {
            Column.NAME: self.tr("Name"),
            Column.RELATION: self.tr("Relation"),
            Column.LAST_SEEN: self.tr("Last seen"),
            Column.NEXT_PLANNED: self.tr("Next planned"),
            Column.ARRANGEMENT: self.tr("Agreed contact"),
            Column.LIVES: self.tr("Lives"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self.row(index.row()) if index.isValid() else None
        if summary is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.ARRANGEMENT:
                return summary.relative.contact_arrangement or None
            if column == Column.LAST_SEEN:
                return self.counts(summary)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headerData(column, Qt.Orientation.Horizontal)}: " + (
                self._display(summary, column) or self.tr("none")
            )
        if role == Qt.ItemDataRole.FontRole and column == Column.NAME:
            if summary.relative.relation in PARENTS:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == SortRole:
            return self._sort_key(summary, column)
        if role == DetailRole:
            return self._detail(summary)
        if role == RelativeIdRole:
            return str(summary.relative.id)
        return None

    def _display(self, summary: RelativeContactSummary, column: Column) -> str:
        relative = summary.relative
        if column == Column.NAME:
            return relative.name
        if column == Column.RELATION:
            return relation_label(relative.relation)
        if column == Column.LAST_SEEN:
            if summary.last_happened is None or summary.days_since is None:
                return self.tr("Not yet")
            return f"{short_date(self._locale, summary.last_happened)} · {self._ago(summary)}"
        if column == Column.NEXT_PLANNED:
            if summary.next_planned is None:
                return ""
            return short_date(self._locale, summary.next_planned)
        if column == Column.LIVES:
            if relative.placed_together:
                return self.tr("Placed together")
            return relative.lives_where
        # The full arrangement is in the tooltip; a table row shows its first line.
        lines = relative.contact_arrangement.strip().splitlines()
        return lines[0] if lines else ""

    def _detail(self, summary: RelativeContactSummary) -> str:
        relative = summary.relative
        return "".join(
            [
                f"<h3>{html.escape(relative.name)}</h3>",
                f"<p>{html.escape(relation_label(relative.relation))}</p>",
                html_section(self.tr("Agreed contact"), relative.contact_arrangement),
                html_section(self.tr("Contacts so far"), self.counts(summary)),
                html_section(self.tr("Lives"), self._display(summary, Column.LIVES)),
                html_section(self.tr("Phone"), relative.phone),
                html_section(self.tr("Notes"), relative.notes),
            ]
        )

    def _ago(self, summary: RelativeContactSummary) -> str:
        days = summary.days_since or 0
        if days == 0:
            return self.tr("today")
        if days < 0:  # a visit dated ahead by mistake still shows honestly
            return self.tr("in %n day(s)", "", -days)
        return self.tr("%n day(s) ago", "", days)

    def counts(self, summary: RelativeContactSummary) -> str:
        parts = [self.tr("%n held", "", summary.held)]
        if summary.cancelled:
            parts.append(self.tr("%n cancelled", "", summary.cancelled))
        if summary.no_show:
            parts.append(self.tr("%n no-show(s)", "", summary.no_show))
        return ", ".join(parts)

    def _sort_key(self, summary: RelativeContactSummary, column: Column) -> Any:
        relative = summary.relative
        if column == Column.NAME:
            return relative.name.casefold()
        if column == Column.RELATION:
            return RELATION_ORDER[relative.relation]
        if column == Column.LAST_SEEN:
            return summary.last_happened.toordinal() if summary.last_happened else 0
        if column == Column.NEXT_PLANNED:
            return summary.next_planned.toordinal() if summary.next_planned else 10**7
        return self._display(summary, column).casefold()
