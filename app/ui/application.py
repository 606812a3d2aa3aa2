"""The desktop app: first run or unlock, then the main window; lock on idle."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__, paths
from app.services import profile
from app.ui import memory
from app.ui.i18n import Languages, system_language
from app.ui.idle import IdleWatcher
from app.ui.settings import Settings
from app.ui.theme import apply_theme
from app.ui.unlock import UnlockWindow
from app.ui.widgets.screen_fit import place_on_screen

if TYPE_CHECKING:
    # The main window (and all it brings: the store, charts, reports, sync) and the
    # first run are imported when they are opened, not before the unlock screen.
    from app.services.profile import Book
    from app.ui.context import UiContext
    from app.ui.main_window import MainWindow


class AppController(QObject):
    """Which window is showing, and the lock that closes everything."""

    sig_locked = Signal()
    sig_opened = Signal(object)  # MainWindow

    def __init__(
        self,
        profile_dir: Path,
        languages: Languages,
        settings: Settings,
        strength: str = "default",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile_dir = profile_dir
        self.languages = languages
        self.settings = settings
        self.strength = strength
        self.window: QWidget | None = None
        self.main: MainWindow | None = None
        self.ctx: UiContext | None = None
        self.idle = IdleWatcher(settings.idle_minutes, self)
        self.idle.sig_idle.connect(self.lock)
        languages.sig_changed.connect(self._language_chosen)

    def _language_chosen(self, code: str) -> None:
        self.settings.language = code

    def start(self) -> None:
        if not profile.exists(self.profile_dir):
            from app.ui.first_run import FirstRunWizard

            wizard = FirstRunWizard(self.profile_dir, self.languages, strength=self.strength)
            wizard.sig_created.connect(self.open)
            self._show(wizard)
            return
        remembered = None
        try:
            remembered = profile.unlock_remembered(self.profile_dir, check_pages=False)
        except Exception:
            remembered = None
        if remembered is not None:
            self.open(remembered)
        else:
            self.show_unlock()

    def show_unlock(self) -> None:
        unlock = UnlockWindow(self.profile_dir)
        unlock.sig_unlocked.connect(self.open)
        unlock.sig_another.connect(self.another_person)
        self._show(unlock)
        place_on_screen(unlock, 900, 600)

    def another_person(self) -> None:
        """Make (or enrol) the profile of one more person of this computer, in a
        folder of its own beside the others."""
        from app.services import profiles
        from app.ui.first_run import FirstRunWizard

        folder = profiles.new_profile_dir(self.profile_dir.parent)
        wizard = FirstRunWizard(folder, self.languages, strength=self.strength)
        wizard.sig_created.connect(self.open)
        wizard.rejected.connect(lambda: self._another_cancelled(folder))
        self._show(wizard)

    def _another_cancelled(self, folder: Path) -> None:
        """Back to the list; the folder made for a profile never made goes."""
        if not profile.exists(folder):
            profile.clear_leftovers(folder)
            with contextlib.suppress(OSError):
                folder.rmdir()
        self.show_unlock()

    def _show(self, window: QWidget) -> None:
        old = self.window
        self.window = window
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        if old is not None and old is not window:
            old.hide()
            old.deleteLater()

    def open(self, book: Book) -> None:
        from app.ui.context import UiContext
        from app.ui.main_window import MainWindow

        self.profile_dir = book.profile_dir  # whose list entry is chosen after a lock
        self.ctx = UiContext(book, self.languages, self.settings)
        self.main = MainWindow(self.ctx)
        self._write_card(book)
        self.main.sig_lock_requested.connect(self.lock)
        self.main.sig_settings_changed.connect(
            lambda: self.idle.set_minutes(self.settings.idle_minutes)
        )
        self._show(self.main)
        if not self.main.supervisor_mode:
            self.main.keyboard_to_today()
        self.idle.set_minutes(self.settings.idle_minutes)
        self.idle.start()
        self.main.sync.sig_status.connect(self._sync_status)
        self.main.sync.start()
        memory.settle()  # the window and what it holds stay until the lock
        self.sig_opened.emit(self.main)

    @staticmethod
    def _write_card(book: Book) -> None:
        """The name and household the unlock list shows for this profile."""
        from app.services import profiles
        from app.services.household import HouseholdService

        found = HouseholdService(book).household()
        with contextlib.suppress(OSError):
            profiles.write_card(book, found.name if found is not None else "")

    def _sync_status(self, status: object) -> None:
        from app.ui.sync_status import SyncStatus

        if isinstance(status, SyncStatus) and status.phase == "revoked" and self.main is not None:
            self._revoked(status.waiting)

    def _revoked(self, waiting: int = 0) -> None:
        """The central office revoked this computer: lock, and offer to erase (No is
        the default: Enter or Escape keeps everything); the lock screen then says
        the computer was revoked."""
        main = self.main
        assert main is not None
        self.lock()
        box = revoked_box(self.window, waiting)
        answer = box.exec()
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Yes:
            profile.erase(self.profile_dir)
            self.start()
        elif isinstance(self.window, UnlockWindow):
            self.window.show_revoked()

    def lock(self) -> None:
        """Store drafts, wait for queued writes, close the database and forget the key."""
        if self.main is None or self.ctx is None:
            return
        self.idle.stop()
        if shiboken6.isValid(self.main):
            self.main.flush()
        self.ctx.tasks.close()
        self.ctx.book.close()
        main, self.main, self.ctx = self.main, None, None
        self.show_unlock()
        if shiboken6.isValid(main):
            main.sig_lock_requested.disconnect(self.lock)
            main.hide()
            main.deleteLater()
        memory.release()
        self.sig_locked.emit()

    def quit(self) -> None:
        """Store what is unsaved and close the database. The main window may be gone
        already: closing it stored its drafts, and Qt deletes a closed window before
        the application says it quits."""
        if self.main is not None and self.ctx is not None:
            if shiboken6.isValid(self.main):
                self.main.flush()
            self.ctx.tasks.close()
            self.ctx.book.close()


def revoked_box(parent: QWidget | None, waiting: int) -> QMessageBox:
    """The question after a revocation: erase the records kept here? It says how
    many changes waiting would be lost, and to call the office first; No is the
    default button and Escape's."""
    return RevokedBox(parent, waiting)


