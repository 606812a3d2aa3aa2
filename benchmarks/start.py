"""Cold start of ``python -m app`` to the unlock screen against a bare PySide6
window, measured in the same run.

Each start counts from launching the process to its exit: the app quits as soon
as its unlock screen is first painted (``THUISBOEK_EXIT_AT_UNLOCK=1``), the bare
window as soon as it is first painted, both offscreen. The two alternate, so
that other work on a shared machine weighs on both alike; the first start of
each is left out of the medians (it may compile bytecode or read files from
disk). CPU time (user and system) is steadier than the wall clock on a busy
machine. ``imports_ms`` names the heaviest imports of one start
(``python -X importtime``), cumulative.

Goal: the app within 4× the bare window.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.bundle import ROOT, _figures, _make_profile, _start

GOAL_VS_BARE = 4.0

BARE_WINDOW = """
import sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class QuitOnFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False

app = QApplication(sys.argv)
window = QWidget()
window.resize(900, 600)
window.installEventFilter(QuitOnFirstPaint(window))
window.show()
sys.exit(app.exec())
"""


def _imports(cmd: list[str], env: dict[str, str], top: int = 12) -> dict[str, float]:
    """The heaviest imports of one start, by cumulative time (ms)."""
    done = subprocess.run(
        [cmd[0], "-X", "importtime", *cmd[1:]], env=env, cwd=ROOT, capture_output=True, check=False
    )
    found: dict[str, float] = {}
    for line in done.stderr.decode("utf-8", "replace").splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = (part.strip() for part in line.split("|"))
        if cumulative.isdigit():
            found[name] = max(found.get(name, 0.0), int(cumulative) / 1000)
    ranked = sorted(found.items(), key=lambda kv: kv[1], reverse=True)[:top]
    return {name: round(ms, 1) for name, ms in ranked}


def run(runs: int = 7) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="thuisboek-startbench-"))
    try:
        profile_dir = folder / "profile"
        _make_profile(profile_dir)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "THUISBOEK_HOME": str(folder / "home"),
            "THUISBOEK_EXIT_AT_UNLOCK": "1",
        }
        commands = {
            "bare_window": [sys.executable, "-c", BARE_WINDOW],
            "app": [sys.executable, "-m", "app", "--profile", str(profile_dir)],
        }
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(max(2, runs)):
            for name, cmd in commands.items():
                times[name].append(_start(cmd, env))
        out: dict[str, Any] = {name: _figures(measured) for name, measured in times.items()}
        app, bare = out["app"], out["bare_window"]
        out["app_vs_bare"] = round(app["median_ms"] / bare["median_ms"], 2)
        if app.get("median_cpu_ms") and bare.get("median_cpu_ms"):
            out["app_vs_bare_cpu"] = round(app["median_cpu_ms"] / bare["median_cpu_ms"], 2)
        out["goal_vs_bare"] = GOAL_VS_BARE
        out["imports_ms"] = _imports(commands["app"], env)
        return out
    finally:
        shutil.rmtree(folder, ignore_errors=True)
