"""Enrolment in the app: the first-run wizard's "connect now", and the settings.

A real ``thuisboek-server`` runs on loopback for the module, on a data folder
prepared with its own admin CLI; each test asks it for fresh one-time codes.
"""

from __future__ import annotations

import contextlib
import io
import platform
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QWidget,
    QWizard,
)

from app.domain.records import Child
from app.server import cli as server_cli
from app.services import profile
from app.services.enrolment import staging_dir
from app.storage import outbox, sync_state
from app.storage.book import Book
from app.sync.engine import SyncEngine
from app.sync.enroll import transport_for
from app.ui.application import AppController
from app.ui.context import UiContext
from app.ui.dialogs.enrol import EnrolDialog, code_looks_valid
from app.ui.dialogs.settings import SettingsDialog
from app.ui.first_run import FirstRunWizard
from app.ui.i18n import Languages
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.unlock import UnlockWindow
from tests.conftest import PASSPHRASE
from tests.support.servers import free_port, serving

OFFICE_HOUSEHOLD = "Huis De Linde"


@dataclass(frozen=True)
class Office:
    url: str
    data: Path
    household_id: str
    person_id: str

    def admin(self, *args: str) -> str:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = server_cli.main(["--data", str(self.data), *args])
        assert code == 0, err.getvalue()
        return out.getvalue().strip()

    def code(self) -> str:
        return self.admin("enroll-code", self.person_id, "--hours", "1")


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    data = tmp_path_factory.mktemp("office")
    prep = Office("", data, "", "")
    prep.admin("init")
    household = prep.admin("add-household", OFFICE_HOUSEHOLD, "--kind", "village_family")
    person = prep.admin("add-person", "Fatima El Amrani", "--role", "caregiver",
                        "--household", household)  # fmt: skip
    with serving(data) as url:
        yield Office(url, data, household, person)


@pytest.fixture
def controller(qtbot, languages: Languages, tmp_path: Path):  # type: ignore[no-untyped-def]
    ctl = AppController(tmp_path / "profile", languages, Settings(), strength="minimum")
    yield ctl
    if ctl.main is not None:
        ctl.lock()
    if ctl.window is not None:
        ctl.window.close()


