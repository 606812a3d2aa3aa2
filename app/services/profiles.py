"""Several people's profiles on one computer (a shared laptop of a team).

Each person has a profile folder of their own (0700) under one root, with their
own passphrase, data key and encrypted database: nothing of one opens with
another's key. The unlock screen lists them by a card beside each database,
which holds the person's name and household name alone (no child data), written
each time the profile is opened."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.services import profile

if TYPE_CHECKING:  # the unlock screen lists profiles without loading the store
    from app.storage.book import Book

CARD = "card.json"


@dataclass(frozen=True)
class ProfileCard:
    folder: Path
    display_name: str
    household: str


def card_file(profile_dir: Path) -> Path:
    return profile_dir / CARD


def write_card(book: Book, household: str) -> None:
    """The name and household the unlock screen shows for this profile."""
    target = card_file(book.profile_dir)
    data = json.dumps({"display_name": book.identity.display_name, "household": household})
    temporary = target.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(data)
    os.replace(temporary, target)


def read_card(profile_dir: Path) -> ProfileCard:
    try:
        data = json.loads(card_file(profile_dir).read_text(encoding="utf-8"))
        name, household = str(data.get("display_name", "")), str(data.get("household", ""))
    except (OSError, ValueError, AttributeError):
        name, household = "", ""
    return ProfileCard(profile_dir, name[:200] or profile_dir.name, household[:200])


def cards(root: Path) -> list[ProfileCard]:
    """Every profile in ``root`` (one folder each), by name."""
    if not root.is_dir():
        return []
    found = [
        read_card(folder)
        for folder in sorted(root.iterdir())
        if folder.is_dir() and profile.exists(folder)
    ]
    return sorted(found, key=lambda c: (c.display_name.casefold(), c.folder.name))


def new_profile_dir(root: Path) -> Path:
    """A folder for another person's profile in ``root`` (made, 0700, empty)."""
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder = root / f"person-{uuid.uuid4().hex[:12]}"
    folder.mkdir(mode=0o700)
    return folder
