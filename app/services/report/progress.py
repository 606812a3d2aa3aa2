"""Progress of one report, told to a ``progress(done, total)`` callback.

The work is counted in steps once it is known: reading each entry, laying out
each entry, and writing the pages (a share of the total, estimated). The
callback may raise to cancel (a UI worker's stop flag); the report is then
not written and its temporary file removed.
"""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int], None]
CALLS = 200  # the callback is called about this many times per report at most


class Progress:
    def __init__(self, callback: ProgressCallback | None) -> None:
        self._callback = callback
        self.done = 0
        self.total = 0
        self._told = -1
        self.read_steps = 0
        self.write_steps = 0

    def plan(self, entries: int) -> None:
        """Read ``entries``, lay them out, then write the pages."""
        self.read_steps = entries
        self.write_steps = max(1, entries // 5)
        self.total = 2 * entries + self.write_steps + 1
        self._tell(force=True)

    def tick(self) -> None:
        self.advance_to(self.done + 1)

    def laid_out(self) -> None:
        """Reading and layout are over (some entries read were outside the period)."""
        self.advance_to(2 * self.read_steps)

    def writing(self, page: int, pages: int) -> None:
        self.advance_to(2 * self.read_steps + self.write_steps * page // max(1, pages))

    def finish(self) -> None:
        self.advance_to(self.total)

    def advance_to(self, done: int) -> None:
        done = min(max(done, self.done), self.total)
        if done != self.done:
            self.done = done
            self._tell()

    def _tell(self, *, force: bool = False) -> None:
        if self._callback is None:
            return
        step = max(1, self.total // CALLS)
        if force or self.done == self.total or self.done - self._told >= step:
            self._told = self.done
            self._callback(self.done, self.total)
