"""A child's milestones for the tree on the Milestones page: domains, and under
each domain its catalog items with their current status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from app.domain.catalog import Catalog, CatalogItem
from app.domain.vocabulary import MilestoneStatus
from app.services.milestones import MilestoneOverview, MilestoneRow

Index = QModelIndex | QPersistentModelIndex

ItemIdRole = Qt.ItemDataRole.UserRole + 1
DomainRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3  # MilestoneStatus value, or None when never seen
PastWindowRole = Qt.ItemDataRole.UserRole + 4  # a WHO item not achieved after its window

COL_ITEM, COL_AGE, COL_STATUS, COL_DATE, COL_NOTE = range(5)
COLUMNS = 5
# Items are children of a domain row; their internal id is the domain row + 1, so
# that 0 stays free for the domain rows themselves.
_TOP = 0
# A soft, translucent accent that reads on light and dark backgrounds alike: the
# marker is there to inform, so it is deliberately not red.
PAST_WINDOW_TINT = QColor(70, 130, 180, 48)


@dataclass
class _Group:
    domain: str
    rows: list[MilestoneRow]

    def achieved(self) -> int:
        return sum(1 for row in self.rows if row.status == MilestoneStatus.ACHIEVED)


def format_months(months: float, locale: QLocale) -> str:
    """Whole months as an integer, others with one decimal, in the locale's style."""
    if float(months).is_integer():
        return locale.toString(int(months))
    return locale.toString(float(months), "f", 1)


