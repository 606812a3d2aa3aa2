"""Argument types shared by the command lines (``thuisboek`` and ``thuisboek-server``)."""

from __future__ import annotations

import argparse
from datetime import date


def day(text: str) -> date:
    """A day as YYYY-MM-DD; argparse reports anything else as a usage error."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
