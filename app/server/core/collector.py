"""Python's cycle collector, held off while a batch of records is worked on.

A push or a pull page makes tens of thousands of short-lived objects (parsed
JSON, records, rows); each few hundred of them set off a collection that walks
every tracked object of the process, young and, every so often, old. None of
them is garbage in a cycle until the batch is done, so collecting meanwhile is
only cost. While any batch runs, collection waits; once the last one ends it
resumes, and the first allocation after it catches up at once. (Reference
counting frees everything else as usual.)"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0
_resume = False  # collection was on when the first batch began


@contextmanager
def batch() -> Iterator[None]:
    """No cycle collection while this (or another) batch runs."""
    global _running, _resume
    with _lock:
        if _running == 0:
            _resume = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _resume:
                gc.enable()


def settle_start_up() -> None:
    """Move everything made while starting (modules, schemas, tables) out of the
    collector's way for good: later collections walk only what requests make."""
    gc.collect()
    gc.freeze()
