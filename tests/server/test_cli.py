"""The admin CLI, run in-process as the administrator would run it."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import pytest

from app.server.cli import main
from app.server.core.config import HOME_ENV


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def test_admin_cli_end_to_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    assert run(capsys, "init")[0] == 0
    assert (tmp_path / "home" / "server.db").exists()
    assert (tmp_path / "home").stat().st_mode & 0o077 == 0

    data = ["--data", str(tmp_path / "data")]
    _, household, _ = run(capsys, *data, "add-household", "Gezin Peeters", "--kind", "simba")
    uuid.UUID(household)
    _, person, _ = run(capsys, *data, "add-person", "Anna", "--role", "caregiver",
                       "--household", household)  # fmt: skip
    uuid.UUID(person)
    _, code, err = run(capsys, *data, "enroll-code", person, "--hours", "2")
    assert re.fullmatch(r"[A-Z2-9]{5}-[A-Z2-9]{5}", code)
    assert "valid until" in err

    from fastapi.testclient import TestClient

    from app.server.core.config import Settings
    from app.server.main import create_app

    with TestClient(create_app(Settings(data_dir=tmp_path / "data"))) as client:
        enrolled = client.post("/api/v1/enroll", json={"code": code}).json()
    device_id, token = enrolled["device_id"], enrolled["token"]

    _, listing, _ = run(capsys, *data, "devices")
    assert device_id in listing and "Anna" in listing and token not in listing
    assert run(capsys, *data, "revoke", device_id)[0] == 0
    _, listing, _ = run(capsys, *data, "devices")
    assert "UTC" in listing.splitlines()[1].split("\t")[-1]

    _, log, _ = run(capsys, *data, "audit", "--device", device_id)
    rows = [line.split("\t") for line in log.splitlines()[1:]]
    assert [r[1] for r in rows] == ["enroll", "revoke"] and token not in log
    _, lines, _ = run(capsys, *data, "audit", "--json", "--action", "revoke")
    assert [json.loads(line)["device"] for line in lines.splitlines()] == [device_id]
    _, log, _ = run(capsys, *data, "audit", "--limit", "1")
    assert log.splitlines()[1].split("\t")[1] == "read_audit"  # reading is logged too
    with pytest.raises(SystemExit):
        main([*data, "audit", "--since", "yesterday"])
    code, _, err = run(capsys, *data, "audit", "--record", "nope")
    assert code == 1 and "not a record id" in err


def test_admin_cli_refuses_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data", str(tmp_path)]
    code, _, err = run(capsys, *data, "add-person", "Anna", "--role", "caregiver",
                       "--household", str(uuid.uuid4()))  # fmt: skip
    assert code == 1 and "no such household" in err
    code, _, err = run(capsys, *data, "enroll-code", str(uuid.uuid4()))
    assert code == 1 and "no such person" in err
    code, _, err = run(capsys, *data, "revoke", "nope")
    assert code == 1 and "no such device" in err
    code, _, err = run(capsys, *data, "add-household", " ", "--kind", "simba")
    assert code == 1
    with pytest.raises(SystemExit):
        main([*data, "serve", "--host", "0.0.0.0"])  # plain HTTP off loopback


def test_listings_and_an_online_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    data = ["--data", str(tmp_path / "data")]
    _, household, _ = run(capsys, *data, "add-household", "Gezin Peeters", "--kind", "simba")
    _, anna, _ = run(capsys, *data, "add-person", "Anna", "--role", "caregiver",
                     "--household", household)  # fmt: skip
    _, sara, _ = run(capsys, *data, "add-person", "Sara", "--role", "supervisor",
                     "--household", household)  # fmt: skip

    _, households, _ = run(capsys, *data, "households")
    assert households.splitlines()[1].split("\t") == [household, "Gezin Peeters", "simba", "1", "1"]
    _, people, _ = run(capsys, *data, "people")
    rows = {line.split("\t")[0]: line.split("\t")[1:] for line in people.splitlines()[1:]}
    named = f"Gezin Peeters ({household})"  # the household's name, and its id to act on
    assert rows == {anna: ["Anna", "caregiver", named], sara: ["Sara", "supervisor", named]}

    out = tmp_path / "copy.db"
    code, _, err = run(capsys, *data, "backup", "--out", str(out))
    assert code == 0 and "Backed up" in err
    assert out.stat().st_mode & 0o077 == 0
    with sqlite3.connect(out) as copy:
        names = {r[0] for r in copy.execute("SELECT display_name FROM person")}
        actions = [r[0] for r in copy.execute("SELECT action FROM audit_log")]
    assert names == {"Anna", "Sara"}
    assert "add_person" in actions
    with pytest.raises(SystemExit, match="exists"):
        main([*data, "backup", "--out", str(out)])  # never overwrites a backup
    assert not out.with_name("copy.db.partial").exists()


def _enrolled_device(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[list[str], str]:
    from fastapi.testclient import TestClient

    from app.server.core.config import Settings
    from app.server.main import create_app

    data = ["--data", str(tmp_path / "data")]
    _, household, _ = run(capsys, *data, "add-household", "Gezin Peeters", "--kind", "simba")
    _, person, _ = run(capsys, *data, "add-person", "Anna", "--role", "caregiver",
                       "--household", household)  # fmt: skip
    _, code, _ = run(capsys, *data, "enroll-code", person)
    with TestClient(create_app(Settings(data_dir=tmp_path / "data"))) as client:
        enrolled = client.post("/api/v1/enroll", json={"code": code}).json()
    return data, str(enrolled["device_id"])


def test_a_revocation_is_lifted_and_both_are_audited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, device_id = _enrolled_device(tmp_path, capsys)
    assert run(capsys, *data, "revoke", device_id)[0] == 0
    code, _, err = run(capsys, *data, "unrevoke", device_id)
    assert code == 0 and "lifted" in err
    _, listing, _ = run(capsys, *data, "devices")
    assert listing.splitlines()[1].split("\t")[-1] == "-"
    _, log, _ = run(capsys, *data, "audit", "--device", device_id)
    assert [line.split("\t")[1] for line in log.splitlines()[1:]] == [
        "enroll", "revoke", "unrevoke"
    ]  # fmt: skip
    code, _, err = run(capsys, *data, "unrevoke", "nope")
    assert code == 1 and "no such device" in err


class _ClosedPipe:
    """A stdout whose reader went away (``thuisboek-server devices | head -3``)."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_pipe_ends_the_listing_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data, _ = _enrolled_device(tmp_path, capsys)
    monkeypatch.setattr("sys.stdout", _ClosedPipe())
    assert main([*data, "devices"]) == 0


def test_server_files_are_tightened_whatever_existed_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import stat

    made = tmp_path / "made"
    assert run(capsys, "--data", str(made), "init")[0] == 0
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    for path in made.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path

    existing = tmp_path / "existing"
    existing.mkdir(mode=0o755)
    os.chmod(existing, 0o755)
    assert run(capsys, "--data", str(existing), "init")[0] == 0
    for name in ("server.db", "server.db-wal", "server.db-shm", "old-backup.db"):
        path = existing / name
        path.touch(exist_ok=True)
        os.chmod(path, 0o644)
    os.chmod(existing, 0o755)
    code, _, err = run(capsys, "--data", str(existing), "init")
    assert code == 0 and "Tightened the permissions" in err
    assert stat.S_IMODE(existing.stat().st_mode) == 0o700
    for path in existing.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
