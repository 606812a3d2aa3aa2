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


def test_settings_change_the_text_size_and_contrast_at_once(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs.settings import SettingsDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, palette, sheet = app.font(), app.palette(), app.styleSheet()
    try:
        dialog = SettingsDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.text_size.setCurrentIndex(dialog.text_size.findData(1.3))
        assert app.font().pointSizeF() == theme.BASE_POINT_SIZE * 1.3
        dialog.high_contrast.setChecked(True)
        assert app.palette().color(QPalette.ColorRole.Text).name() == "#000000"
        assert ctx.settings.high_contrast and ctx.settings.text_size == 1.3
    finally:
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setFont(font)


def test_every_control_of_the_caregivers_pages_has_a_name_for_screen_readers(
    qtbot,
    ctx,
    child,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QWidget

    from app.ui.main_window import MainWindow
    from tests.ui.conftest import wait_for_tasks

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: main.current_child() is not None)
    nameless: list[str] = []
    for index in range(5):  # Today, Timeline, Milestones, Contacts, Profile
        main.tabs.setCurrentIndex(index)
        wait_for_tasks(qtbot, ctx)
        page = main.tabs.currentWidget()
        for widget in page.findChildren(QWidget):
            if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if widget.focusProxy() is not None:
                continue
            interface = QAccessible.queryAccessibleInterface(widget)
            name = interface.text(QAccessible.Text.Name) if interface is not None else ""
            if not name.strip():
                nameless.append(f"{type(page).__name__}: {type(widget).__name__} "
                                f"{widget.objectName()!r}")  # fmt: skip
    assert nameless == [], "\n".join(nameless)
    main.flush()
