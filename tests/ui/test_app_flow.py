"""The whole app as a person meets it: first run, unlock, lock, auto-lock."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWizard,
)

from app import paths
from app.domain.changes import ChangeSet
from app.services import profile
from app.services.daily import DailyLogService
from app.ui.application import AppController
from app.ui.first_run import FirstRunWizard, passphrase_strength
from app.ui.i18n import Languages
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.unlock import UnlockWindow
from tests import factories
from tests.conftest import PASSPHRASE


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


def finish_first_run(qtbot, ctl: AppController) -> MainWindow:  # type: ignore[no-untyped-def]
    ctl.start()
    wizard = ctl.window
    assert isinstance(wizard, FirstRunWizard)
    qtbot.waitExposed(wizard)
    wizard.next()  # language page: English stays
    assert wizard.currentPage() is wizard.start_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the person chooses; nothing is chosen for them
    click_radio(qtbot, wizard.findChild(QRadioButton, "startOffline"))
    assert next_button.isEnabled()
    assert not wizard.findChild(QLineEdit, "serverUrl").isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.household_page
    name = wizard.findChild(QLineEdit, "yourName")
    qtbot.keyClicks(name, "Anna Peeters")
    qtbot.keyClicks(wizard.findChild(QLineEdit, "householdName"), "Gezin Peeters")
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.findChild(QLineEdit, "newPassphrase"), PASSPHRASE)
    assert not next_button.isEnabled()  # not confirmed yet
    qtbot.keyClicks(wizard.findChild(QLineEdit, "confirmPassphrase"), PASSPHRASE)
    assert next_button.isEnabled()
    wizard.next()
    with qtbot.waitSignal(ctl.sig_opened, timeout=15_000) as opened:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    main = opened.args[0]
    assert isinstance(main, MainWindow)
    return main


def unlock_with(qtbot, ctl: AppController, passphrase: str) -> UnlockWindow:  # type: ignore[no-untyped-def]
    window = ctl.window
    assert isinstance(window, UnlockWindow)
    field = window.findChild(QLineEdit, "passphrase")
    field.clear()
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return window


def test_first_run_creates_a_profile_that_unlocks_on_the_next_start(
    qtbot, controller: AppController
) -> None:  # type: ignore[no-untyped-def]
    main = finish_first_run(qtbot, controller)
    assert main.ctx.book.identity.display_name == "Anna Peeters"
    assert main.ctx.household.household().name == "Gezin Peeters"
    assert paths.key_file(controller.profile_dir).exists()
    controller.lock()
    assert isinstance(controller.window, UnlockWindow)
    # The next start finds the profile and asks for the passphrase.
    again = AppController(controller.profile_dir, controller.languages, Settings())
    again.start()
    assert isinstance(again.window, UnlockWindow)
    with qtbot.waitSignal(again.sig_opened, timeout=15_000) as opened:
        unlock_with(qtbot, again, PASSPHRASE)
    assert opened.args[0].ctx.household.household().name == "Gezin Peeters"
    again.lock()
    again.window.close()


def test_wrong_passphrase_shows_the_message_and_opens_nothing(
    qtbot, controller: AppController
) -> None:  # type: ignore[no-untyped-def]
    finish_first_run(qtbot, controller)
    controller.lock()
    db_before = paths.database_file(controller.profile_dir).read_bytes()
    window = unlock_with(qtbot, controller, "this is not it")
    message = window.findChild(QLabel, "unlockMessage")
    qtbot.waitUntil(lambda: "not correct" in message.text(), timeout=10_000)
    assert controller.main is None
    assert isinstance(controller.window, UnlockWindow)
    assert paths.database_file(controller.profile_dir).read_bytes() == db_before


def test_unlock_button_waits_out_the_delay_after_repeated_failures(
    qtbot, controller: AppController
) -> None:  # type: ignore[no-untyped-def]
    finish_first_run(qtbot, controller)
    controller.lock()
    window = controller.window
    assert isinstance(window, UnlockWindow)
    button = window.findChild(QPushButton, "unlockButton")
    for _ in range(profile.FREE_TRIES):
        qtbot.waitUntil(button.isEnabled, timeout=10_000)
        unlock_with(qtbot, controller, "wrong wrong wrong")
        qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=10_000)
    message = window.findChild(QLabel, "unlockMessage")
    assert not button.isEnabled()
    assert "try again in" in message.text()


def test_lock_from_the_menu_closes_the_database(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    main = finish_first_run(qtbot, controller)
    book = main.ctx.book
    with qtbot.waitSignal(controller.sig_locked):
        main.menus.lock_action.trigger()
    assert book.closed
    assert book.store.key is None
    assert controller.main is None


def test_the_objects_of_an_open_window_stay_out_of_collections_until_the_lock(
    qtbot, controller: AppController
) -> None:  # type: ignore[no-untyped-def]
    """A full collection walks only what was made after the window opened (it would
    otherwise pause frames); at the lock everything is the collector's again."""
    finish_first_run(qtbot, controller)
    assert gc.get_freeze_count() > 10_000
    controller.lock()
    assert gc.get_freeze_count() == 0


