#!/usr/bin/env python3
"""The Python packages the office server needs, read from pyproject.toml.

    python3 packaging/server/requirements.py [pyproject.toml] > server-requirements.txt
    pip install -r server-requirements.txt
    pip install --no-deps thuisboek-<version>-py3-none-any.whl

The wheel's own dependencies are the desktop app's (Qt among them, some 300 MB the
server never imports). The server imports only its part of the package and the
shared domain and protocol: their dependencies are the ones named here, with the
versions pyproject.toml allows, plus the ``server`` extra. Standard library only.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

# Of the app's dependencies, those the server, the domain and the protocol import.
# reportlab: the yearly "Care figures" report (thuisboek-server impact --pdf).
SERVER_USES = ("sqlmodel", "sqlalchemy", "alembic", "pydantic", "platformdirs", "reportlab")


def name_of(requirement: str) -> str:
    return re.split(r"[<>=!~\[;\s]", requirement, maxsplit=1)[0].strip().lower()


def requirements(pyproject: Path) -> list[str]:
    project = tomllib.loads(pyproject.read_text("utf-8"))["project"]
    shared = [r for r in project["dependencies"] if name_of(r) in SERVER_USES]
    missing = set(SERVER_USES) - {name_of(r) for r in shared}
    if missing:
        raise SystemExit(f"pyproject.toml no longer names {', '.join(sorted(missing))}")
    return shared + list(project["optional-dependencies"]["server"])


def main(argv: list[str]) -> int:
    default = Path(__file__).resolve().parents[2] / "pyproject.toml"
    pyproject = Path(argv[0]) if argv else default
    print("\n".join(requirements(pyproject)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
