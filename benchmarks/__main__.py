"""``python -m benchmarks [--quick]``: the project's figures as one JSON object."""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time

from benchmarks import store, ui


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="1 year only (a smoke run)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    figures = {
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count()},
        "store": store.run((1,) if args.quick else (1, 10)),
        "ui": ui.run((1,) if args.quick else (1, 10)),
    }
    figures["seconds"] = round(time.perf_counter() - started, 1)
    json.dump(figures, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
