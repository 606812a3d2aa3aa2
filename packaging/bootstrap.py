#!/usr/bin/env python3
"""Set up a development environment from a plain clone, then run the app or the tests.

    python3 packaging/bootstrap.py run    # set up, then start Thuisboek on a local profile
    python3 packaging/bootstrap.py test   # set up, lint, type-check, validate the packaging files,
                                          # the suite, the benchmark guard
    python3 packaging/bootstrap.py battery  # the whole reliability battery, with its figures

Only the standard library is used here: this runs before anything is installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".thuisboek-installed"

# Shared libraries Qt needs on Debian/Ubuntu: offscreen (tests) and a real window (run).
DEBIAN_OFFSCREEN = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
]
DEBIAN_WINDOW = [
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxkbcommon-x11-0",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
]


def say(text: str) -> None:
    print(f"[bootstrap] {text}", flush=True)


def run(*cmd: str | Path, **kwargs: object) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)  # type: ignore[call-overload]


def debian_packages(names: list[str]) -> None:
    """Install missing Debian packages when we can (root with apt); else name them."""
    if not shutil.which("dpkg-query") or not shutil.which("apt-get"):
        return
    missing = []
    for name in names:
        probe = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True
        )
        if "install ok installed" not in probe.stdout:
            missing.append(name)
    if not missing:
        return
    if os.geteuid() != 0:
        say(
            "missing system packages (install them with sudo apt-get install): " + " ".join(missing)
        )
        return
    say("installing system packages: " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run("apt-get", "update", "-q", env=env)
    run("apt-get", "install", "-y", "-q", "--no-install-recommends", *missing, env=env)


def python_env() -> None:
    if not PYTHON.exists():
        say(f"creating {VENV}")
        run(sys.executable, "-m", "venv", VENV)
    pyproject = ROOT / "pyproject.toml"
    if STAMP.exists() and STAMP.stat().st_mtime >= pyproject.stat().st_mtime:
        return
    say("installing Thuisboek and its dependencies")
    run(PYTHON, "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "-q", "-e", f"{ROOT}[dev,server]")
    STAMP.touch()


def translations() -> None:
    """Compile the Qt Linguist files (.ts, committed) into .qm files (built)."""
    sources = sorted((ROOT / "translations").glob("*.ts"))
    lrelease = BIN / "pyside6-lrelease"
    if not sources or not lrelease.exists():
        return
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            run(lrelease, "-silent", ts, "-qm", qm)


def setup(window: bool) -> None:
    debian_packages(DEBIAN_OFFSCREEN + (DEBIAN_WINDOW if window else []))
    python_env()
    translations()


# The reliability battery: CI runs a slice of each of these; `battery` runs them whole.
BATTERY = [
    "tests/integration/test_sync_state_machine.py",
    "tests/integration/test_kill_during_sync.py",
    "tests/integration/test_kill_during_writes.py",
    "tests/integration/test_sync_through_faults.py",
    "tests/server/test_schemathesis.py",
    "tests/server/test_trust_properties.py",
]


def battery(rest: list[str]) -> int:
    """Run the battery at full size; sum up the figures its tests wrote."""
    figures = ROOT / ".battery-figures.jsonl"
    figures.unlink(missing_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        "THUISBOEK_BATTERY": "full",
        "THUISBOEK_BATTERY_FIGURES": str(figures),
    }
    paths = [p for p in BATTERY if (ROOT / p).exists()]
    pytest = [str(PYTHON), "-m", "pytest", "-m", "", *paths, *rest]
    code = subprocess.call(pytest, cwd=ROOT, env=env)
    totals: dict[str, dict[str, float]] = {}
    if figures.exists():
        for line in figures.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            into = totals.setdefault(row.pop("test"), {})
            for key, value in row.items():
                into[key] = into.get(key, 0) + value
        figures.unlink()
    say("battery figures (summed over the run):")
    for test, values in sorted(totals.items()):
        print(f"  {test}: " + ", ".join(f"{k} {v:g}" for k, v in values.items()))
    return code


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "test"
    rest = argv[1:]
    if command == "setup":
        setup(window=False)
        return 0
    if command == "run":
        setup(window=True)
        return subprocess.call([str(BIN / "thuisboek"), *rest])
    if command == "test":
        setup(window=False)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
        say("ruff")
        lint = subprocess.call(
            [str(BIN / "ruff"), "check", "app", "tests", "benchmarks", "packaging"], cwd=ROOT
        )
        say("import contracts")
        layers = subprocess.call([str(BIN / "lint-imports")], cwd=ROOT)
        say("mypy")
        types = subprocess.call([str(BIN / "mypy")], cwd=ROOT)
        say("packaging files (workflows, container, systemd unit)")
        files = subprocess.call([str(PYTHON), str(ROOT / "packaging" / "check_files.py")], cwd=ROOT)
        say("pytest")
        tests = subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
        say("benchmark guard (paged reads flat from 1x to 10x, encryption within 2x of plain)")
        guard = subprocess.call([str(PYTHON), "-m", "benchmarks", "--quick"], cwd=ROOT, env=env)
        return lint or layers or types or files or tests or guard
    if command == "battery":
        setup(window=False)
        return battery(rest)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
