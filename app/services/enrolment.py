"""A new profile connected with the central office from its first minute, or none.

Used by the first-run wizard: the household and the person come from the
central office, so the profile is made, enrolled and only then put in place.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app.services import profile
from app.storage import sync_state
from app.storage.book import Book
from app.sync.enroll import enroll, reenroll


def staging_dir(profile_dir: Path) -> Path:
    return profile_dir.with_name(profile_dir.name + ".enrolling")


def discard(folder: Path) -> None:
    """Erase a profile folder and everything in it, its remembered key too."""
    if folder.exists():
        profile.erase(folder)
        shutil.rmtree(folder, ignore_errors=True)


def create_enrolled_profile(
    profile_dir: Path,
    passphrase: str,
    new: profile.NewProfile,
    server_url: str,
    code: str,
    *,
    remember: bool = False,
    strength: str = "default",
) -> Book:
    """A new profile enrolled with the central office, or nothing at all.

    The profile is made in a staging folder beside its place and moved there
    (one rename) only after the central office accepted the code; whatever
    fails, or a crash half-way, leaves no profile behind, only a staging folder
    that the next attempt clears. The household and the person come from the
    central office: ``new`` only fills the moments before."""
    if profile.exists(profile_dir):
        raise profile.ProfileExists(profile_dir)
    staging = staging_dir(profile_dir)
    discard(staging)  # left by an attempt that was cut short
    book: Book | None = None
    try:
        book = profile.create_profile(
            staging, passphrase, new, remember=remember, strength=strength
        )
        enroll(book, server_url, code)
        key = book.store.key
        assert key is not None
        book.close()
        if profile_dir.exists():
            profile_dir.rmdir()  # empty (exists() said it holds no profile)
        os.replace(staging, profile_dir)
    except BaseException:
        if book is not None:
            book.close()
        discard(staging)
        raise
    return profile.open_book(profile_dir, key)


def enrol_open_book(book: Book, server_url: str, code: str) -> sync_state.Link:
    """Connect the open profile with the central office: a first enrolment when it
    is not linked yet, otherwise an enrolment again (``reenroll``) that keeps every
    record, what waits to be sent and where the pulls stand."""
    link = sync_state.read_link(book.store)
    if link is not None and link.server_url:
        return reenroll(book, server_url, code)
    return enroll(book, server_url, code)
