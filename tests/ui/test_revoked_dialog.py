"""After a revocation: the question to erase keeps everything on Enter and Escape,
says what would be lost and whom to call; the lock screen says what happened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.ui.application import revoked_box
from app.ui.i18n import Languages
from app.ui.unlock import UnlockWindow


def test_the_erase_question_defaults_to_keeping_and_counts_what_is_lost(
    qtbot: QtBot, languages: Languages
) -> None:
    box = revoked_box(None, 3)
    qtbot.addWidget(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.No)
    assert "3 changes made here have not reached the central office" in box.text()
    assert "Call the central office" in box.text()
    box.show()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.result() == QMessageBox.StandardButton.No
    quiet = revoked_box(None, 0)
    qtbot.addWidget(quiet)
    assert "have not reached" not in quiet.text()


def test_the_lock_screen_says_the_computer_was_revoked(
    qtbot: QtBot, languages: Languages, tmp_path: Path
) -> None:
    window = UnlockWindow(tmp_path / "profile")
    qtbot.addWidget(window)
    assert window.heading.text() == "Thuisboek is locked"
    window.show_revoked()
    assert window.heading.text() == "This computer was revoked"
    assert "Call the central office" in window.intro.text()
    languages.set_language("nl")  # translated, and still said
    qtbot.waitUntil(lambda: window.heading.text() == "Deze computer werd ingetrokken")
    assert window.revoked
