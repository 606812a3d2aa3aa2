"""The colours of the household overview's charts, the same everywhere
(incidents red, missed amber, held green, planned grey), made from the palette
so that they follow the system's dark mode: the same hues, lighter where the
background is dark."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

DARK_LIGHTNESS = 128  # a window colour darker than this is a dark theme


@dataclass(frozen=True)
class Colours:
    entries: QColor
    missing: QColor  # days without a log: amber
    cancelled: QColor  # amber too: a contact that did not happen
    no_show: QColor
    low: QColor
    medium: QColor
    high: QColor
    held: QColor
    planned: QColor
    achieved: QColor
    emerging: QColor
    remaining: QColor
    warning: QColor  # text: amber, readable on the window colour
    danger: QColor  # text: red, readable on the window colour
    axis: QColor
    grid: QColor

    def of(self, key: str) -> QColor:
        return getattr(self, key)  # type: ignore[no-any-return]


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < DARK_LIGHTNESS


_MADE: dict[int, Colours] = {}


def colours(palette: QPalette) -> Colours:
    """The overview's colours for this palette: the same hues in light and dark
    mode, lighter where the background is dark."""
    key = palette.cacheKey()
    found = _MADE.get(key)
    if found is None:
        if len(_MADE) > 32:  # palettes come and go with widgets: keep a few
            _MADE.clear()
        found = _MADE[key] = _colours(palette)
    return found


def _colours(palette: QPalette) -> Colours:
    dark = is_dark(palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    grid = QColor(text)
    grid.setAlphaF(0.15)
    axis = QColor(text)
    axis.setAlphaF(0.75)

    def pick(light: str, on_dark: str) -> QColor:
        return QColor(on_dark if dark else light)

    return Colours(
        entries=pick("#4c78a8", "#7aa6db"),
        missing=pick("#e39b2d", "#f0b454"),
        cancelled=pick("#e39b2d", "#f0b454"),
        no_show=pick("#b8621b", "#e0863c"),
        low=pick("#f0a6a0", "#9c6a66"),
        medium=pick("#d9473b", "#f08a80"),
        high=pick("#8c1a12", "#ff3b30"),
        held=pick("#3b8f4d", "#5fbf72"),
        planned=pick("#a8a8a8", "#7d7d7d"),
        achieved=pick("#3b8f4d", "#5fbf72"),
        emerging=pick("#a9d6a8", "#4d8757"),
        remaining=pick("#e4e4e4", "#3c3c3c"),
        warning=pick("#9a5400", "#f0b454"),
        danger=pick("#b3261e", "#ff8a80"),
        axis=axis,
        grid=grid,
    )
