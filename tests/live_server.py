"""``thuisboek-server serve`` in a subprocess on a free loopback port, for tests
that speak real HTTP to it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
POSTGRES_ENV = "THUISBOEK_TEST_POSTGRES_URL"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def database_args(database_url: str | None) -> list[str]:
    return ["--database-url", database_url] if database_url else []


@contextmanager
def fresh_postgres() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test module; dropped afterwards.

    Skips unless ``THUISBOEK_TEST_POSTGRES_URL`` names a role that may create
    databases (``.ci/run`` sets one up)."""
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"set {POSTGRES_ENV} to run this against PostgreSQL")
    from sqlalchemy import create_engine, make_url, text
    from sqlalchemy.exc import ProgrammingError

    name = f"thuisboek_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        # WITH (FORCE) ends this role's sessions; an autovacuum worker (another role)
        # still on the database after a big load is waited for.
        for _ in range(60):
            try:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                break
            except ProgrammingError:
                time.sleep(0.5)
        admin.dispose()


def server_command(data: Path, database_url: str | None, port: int) -> list[str]:
    return [
        sys.executable, "-m", "app.server.cli", "--data", str(data),
        *database_args(database_url), "serve", "--host", "127.0.0.1", "--port", str(port),
    ]  # fmt: skip


def wait_until_up(
    url: str, process: subprocess.Popen[bytes], seconds: float = 30, log: IO[bytes] | None = None
) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if process.poll() is not None and log is not None:
            log.seek(0)
            raise AssertionError(log.read().decode(errors="replace"))
        assert process.poll() is None, "the server stopped"
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)


@contextmanager
def serving(
    data: Path, database_url: str | None = None, command: Sequence[str] | None = None
) -> Iterator[str]:
    """Serve the server data folder ``data`` (and ``database_url`` when given);
    yields the base URL, stops the server after. ``command`` replaces the usual
    ``thuisboek-server serve`` (its port is then taken from ``--port``)."""
    port = free_port()
    args = list(command) if command else server_command(data, database_url, port)
    if command:
        port = int(args[args.index("--port") + 1])
    url = f"http://127.0.0.1:{port}"
    # The server's log goes to a file: a pipe nobody reads while it runs fills up
    # and then blocks the server.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            args, cwd=ROOT, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
            stdout=subprocess.DEVNULL, stderr=log, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            wait_until_up(url, process, log=log)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
