"""The caregiver's evening in the main window, as a person drives it: keys and
clicks on real widgets over a real encrypted profile."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.records import Child
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.pages.timeline import TimelinePage
from tests.ui.conftest import wait_for_tasks


def open_main(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: main.children_list.loaded)
    return main


def click_tab(qtbot: QtBot, main: MainWindow, page: object) -> None:
    bar = main.tabs.tabBar()
    rect = bar.tabRect(main.tabs.indexOf(page))  # type: ignore[arg-type]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=rect.center())
    assert main.tabs.currentWidget() is page


def test_find_right_after_clicking_the_timeline_tab_takes_the_typed_words(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    main = open_main(qtbot, ctx)
    page = next(p for p in main.pages if isinstance(p, TimelinePage))
    click_tab(qtbot, main, page)
    focus = QApplication.focusWidget() or main
    qtbot.keyClick(focus, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filters.search.hasFocus()
    qtbot.keyClicks(page.filters.search, "fiets")
    assert page.filters.search.text() == "fiets"
    main.flush()
