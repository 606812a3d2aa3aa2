"""The desktop bundle's figures: its size, and its cold start to the unlock screen
against ``python -m app`` from the source tree, measured in the same run.

A start counts from launching the process to its exit, with
``THUISBOEK_EXIT_AT_UNLOCK=1``: the app quits as soon as the unlock screen is
first painted (offscreen). Bundle and source runs alternate, so that the other
work on a shared machine weighs on both alike. ``first_ms`` is each one's first
start in this run (the operating system may still hold its files from an
earlier run: a truly cold start needs a reboot; the source tree may compile
its bytecode then); ``median_ms`` is the median of the starts after it, and
``median_cpu_ms`` the CPU time they used (user and system, where the system
reports it), steadier on a busy machine.

Skipped, with the reason, when the bundle is not built
(``packaging/build_bundle.py``). ``python -m benchmarks.bundle`` runs it alone.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "thuisboek"
PASSPHRASE = "benchmark passphrase"
START_TIMEOUT_S = 90
NO_UNLOCK_SCREEN = 4  # app.ui.cold_start.quit_when_unlock_shown: started elsewhere


def bundle_executable(bundle: Path = BUNDLE) -> Path:
    if sys.platform == "win32":
        return bundle / "Thuisboek.exe"
    app = bundle.parent / "Thuisboek.app" / "Contents" / "MacOS" / "thuisboek"
    if sys.platform == "darwin" and app.exists():
        return app
    return bundle / "thuisboek"


def _size_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return round(total / 1_000_000, 1)


def _archive(bundle: Path) -> Path | None:
    found = [p for p in bundle.parent.glob("thuisboek-*.tar.gz") if p.is_file()]
    found += [p for p in bundle.parent.glob("Thuisboek-*.zip") if p.is_file()]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def _make_profile(target: Path) -> None:
    from app.domain.vocabulary import HouseholdKind
    from app.services import profile

    book = profile.create_profile(
        target,
        PASSPHRASE,
        profile.NewProfile("Bench", "Bench", HouseholdKind.SIMBA),
        strength="minimum",
    )
    book.close()


def _children_cpu() -> float:
    """CPU seconds used by finished child processes so far (0 where unknown)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _start(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch until the app quit at its unlock screen, and the CPU
    seconds it used (steadier than the wall clock on a busy machine)."""
    cpu = _children_cpu()
    started = time.perf_counter()
    try:
        done = subprocess.run(
            cmd, env=env, cwd=ROOT, capture_output=True, timeout=START_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        raise RuntimeError(
            f"{cmd[0]} did not quit at the unlock screen within {START_TIMEOUT_S} s: "
            "is THUISBOEK_EXIT_AT_UNLOCK handled in app/ui/application.py?"
        ) from None
    seconds = time.perf_counter() - started
    if done.returncode == NO_UNLOCK_SCREEN:
        raise RuntimeError(f"{cmd[0]} did not start on the unlock screen")
    if done.returncode != 0:
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise RuntimeError(f"{cmd[0]} exited with {done.returncode}: {' | '.join(tail)}")
    return seconds, _children_cpu() - cpu


def _figures(times: list[tuple[float, float]]) -> dict[str, Any]:
    wall = [t for t, _ in times]
    cpu = [c for _, c in times[1:] or times]
    rest = wall[1:] or wall
    out: dict[str, Any] = {
        "first_ms": round(wall[0] * 1000),
        "median_ms": round(statistics.median(rest) * 1000),
        "min_ms": round(min(rest) * 1000),
        "runs": len(wall),
    }
    if any(cpu):
        out["median_cpu_ms"] = round(statistics.median(cpu) * 1000)
    return out


def run(runs: int = 7, bundle: Path = BUNDLE) -> dict[str, Any]:
    exe = bundle_executable(bundle)
    if not exe.exists():
        return {"skipped": f"no bundle at {exe}: build it with packaging/build_bundle.py"}
    out: dict[str, Any] = {"size_mb": _size_mb(bundle)}
    archive = _archive(bundle)
    if archive is not None:
        out["archive"] = archive.name
        out["archive_mb"] = round(archive.stat().st_size / 1_000_000, 1)

    folder = Path(tempfile.mkdtemp(prefix="thuisboek-bundlebench-"))
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
            "bundle": [str(exe), "--profile", str(profile_dir)],
            "source": [sys.executable, "-m", "app", "--profile", str(profile_dir)],
        }
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        try:
            for _ in range(max(2, runs)):
                for name, cmd in commands.items():
                    times[name].append(_start(cmd, env))
        except RuntimeError as exc:
            out["error"] = str(exc)
            return out
        for name, measured in times.items():
            out[f"cold_start_to_unlock_{name}"] = _figures(measured)
        bundle_ms = out["cold_start_to_unlock_bundle"]["median_ms"]
        source_ms = out["cold_start_to_unlock_source"]["median_ms"]
        out["bundle_vs_source"] = round(bundle_ms / source_ms, 2) if source_ms else None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return out


if __name__ == "__main__":
    json.dump(run(), sys.stdout, indent=2)
    print()
