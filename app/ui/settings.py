"""The app's settings (QSettings, an INI file beside the profiles): only
preferences, never a secret or a record."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize

from app import paths

DEFAULT_IDLE_MINUTES = 10


class Settings:
    def __init__(self) -> None:
        home = paths.data_home()
        home.mkdir(parents=True, exist_ok=True)
        self._q = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)

    def _get(self, key: str, default: object) -> object:
        return self._q.value(key, default)

    @property
    def language(self) -> str | None:
        value = self._get("ui/language", "")
        return str(value) or None

    @language.setter
    def language(self, code: str) -> None:
        self._q.setValue("ui/language", code)

    @property
    def idle_minutes(self) -> float:
        try:
            return max(0.05, float(str(self._get("security/idle_minutes", DEFAULT_IDLE_MINUTES))))
        except ValueError:
            return DEFAULT_IDLE_MINUTES

    @idle_minutes.setter
    def idle_minutes(self, minutes: float) -> None:
        self._q.setValue("security/idle_minutes", minutes)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._get("ui/geometry", None)
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("ui/geometry", value)

    @property
    def last_child(self) -> str | None:
        value = self._get("ui/last_child", "")
        return str(value) or None

    @last_child.setter
    def last_child(self, child_id: str) -> None:
        self._q.setValue("ui/last_child", child_id)

    def size_of(self, name: str) -> QSize | None:
        """The size a window or dialog was last left at."""
        value = self._get(f"ui/size/{name}", None)
        return value if isinstance(value, QSize) and value.isValid() else None

    def set_size_of(self, name: str, size: QSize) -> None:
        self._q.setValue(f"ui/size/{name}", size)

    @property
    def high_contrast(self) -> bool:
        return str(self._get("ui/high_contrast", "false")).lower() in ("true", "1")

    @high_contrast.setter
    def high_contrast(self, on: bool) -> None:
        self._q.setValue("ui/high_contrast", "true" if on else "false")

    @property
    def text_size(self) -> float:
        """The text size as a factor of the base size (1.0, 1.15 or 1.3)."""
        try:
            return float(str(self._get("ui/text_size", 1.0)))
        except ValueError:
            return 1.0

    @text_size.setter
    def text_size(self, factor: float) -> None:
        self._q.setValue("ui/text_size", factor)

    @property
    def last_page(self) -> str | None:
        """The page (its object name) the person was on when the book locked."""
        value = self._get("ui/last_page", "")
        return str(value) or None

    @last_page.setter
    def last_page(self, name: str) -> None:
        self._q.setValue("ui/last_page", name)

    def sync(self) -> None:
        self._q.sync()