class MilestonesModel(QAbstractItemModel):
    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = "en"
        self.locale = QLocale("en")
        self._groups: list[_Group] = []

    # Feeding it ------------------------------------------------------------------------
    def set_overview(self, overview: MilestoneOverview | None) -> None:
        groups: dict[str, list[MilestoneRow]] = {}
        for row in overview.rows if overview is not None else ():
            groups.setdefault(row.item.domain, []).append(row)
        new = [_Group(d, groups[d]) for d in self.catalog.domains() if d in groups]
        if self._shape(new) == self._shape(self._groups):
            # Same items as before (the usual case after an observation): change only
            # what changed, so that selection and expanded groups stay as they were
            # and the view does not measure every row again.
            old, self._groups = self._groups, new
            for number, (before, after) in enumerate(zip(old, new, strict=True)):
                parent = self.index(number, 0)
                changed = [i for i, row in enumerate(after.rows) if row != before.rows[i]]
                for row_number in changed:
                    self.dataChanged.emit(
                        self.index(row_number, 0, parent),
                        self.index(row_number, COLUMNS - 1, parent),
                    )
                if changed:
                    self.dataChanged.emit(parent, parent.siblingAtColumn(COLUMNS - 1))
            return
        self.beginResetModel()
        self._groups = new
        self.endResetModel()

    @staticmethod
    def _shape(groups: list[_Group]) -> list[tuple[str, list[str]]]:
        return [(g.domain, [r.item.id for r in g.rows]) for g in groups]

    def set_language(self, language: str, locale: QLocale) -> None:
        self.language = language
        self.locale = locale
        self._all_changed()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def _all_changed(self) -> None:
        if not self._groups:
            return
        last = len(self._groups) - 1
        self.dataChanged.emit(self.index(0, 0), self.index(last, COLUMNS - 1))
        for number, group in enumerate(self._groups):
            if group.rows:
                parent = self.index(number, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(group.rows) - 1, COLUMNS - 1, parent)
                )

    # Finding things --------------------------------------------------------------------
    def row_at(self, index: Index) -> MilestoneRow | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        group = self._groups[index.internalId() - 1]
        return group.rows[index.row()] if index.row() < len(group.rows) else None

    def index_of(self, item_id: str) -> QModelIndex:
        for number, group in enumerate(self._groups):
            for row_number, row in enumerate(group.rows):
                if row.item.id == item_id:
                    return self.index(row_number, 0, self.index(number, 0))
        return QModelIndex()

    def item_ids(self) -> list[str]:
        return [row.item.id for group in self._groups for row in group.rows]

    # QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _TOP:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_ITEM: self.tr("Milestone"),
            COL_AGE: self.tr("Age"),
            COL_STATUS: self.tr("Status"),
            COL_DATE: self.tr("Observed"),
            COL_NOTE: self.tr("Note"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        row = self.row_at(index)
        return None if row is None else self._row_data(row, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        if role == DomainRole:
            return group.domain
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        label = self.catalog.domain_label(group.domain, self.language)
        summary = self.tr("%1 of %2 achieved").replace("%1", str(group.achieved()))
        summary = summary.replace("%2", str(len(group.rows)))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{label}, {summary}"
        # The view spans the first column of an area row over the whole width.
        return f"{label} · {summary}" if column == COL_ITEM else None

    def _row_data(self, row: MilestoneRow, column: int, role: int) -> Any:
        item = row.item
        if role == ItemIdRole:
            return item.id
        if role == DomainRole:
            return item.domain
        if role == StatusRole:
            return row.status.value if row.status is not None else None
        if role == PastWindowRole:
            return row.past_window
        if role == Qt.ItemDataRole.BackgroundRole:
            return PAST_WINDOW_TINT if row.past_window else None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_ITEM and row.past_window:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [item.label(self.language), self.status_text(row.status)]
            if row.past_window:
                parts.append(self.past_window_text(item))
            return ", ".join(p for p in parts if p)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        current = row.current
        if column == COL_ITEM:
            return item.label(self.language)
        if column == COL_AGE:
            return self.age_text(item)
        if column == COL_STATUS:
            return self.status_text(row.status)
        if column == COL_DATE:
            return self.date_text(current.observed_on) if current else ""
        if column == COL_NOTE:
            return " ".join(current.note.split()) if current else ""
        return None

    # Texts ---------------------------------------------------------------------------
    def status_text(self, status: MilestoneStatus | None) -> str:
        return (
            {
                MilestoneStatus.NOT_YET: self.tr("Not yet"),
                MilestoneStatus.EMERGING: self.tr("Emerging"),
                MilestoneStatus.ACHIEVED: self.tr("Achieved"),
            }.get(status, "")
            if status is not None
            else ""
        )

    def date_text(self, day: date) -> str:
        return self.locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
        )

    def _months(self, months: float) -> str:
        return format_months(months, self.locale)

    def age_text(self, item: CatalogItem) -> str:
        if item.window_start_months is not None and item.window_end_months is not None:
            return (
                self.tr("%1–%2 months")
                .replace("%1", self._months(item.window_start_months))
                .replace("%2", self._months(item.window_end_months))
            )
        # The catalog's bands start at 2 months, so the plural always fits; whole
        # years from 3 on, as the checklists name them.
        months = item.age_months
        if months >= 36 and months % 12 == 0:
            return self.tr("%1 years").replace("%1", self.locale.toString(months // 12))
        return self.tr("%1 months").replace("%1", self.locale.toString(months))

    def past_window_text(self, item: CatalogItem) -> str:
        end = item.window_end_months if item.window_end_months is not None else item.age_months
        return self.tr(
            "Nearly all children reach this by %1 months; talk it over with the child's "
            "doctor or your supervisor if you are unsure."
        ).replace("%1", self._months(end))

    def domain_text(self, domain: str) -> str:
        return self.tr("Area: %1").replace("%1", self.catalog.domain_label(domain, self.language))

    def source_text(self, item: CatalogItem) -> str:
        source = self.catalog.sources.get(item.source)
        title = source.title if source is not None else item.source
        return self.tr("Source: %1").replace("%1", title)

    def tooltip(self, row: MilestoneRow) -> str:
        item = row.item
        lines = [item.label(self.language)]
        note = item.note_label(self.language)
        if note:
            lines.append(note)
        if row.past_window:
            lines.append(self.past_window_text(item))
        lines.append(self.source_text(item))
        return "\n\n".join(lines)


class OpenMilestonesFilter(QSortFilterProxyModel):
    """Hides the items already achieved (on request), keeping their domain rows
    while anything in them is still open."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only_open = False
        self.setRecursiveFilteringEnabled(True)

    @property
    def only_open(self) -> bool:
        return self._only_open

    def set_only_open(self, only_open: bool) -> None:
        if only_open != self._only_open:
            self.beginFilterChange()
            self._only_open = only_open
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._only_open or not source_parent.isValid():
            # Domain rows: shown when a child row is accepted (recursive filtering).
            return not self._only_open
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(StatusRole) != MilestoneStatus.ACHIEVED.value)
