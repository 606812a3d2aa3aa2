"""``python -m benchmarks [--small] [--only SECTION] [--postgres URL]``: the project's
figures as one JSON object.

``python -m benchmarks --quick`` is the guard the test command runs: only ratios
measured in the same run (paged reads flat from 1× to 10×, encryption within 2×
of plain), at small sizes; it exits with 1 and names the figures when a ratio is
crossed (see ``benchmarks.guard``)."""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time

from benchmarks import attachments, bundle, guard, impact, start, store, supervisor, sync, ui

SECTIONS = ("store", "ui", "start", "sync", "supervisor", "impact", "bundle", "attachments")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="the guard: ratios of paged reads at small sizes; exit 1 when one is crossed",
    )
    parser.add_argument("--small", action="store_true", help="small sizes only (a smoke run)")
    parser.add_argument(
        "--only", action="append", choices=SECTIONS, help="run this section (may be repeated)"
    )
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="sync on PostgreSQL too, as a role that may create databases (default: "
        f"${sync.POSTGRES_ENVS[0]} or ${sync.POSTGRES_ENVS[1]})",
    )
    args = parser.parse_args(argv)
    if args.quick:
        return quick()
    only = args.only or SECTIONS
    started = time.perf_counter()
    figures: dict[str, object] = {
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count()},
    }
    if "store" in only:
        figures["store"] = store.run((1,) if args.small else (1, 10))
    if "ui" in only:
        figures["ui"] = ui.run((1,) if args.small else (1, 10))
    if "start" in only:
        figures["start"] = start.run(3 if args.small else 7)
    if "sync" in only:
        figures["sync"] = sync.run(quick=args.small, postgres=args.postgres)
    if "supervisor" in only:
        figures["supervisor"] = supervisor.run(quick=args.small)
    if "impact" in only:
        figures["impact"] = impact.run((10,) if args.small else (10, 100))
    if "bundle" in only:
        figures["bundle"] = bundle.run(3 if args.small else 7)
    if "attachments" in only:
        figures["attachments"] = attachments.run(quick=args.small)
    figures["seconds"] = round(time.perf_counter() - started, 1)
    json.dump(figures, sys.stdout, indent=2)
    print()
    return 0


def quick() -> int:
    report, crossed = guard.run()
    json.dump(report, sys.stdout, indent=2)
    print()
    if crossed:
        print("benchmark guard: a ratio crossed its limit", file=sys.stderr)
        for c in crossed:
            print(f"  {c.line()}", file=sys.stderr)
        return 1
    print(f"benchmark guard: every ratio within its limit ({report['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
