"""The app's look: one palette and style sheet, light or dark as the system is,
high contrast and larger text on request."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.ui import theme
from app.ui.widgets.colours import is_dark


def test_the_theme_sets_a_warm_palette_larger_type_and_the_sheet(qapp: QApplication) -> None:
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    try:
        theme.apply_theme(qapp)
        assert qapp.font().pointSizeF() == theme.BASE_POINT_SIZE
        assert "QTabBar::tab" in qapp.styleSheet()  # room above the tabs' accents
        window = qapp.palette().color(QPalette.ColorRole.Window)
        assert window.red() > window.blue()  # warm, not grey
        theme.apply_theme(qapp, text_size=1.3)
        assert qapp.font().pointSizeF() == theme.BASE_POINT_SIZE * 1.3
        theme.apply_theme(qapp, high_contrast=True)
        high = qapp.palette()
        assert high.color(QPalette.ColorRole.Text).name() == "#000000"
        assert high.color(QPalette.ColorRole.Base).name() == "#ffffff"
        dark = theme.palette_of(theme.scheme_for(high_contrast=False, dark=True))
        assert is_dark(dark)  # the overview's charts follow it
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setFont(font)