def click_radio(qtbot, button: QRadioButton) -> None:  # type: ignore[no-untyped-def]
    """Click on the round indicator (the middle of a wide radio button is empty space)."""
    qtbot.mouseClick(
        button, Qt.MouseButton.LeftButton, pos=QPoint(button.height() // 2, button.height() // 2)
    )
    assert button.isChecked()


def focus(qtbot, window: QWidget, field: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)


def start_wizard(qtbot, ctl: AppController) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    ctl.start()
    wizard = ctl.window
    assert isinstance(wizard, FirstRunWizard)
    qtbot.waitExposed(wizard)
    wizard.next()  # language page: English stays
    assert wizard.currentPage() is wizard.start_page
    return wizard


def choose_connect(qtbot, wizard: FirstRunWizard, url: str, code: str) -> None:  # type: ignore[no-untyped-def]
    """Choose "connect now", type the address and the code, and press Enter."""
    click_radio(qtbot, wizard.findChild(QRadioButton, "connectNow"))
    server = wizard.findChild(QLineEdit, "serverUrl")
    code_field = wizard.findChild(QLineEdit, "enrolCode")
    assert server.isEnabled() and code_field.isEnabled()
    server.clear()
    code_field.clear()
    qtbot.keyClicks(server, url)
    qtbot.keyClicks(code_field, code)
    qtbot.keyClick(code_field, Qt.Key.Key_Return)  # Enter is Next


def type_passphrase(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    assert wizard.currentPage() is wizard.passphrase_page
    qtbot.keyClicks(wizard.findChild(QLineEdit, "newPassphrase"), PASSPHRASE)
    confirm = wizard.findChild(QLineEdit, "confirmPassphrase")
    qtbot.keyClicks(confirm, PASSPHRASE)
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.finish_page


def nothing_left(profile_dir: Path) -> bool:
    return (
        not profile.exists(profile_dir)
        and not profile_dir.exists()
        and not (staging_dir(profile_dir).exists())
    )


def test_connect_now_makes_an_enrolled_profile_in_the_office_household_and_syncs(
    qtbot, controller: AppController, office: Office
) -> None:  # type: ignore[no-untyped-def]
    wizard = start_wizard(qtbot, controller)
    choose_connect(qtbot, wizard, office.url, office.code())
    # The household comes from the central office: its page is skipped.
    type_passphrase(qtbot, wizard)
    assert wizard.finish_page.address.text() == office.url
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    with qtbot.waitSignal(controller.sig_opened, timeout=30_000) as opened:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
        # Busy while the profile is made and enrolled; it cannot be cancelled half-way.
        assert wizard.findChild(QProgressBar, "createBusy").isVisible()
        assert not finish.isEnabled()
        assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    main = opened.args[0]
    assert isinstance(main, MainWindow)
    identity = main.ctx.book.identity
    assert str(identity.household_id) == office.household_id
    assert str(identity.user_id) == office.person_id
    assert identity.display_name == "Fatima El Amrani"
    assert main.ctx.book.profile_dir == controller.profile_dir
    assert not staging_dir(controller.profile_dir).exists()
    link = sync_state.read_link(main.ctx.book.store)
    assert link is not None and link.server_url == office.url and link.device_id
    # The first sync starts by itself and brings the household's record.
    qtbot.waitUntil(
        lambda: (sync_state.read_link(main.ctx.book.store) or link).last_ok is not None,
        timeout=30_000,
    )
    qtbot.waitUntil(lambda: main.header.text() == OFFICE_HOUSEHOLD, timeout=10_000)
    assert main.ctx.household.household().name == OFFICE_HOUSEHOLD
    qtbot.waitUntil(lambda: "synced at" in main.sync_label.text(), timeout=10_000)
    # The profile moved into place whole: the passphrase opens it on the next start.
    controller.lock()
    assert isinstance(controller.window, UnlockWindow)
    field = controller.window.findChild(QLineEdit, "passphrase")
    with qtbot.waitSignal(controller.sig_opened, timeout=15_000) as again:
        qtbot.keyClicks(field, PASSPHRASE)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert str(again.args[0].ctx.book.identity.household_id) == office.household_id


def test_a_wrong_code_leaves_nothing_behind_and_starting_offline_still_works(
    qtbot, controller: AppController, office: Office
) -> None:  # type: ignore[no-untyped-def]
    wizard = start_wizard(qtbot, controller)
    choose_connect(qtbot, wizard, office.url, "ABCDE-FGHJK")  # well formed, never issued
    type_passphrase(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    message = wizard.findChild(QLabel, "startMessage")
    qtbot.waitUntil(lambda: "not valid" in message.text(), timeout=30_000)
    # Back on the choice, beside the code to correct; nothing was kept.
    assert wizard.currentPage() is wizard.start_page
    assert wizard.focusWidget() is wizard.findChild(QLineEdit, "enrolCode")
    assert "Nothing was kept" in message.text()
    assert nothing_left(controller.profile_dir)
    assert controller.main is None

    click_radio(qtbot, wizard.findChild(QRadioButton, "startOffline"))
    assert message.text() == ""
    assert not wizard.findChild(QLineEdit, "serverUrl").isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.household_page
    qtbot.keyClicks(wizard.findChild(QLineEdit, "yourName"), "Anna Peeters")
    qtbot.keyClicks(wizard.findChild(QLineEdit, "householdName"), "Gezin Peeters")
    wizard.next()
    # The passphrase typed before is still there.
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert "later, from the settings" in wizard.finish_page.text.text()
    with qtbot.waitSignal(controller.sig_opened, timeout=15_000) as opened:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    main = opened.args[0]
    assert main.ctx.household.household().name == "Gezin Peeters"
    assert sync_state.read_link(main.ctx.book.store) is None
    qtbot.waitUntil(lambda: "Working offline" in main.sync_label.text(), timeout=10_000)


def test_an_unreachable_server_says_so_and_leaves_nothing_behind(
    qtbot, controller: AppController
) -> None:  # type: ignore[no-untyped-def]
    wizard = start_wizard(qtbot, controller)
    choose_connect(qtbot, wizard, f"http://127.0.0.1:{free_port()}", "ABCDE-FGHJK")
    type_passphrase(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    message = wizard.findChild(QLabel, "startMessage")
    qtbot.waitUntil(lambda: "cannot be reached" in message.text(), timeout=30_000)
    assert "Check the server address" in message.text()
    assert wizard.focusWidget() is wizard.findChild(QLineEdit, "serverUrl")
    assert nothing_left(controller.profile_dir)
    # Every button works again: the person may correct, go back or cancel.
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_address_and_code_are_checked_before_leaving_the_page(
    qtbot, controller: AppController
) -> None:  # type: ignore[no-untyped-def]
    wizard = start_wizard(qtbot, controller)
    message = wizard.findChild(QLabel, "startMessage")
    # Plain HTTP to another computer is refused (the transport's own rule).
    choose_connect(qtbot, wizard, "http://office.example.org", "ABCDE-FGHJK")
    assert wizard.currentPage() is wizard.start_page
    assert "not secure" in message.text()
    # A bare host name means https; a code of the wrong shape is caught here.
    choose_connect(qtbot, wizard, "office.example.org", "12")
    assert wizard.currentPage() is wizard.start_page
    assert "does not look like an enrolment code" in message.text()
    assert wizard.start_page.fields.url() == "https://office.example.org"
    choose_connect(qtbot, wizard, "office.example.org", "abcde fghjk")
    assert wizard.currentPage() is wizard.passphrase_page
    assert not code_looks_valid("ABCDE/FGHJK")
    assert code_looks_valid("KX7PQ-M3RTA")


def test_every_field_of_the_choice_is_reached_with_tab(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    wizard = start_wizard(qtbot, controller)
    connect = wizard.findChild(QRadioButton, "connectNow")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    focus(qtbot, wizard, connect)
    qtbot.keyClick(connect, Qt.Key.Key_Space)
    assert connect.isChecked()
    qtbot.keyClick(connect, Qt.Key.Key_Tab)
    server = wizard.findChild(QLineEdit, "serverUrl")
    assert server.hasFocus()
    qtbot.keyClicks(server, "https://office.example.org")
    qtbot.keyClick(server, Qt.Key.Key_Tab)
    code = wizard.findChild(QLineEdit, "enrolCode")
    assert code.hasFocus()
    qtbot.keyClicks(code, "KX7PQ-M3RTA")
    assert next_button.isEnabled()
    # Alt+O chooses "start on this computer only"; the fields give way.
    qtbot.keyClick(code, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(wizard.findChild(QRadioButton, "startOffline").isChecked)  # animated click
    assert not server.isEnabled()
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.household_page


# Settings ---------------------------------------------------------------------------


def test_settings_connect_then_show_the_connection(qtbot, ctx: UiContext, office: Office) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    state_label = dialog.findChild(QLabel, "officeState")
    button = dialog.findChild(QPushButton, "officeConnect")
    assert "not connected" in state_label.text()
    assert button.isVisible()
    assert not dialog.findChild(QLabel, "officeServer").isVisible()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    enrol = dialog.findChild(EnrolDialog)
    assert enrol is not None and enrol.isVisible()
    qtbot.keyClicks(enrol.findChild(QLineEdit, "serverUrl"), office.url)
    code_field = enrol.findChild(QLineEdit, "enrolCode")
    qtbot.keyClicks(code_field, office.code())
    with qtbot.waitSignal(dialog.sig_enrolled, timeout=30_000):
        qtbot.keyClick(code_field, Qt.Key.Key_Return)  # Enter connects
    assert not enrol.isVisible()
    link = sync_state.read_link(ctx.book.store)
    assert link is not None
    assert "is connected" in state_label.text()
    assert not button.isVisible()
    assert dialog.findChild(QLabel, "officeServer").text() == office.url
    assert dialog.findChild(QLabel, "officeDevice").text() == link.device_id
    last = dialog.findChild(QLabel, "officeLastSync")
    assert last.text() == "not yet"

    transport = transport_for(ctx.book)
    assert transport is not None
    try:
        SyncEngine(ctx.book, transport).sync()
    finally:
        transport.close()
    dialog.refresh_office()
    last_ok = sync_state.read_link(ctx.book.store).last_ok  # type: ignore[union-attr]
    assert last_ok is not None
    moment = QDateTime.fromString(last_ok, Qt.DateFormat.ISODate).toLocalTime()
    assert last.text() == QLocale("en").toString(moment, QLocale.FormatType.ShortFormat)


def test_file_connect_enrols_the_open_book_and_its_first_sync_brings_the_household(
    qtbot, ctx: UiContext, book: Book, office: Office, child: Child
) -> None:  # type: ignore[no-untyped-def]
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: "Working offline" in main.sync_label.text(), timeout=10_000)
    code = office.code()

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EnrolDialog):
            QTimer.singleShot(50, fill_in)
            return
        qtbot.keyClicks(dialog.findChild(QLineEdit, "serverUrl"), office.url)
        # The computer's name: the person's and the computer's, to keep or change.
        device = dialog.findChild(QLineEdit, "deviceName")
        offered.append(device.text())
        device.clear()
        qtbot.keyClicks(device, "Fatima  laptop thuis")
        field = dialog.findChild(QLineEdit, "enrolCode")
        qtbot.keyClicks(field, code)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    def give_up() -> None:  # never leave a modal dialog hanging the test run
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, EnrolDialog):
            dialog.done(0)

    offered: list[str] = []
    QTimer.singleShot(0, fill_in)
    QTimer.singleShot(30_000, give_up)
    assert main.menus.enrol_action.isEnabled()
    main.menus.enrol_action.trigger()  # File ▸ Connect… (returns when the dialog closes)
    assert str(book.identity.household_id) == office.household_id
    assert offered == [f"Anna Peeters · {platform.node()}"]
    assert "\tFatima laptop thuis\t" in office.admin("devices")  # as typed, spaces tidied
    qtbot.waitUntil(lambda: "synced at" in main.sync_label.text(), timeout=30_000)
    assert main.ctx.household.household().name == OFFICE_HOUSEHOLD
    # The child written offline moved into the office's household and went along.
    assert main.children_model.row_of(child.id)
    with book.store.read() as session:
        assert outbox.pending_count(session) == 0
    assert "Fatima El Amrani" in main.windowTitle()
    assert not main.menus.enrol_action.isEnabled()  # connected once: no second identity
    main.sync.stop()
