"""The garbage collector and the frames of an unlocked window.

Python's full collection walks every object that may hold others. Right after
unlock that is over a hundred thousand of them (modules, classes, validators,
the windows' wrappers), and walking them takes longer than many frames. Those
objects live as long as the unlocked profile, so they are set apart (``settle``,
:func:`gc.freeze`) and a collection walks only what was made later. At lock they
are handed back to the collector (``release``) and collected, so that nothing
the closed book held, its key included, outlives the lock in a cycle.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Keep every object held at this moment out of later collections. (No
    collection first: it would pause the window just shown; what is garbage now
    is collected at the lock.)"""
    gc.freeze()


def release() -> None:
    """Hand the objects set apart back to the collector, and collect."""
    gc.unfreeze()
    gc.collect()