class RevokedBox(QMessageBox):
    def __init__(self, parent: QWidget | None, waiting: int) -> None:
        super().__init__(parent)
        self.setObjectName("revokedBox")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("This computer was revoked"))
        text = self.tr("The central office has revoked this computer. The home book is locked.")
        if waiting:
            text += " " + self.tr(
                "%n change(s) made here have not reached the central office: erasing loses them.",
                "",
                waiting,
            )
        text += " " + self.tr(
            "Call the central office before you erase anything. "
            "Erase the records kept on this computer now?"
        )
        self.setText(text)
        self.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        self.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Erase"))
        self.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep and lock"))
        self.setDefaultButton(QMessageBox.StandardButton.No)
        self.setEscapeButton(QMessageBox.StandardButton.No)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Thuisboek")
    # No display name: Qt would append it to every window title, which already names the app.
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Thuisboek")
    app.setDesktopFileName(paths.DESKTOP_ID)  # Wayland and taskbars match the .desktop file
    icon = QIcon()
    for png in paths.icon_files():
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    return app


def follow_theme(app: QApplication, settings: Settings) -> None:
    """The app's look from the settings, again when the system turns dark or light."""

    def apply() -> None:
        apply_theme(app, high_contrast=settings.high_contrast, text_size=settings.text_size)

    apply()
    hints = app.styleHints()
    if hints is not None:
        hints.colorSchemeChanged.connect(lambda _scheme: apply())


def run_gui(profile_dir: Path, lang: str | None = None) -> int:
    app = make_application()
    settings = Settings()
    follow_theme(app, settings)
    languages = Languages(app)
    languages.set_language(lang or settings.language or system_language())
    controller = AppController(profile_dir, languages, settings, parent=app)
    app.aboutToQuit.connect(controller.quit)
    controller.start()
    if os.environ.get("THUISBOEK_EXIT_AT_UNLOCK") == "1":  # the cold-start benchmark
        from app.ui.cold_start import quit_when_unlock_shown

        quit_when_unlock_shown(controller.window)
    return app.exec()
