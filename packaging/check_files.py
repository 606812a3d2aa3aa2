#!/usr/bin/env python3
"""Validate the packaging files that cannot be run on this machine.

    .venv/bin/python packaging/check_files.py

- the GitHub Actions workflows (.github/workflows/*.yml) against their schema
  (check-jsonschema's copy of SchemaStore's github-workflow schema);
- the office server's compose file against the Compose specification's schema;
- the server's Containerfile with hadolint (Docker's best practices, its syntax);
- the systemd unit with ``systemd-analyze verify`` (when systemd is installed);
- the Linux menu entry with ``desktop-file-validate`` and the AppStream metainfo with
  ``appstreamcli validate`` (when installed).

A tool that is not installed is named and skipped (check-jsonschema and hadolint
come with the dev extra, so they are there in the test command). Exit 0 when
every check that ran passed. Prints the plain closing line ``checks: N passed,
M failed``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SERVER = ROOT / "packaging" / "server"
LINUX = ROOT / "packaging" / "linux"


def tool(name: str) -> str | None:
    beside = BIN / (name + (".exe" if os.name == "nt" else ""))
    return str(beside) if beside.exists() else shutil.which(name)


def run(label: str, cmd: list[str]) -> bool:
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
    ok = done.returncode == 0
    print(f"{'ok  ' if ok else 'FAIL'}  {label}")
    if not ok:
        print((done.stdout + done.stderr).rstrip())
    return ok


def systemd_unit(analyze: str) -> bool:
    """``systemd-analyze verify`` wants ExecStart's program to exist: the unit is
    checked with its path pointed at a stand-in."""
    unit = SERVER / "thuisboek-server.service"
    with tempfile.TemporaryDirectory() as folder:
        stand_in = Path(folder) / "bin" / "thuisboek-server"
        stand_in.parent.mkdir()
        stand_in.write_text("#!/bin/sh\n", "utf-8")
        stand_in.chmod(0o755)
        text = unit.read_text("utf-8").replace("/opt/thuisboek-server/bin", str(stand_in.parent))
        copy = Path(folder) / unit.name
        copy.write_text(text, "utf-8")
        return run(f"systemd unit: {unit.relative_to(ROOT)}", [analyze, "verify", str(copy)])


def main() -> int:
    results: list[bool] = []
    skipped: list[str] = []
    schema = tool("check-jsonschema")
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
    if schema:
        if not workflows:
            print("FAIL  no workflow in .github/workflows")
            results.append(False)
        for workflow in workflows:
            results.append(
                run(
                    f"workflow schema: {workflow.relative_to(ROOT)}",
                    [schema, "--builtin-schema", "vendor.github-workflows", str(workflow)],
                )
            )
        results.append(
            run(
                "compose schema: packaging/server/compose.yaml",
                [schema, "--builtin-schema", "vendor.compose-spec", str(SERVER / "compose.yaml")],
            )
        )
    else:
        skipped.append("check-jsonschema (workflows, compose file)")
    hadolint = tool("hadolint")
    if hadolint:
        results.append(
            run(
                "Containerfile: packaging/server/Containerfile",
                [hadolint, "--failure-threshold", "info", str(SERVER / "Containerfile")],
            )
        )
    else:
        skipped.append("hadolint (Containerfile)")
    analyze = shutil.which("systemd-analyze")
    if analyze and sys.platform.startswith("linux"):
        results.append(systemd_unit(analyze))
    else:
        skipped.append("systemd-analyze (systemd unit)")
    desktop = shutil.which("desktop-file-validate")
    if desktop:
        entry = LINUX / "org.thuisboek.Thuisboek.desktop"
        results.append(run(f"menu entry: {entry.relative_to(ROOT)}", [desktop, str(entry)]))
    else:
        skipped.append("desktop-file-validate (menu entry)")
    appstream = shutil.which("appstreamcli")
    if appstream:
        info = LINUX / "org.thuisboek.Thuisboek.metainfo.xml"
        cmd = [appstream, "validate", "--no-net", "--pedantic", str(info)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        # Pedantic notes (the capitals of the id) are not errors; errors and warnings fail.
        ok = done.returncode == 0 or not any(
            line.lstrip().startswith(("E:", "W:")) for line in done.stdout.splitlines()
        )
        print(f"{'ok  ' if ok else 'FAIL'}  AppStream: {info.relative_to(ROOT)}")
        if not ok:
            print(done.stdout.rstrip())
        results.append(ok)
    else:
        skipped.append("appstreamcli (metainfo)")
    for name in skipped:
        print(f"skip  {name}: not installed")
    passed, failed = results.count(True), results.count(False)
    print(f"checks: {passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
