"""Where Thuisboek keeps its files: every path in one place.

``THUISBOEK_HOME`` overrides the platform's data folder (tests, development,
support). A profile is a folder: the encrypted database, the wrapped key and
the unlock-attempt counter.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Thuisboek"
DESKTOP_ID = "org.thuisboek.Thuisboek"  # the .desktop file, the metainfo and the icon name


PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    """A folder of files the app ships: inside the bundle when frozen by PyInstaller,
    inside the package when installed from a wheel (the wheel's build puts it there),
    else beside the package in a source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / name
    installed = PACKAGE / name
    if installed.is_dir():
        return installed
    return PACKAGE.parent / name


def resources_dir() -> Path:
    """Read-only files the app ships: milestone catalog, demo phrases, fonts, icons,
    guides, licences."""
    return _shipped("resources")


def translations_dir() -> Path:
    """The app's compiled translations (``thuisboek_<code>.qm``)."""
    return _shipped("translations")


def data_home() -> Path:
    override = os.environ.get("THUISBOEK_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_profile_dir() -> Path:
    return data_home() / "profiles" / "default"


def database_file(profile_dir: Path) -> Path:
    return profile_dir / "thuisboek.db"


def key_file(profile_dir: Path) -> Path:
    return profile_dir / "key.json"


def unlock_state_file(profile_dir: Path) -> Path:
    return profile_dir / "unlock-attempts.json"


def revoked_file(profile_dir: Path) -> Path:
    """Present when the central office revoked this computer (no content: a mark)."""
    return profile_dir / "revoked"


def icon_files() -> list[Path]:
    """The application icon in each size, for the window icon."""
    return sorted((resources_dir() / "icons").glob("thuisboek-*.png"))
