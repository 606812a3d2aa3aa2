"""Creating, unlocking and re-keying a profile.

The data key is random; on disk it exists only wrapped by the passphrase (the
key file) and, when asked for, in the operating system's keyring. A wrong
passphrase never touches the database; after a few failures each next try
must wait longer.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import paths
from app.crypto import keystore
from app.crypto.envelope import KeyEnvelope, KeyFileMissing, WrongPassphrase, new_data_key
from app.domain.messages import QT_TRANSLATE_NOOP, Message, ThuisboekError
from app.domain.vocabulary import HouseholdKind, Role
from app.storage.errors import NotAThuisboekStore, StoreMissing

# The store (SQLAlchemy, the record types) is imported when a profile is opened or
# made, not by the unlock screen that only asks whether one exists.
if TYPE_CHECKING:
    from app.storage.book import Book as Book  # the open profile, as the windows know it
    from app.storage.book import Identity as Identity


def __getattr__(name: str) -> Any:
    if name in ("Book", "Identity"):
        from app.storage import book

        return getattr(book, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


CTX = "Profile"
FREE_TRIES = 3
MAX_DELAY_S = 300.0


class ProfileExists(ThuisboekError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("Profile", "There is already a profile in {path}."),
                {"path": str(path)},
            )
        )


class UnlockThrottled(ThuisboekError):
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Profile", "Too many wrong passphrases. Try again in {seconds} seconds."
                ),
                {"seconds": max(1, round(seconds))},
            )
        )


class WeakPassphrase(ThuisboekError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP("Profile", "The passphrase needs at least {n} characters."),
                {"n": MIN_PASSPHRASE},
            )
        )


MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class NewProfile:
    display_name: str
    household_name: str
    household_kind: HouseholdKind
    role: Role = Role.CAREGIVER


def _identity_meta(identity: Identity) -> dict[str, str]:
    return {
        "profile_id": identity.profile_id,
        "user_id": str(identity.user_id),
        "device_id": identity.device_id,
        "household_id": str(identity.household_id),
        "display_name": identity.display_name,
        "role": identity.role.value,
    }


def exists(profile_dir: Path) -> bool:
    """A key file, or a database with something in it. An empty database file
    (made by a connection opened while the profile was being erased) is no profile."""
    database = paths.database_file(profile_dir)
    return paths.key_file(profile_dir).exists() or (
        database.exists() and database.stat().st_size > 0
    )


def clear_leftovers(profile_dir: Path) -> None:
    """Remove what an erase can leave behind in a folder that holds no profile
    (an empty database and its journals), so a new profile can start there."""
    if exists(profile_dir):
        return
    for path in profile_dir.glob("thuisboek.db*"):
        path.unlink(missing_ok=True)
    paths.revoked_file(profile_dir).unlink(missing_ok=True)


class ProfileRevoked(ThuisboekError):
    """The central office revoked this computer: its data stays closed."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Profile",
                    "The central office has revoked this computer. Its records stay closed "
                    "until they are erased (thuisboek erase) or the office lifts the revocation.",
                ),
            )
        )


def is_revoked(profile_dir: Path) -> bool:
    """The mark a sync leaves when the central office refused this computer as revoked."""
    return paths.revoked_file(profile_dir).exists()


def refuse_if_revoked(book: Book) -> None:
    """Close ``book`` and refuse when its computer was revoked (the mark, or the
    store's own note of it for a profile revoked before the mark existed)."""
    from app.storage.sync_state import REVOKED as REVOKED_META

    if is_revoked(book.profile_dir) or book.store.get_meta(REVOKED_META) == "1":
        book.close()
        raise ProfileRevoked()


def lift_revocation(book: Book) -> None:
    """The office lifted the revocation (the server knows the device again)."""
    from app.storage.store import Store
    from app.storage.sync_state import REVOKED as REVOKED_META

    with book.store.write() as session:
        Store.set_meta(session, REVOKED_META, "0")
    paths.revoked_file(book.profile_dir).unlink(missing_ok=True)


def create_profile(
    profile_dir: Path,
    passphrase: str,
    new: NewProfile,
    *,
    remember: bool = False,
    strength: str = "default",
    today: Callable[[], date] = date.today,
) -> Book:
    """Make a new profile: a data key, its key file, an empty encrypted store
    with this person and their household, and return it unlocked."""
    from app.domain.records import Household, Person
    from app.storage import records
    from app.storage.book import Book, Identity
    from app.storage.store import Store

    if exists(profile_dir):
        raise ProfileExists(profile_dir)
    clear_leftovers(profile_dir)
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphrase()
    if remember:
        status = keystore.keyring_status()
        if not status.available:
            assert status.reason is not None
            raise keystore.KeyringUnavailable(status.reason)
    household_id = uuid.uuid4()
    household = Household(
        id=household_id,
        household_id=household_id,
        name=new.household_name,
        household_kind=new.household_kind,
    )
    person = Person(
        household_id=household.id,
        display_name=new.display_name,
        role=new.role,
        households=[household.id],
    )
    for record in (household, person):
        record.check(today())
    profile_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    identity = Identity(
        profile_id=str(uuid.uuid4()),
        user_id=person.id,
        device_id=uuid.uuid4().hex[:12],
        household_id=household.id,
        display_name=new.display_name,
        role=new.role,
    )
    key = new_data_key()
    old_umask = os.umask(0o077)
    try:
        store = Store.create(paths.database_file(profile_dir), key)
        KeyEnvelope.seal(key, passphrase, identity.profile_id, strength=strength).save(
            paths.key_file(profile_dir)
        )
    finally:
        os.umask(old_umask)
    book = Book(profile_dir, store, identity, today)
    with store.write() as session:
        for name, value in _identity_meta(identity).items():
            Store.set_meta(session, name, value)
        for record in (household, person):
            stamped = record.model_copy(
                update={
                    "version": 1,
                    "modified_at": book.clock.now(),
                    "modified_by": person.id,
                    "device_id": identity.device_id,
                }
            )
            records.put_local(session, stamped, base_version=0)
        Store.set_meta(session, "clock", book.clock.last)
    if remember:
        keystore.remember_key(identity.profile_id, key)
    return book


