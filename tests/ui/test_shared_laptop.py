"""A laptop shared by a team: the unlock screen lists the people whose profiles
are on it (name and household), each opens with their own passphrase, a lock
returns to the list, and "Another person…" starts one more profile beside them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.vocabulary import HouseholdKind
from app.services import profile, profiles
from app.ui.application import AppController
from app.ui.first_run import FirstRunWizard
from app.ui.i18n import Languages
from app.ui.settings import Settings
from app.ui.unlock import UnlockWindow
from tests.conftest import PASSPHRASE

INES = "een heel andere wachtzin"


def _person(root: Path, name: str, passphrase: str) -> Path:
    folder = profiles.new_profile_dir(root)
    book = profile.create_profile(
        folder, passphrase, profile.NewProfile(name, "Huis De Brug", HouseholdKind.MINORS_HOUSE),
        strength="minimum",
    )  # fmt: skip
    profiles.write_card(book, "Huis De Brug")
    book.close()
    return folder


def test_each_person_opens_their_own_profile_and_a_lock_returns_to_the_list(
    qtbot: QtBot, languages: Languages, tmp_path: Path
) -> None:
    root = tmp_path / "profiles"
    youssef = _person(root, "Youssef", PASSPHRASE)
    ines = _person(root, "Ines", INES)
    ctl = AppController(youssef, languages, Settings(), strength="minimum")
    try:
        ctl.start()
        unlock = ctl.window
        assert isinstance(unlock, UnlockWindow)
        people = unlock.people
        assert people.isVisibleTo(unlock)
        texts = [people.item(i).text() for i in range(people.count())]
        assert texts == ["Ines — Huis De Brug", "Youssef — Huis De Brug"]
        assert people.currentItem().text().startswith("Youssef")

        people.setCurrentRow(0)  # Ines: Youssef's passphrase does not open her profile
        qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "passphrase" in unlock.message.text().lower(), timeout=10_000)
        assert ctl.main is None
        unlock.passphrase.clear()
        qtbot.keyClicks(unlock.passphrase, INES)
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: ctl.main is not None, timeout=10_000)
        assert ctl.ctx is not None and ctl.ctx.book.identity.display_name == "Ines"
        assert ctl.ctx.book.profile_dir == ines

        ctl.lock()  # back to the list, Ines chosen
        again = ctl.window
        assert isinstance(again, UnlockWindow)
        assert again.people.currentItem().text().startswith("Ines")
        assert again.profile_dir == ines

        qtbot.mouseClick(again.another_button, Qt.MouseButton.LeftButton)
        wizard = ctl.window
        assert isinstance(wizard, FirstRunWizard)
        made = [f for f in root.iterdir() if f not in (youssef, ines)]
        assert len(made) == 1 and not profile.exists(made[0])
        wizard.reject()  # changed her mind: back to the list, no empty folder left
        assert isinstance(ctl.window, UnlockWindow)
        assert sorted(root.iterdir()) == sorted([youssef, ines])
    finally:
        if ctl.main is not None:
            ctl.lock()
        if ctl.window is not None:
            ctl.window.close()
