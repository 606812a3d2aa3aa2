"""The main window's pages as tabs: each tab's title in the current language, with
the count of what waits where a page keeps one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class PageTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pages")
        # Each tab's title in the current language, by its page.
        self._titles: dict[QWidget, Callable[[], str]] = {}

    def add(self, widget: QWidget, title: Callable[[], str], index: int = -1) -> None:
        self._titles[widget] = title
        self.insertTab(index, widget, title())

    def clear_pages(self, owned: list[QWidget]) -> None:
        """Take every tab away; the pages in ``owned`` go with them."""
        while self.count():
            widget = self.widget(0)
            self.removeTab(0)
            if widget in owned:
                widget.deleteLater()
        self._titles.clear()

    def retitle(self) -> None:
        """Every title again: a page with ``count()`` and ``sig_count_changed`` shows
        its count beside its name."""
        for i in range(self.count()):
            widget = self.widget(i)
            title = self._titles.get(widget) if widget is not None else None
            if title is None:
                continue
            text = title()
            count_of = getattr(widget, "count", None)
            counted = hasattr(widget, "sig_count_changed") and callable(count_of)
            count = count_of() if counted and count_of is not None else None
            if count:
                text = f"{text} ({count})"
            self.setTabText(i, text)

    def choose(self, index: int) -> None:
        if index < self.count() and self.isTabVisible(index):
            self.setCurrentIndex(index)
