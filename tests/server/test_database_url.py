"""Where ``thuisboek-server`` finds its database: the environment or a file, so that
a password never has to stand on the command line (where ``ps`` shows it)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from app.server.cli import main
from app.server.core.config import DATABASE_URL_ENV, DATABASE_URL_FILE_ENV, HOME_ENV
from tests.support.postgres import fresh_postgres


@pytest.fixture(autouse=True)
def _clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    monkeypatch.delenv(DATABASE_URL_FILE_ENV, raising=False)
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
        _, err = capsys.readouterr()
        return code, f"{err}{exc.code if isinstance(exc.code, str) else ''}"
    _, err = capsys.readouterr()
    return code, err


def has_tables(path: Path) -> bool:
    engine = create_engine(f"sqlite:///{path}")
    try:
        return "household" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_the_url_comes_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "elsewhere.db"
    monkeypatch.setenv(DATABASE_URL_ENV, f"sqlite:///{target}")
    code, err = run(capsys, "init")
    assert code == 0, err
    assert has_tables(target)
    assert "Warning" not in err


def test_the_url_comes_from_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "from-file.db"
    secret = tmp_path / "database-url"
    secret.write_text(f"\n  sqlite:///{target}  \n", "utf-8")  # as editors leave it
    monkeypatch.setenv(DATABASE_URL_FILE_ENV, str(secret))
    code, err = run(capsys, "init")
    assert code == 0, err
    assert has_tables(target)


def test_the_command_line_wins_and_a_sqlite_path_there_is_fine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATABASE_URL_ENV, f"sqlite:///{tmp_path / 'not-this.db'}")
    target = tmp_path / "this.db"
    code, err = run(capsys, "--database-url", f"sqlite:///{target}", "init")
    assert code == 0, err
    assert has_tables(target) and not (tmp_path / "not-this.db").exists()
    assert "Warning" not in err


@pytest.mark.parametrize(
    ("variables", "said"),
    [
        ({DATABASE_URL_FILE_ENV: "{tmp}/missing"}, "cannot be read"),
        ({DATABASE_URL_FILE_ENV: "{tmp}/empty"}, "holds no database URL"),
        ({DATABASE_URL_ENV: "sqlite:///{tmp}/a.db", DATABASE_URL_FILE_ENV: "{tmp}/empty"},
         "keep one"),
    ],
)  # fmt: skip
def test_a_bad_setting_is_refused_clearly_and_creates_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    variables: dict[str, str],
    said: str,
) -> None:
    (tmp_path / "empty").write_text("\n", "utf-8")
    for name, value in variables.items():
        monkeypatch.setenv(name, value.format(tmp=tmp_path))
    code, err = run(capsys, "init")
    assert code != 0
    assert said in err
    assert not (tmp_path / "home").exists() and not (tmp_path / "a.db").exists()


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    with fresh_postgres() as url:
        yield url


def test_a_password_on_the_command_line_is_warned_about_but_works(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(capsys, "--database-url", postgres_url, "init")
    assert code == 0, err
    assert "Warning: the password in --database-url is visible" in err
    assert DATABASE_URL_ENV in err
    password = postgres_url.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    assert password not in err


def test_postgresql_from_the_environment_without_a_warning(
    postgres_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATABASE_URL_ENV, postgres_url)
    code, err = run(capsys, "households")
    assert code == 0, err
    assert "Warning" not in err
    assert os.environ[DATABASE_URL_ENV] == postgres_url