# Unlock attempts ----------------------------------------------------------------


def _attempts(profile_dir: Path) -> tuple[int, float]:
    try:
        data = json.loads(paths.unlock_state_file(profile_dir).read_text("utf-8"))
        return int(data["failures"]), float(data["last_failure"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0, 0.0


def _record_attempts(profile_dir: Path, failures: int, when: float) -> None:
    target = paths.unlock_state_file(profile_dir)
    if failures == 0:
        target.unlink(missing_ok=True)
        return
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps({"failures": failures, "last_failure": when}), "utf-8")
    os.replace(tmp, target)


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong passphrases in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY_S, 2.0 ** (failures - FREE_TRIES + 1))


def wait_before_unlock(profile_dir: Path, now: Callable[[], float] = time.time) -> float:
    failures, last = _attempts(profile_dir)
    return max(0.0, last + delay_after(failures) - now())


def profile_id(profile_dir: Path) -> str:
    return KeyEnvelope.load(paths.key_file(profile_dir)).profile_id


def open_data_key(
    profile_dir: Path, passphrase: str, now: Callable[[], float] = time.time
) -> tuple[KeyEnvelope, bytes]:
    """The data key for a passphrase, counting failures and enforcing the delay."""
    envelope = KeyEnvelope.load(paths.key_file(profile_dir))
    if not paths.database_file(profile_dir).exists():
        raise StoreMissing(paths.database_file(profile_dir))
    wait = wait_before_unlock(profile_dir, now)
    if wait > 0:
        raise UnlockThrottled(wait)
    try:
        key = envelope.open(passphrase)
    except WrongPassphrase:
        failures, _ = _attempts(profile_dir)
        _record_attempts(profile_dir, failures + 1, now())
        raise
    _record_attempts(profile_dir, 0, now())
    return envelope, key


def open_book(
    profile_dir: Path,
    key: bytes,
    today: Callable[[], date] = date.today,
    *,
    check_pages: bool = True,
) -> Book:
    """Open the store with a data key: checks, migrations, identity.
    ``check_pages=False``: every page's check is left for later (the app runs
    ``maintenance.page_problems`` once its window is open)."""
    from app.storage.book import Book, Identity
    from app.storage.store import Store

    envelope_id = profile_id(profile_dir)
    store = Store.open(paths.database_file(profile_dir), key, check_pages=check_pages)
    meta = store.all_meta()
    if meta.get("profile_id") != envelope_id:
        store.close()
        raise NotAThuisboekStore(paths.database_file(profile_dir))
    identity = Identity(
        profile_id=meta["profile_id"],
        user_id=uuid.UUID(meta["user_id"]),
        device_id=meta["device_id"],
        household_id=uuid.UUID(meta["household_id"]),
        display_name=meta["display_name"],
        role=Role(meta["role"]),
    )
    return Book(profile_dir, store, identity, today)


def unlock(
    profile_dir: Path,
    passphrase: str,
    *,
    now: Callable[[], float] = time.time,
    today: Callable[[], date] = date.today,
    check_pages: bool = True,
) -> Book:
    _, key = open_data_key(profile_dir, passphrase, now)
    return open_book(profile_dir, key, today, check_pages=check_pages)


def unlock_remembered(
    profile_dir: Path, today: Callable[[], date] = date.today, *, check_pages: bool = True
) -> Book | None:
    """Unlock with the key kept in the keyring, if this computer remembers it."""
    try:
        pid = profile_id(profile_dir)
    except KeyFileMissing:
        return None
    key = keystore.recall_key(pid)
    if key is None:
        return None
    return open_book(profile_dir, key, today, check_pages=check_pages)


def change_passphrase(profile_dir: Path, old: str, new: str, *, strength: str = "default") -> None:
    """Wrap the same data key with a new passphrase; the data is not re-encrypted."""
    if len(new) < MIN_PASSPHRASE:
        raise WeakPassphrase()
    envelope, _ = open_data_key(profile_dir, old)
    envelope.rewrap(old, new, strength=strength).save(paths.key_file(profile_dir))


def set_remember(profile_dir: Path, passphrase: str, remember: bool) -> None:
    envelope, key = open_data_key(profile_dir, passphrase)
    if remember:
        keystore.remember_key(envelope.profile_id, key)
    else:
        keystore.forget_key(envelope.profile_id)


def erase(profile_dir: Path) -> None:
    """Remove a profile from this computer: database, key file, remembered key."""
    with contextlib.suppress(ThuisboekError):
        keystore.forget_key(profile_id(profile_dir))
    for path in profile_dir.glob("thuisboek.db*"):
        path.unlink(missing_ok=True)
    for path in (
        paths.key_file(profile_dir),
        paths.unlock_state_file(profile_dir),
        paths.revoked_file(profile_dir),
    ):
        path.unlink(missing_ok=True)
