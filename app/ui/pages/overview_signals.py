"""The overview's "where to look" list: the service's signals grouped into lines,
and the lines as sentences in the current language."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from app.services.overview import WINDOW_DAYS, SignalCode
from app.services.overview import Signal as Finding
from app.ui.models.rows import Index
from app.ui.pages.today_view import qdate, severity_word
from app.ui.widgets.colours import colours

ChildIdRole = Qt.ItemDataRole.UserRole + 1
CodeRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class SignalLine:
    """One line of the list: a signal, or several that say the same thing (the
    children of one visit that did not happen; the siblings one child misses)."""

    code: SignalCode
    child_ids: tuple[uuid.UUID, ...]
    children: tuple[str, ...]
    others: tuple[str, ...] = ()  # the relative, or the brothers and sisters
    count: int = 0
    days: int | None = None
    severity: str | None = None
    last: date | None = None
    key: tuple[object, ...] = ()  # what makes two lines the same (contacts: relative, count)


def _signal_line(signal: Finding) -> SignalLine:
    p = signal.params
    ids = (signal.child_id,) if signal.child_id else ()
    line = SignalLine(signal.code, ids, (str(p.get("child") or ""),))
    days = p.get("days")
    if signal.code == SignalCode.INCIDENT_RECENT:
        last = p.get("last")
        return replace(
            line,
            count=int(p.get("count") or 0),
            severity=str(p.get("severity") or "") or None,
            last=date.fromisoformat(str(last)) if last else None,
        )
    if signal.code == SignalCode.CONTACTS_MISSED:
        count = int(p.get("count") or 0)
        relative = (str(p.get("relative") or ""),)
        return replace(line, others=relative, count=count, key=(p.get("relative_id"), count))
    if signal.code == SignalCode.SIBLING_NOT_SEEN:
        return replace(line, others=(str(p.get("sibling") or ""),), days=_int(days))
    return replace(line, days=_int(days))


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else None


def _merge(
    lines: list[SignalLine], same: Callable[[SignalLine, SignalLine], bool], children: bool
) -> list[SignalLine]:
    """Lines that ``same`` pairs become the first of them, with the children (or
    the others) of the rest added."""
    out: list[SignalLine] = []
    for line in lines:
        at = next((i for i, old in enumerate(out) if same(old, line)), None)
        if at is None:
            out.append(line)
        elif children:
            old = out[at]
            out[at] = replace(
                old, child_ids=old.child_ids + line.child_ids, children=old.children + line.children
            )
        else:
            out[at] = replace(out[at], others=out[at].others + line.others)
    return out


def group_signals(signals: Iterable[Finding]) -> list[SignalLine]:
    """The service's signals as lines, in its order (most urgent first). Lines
    that say the same thing become one: a visit that did not happen is one line
    for all the children it was for, and the children of one family who miss
    the same brothers or sisters for as long share a line too."""
    missed, apart = SignalCode.CONTACTS_MISSED, SignalCode.SIBLING_NOT_SEEN
    lines = [_signal_line(s) for s in signals]
    lines = _merge(lines, lambda a, b: a.code == b.code == missed and a.key == b.key, True)
    lines = _merge(
        lines,
        lambda a, b: a.code == b.code == apart and (a.child_ids, a.days) == (b.child_ids, b.days),
        False,
    )
    return _merge(
        lines,
        lambda a, b: a.code == b.code == apart and (a.others, a.days) == (b.others, b.days),
        True,
    )


class SignalsModel(QAbstractListModel):
    """The "where to look" lines as sentences in the current language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[SignalLine] = []
        self._texts: list[str] = []
        self.locale = QLocale()
        self.icons: dict[str, QIcon] = {}

    def set_lines(self, lines: list[SignalLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self._texts = [self.sentence(line) for line in lines]
        self.endResetModel()

    def retranslate(self, locale: QLocale, palette: QPalette, size: int) -> None:
        self.locale = locale
        found = colours(palette)
        self.icons = {"danger": _dot(found.danger, size), "warning": _dot(found.missing, size)}
        self.set_lines(self.lines)

    def names(self, names: Iterable[str]) -> str:
        """ "A", "A and B", "A, B and C"."""
        names = list(names)
        if len(names) < 2:
            return "".join(names)
        return self.tr("%1 and %2").replace("%1", ", ".join(names[:-1])).replace("%2", names[-1])

    def sentence(self, line: SignalLine) -> str:
        who = self.names(line.children)
        if line.code == SignalCode.INCIDENT_RECENT:
            text = self.tr(
                "%1: %n incident(s) in the past %2 days, the last on %3.", "", line.count
            )
            text = text.replace("%2", str(WINDOW_DAYS)).replace(
                "%3", self.locale.toString(qdate(line.last), "d MMMM") if line.last else "?"
            )
            if line.severity:
                text += " " + self.tr("Most serious: %1.").replace(
                    "%1", severity_word(line.severity)
                )
        elif line.code == SignalCode.DAYS_WITHOUT_ENTRY:
            text = self.tr("%1: no daily log on %n of the past %2 days.", "", line.days or 0)
            text = text.replace("%2", str(WINDOW_DAYS))
        elif line.code == SignalCode.CONTACTS_MISSED:
            text = self.tr(
                "%1: the last %n contacts with %2 did not take place (cancelled or no-show).",
                "",
                line.count,
            ).replace("%2", self.names(line.others))
        elif line.days is None:
            text = self.tr("%1: no contact on record with %2 (placed apart).").replace(
                "%2", self.names(line.others)
            )
        else:
            text = self.tr("%1: not seen %2 (placed apart) for %n day(s).", "", line.days)
            text = text.replace("%2", self.names(line.others))
        return text.replace("%1", who)

    @staticmethod
    def tone(line: SignalLine) -> str:
        return "danger" if line.code == SignalCode.INCIDENT_RECENT else "warning"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icons.get(self.tone(line))
        if role == ChildIdRole:
            return line.child_ids[0] if line.child_ids else None
        if role == CodeRole:
            return str(line.code)
        return None


def _dot(colour: QColor, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    margin = max(1, size // 5)
    painter.drawEllipse(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.end()
    return QIcon(pixmap)
