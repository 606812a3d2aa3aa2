"""Settings: the keyring is asked on the task queue, never on the UI thread, and
its answer is shown when it comes."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from app.crypto.keystore import KeyringStatus
from app.services import keys
from app.ui.context import UiContext
from app.ui.dialogs.settings import SettingsDialog
from tests.conftest import PASSPHRASE


@pytest.fixture
def keyring_here(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A keyring that holds this profile's key; the threads that asked it."""
    asked: list[str] = []

    def state(_profile_id: str) -> keys.KeyState:
        asked.append(threading.current_thread().name)
        return keys.KeyState(KeyringStatus(True, "TestKeyring"), remembered=True)

    monkeypatch.setattr(keys, "key_state", state)
    return asked


def test_the_keyring_is_asked_off_the_ui_thread(
    qtbot: QtBot, ctx: UiContext, keyring_here: list[str]
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()  # until the keyring has answered

    qtbot.waitUntil(dialog.remember.isEnabled, timeout=10_000)
    assert dialog.remember.isChecked()
    assert "TestKeyring" in dialog.keyring_note.text()
    assert keyring_here and threading.main_thread().name not in keyring_here


def test_forgetting_the_key_runs_on_the_task_queue(
    qtbot: QtBot, ctx: UiContext, keyring_here: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.remember.isEnabled, timeout=10_000)
    calls: list[tuple[str, bool, str]] = []

    def set_remembered(_dir: object, passphrase: str, on: bool) -> None:
        calls.append((passphrase, on, threading.current_thread().name))

    monkeypatch.setattr(keys, "set_remembered", set_remembered)
    monkeypatch.setattr(dialog, "_ask", lambda _label: PASSPHRASE)

    dialog.remember.setChecked(False)
    qtbot.waitUntil(lambda: "no longer remembers" in dialog.message.text(), timeout=10_000)
    assert [(p, on) for p, on, _ in calls] == [(PASSPHRASE, False)]
    assert calls[0][2] != threading.main_thread().name
    assert dialog.remember.isEnabled() and not dialog.remember.isChecked()


@pytest.mark.parametrize(
    ("backend", "shown"),
    [
        ("keyrings.alt.file.PlaintextKeyring", "a file keyring"),
        (
            "keyring.backends.chain.ChainerBackend (keyring.backends.SecretService.Keyring)",
            "GNOME Keyring",
        ),
        ("keyring.backends.fail.Keyring", "none found"),
    ],
)
def test_the_keyring_is_named_as_people_know_it_not_by_its_class(
    qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch, backend: str, shown: str
) -> None:
    from app.crypto.keystore import keyring_status

    class Plain:  # judged as the keystore judges a real backend of that name
        pass

    status = KeyringStatus(True, backend)
    if "Plaintext" in backend:
        Plain.__name__ = Plain.__qualname__ = "PlaintextKeyring"
        Plain.__module__ = "keyrings.alt.file"
        status = keyring_status(Plain())  # type: ignore[arg-type]
        assert not status.available and "keyrings.alt" in status.backend
    elif "fail" in backend:
        from keyring.backends import fail

        status = keyring_status(fail.Keyring())
        assert status.backend == backend
    monkeypatch.setattr(keys, "key_state", lambda _id: keys.KeyState(status, remembered=False))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.keyring_status is not None, timeout=10_000)
    note = dialog.keyring_note.text()
    assert shown in note
    assert "backends" not in note and "keyrings.alt" not in note and ".Keyring" not in note
