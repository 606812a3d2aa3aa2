"""The caregiver's evening in the main window, as a person drives it: keys and
clicks on real widgets over a real encrypted profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.domain.records import Child
from app.domain.vocabulary import Severity
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.pages.timeline import TimelinePage
from tests import factories
from tests.ui.conftest import wait_for_tasks


def open_main(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.keyboard_to_today()  # as the app does when it opens the window
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


NO_MODIFIER = Qt.KeyboardModifier.NoModifier


class Actions:
    """Keys pressed in the window, counted: every key chord beyond typing text."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0
        self.done: list[str] = []

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None
        self.qtbot.keyClick(widget, key, modifier)
        self.count += 1
        self.done.append(QKeySequence(modifier.value | key.value).toString())

    def type(self, text: str) -> None:
        widget = QApplication.focusWidget()
        assert isinstance(widget, QPlainTextEdit), widget
        self.qtbot.keyClicks(widget, text)


def test_three_childrens_evening_by_keyboard_in_at_most_fifteen_actions(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    household = ctx.book.identity.household_id
    noor = ctx.records.create(factories.child(household, given_name="Noor", family_name="Maes"))
    elias = ctx.records.create(factories.child(household, given_name="Elias", family_name="Maes"))
    main = open_main(qtbot, ctx)
    today, page = main.today_page, main.today_page
    order = [main.children_model.summary(r).child.id for r in range(1, 4)]  # type: ignore[union-attr]
    assert set(order) == {child.id, noor.id, elias.id}
    act = Actions(qtbot)

    def at_mood_of(row: int) -> None:
        qtbot.waitUntil(
            lambda: page.child is not None and page.child.id == order[row - 1]
            and page.state is not None
            and QApplication.focusWidget() in page.form.mood_buttons.values(),
            timeout=10_000,
        )  # fmt: skip
        assert main.tabs.currentWidget() is page  # a child without today's log opens on Today

    def fill(mood: Qt.Key, sleep: str, eating: str, moment: str) -> None:
        act.key(mood)  # the mood; the keyboard goes on to Sleep
        act.type(sleep)
        act.key(Qt.Key.Key_Tab)
        act.type(eating)
        act.key(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Nota&ble moments
        act.type(moment)

    at_mood_of(1)  # the window opens with the keyboard on the first child's mood
    fill(Qt.Key.Key_4, "Slept through until seven", "Two plates of stoemp",
         "First time on the bike")  # fmt: skip
    act.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save, next child

    at_mood_of(2)
    fill(Qt.Key.Key_2, "Woke twice", "Hardly ate", "Drew a house for mum")
    act.key(Qt.Key.Key_Tab)  # the incident's checkbox
    act.key(Qt.Key.Key_2)  # flagged, medium; the keyboard goes on to what happened
    act.type("Hit his brother after the phone call")
    act.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    at_mood_of(3)
    fill(Qt.Key.Key_5, "Slept like a log", "Soup and bread", "Sang at the table")
    act.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: "Saved" in page.status_label.text())

    logs = [ctx.daily.my_log(child_id, ctx.book.today()) for child_id in order]
    assert all(log is not None for log in logs)
    first, second, third = logs
    assert first is not None and second is not None and third is not None
    assert (first.mood, first.sleep, first.eating, first.moments) == (
        4,
        "Slept through until seven",
        "Two plates of stoemp",
        "First time on the bike",
    )
    assert not first.flag and not third.flag
    assert (second.mood, second.flag, second.severity) == (2, True, Severity.MEDIUM)
    assert second.incident == "Hit his brother after the phone call"
    assert second.text == ""  # not in "Other remarks" any more
    assert (third.mood, third.moments) == (5, "Sang at the table")
    # Before: 24 (7 / 11 / 6); now 14, each named here when it fails.
    assert act.count <= 15, act.done
    assert act.count == 14, act.done
    del today
    main.flush()


def test_the_small_things_a_french_evening_showed(
    qtbot: QtBot, ctx: UiContext, child: Child
) -> None:
    from datetime import timedelta

    from app.ui.models.timeline import RecordLabels

    ctx.languages.set_language("fr")
    main = open_main(qtbot, ctx)
    # The hint names the keys as the menu does.
    keys = main.menus.add_child_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert keys in main.hint.text() and "Shift" not in main.hint.text()
    # The mood in words on the timeline too, as on Today.
    assert RecordLabels().mood(4).startswith("Content")
    # The day's box keeps its width from day to day.
    bar = main.today_page.day_bar
    qtbot.waitUntil(lambda: main.today_page.state is not None)
    width = bar.date_edit.width()
    main.today_page.go_to_day(ctx.book.today() - timedelta(days=3))
    wait_for_tasks(qtbot, ctx)
    assert bar.date_edit.width() == width
    # The chosen mood does not push its neighbours aside.
    buttons = main.today_page.form.mood_buttons
    before = [b.geometry() for b in buttons.values()]
    buttons[4].click()
    QApplication.processEvents()
    assert [b.geometry() for b in buttons.values()] == before
    main.flush()
