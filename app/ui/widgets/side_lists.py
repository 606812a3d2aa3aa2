"""The lists on the left of the main window, drawn by their delegates: the
household's children, or in supervisor mode the households with what waits."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.models.children import (
    AgeMonthsRole,
    ChildrenModel,
    InitialsRole,
    LeftOnRole,
    LoggedTodayRole,
)
from app.ui.models.households import AttentionRole, CountRole, CountsTextRole

ATTENTION = QColor("#d98c00")

Index = QModelIndex | QPersistentModelIndex


class ItemLook(NamedTuple):
    rect: QRect
    palette: QPalette
    selected: bool
    text: QColor  # the colour of text on the item's background


def begin_item(painter: QPainter, option: QStyleOptionViewItem) -> ItemLook:
    """Save the painter and draw the item's background as the style does (hover,
    selection, focus); the caller draws on it and restores the painter."""
    painter.save()
    style = option.widget.style() if option.widget else QApplication.style()
    style.drawPrimitive(
        QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
    )
    palette: QPalette = option.palette
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    text = palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    )
    return ItemLook(option.rect, palette, selected, text)


class ChildDelegate(QStyledItemDelegate):
    """A round badge with the child's initials, the name, the age, and a dot when
    today's log is still missing."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.height()
        return QSize(220, int(height * 3.2))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect, palette, _selected, text_color = begin_item(painter, option)
        side = rect.height() - 12
        badge = QRect(rect.left() + 8, rect.top() + 6, side, side)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Mid))
        painter.drawEllipse(badge)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Base))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(index.data(InitialsRole) or ""))
        text_rect = rect.adjusted(side + 18, 6, -24, -6)
        painter.setPen(text_color)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(index.data())
        )
        months = index.data(AgeMonthsRole)
        if months is not None:
            model = index.model()
            assert isinstance(model, ChildrenModel)
            left_on = index.data(LeftOnRole)
            painter.setFont(option.font)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                model.age_text(int(months)) if left_on is None else model.left_text(left_on),
            )
            if index.data(LoggedTodayRole) is False:
                dot = QRect(rect.right() - 18, rect.center().y() - 5, 10, 10)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#d98c00"))
                painter.drawEllipse(dot)
        painter.restore()


def two_lines(text: str, metrics: QFontMetrics, width: int) -> tuple[str, str]:
    """``text``'s parts (" · "-joined) on two lines of ``width``: as many whole parts
    as fit on the first, the rest on the second, cut with "…" only there."""
    parts = text.split(" · ")
    first: list[str] = []
    while parts and metrics.horizontalAdvance(" · ".join([*first, parts[0]])) <= width:
        first.append(parts.pop(0))
    if not first and parts:  # one part wider than a line: it goes on both
        return metrics.elidedText(parts[0], Qt.TextElideMode.ElideRight, width), ""
    rest = " · ".join(parts)
    return " · ".join(first), metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)


class HouseholdDelegate(QStyledItemDelegate):
    """The household's name, what needs attention in words, and a badge with the
    number of records waiting for review."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.height()
        return QSize(240, int(height * 4.4))  # the name, and the counts on up to two lines

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect, palette, selected, text_color = begin_item(painter, option)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(option.font)
        bold.setBold(True)
        count = int(index.data(CountRole) or 0)
        badge_text = str(count) if count else "✓"
        metrics = option.fontMetrics
        line = metrics.height()
        badge_width = max(line * 2, metrics.horizontalAdvance(badge_text) + line)
        badge = QRect(
            rect.right() - badge_width - 8, rect.center().y() - line * 2 // 3, badge_width,
            line * 4 // 3,
        )  # fmt: skip
        text_rect = rect.adjusted(10, 6, -(badge_width + 18), -6)
        painter.setFont(bold)
        painter.setPen(text_color)
        name = painter.fontMetrics().elidedText(
            str(index.data() or ""), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)
        painter.setFont(option.font)
        attention = bool(index.data(AttentionRole))
        if attention and not selected:
            painter.setPen(ATTENTION.darker(130))
        # The counts on two lines rather than cut on one (the tooltip has them all).
        first, second = two_lines(str(index.data(CountsTextRole) or ""), metrics, text_rect.width())
        top = text_rect.top() + line + 2
        for text in (first, second):
            painter.drawText(
                QRect(text_rect.left(), top, text_rect.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                text,
            )
            top += line
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ATTENTION if attention else palette.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setFont(bold)
        painter.setPen(QColor("white") if attention else palette.color(QPalette.ColorRole.Base))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
        painter.restore()
