"""``thuisboek-server serve`` in a subprocess on a free loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import httpx

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def url_of(port: int) -> str:
    return f"http://{HOST}:{port}"


def database_args(database_url: str | None) -> list[str]:
    return ["--database-url", database_url] if database_url else []


def server_command(data: Path, database_url: str | None, port: int) -> list[str]:
    return [
        sys.executable, "-m", "app.server.cli", "--data", str(data),
        *database_args(database_url), "serve", "--host", HOST, "--port", str(port),
    ]  # fmt: skip


def spawn(
    args: Sequence[str],
    *,
    stdout: IO[bytes] | int = subprocess.DEVNULL,
    stderr: IO[bytes] | int = subprocess.DEVNULL,
) -> subprocess.Popen[bytes]:
    """A process of the repository (a server, a launcher) started from its root.

    Its output should go to a file: a pipe nobody reads while it runs fills up
    and then blocks the server."""
    return subprocess.Popen(
        list(args),
        cwd=ROOT,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=stderr,
    )


def is_up(url: str, timeout: float = 1) -> bool:
    """Whether the server at ``url`` answers its health check."""
    try:
        return httpx.get(f"{url}/api/v1/health", timeout=timeout).status_code == 200
    except httpx.TransportError:
        return False


def wait_until_up(
    url: str, process: subprocess.Popen[bytes], seconds: float = 30, log: IO[bytes] | None = None
) -> None:
    deadline = time.monotonic() + seconds
    while True:
        if is_up(url):
            return
        if process.poll() is not None and log is not None:
            log.seek(0)
            raise AssertionError(log.read().decode(errors="replace"))
        assert process.poll() is None, "the server stopped"
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)


def stop(process: subprocess.Popen[bytes], timeout: float = 10) -> None:
    """Terminate the process; killed when it has not ended after ``timeout`` seconds."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


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
    url = url_of(port)
    with tempfile.TemporaryFile() as log:
        process = spawn(args, stderr=log)
        try:
            wait_until_up(url, process, log=log)
            yield url
        finally:
            stop(process)
