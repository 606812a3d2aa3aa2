#!/usr/bin/env python3
"""Smoke test of the built bundle: does what people install actually work?

    .venv/bin/python packaging/smoke_bundle.py [--bundle dist/thuisboek] [--keep]

1. ``thuisboek smoke --profile TMP`` with QT_QPA_PLATFORM=offscreen: the bundled
   app creates a profile (passphrase from THUISBOEK_PASSPHRASE), unlocks it on
   the real unlock screen, writes today's log on the Today page, locks, quits: 0.
2. ``thuisboek check --profile TMP``: 0, integrity ok, and the log is counted.
3. ``thuisboek report``: the period report of the smoke child is written as a PDF
   (reportlab and its typefaces made it into the bundle).
4. ``thuisboek --help``: the CLI of the bundle answers.

Everything happens in a temporary folder (THUISBOEK_HOME points there too, so
no settings of the person running it are touched). Only the standard library is
used: this can run on a machine that has the bundle but no development setup.
Prints each step's time; exits 0 when all passed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "smoke test passphrase"
TIMEOUT_S = 180


def executable(bundle: Path) -> Path:
    """The bundle's command-line executable on this system."""
    if sys.platform == "win32":
        return bundle / "thuisboek-cli.exe"
    app = bundle.parent / "Thuisboek.app" / "Contents" / "MacOS" / "thuisboek"
    if sys.platform == "darwin" and app.exists():
        return app
    return bundle / "thuisboek"


def step(name: str, cmd: list[str], env: dict[str, str]) -> tuple[bool, str, float]:
    started = time.perf_counter()
    try:
        done = subprocess.run(
            cmd, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        seconds = time.perf_counter() - started
        print(f"FAIL  {name}: no answer after {TIMEOUT_S} s")
        return False, "", seconds
    seconds = time.perf_counter() - started
    output = done.stdout + done.stderr
    ok = done.returncode == 0
    print(f"{'ok  ' if ok else 'FAIL'}  {name}: exit {done.returncode} in {seconds:.1f} s")
    if not ok:
        print(output.rstrip())
    return ok, output, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="smoke_bundle.py", description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "thuisboek"))
    parser.add_argument("--keep", action="store_true", help="keep the temporary profile")
    args = parser.parse_args(argv)
    exe = executable(Path(args.bundle))
    if not exe.exists():
        print(f"no bundle at {exe}: build it with packaging/build_bundle.py", file=sys.stderr)
        return 2

    folder = Path(tempfile.mkdtemp(prefix="thuisboek-smoke-"))
    profile = folder / "profile"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "THUISBOEK_PASSPHRASE": PASSPHRASE,
        "THUISBOEK_HOME": str(folder / "home"),
    }
    env.pop("PYTHONPATH", None)  # the bundle must stand on its own
    started = time.perf_counter()
    results: list[bool] = []
    try:
        ok, _, _ = step(
            "start, unlock, write, lock, quit", [str(exe), "smoke", "--profile", str(profile)], env
        )
        results.append(ok)
        ok, out, _ = step("check the profile", [str(exe), "check", "--profile", str(profile)], env)
        if ok and not ("daily_log: 1" in out and "integrity: ok" in out):
            ok = False
            print("FAIL  check did not report the log and an intact store:")
            print(out.rstrip())
        results.append(ok)
        pdf = folder / "report.pdf"
        today = date.today()
        report = [str(exe), "report", "--profile", str(profile), "--child", "Sam Smoke"]
        report += ["--from", (today - timedelta(days=30)).isoformat(), "--to", today.isoformat()]
        ok, out, _ = step("period report as PDF", [*report, "--out", str(pdf)], env)
        if ok and not (pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-"):
            ok = False
            print(f"FAIL  no PDF written to {pdf}")
        if ok and "thuisboek:" in out:  # the font note: which typeface it fell back to
            print("      " + out.strip().splitlines()[-1])
        results.append(ok)
        ok, _, _ = step("command-line help", [str(exe), "--help"], env)
        results.append(ok)
    finally:
        if args.keep:
            print(f"profile kept in {profile}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    total = time.perf_counter() - started
    passed, failed = results.count(True), results.count(False)
    print(f"bundle smoke test of {exe} took {total:.1f} s")
    # The plain closing line CI counts, as it counts pytest's.
    print(f"smoke: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
