"""Rules of the code base that a reviewer should not have to check by eye.

Which package may import which (Qt only under app/ui included) is checked by
the import contracts in pyproject.toml (``lint-imports``); here, what they
cannot see."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _modules(under: Path) -> list[Path]:
    return sorted(p for p in under.rglob("*.py") if "migrations" not in p.parts)


def test_no_translated_text_inside_an_f_string() -> None:
    """pyside6-lupdate does not see tr() inside an f-string: such a text would never be
    translated."""
    offenders = []
    for path in _modules(APP / "ui"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr in ("tr", "translate")
                ):
                    offenders.append(f"{path.relative_to(APP.parent)}:{inner.lineno}")
    assert offenders == []
