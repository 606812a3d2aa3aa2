"""``python -m benchmarks [--quick] [--only SECTION] [--postgres URL]``: the project's
figures as one JSON object."""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time

from benchmarks import bundle, impact, store, supervisor, sync, ui

SECTIONS = ("store", "ui", "sync", "supervisor", "impact", "bundle")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="small sizes only (a smoke run)")
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
    only = args.only or SECTIONS
    started = time.perf_counter()
    figures: dict[str, object] = {
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count()},
    }
    if "store" in only:
        figures["store"] = store.run((1,) if args.quick else (1, 10))
    if "ui" in only:
        figures["ui"] = ui.run((1,) if args.quick else (1, 10))
    if "sync" in only:
        figures["sync"] = sync.run(quick=args.quick, postgres=args.postgres)
    if "supervisor" in only:
        figures["supervisor"] = supervisor.run(quick=args.quick)
    if "impact" in only:
        figures["impact"] = impact.run((10,) if args.quick else (10, 100))
    if "bundle" in only:
        figures["bundle"] = bundle.run(3 if args.quick else 7)
    figures["seconds"] = round(time.perf_counter() - started, 1)
    json.dump(figures, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
