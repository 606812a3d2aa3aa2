"""Rules of the code base that a reviewer should not have to check by eye."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _modules(under: Path) -> list[Path]:
    return sorted(p for p in under.rglob("*.py") if "migrations" not in p.parts)


def test_qt_is_imported_only_under_app_ui() -> None:
    offenders = []
    for path in _modules(APP):
        if (APP / "ui") in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "PySide6" or n.startswith("PySide6.") for n in names):
                offenders.append(f"{path.relative_to(APP.parent)}:{node.lineno}")
    assert offenders == []


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
