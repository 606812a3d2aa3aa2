"""Windows fit the screen they open on, from one place: the report, settings and
about dialogs open again at the size they were left at (within the screen), and
a window placed on the screen is centred on it, never past its edges."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.context import UiContext
from app.ui.dialogs.about import AboutDialog
from app.ui.dialogs.report import ReportDialog
from app.ui.dialogs.settings import SettingsDialog
from app.ui.widgets.screen_fit import available, place_on_screen
from tests.ui.conftest import wait_for_tasks

Make = Callable[[UiContext], QDialog]
DIALOGS: dict[str, Make] = {
    "report": lambda ctx: ReportDialog(ctx),
    "settings": lambda ctx: SettingsDialog(ctx),
    "about": lambda ctx: AboutDialog(None, ctx.settings),
}


@pytest.mark.parametrize("which", sorted(DIALOGS))
def test_a_dialog_opens_again_at_the_size_it_was_left_at(
    qtbot: QtBot, ctx: UiContext, which: str
) -> None:
    first = DIALOGS[which](ctx)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    room = available(first)
    wanted = QSize(
        max(first.minimumSizeHint().width(), room.width() - 40),
        max(first.minimumSizeHint().height(), room.height() - 60),
    )
    first.resize(wanted)
    qtbot.waitUntil(lambda: first.size() == wanted)
    first.hide()
    assert ctx.settings.size_of(first.objectName()) == wanted
    wait_for_tasks(qtbot, ctx)

    again = DIALOGS[which](ctx)
    qtbot.addWidget(again)
    assert again.size() == wanted
    wait_for_tasks(qtbot, ctx)

    # A size left on a larger screen is made to fit this one.
    ctx.settings.set_size_of(first.objectName(), QSize(room.width() * 3, room.height() * 3))
    fitted = DIALOGS[which](ctx)
    qtbot.addWidget(fitted)
    assert fitted.width() <= room.width() and fitted.height() <= room.height()
    wait_for_tasks(qtbot, ctx)


def _window(minimum: QSize) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("Thuisboek")
    label.setMinimumSize(minimum)
    layout.addWidget(label)
    return window


def test_a_window_placed_on_the_screen_is_centred_and_fits(qtbot: QtBot) -> None:
    window = _window(QSize(50, 50))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    screen = window.screen().availableGeometry()
    place_on_screen(window, 400, 300)
    assert window.size() == QSize(400, 300)
    frame = window.frameGeometry()
    left, right = frame.x() - screen.x(), screen.right() - frame.right()
    top, bottom = frame.y() - screen.y(), screen.bottom() - frame.bottom()
    assert abs(left - right) <= 20 and abs(top - bottom) <= 50
    assert min(left, right, top, bottom) >= 0

    # Asked for more than the screen has: as much as it has, still on it.
    place_on_screen(window, screen.width() * 2, screen.height() * 2)
    room = available(window)
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.x() >= screen.x() and window.y() >= screen.y()


def test_contents_that_need_more_room_get_it(qtbot: QtBot) -> None:
    window = _window(QSize(500, 350))  # as a larger text size would ask
    qtbot.addWidget(window)
    place_on_screen(window, 300, 200)
    hint = window.minimumSizeHint()
    assert window.width() >= min(hint.width(), available(window).width())
    assert window.height() >= min(hint.height(), available(window).height())
