"""Sizes of the reliability battery, and where its figures go.

CI runs a smaller but real slice of every battery test. The whole battery runs with
``python3 packaging/bootstrap.py battery`` (which sets ``THUISBOEK_BATTERY=full``);
each test then adds what it tried and what it found to a figures file, summed up at
the end of the run.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

FULL = os.environ.get("THUISBOEK_BATTERY") == "full"
FIGURES_ENV = "THUISBOEK_BATTERY_FIGURES"


def size(ci: int, full: int) -> int:
    """How many of something to try: ``full`` in the whole battery, else ``ci``."""
    return full if FULL else ci


def record(test: str, **figures: int | float) -> None:
    """Add one test's figures (kill points tried, records lost, …) to the figures file."""
    target = os.environ.get(FIGURES_ENV)
    if not target:
        return
    with Path(target).open("a", encoding="utf-8") as out:
        out.write(json.dumps({"test": test, **figures}) + "\n")
