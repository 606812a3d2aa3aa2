"""The smoke test of a built app: the real windows, driven as a person would.

``thuisboek smoke --profile DIR`` (hidden) makes a new profile in ``DIR`` with
the passphrase in ``THUISBOEK_PASSPHRASE`` and one child, then starts the real
app on it (offscreen unless ``QT_QPA_PLATFORM`` says otherwise): it types the
passphrase on the unlock screen, writes and saves today's log on the Today page
with its Save action, locks with the Lock action and quits. The exit status is
0 only if each step did what it should; ``thuisboek check`` on the same profile
then finds the log. ``packaging/smoke_bundle.py`` runs both against the bundle.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

PASSPHRASE_ENV = "THUISBOEK_PASSPHRASE"
EXIT_AT_UNLOCK_ENV = "THUISBOEK_EXIT_AT_UNLOCK"
STEP_TIMEOUT_S = 60.0
POLL_MS = 20
LOG_TEXT = "Smoke test: played outside, ate well, asleep by eight."
CHILD_GIVEN, CHILD_FAMILY = "Sam", "Smoke"


def _say(text: str) -> None:
    sys.stderr.write(f"[smoke] {text}\n")
    sys.stderr.flush()


def _type(widget: QWidget, text: str) -> None:
    """Key presses and releases, one character at a time, as a keyboard sends them."""
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isprintable() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _press(widget: QWidget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


class _Steps(QObject):
    """Each step waits (polling, never blocking the event loop) for what it needs."""

    def __init__(self, app: QApplication, passphrase: str) -> None:
        super().__init__(app)
        self.app = app
        self.passphrase = passphrase
        self.failure: str | None = None
        self.done = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._waiting: tuple[str, Callable[[], bool], Callable[[], None], float] | None = None

    def wait_for(self, what: str, ready: Callable[[], bool], then: Callable[[], None]) -> None:
        self._waiting = (what, ready, then, time.monotonic() + STEP_TIMEOUT_S)
        self._timer.start()

    def _poll(self) -> None:
        if self._waiting is None:
            self._timer.stop()
            return
        what, ready, then, deadline = self._waiting
        try:
            if not ready():
                if time.monotonic() > deadline:
                    self.fail(f"timed out waiting for {what}")
                return
            self._waiting = None
            self._timer.stop()
            _say(f"ok: {what}")
            then()
        except Exception as exc:  # a smoke test reports whatever broke, then stops
            self.fail(f"{what}: {type(exc).__name__}: {exc}")

    def fail(self, text: str) -> None:
        self._waiting = None
        self._timer.stop()
        if self.failure is None:
            self.failure = text
            _say(f"FAILED: {text}")
        self.app.exit(1)

    def finish(self) -> None:
        self.done = True
        self.app.exit(0)


def _new_profile(profile_dir: Path, passphrase: str) -> str:
    """The profile, its household and one child, through the services the first-run
    wizard and the child dialog use. Returns the child's id."""
    from app.domain.records import Child
    from app.domain.vocabulary import HouseholdKind
    from app.services import profile
    from app.services.records import RecordService

    book = profile.create_profile(
        profile_dir,
        passphrase,
        profile.NewProfile("Smoke Test", "Smoke household", HouseholdKind.SIMBA),
    )
    try:
        today = book.today()
        child = RecordService(book).create(
            Child(
                household_id=book.identity.household_id,
                given_name=CHILD_GIVEN,
                family_name=CHILD_FAMILY,
                date_of_birth=date(today.year - 7, 3, 14),
                placement_start=today - timedelta(days=200),
            )
        )
    finally:
        book.close()
    return str(child.id)


def run_smoke(profile_dir: Path) -> int:
    """Create a profile in ``profile_dir`` (new or empty), then drive the real app:
    unlock, write today's log, lock, quit. 0 when every step passed."""
    from app.services import profile

    passphrase = os.environ.get(PASSPHRASE_ENV)
    if not passphrase:
        _say(f"set {PASSPHRASE_ENV} to the passphrase of the new profile")
        return 2
    if profile.exists(profile_dir):
        _say(f"{profile_dir} already holds a profile: give a new folder")
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    child_id = _new_profile(profile_dir, passphrase)
    _say(f"ok: profile created in {profile_dir}")

    from app.ui.application import AppController, make_application
    from app.ui.i18n import Languages
    from app.ui.pages.today import TodayPage
    from app.ui.settings import Settings
    from app.ui.unlock import UnlockWindow

    app = make_application([sys.argv[0] if sys.argv else "thuisboek"])
    settings = Settings()
    languages = Languages(app)
    languages.set_language("en")
    controller = AppController(profile_dir, languages, settings, parent=app)
    app.aboutToQuit.connect(controller.quit)
    steps = _Steps(app, passphrase)

    def unlock_window() -> UnlockWindow | None:
        window = controller.window
        return window if isinstance(window, UnlockWindow) and window.isVisible() else None

    def today_page() -> TodayPage:
        assert controller.main is not None
        return next(p for p in controller.main.pages if isinstance(p, TodayPage))

    def unlock() -> None:
        window = unlock_window()
        assert window is not None
        window.passphrase.setFocus()
        _type(window.passphrase, steps.passphrase)
        _press(window.passphrase, Qt.Key.Key_Return)
        steps.wait_for("main window after unlock", main_ready, choose_child)

    def main_ready() -> bool:
        main = controller.main
        # The children are read on the task queue: the list holds the household and one.
        return main is not None and main.isVisible() and main.children_model.rowCount() > 1

    def choose_child() -> None:
        main = controller.main
        assert main is not None
        row = main.children_model.row_of(child_id)
        main.children_view.setCurrentIndex(main.children_model.index(row))
        page = today_page()
        main.tabs.setCurrentWidget(page)
        steps.wait_for("Today page ready to write", lambda: page_ready(page), write)

    def page_ready(page: TodayPage) -> bool:
        assert controller.ctx is not None
        return (
            page.child is not None
            and str(page.child.id) == child_id
            and page.state is not None
            and controller.ctx.tasks.pending == 0
            and page.save_action.isEnabled()
        )

    def write() -> None:
        page = today_page()
        page.form.mood_buttons[4].click()
        field = page.form.texts["text"]
        field.setFocus()
        _type(field, LOG_TEXT)
        if field.toPlainText() != LOG_TEXT:
            steps.fail(f"typed text did not arrive: {field.toPlainText()!r}")
            return
        page.save_action.trigger()
        steps.wait_for("today's log saved", saved, lock)

    def saved() -> bool:
        ctx = controller.ctx
        assert ctx is not None
        if ctx.tasks.pending:
            return False
        page = today_page()
        assert page.child is not None
        log = ctx.daily.my_log(page.child.id, ctx.book.today())
        if log is None:
            return False
        if log.text != LOG_TEXT or log.mood != 4:
            raise AssertionError(f"stored log differs: mood {log.mood}, text {log.text!r}")
        return True

    def lock() -> None:
        main, ctx = controller.main, controller.ctx
        assert main is not None and ctx is not None
        main.menus.lock_action.trigger()
        steps.wait_for(
            "locked: unlock screen back, database closed",
            lambda: controller.main is None and unlock_window() is not None and ctx.book.closed,
            steps.finish,
        )

    QTimer.singleShot(0, controller.start)
    QTimer.singleShot(
        0, lambda: steps.wait_for("unlock screen", lambda: bool(unlock_window()), unlock)
    )
    code = app.exec()
    if steps.failure is not None or not steps.done:
        return code or 1
    _say(f"passed in {time.perf_counter() - started:.1f} s")
    return code
