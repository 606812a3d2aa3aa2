"""``thuisboek screenshots``: every main screen of a profile as PNG, rendered offscreen."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.services import profile
from app.ui.context import UiContext
from app.ui.first_run import FirstRunWizard
from app.ui.i18n import Languages
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.theme import apply_theme
from app.ui.unlock import UnlockWindow

SIZES = ((1600, 1000), (1366, 768))  # a common desktop, and a small laptop


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _save(widget: QWidget, out: Path, name: str, size: tuple[int, int] = SIZES[0]) -> Path:
    if isinstance(widget, MainWindow):
        widget.resize(*size)
    widget.show()
    _settle()
    target = out / f"{name}.png"
    widget.grab().save(str(target))
    return target


def take(profile_dir: Path, out: Path, lang: str, passphrase: str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.application import make_application

    app = make_application([])
    apply_theme(app)
    out.mkdir(parents=True, exist_ok=True)
    languages = Languages()
    languages.set_language(lang)
    saved: list[Path] = []
    wizard = FirstRunWizard(out / "unused-profile", languages)
    saved.append(_save(wizard, out, f"{lang}-00-first-run"))
    wizard.close()
    unlock = UnlockWindow(profile_dir)
    unlock.resize(900, 560)
    saved.append(_save(unlock, out, f"{lang}-01-unlock"))
    unlock.close()
    book = profile.unlock(profile_dir, passphrase)
    ctx = UiContext(book, languages, Settings())
    main = MainWindow(ctx)
    try:
        ctx.tasks.wait()  # the children are read on the task queue
        QApplication.processEvents()
        for size in SIZES:
            tail = "" if size == SIZES[0] else f"-{size[0]}x{size[1]}"
            main.children_view.setCurrentIndex(main.children_model.index(1))
            for i, page in enumerate(main.pages):
                main.tabs.setCurrentIndex(i)
                name = type(page).__name__.removesuffix("Page").lower()
                saved.append(_save(main, out, f"{lang}-{i + 2:02d}-{name}{tail}", size))
            main.children_view.setCurrentIndex(main.children_model.index(0))
            number = len(main.pages) + 2
            saved.append(_save(main, out, f"{lang}-{number:02d}-household{tail}", size))
    finally:
        main.close()
        ctx.tasks.wait()
        book.close()
    return saved
