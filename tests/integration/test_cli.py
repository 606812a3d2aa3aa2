"""The headless commands, run as a person or a script would run them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def thuisboek(*args: str, passphrase: str | None = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "THUISBOEK_PASSPHRASE"}
    if passphrase is not None:
        env["THUISBOEK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, cwd=ROOT,
        stdin=subprocess.DEVNULL, timeout=300,
    )  # fmt: skip


@pytest.fixture(scope="module")
def demo_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("cli") / "demo"
    result = thuisboek("demo", "--profile", str(target))
    assert result.returncode == 0, result.stderr
    assert "Household: " in result.stdout
    assert result.stdout.count("Child: ") == 3
    return target


def test_a_demo_profile_has_its_line_in_the_unlock_list(demo_profile: Path) -> None:
    from app.services import profiles

    card = profiles.read_card(demo_profile)
    assert card.display_name != demo_profile.name  # the person's name, not the folder's
    assert card.household.startswith("Simba")
    assert (demo_profile / profiles.CARD).stat().st_mode & 0o077 == 0


def counts(output: str) -> dict[str, int]:
    pairs = (line.split(": ", 1) for line in output.splitlines() if ": " in line)
    return {k: int(v) for k, v in pairs if v.isdigit()}


def test_demo_then_check_counts_the_records(demo_profile: Path) -> None:
    result = thuisboek("check", "--profile", str(demo_profile))
    assert result.returncode == 0, result.stderr
    found = counts(result.stdout)
    assert found["child"] == 3
    assert found["daily_log"] > 800
    assert found["contact_note"] > 10 and found["relative"] >= 4
    assert "integrity: ok" in result.stdout


def test_check_with_a_wrong_passphrase_fails_clearly(demo_profile: Path) -> None:
    result = thuisboek("check", "--profile", str(demo_profile), passphrase="not the passphrase")
    assert result.returncode == 1
    assert "passphrase is not correct" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_without_passphrase_and_terminal_says_how(demo_profile: Path) -> None:
    result = thuisboek("check", "--profile", str(demo_profile), passphrase=None)
    assert result.returncode != 0
    assert "THUISBOEK_PASSPHRASE" in result.stderr


def test_check_of_a_damaged_file_fails_and_names_it(demo_profile: Path, tmp_path: Path) -> None:
    copy = tmp_path / "damaged"
    copy.mkdir()
    for name in ("key.json", "thuisboek.db"):
        (copy / name).write_bytes((demo_profile / name).read_bytes())
    db = copy / "thuisboek.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 3] ^= 0xFF
    db.write_bytes(bytes(data))
    result = thuisboek("check", "--profile", str(copy))
    assert result.returncode == 1
    assert "damaged" in result.stderr
    assert db.read_bytes() == bytes(data)


def test_backup_and_restore_give_the_same_records(demo_profile: Path, tmp_path: Path) -> None:
    backup = tmp_path / "demo.thuisboek-backup"
    result = thuisboek("backup", "--profile", str(demo_profile), "--out", str(backup))
    assert result.returncode == 0, result.stderr
    restored = tmp_path / "restored"
    result = thuisboek("restore", "--profile", str(restored), str(backup))
    assert result.returncode == 0, result.stderr
    before = counts(thuisboek("check", "--profile", str(demo_profile)).stdout)
    after = counts(thuisboek("check", "--profile", str(restored)).stdout)
    assert after == before
    # Restoring over an existing profile is refused; nothing is overwritten.
    again = thuisboek("restore", "--profile", str(restored), str(backup))
    assert again.returncode == 1 and "already a profile" in again.stderr


def test_restore_with_the_wrong_passphrase_leaves_nothing(
    demo_profile: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "b.thuisboek-backup"
    assert thuisboek("backup", "--profile", str(demo_profile), "--out", str(backup)).returncode == 0
    result = thuisboek(
        "restore", "--profile", str(tmp_path / "r"), str(backup), passphrase="wrong one!"
    )
    assert result.returncode == 1
    assert not (tmp_path / "r").exists()


def test_the_smoke_run_writes_a_log_through_the_real_windows(tmp_path: Path) -> None:
    """What packaging/smoke_bundle.py runs against the bundle, here from the sources."""
    target = tmp_path / "smoke"
    result = thuisboek("smoke", "--profile", str(target))
    assert result.returncode == 0, result.stderr
    checked = thuisboek("check", "--profile", str(target))
    assert checked.returncode == 0, checked.stderr
    assert counts(checked.stdout)["daily_log"] == 1
    assert "Smoke test" not in checked.stdout + checked.stderr  # no record text in output
