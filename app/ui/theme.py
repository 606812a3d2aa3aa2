"""The app's look in one place: a warm, calm palette (light, dark when the system
is dark, or high contrast), a larger base type, and the shapes of
``resources/theme/thuisboek.qss``.

The palette carries the colours, so the sheet stays the same in every mode and
the pages that draw their own charts follow it (``widgets.colours``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir

BASE_POINT_SIZE = 10.5  # the type people read all evening: larger than Qt's 9
TEXT_SIZES = (1.0, 1.15, 1.3)  # Settings ▸ Text size: normal, larger, largest


@dataclass(frozen=True)
class Scheme:
    window: str
    base: str
    alternate: str
    text: str
    button: str
    light: str
    mid: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str


LIGHT = Scheme(
    window="#f7f2ea", base="#fffdf9", alternate="#f3ece1", text="#2b2520",
    button="#efe7db", light="#fbf7f1", mid="#c9bcaa", highlight="#2f6f68",
    highlighted_text="#ffffff", link="#1f5f8b", placeholder="#8a7e70",
)  # fmt: skip
DARK = Scheme(
    window="#24211e", base="#2c2925", alternate="#332f2a", text="#efe8de",
    button="#3a352f", light="#4a443c", mid="#6b6257", highlight="#5fa89e",
    highlighted_text="#10201e", link="#8cc4ea", placeholder="#a4998b",
)  # fmt: skip
HIGH_CONTRAST = Scheme(
    window="#ffffff", base="#ffffff", alternate="#f0f0f0", text="#000000",
    button="#ffffff", light="#ffffff", mid="#000000", highlight="#0000a8",
    highlighted_text="#ffffff", link="#0000c0", placeholder="#404040",
)  # fmt: skip


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def scheme_for(*, high_contrast: bool, dark: bool) -> Scheme:
    if high_contrast:
        return HIGH_CONTRAST
    return DARK if dark else LIGHT


def palette_of(scheme: Scheme) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for roles, value in (
        ((role.Window,), scheme.window),
        ((role.Base,), scheme.base),
        ((role.AlternateBase, role.ToolTipBase), scheme.alternate),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText), scheme.text),
        ((role.Button,), scheme.button),
        ((role.Light, role.Midlight), scheme.light),
        ((role.Mid, role.Dark), scheme.mid),
        ((role.Highlight,), scheme.highlight),
        ((role.HighlightedText,), scheme.highlighted_text),
        ((role.Link,), scheme.link),
        ((role.PlaceholderText,), scheme.placeholder),
    ):
        for r in roles:
            palette.setColor(r, QColor(value))
    disabled = QColor(scheme.placeholder)
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return palette


def style_sheet() -> str:
    path = resources_dir() / "theme" / "thuisboek.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""  # a bundle without the sheet still works, in Qt's own look


def apply_theme(
    app: QApplication, *, high_contrast: bool = False, text_size: float = 1.0
) -> Scheme:
    """Give the app its palette, type size and style sheet (again after a change
    in Settings or in the system's colour scheme)."""
    app.setStyle("Fusion")  # the same shapes on every system, coloured by the palette
    scheme = scheme_for(high_contrast=high_contrast, dark=system_is_dark())
    app.setPalette(palette_of(scheme))
    font = app.font()
    scale = text_size if text_size in TEXT_SIZES else 1.0
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    sheet = style_sheet()
    if high_contrast:
        sheet += "\nQWidget:focus { outline: 2px solid #0000a8; }\n"
    app.setStyleSheet(sheet)
    return scheme
