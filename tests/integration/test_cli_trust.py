"""The headless commands honour the central office: one enrolment path with the
app's checks, and a revoked profile closed to every command until it is erased
(or the office lifts the revocation)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app import cli
from app.domain.vocabulary import HouseholdKind
from app.services import profile
from app.storage import outbox, records, sync_state
from app.storage.store import Store
from tests.conftest import PASSPHRASE
from tests.integration.laptops import Laptop, admin
from tests.support.servers import serving


def thuisboek(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THUISBOEK_PASSPHRASE", PASSPHRASE)


def _mark_revoked(folder: Path) -> None:
    book = profile.unlock(folder, PASSPHRASE)
    try:
        with book.store.write() as session:
            Store.set_meta(session, sync_state.REVOKED, "1")
    finally:
        book.close()


def _new_profile(folder: Path) -> None:
    profile.create_profile(
        folder, PASSPHRASE, profile.NewProfile("Anna", "Gezin", HouseholdKind.SIMBA),
        strength="minimum",
    ).close()  # fmt: skip


COMMANDS = [
    ["check"],
    ["backup", "--out", "{tmp}/backup.tbk"],
    ["report", "--child", "Lotte", "--from", "2025-01-01", "--to", "2025-01-31",
     "--out", "{tmp}/r.pdf"],
    ["sync"],
    ["enroll", "--server", "http://127.0.0.1:9"],
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_every_command_refuses_a_revoked_profile(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    folder = tmp_path / "profile"
    _new_profile(folder)
    _mark_revoked(folder)
    monkeypatch.setenv("THUISBOEK_ENROLL_CODE", "ABCDE-FGHJK")
    args = [part.format(tmp=tmp_path) for part in command]
    code, _, err = thuisboek(capsys, args[0], "--profile", str(folder), *args[1:])
    assert code == 1
    assert "revoked" in err and "erase" in err
    assert not (tmp_path / "backup.tbk").exists() and not (tmp_path / "r.pdf").exists()


def test_an_erased_revoked_profile_leaves_a_folder_for_a_new_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "profile"
    _new_profile(folder)
    _mark_revoked(folder)
    code, _, err = thuisboek(capsys, "erase", "--profile", str(folder), "--yes")
    assert code == 0, err
    assert not profile.exists(folder)
    _new_profile(folder)  # the first-run wizard's start
    code, out, _ = thuisboek(capsys, "check", "--profile", str(folder))
    assert code == 0 and "integrity: ok" in out


def test_a_stray_empty_database_does_not_block_a_new_start(tmp_path: Path) -> None:
    """An erase while something still held the database can leave an empty
    file behind: that is no profile (not "there is no key file")."""
    folder = tmp_path / "profile"
    _new_profile(folder)
    profile.erase(folder)
    (folder / "thuisboek.db").touch()
    assert not profile.exists(folder)
    _new_profile(folder)
    profile.unlock(folder, PASSPHRASE).close()


def test_enrol_over_an_enrolled_profile_with_another_persons_code_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "server"
    data.mkdir()
    admin(data, "init")
    home_a = admin(data, "add-household", "Gezin A", "--kind", "simba")
    home_b = admin(data, "add-household", "Gezin B", "--kind", "simba")
    anna = admin(data, "add-person", "Anna", "--role", "caregiver", "--household", home_a)
    bram = admin(data, "add-person", "Bram", "--role", "caregiver", "--household", home_b)
    with serving(data) as url:
        laptop = Laptop(tmp_path / "laptop", url, admin(data, "enroll-code", anna))
        child = laptop.write("Lotte")  # waiting to be sent
        with laptop.book.store.read() as session:
            waiting = [e.op_id for e in outbox.outbox(session)]
        identity = laptop.book.identity
        laptop.close()

        bram_code = admin(data, "enroll-code", bram)
        monkeypatch.setenv("THUISBOEK_ENROLL_CODE", bram_code)
        code, _, err = thuisboek(capsys, "enroll", "--profile", str(tmp_path / "laptop"),
                                 "--server", url)  # fmt: skip
        assert code == 1 and "someone else" in err

        book = profile.unlock(tmp_path / "laptop", PASSPHRASE)
        try:
            assert book.identity == identity
            with book.store.read() as session:
                assert [e.op_id for e in outbox.outbox(session)] == waiting
                stored = records.get(session, child)
                assert stored is not None
                assert stored.record.household_id == uuid.UUID(home_a)
        finally:
            book.close()
        # The code stays unused: Bram's own laptop takes it.
        Laptop(tmp_path / "bram", url, bram_code).close()


def test_a_revoked_laptop_stays_closed_until_the_office_lifts_the_revocation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "server"
    data.mkdir()
    admin(data, "init")
    home = admin(data, "add-household", "Gezin A", "--kind", "simba")
    anna = admin(data, "add-person", "Anna", "--role", "caregiver", "--household", home)
    folder = str(tmp_path / "laptop")
    with serving(data) as url:
        laptop = Laptop(tmp_path / "laptop", url, admin(data, "enroll-code", anna))
        device = laptop.book.store.get_meta(sync_state.DEVICE)
        laptop.close()
        assert device is not None
        admin(data, "revoke", device)
        code, _, err = thuisboek(capsys, "sync", "--profile", folder)
        assert code == 1 and "revoked" in err
        for command in ("check", "sync"):
            code, _, err = thuisboek(capsys, command, "--profile", folder)
            assert code == 1 and "stay closed" in err, command
        admin(data, "unrevoke", device)
        code, out, err = thuisboek(capsys, "sync", "--profile", folder)
        assert code == 0, err
        code, out, _ = thuisboek(capsys, "check", "--profile", folder)
        assert code == 0 and "integrity: ok" in out