def test_auto_lock_fires_after_the_idle_time(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    controller.settings.idle_minutes = 0.02  # 1.2 seconds
    main = finish_first_run(qtbot, controller)
    book = main.ctx.book
    with qtbot.waitSignal(controller.sig_locked, timeout=10_000):
        pass
    assert book.closed
    assert isinstance(controller.window, UnlockWindow)


def test_language_page_lists_the_three_languages(
    qtbot, languages: Languages, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(tmp_path / "p", languages, strength="minimum")
    qtbot.addWidget(wizard)
    combo = wizard.findChild(QComboBox, "language")
    assert [combo.itemData(i) for i in range(combo.count())] == ["nl", "fr", "en"]


def test_passphrase_strength_grows_with_length_and_variety() -> None:
    assert passphrase_strength("") == 0
    assert passphrase_strength("short") == 1
    assert passphrase_strength("abcdefgh") < passphrase_strength("paars konijn op de fiets 42")
    assert passphrase_strength("paars konijn op de fiets 42") == 4


def test_switching_language_changes_the_visible_strings(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    main = finish_first_run(qtbot, controller)
    english = (main.menus.file_menu.title(), main.tabs.tabText(0), main.sync_label.text())
    controller.languages.set_language("nl")
    # Qt posts LanguageChange to the windows: let it arrive.
    qtbot.waitUntil(lambda: main.menus.file_menu.title() != english[0])
    dutch = (main.menus.file_menu.title(), main.tabs.tabText(0), main.sync_label.text())
    controller.languages.set_language("fr")
    qtbot.waitUntil(lambda: main.menus.file_menu.title() != dutch[0])
    french = (main.menus.file_menu.title(), main.tabs.tabText(0), main.sync_label.text())
    for i in range(3):
        assert len({english[i], dutch[i], french[i]}) == 3, (english[i], dutch[i], french[i])
    assert controller.settings.language == "fr"
    controller.languages.set_language("en")
    qtbot.waitUntil(lambda: main.menus.file_menu.title() == english[0])


def _today_page(main: MainWindow):  # type: ignore[no-untyped-def]
    from app.ui.pages.today import TodayPage

    return next(p for p in main.pages if isinstance(p, TodayPage))


def _reopen(qtbot, ctl: AppController) -> MainWindow:  # type: ignore[no-untyped-def]
    ctl.lock()
    with qtbot.waitSignal(ctl.sig_opened, timeout=15_000) as opened:
        unlock_with(qtbot, ctl, PASSPHRASE)
    return opened.args[0]


def test_a_draft_survives_a_lock_and_a_saved_log_survives_a_restart(
    qtbot, controller: AppController
) -> None:  # type: ignore[no-untyped-def]

    from app.services.timeline import TimelineFilter

    main = finish_first_run(qtbot, controller)
    child = main.ctx.records.create(factories.child(main.ctx.book.identity.household_id))
    main.ctx.changed(ChangeSet.of("child"))
    qtbot.waitUntil(lambda: main.children_model.rowCount() == 2)
    main.children_view.setCurrentIndex(main.children_model.index(1))
    page = _today_page(main)
    main.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.state is not None and page.child is not None)
    qtbot.keyClicks(page.form.texts["moments"], "Voor het eerst gefietst")
    main = _reopen(qtbot, controller)  # the lock stores the draft, encrypted
    qtbot.waitUntil(lambda: main.children_model.rowCount() == 2)  # read on the task queue
    main.children_view.setCurrentIndex(
        main.children_model.index(main.children_model.row_of(child.id))
    )
    page = _today_page(main)
    qtbot.waitUntil(lambda: page.form.texts["moments"].toPlainText() == "Voor het eerst gefietst")
    field = page.form.texts["text"]
    main.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.ctx.daily.my_log(child.id, main.ctx.book.today()) is not None)
    main = _reopen(qtbot, controller)
    items = main.ctx.timeline.page(TimelineFilter(child_id=child.id)).items
    assert [i.record.moments for i in items] == ["Voor het eerst gefietst"]  # type: ignore[attr-defined]


def test_quitting_after_the_window_was_closed_and_deleted_stores_the_draft_without_error(
    qtbot, controller: AppController
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    main = finish_first_run(qtbot, controller)
    child = main.ctx.records.create(factories.child(main.ctx.book.identity.household_id))
    main.ctx.changed(ChangeSet.of("child"))
    qtbot.waitUntil(lambda: main.children_model.rowCount() == 2)
    main.children_view.setCurrentIndex(main.children_model.index(1))
    page = _today_page(main)
    qtbot.waitUntil(lambda: page.state is not None and page.child is not None)
    qtbot.keyClicks(page.form.texts["moments"], "Taart gebakken")
    today = main.ctx.book.today()
    main.close()  # the last window closes; Qt deletes it before the app quits
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    controller.quit()  # raised "Internal C++ object (QTimer) already deleted"
    controller.main = controller.window = None  # both gone with the window
    reopened = profile.unlock(controller.profile_dir, PASSPHRASE)
    try:
        draft = DailyLogService(reopened).load_draft(child.id, today)
        assert draft is not None and draft["moments"] == "Taart gebakken"
    finally:
        reopened.close()


def test_after_unlocking_the_person_is_back_where_they_were_and_the_unlock_window_fits(
    qtbot, controller: AppController
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.pages.timeline import TimelinePage

    main = finish_first_run(qtbot, controller)
    household = main.ctx.book.identity.household_id
    main.ctx.records.create(factories.child(household, given_name="Arne"))
    lotte = main.ctx.records.create(factories.child(household, given_name="Lotte"))
    main.ctx.changed(ChangeSet.of("child"))
    qtbot.waitUntil(lambda: main.children_model.rowCount() == 3)
    main.children_view.setCurrentIndex(
        main.children_model.index(main.children_model.row_of(lotte.id))
    )
    timeline = next(p for p in main.pages if isinstance(p, TimelinePage))
    main.tabs.setCurrentWidget(timeline)
    controller.lock()
    window = controller.window
    assert isinstance(window, UnlockWindow)
    screen = window.screen().availableGeometry()
    assert screen.contains(window.frameGeometry()) or screen.contains(window.geometry())
    with qtbot.waitSignal(controller.sig_opened, timeout=15_000) as opened:
        unlock_with(qtbot, controller, PASSPHRASE)
    main = opened.args[0]
    qtbot.waitUntil(lambda: main.current_child() is not None)
    assert main.current_child().id == lotte.id
    assert isinstance(main.tabs.currentWidget(), TimelinePage)  # not the first child's Today


def test_the_wizards_own_buttons_speak_the_language_chosen_on_its_first_page(
    qtbot, controller: AppController
) -> None:  # type: ignore[no-untyped-def]
    controller.start()
    wizard = controller.window
    assert isinstance(wizard, FirstRunWizard)
    qtbot.waitExposed(wizard)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    controller.languages.set_language("fr")  # as the language page does when Français is chosen
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).text() == "&Suivant >")
    assert wizard.button(QWizard.WizardButton.BackButton).text() == "< &Précédent"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Annuler"
    controller.languages.set_language("en")
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.CancelButton).text() == "Cancel")
