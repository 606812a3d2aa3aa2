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


def resources_dir() -> Path:
    """Read-only files the app ships (milestone catalog, fonts, icons): beside the
    package in a source tree, inside the bundle when frozen by PyInstaller."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


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
