"""The check of every page of the profile's file runs once the main window is
open, not while the person waits to unlock: damage it finds stays in view."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from app import paths
from app.domain.vocabulary import HouseholdKind
from app.services import profile
from app.services.records import RecordService
from app.ui.context import UiContext
from app.ui.i18n import Languages
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests import factories
from tests.conftest import PASSPHRASE
from tests.ui.conftest import wait_for_tasks


def _open_main(
    qtbot: QtBot, profile_dir: Path, languages: Languages
) -> tuple[MainWindow, UiContext]:
    book = profile.unlock(profile_dir, PASSPHRASE, check_pages=False)
    ctx = UiContext(book, languages, Settings())
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    return main, ctx


def test_damage_found_after_unlock_is_shown(
    qtbot: QtBot, profile_dir: Path, languages: Languages
) -> None:
    book = profile.create_profile(
        profile_dir, PASSPHRASE,
        profile.NewProfile("Anna Peeters", "Gezin Peeters", HouseholdKind.SIMBA),
        strength="minimum",
    )  # fmt: skip
    records = RecordService(book)
    child = records.create(factories.child(book.identity.household_id))
    for i in range(400):
        records.create(factories.daily_log(
            book.identity, child, date=date.today() - timedelta(days=i), text=f"Dag {i} " * 30
        ))  # fmt: skip
    book.close()

    main, ctx = _open_main(qtbot, profile_dir, languages)
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0)
    assert main.damage.isHidden() and not main._damaged
    main.close()
    ctx.tasks.wait()
    ctx.book.close()

    db = paths.database_file(profile_dir)
    data = bytearray(db.read_bytes())
    data[int(len(data) * 0.85)] ^= 0x40
    db.write_bytes(bytes(data))
    main, ctx = _open_main(qtbot, profile_dir, languages)
    try:
        qtbot.waitUntil(lambda: main._damaged, timeout=10_000)
        assert not main.damage.isHidden() and "damage" in main.damage.text()
    finally:
        main.close()
        ctx.tasks.wait()
        ctx.book.close()
