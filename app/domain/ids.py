"""Ids that begin with the time: UUIDs laid out as version 7 (RFC 9562).

The first 48 bits are the time in milliseconds, the rest random (74 bits), so
ids made one after the other sort one after the other: a new row's entry lands
at the end of an index of ids, on a page just written, instead of at a random
place among pages that must be read (and decrypted) and are often full.
"""

from __future__ import annotations

import os
import time
import uuid


def time_ordered() -> uuid.UUID:
    """A new id: unique as a random UUID, in the order ids are made (to the millisecond)."""
    rand = int.from_bytes(os.urandom(10), "big")
    value = (
        (time.time_ns() // 1_000_000 & 0xFFFF_FFFF_FFFF) << 80
        | 0x7 << 76
        | (rand >> 64 & 0xFFF) << 64
        | 0b10 << 62
        | rand & 0x3FFF_FFFF_FFFF_FFFF
    )
    return uuid.UUID(int=value)
