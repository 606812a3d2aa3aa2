"""The check of every page of the profile's file runs once the main window is
open, not while the person waits to unlock: damage it finds stays in view."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from app import paths
from app.domain.vocabulary import HouseholdKind
from app.services import profile
from app.services.attachments import AttachmentService
from app.services.records import RecordService
from app.ui.context import UiContext
from app.ui.i18n import Languages
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests import factories
from tests.conftest import PASSPHRASE


def _open_main(
    qtbot: QtBot, profile_dir: Path, languages: Languages
) -> tuple[MainWindow, UiContext]:
    book = profile.unlock(profile_dir, PASSPHRASE, check_pages=False)
    ctx = UiContext(book, languages, Settings())
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    return main, ctx


def _close(main: MainWindow, ctx: UiContext) -> None:
    main.close()
    ctx.tasks.wait()
    ctx.book.close()


def test_damage_found_after_unlock_is_shown(
    qtbot: QtBot, profile_dir: Path, languages: Languages
) -> None:
    book = profile.create_profile(
        profile_dir, PASSPHRASE,
        profile.NewProfile("Anna Peeters", "Gezin Peeters", HouseholdKind.SIMBA),
        strength="minimum",
    )  # fmt: skip
    child = RecordService(book).create(factories.child(book.identity.household_id))
    book.close()
    db = paths.database_file(profile_dir)
    before = db.stat().st_size
    # A scan of noise: its chunks take the pages at the end of the file, pages
    # only the check of every page reads (the window shows its small picture).
    book = profile.unlock(profile_dir, PASSPHRASE)
    noise = io.BytesIO()
    Image.frombytes("RGB", (700, 500), os.urandom(700 * 500 * 3)).save(noise, "PNG")
    AttachmentService(book).add_bytes(child.id, noise.getvalue(), "scan.png")
    book.close()
    after = db.stat().st_size
    assert after - before > 500_000

    main, ctx = _open_main(qtbot, profile_dir, languages)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10_000)
    assert main.damage.isHidden() and not main._damaged
    _close(main, ctx)

    data = bytearray(db.read_bytes())
    data[(before + after) // 2] ^= 0x40
    db.write_bytes(bytes(data))
    main, ctx = _open_main(qtbot, profile_dir, languages)
    try:
        qtbot.waitUntil(lambda: main._damaged, timeout=10_000)
        assert not main.damage.isHidden() and "damage" in main.damage.text()
    finally:
        _close(main, ctx)
