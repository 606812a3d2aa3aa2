"""Run the central office server so that it dies by SIGKILL at a chosen moment.

    python -m tests.faults.server_killer --data DIR [--database-url URL] --port N \\
        --kill-after-push K

builds the real app (``app.server.main.create_app``) and serves it with uvicorn on
127.0.0.1. On the K-th ``POST /api/v1/push`` the process sends itself SIGKILL at the
moment the app starts its answer (ASGI ``http.response.start``): the batch is
committed by then and the device never hears of it. K = 0 never kills.

Why the batch is committed at that moment: the push route
(``app.server.api.routes.sync.push``) returns what ``app.server.services.push.push``
returns, and that function calls ``session.commit()`` (``_push_once``) before it
returns its ``PushResponse``; SQLite runs with ``synchronous=FULL`` and PostgreSQL
commits durably. Only then does FastAPI serialise the answer and send
``http.response.start`` (the GZip middleware holds the start back until the body is
there, which comes later still). The test checks it anyway: after each such kill the
op ids of the unanswered batch must be in ``applied_op``.

``--respawn`` keeps one process that has imported everything and forks a server for
each command read from stdin, so that a test can restart the server hundreds of
times without paying Python's start-up each time:

    kill-after-push K   fork a server as above; prints "pid N"
    serve               fork a plain ``thuisboek-server serve``; prints "pid N"
    wait                reap the last server (after it died or was killed);
                        prints "exit CODE" (-9 after SIGKILL)

The server's pid stays reserved until ``wait`` reaps it, so a test may SIGKILL it at
any moment without hitting another process. EOF on stdin ends the launcher (a
server still running gets SIGTERM).
"""

from __future__ import annotations

import argparse
import functools
import os
import signal
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

import uvicorn

from app.server import cli as server_cli
from app.server.core.config import API_PREFIX, Settings
from app.server.main import create_app

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PUSH_PATH = f"{API_PREFIX}/push"


class KillAfterPush:
    """ASGI middleware: SIGKILL this process as the K-th push's answer starts."""

    def __init__(self, app: ASGIApp, kill_after: int) -> None:
        self.app = app
        self.kill_after = kill_after
        self.pushes = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope.get("method") != "POST"
            or scope.get("path") != PUSH_PATH
        ):
            await self.app(scope, receive, send)
            return
        self.pushes += 1
        if self.pushes != self.kill_after:
            await self.app(scope, receive, send)
            return

        async def send_then_die(message: Message) -> None:
            if message["type"] == "http.response.start":
                os.kill(os.getpid(), signal.SIGKILL)
            await send(message)

        await self.app(scope, receive, send_then_die)


def serve_killing(settings: Settings, port: int, kill_after: int) -> None:
    """Serve the real app on 127.0.0.1:port, killed at the ``kill_after``-th push."""
    app = KillAfterPush(create_app(settings), kill_after)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def _fork(run: Callable[[], object]) -> int:
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)  # the launcher's commands and answers are not the server's
        os.dup2(devnull, 1)
        run()
        code = 0
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        os._exit(code)


def respawn(settings: Settings, port: int, data: Path, database_url: str | None) -> int:
    plain = ["--data", str(data)]
    if database_url:
        plain += ["--database-url", database_url]
    plain += ["serve", "--host", "127.0.0.1", "--port", str(port)]
    child: int | None = None
    print("ready", flush=True)  # noqa: T201 - the launcher's protocol
    while line := sys.stdin.readline():
        command, _, arg = line.strip().partition(" ")
        if command in ("kill-after-push", "serve"):
            assert child is None, "wait for the running server first"
            if command == "serve":
                child = _fork(functools.partial(server_cli.main, plain))
            else:
                child = _fork(functools.partial(serve_killing, settings, port, int(arg)))
            print(f"pid {child}", flush=True)  # noqa: T201
        elif command == "wait" and child is not None:
            _, status = os.waitpid(child, 0)
            child = None
            print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)  # noqa: T201
        else:
            raise SystemExit(f"server_killer: unknown command {command!r}")
    if child is not None:
        os.kill(child, signal.SIGTERM)
        os.waitpid(child, 0)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="server_killer", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--database-url")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--kill-after-push", type=int, default=0, metavar="K")
    parser.add_argument("--respawn", action="store_true", help="serve commands from stdin")
    args = parser.parse_args(argv)
    data = Path(args.data)
    settings = Settings(data_dir=data, database_url=args.database_url)
    if args.respawn:
        return respawn(settings, args.port, data, args.database_url)
    serve_killing(settings, args.port, args.kill_after_push)
    return 0


if __name__ == "__main__":
    sys.exit(main())
