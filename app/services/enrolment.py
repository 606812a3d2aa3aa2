"""A new profile connected with the central office from its first minute, or none.

Used by the first-run wizard: the household and the person come from the
central office, so the profile is made, enrolled and only then put in place.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app.domain.vocabulary import HouseholdKind
from app.services import profile
from app.storage import sync_state
from app.storage.book import Book
from app.sync.enroll import enroll, reenroll, transport_for
from app.sync.transport import SyncError

# What a profile made for an enrolment holds until the central office's household
# and person replace it (at once, before the profile is put in place).
_PLACEHOLDER = profile.NewProfile("Thuisboek", "Thuisboek", HouseholdKind.SIMBA)


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
            profile.clear_leftovers(profile_dir)
            profile_dir.rmdir()  # empty (exists() said it holds no profile)
        os.replace(staging, profile_dir)
    except BaseException:
        if book is not None:
            book.close()
        discard(staging)
        raise
    return profile.open_book(profile_dir, key)


def enrol_open_book(
    book: Book, server_url: str, code: str, device_name: str | None = None
) -> sync_state.Link:
    """Connect the open profile with the central office: a first enrolment when it
    is not linked yet, otherwise an enrolment again (``reenroll``) that keeps every
    record, what waits to be sent and where the pulls stand. ``device_name`` is how
    the office lists this computer (by default the person's name and the computer's)."""
    link = sync_state.read_link(book.store)
    if link is not None and link.server_url:
        return reenroll(book, server_url, code, device_name or None)
    return enroll(book, server_url, code, device_name or None)


def start_over(profile_dir: Path, passphrase: str, server_url: str, code: str) -> Book:
    """Erase the profile in ``profile_dir`` and make it anew, enrolled for the
    person of ``code`` (asked for explicitly, and confirmed, by the caller).

    The new profile is made and enrolled beside the old one first: a code the
    central office refuses leaves the old profile exactly as it was."""
    fresh = profile_dir.with_name(profile_dir.name + ".new")
    discard(fresh)
    book = create_enrolled_profile(fresh, passphrase, _PLACEHOLDER, server_url, code)
    key = book.store.key
    assert key is not None
    book.close()
    discard(profile_dir)
    os.replace(fresh, profile_dir)
    return profile.open_book(profile_dir, key)


def lift_if_lifted(book: Book) -> None:
    """A profile marked revoked asks the central office whether it still is: an
    office that lifted the revocation (``thuisboek-server unrevoke``) opens it
    again. Unreachable, or still revoked: it stays closed."""
    revoked = profile.is_revoked(book.profile_dir) or book.store.get_meta(sync_state.REVOKED) == "1"
    if not revoked:
        return
    transport = transport_for(book)
    if transport is None:
        return
    try:
        status = transport.device()
    except SyncError:
        return
    finally:
        transport.close()
    if not status.revoked:
        profile.lift_revocation(book)
