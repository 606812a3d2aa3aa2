"""Help ▸ About: the version from pyproject, and what Thuisboek is built on."""

from __future__ import annotations

from importlib.metadata import version

from app import __version__
from app.paths import resources_dir
from app.ui.dialogs.about import AboutDialog


def test_about_names_the_version_and_the_licences(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ == version("thuisboek")
    assert __version__ in dialog.heading.text()
    text = dialog.licences.toPlainText()
    for name in ("PySide6", "SQLCipher", "ReportLab", "DejaVu Sans", "LGPL-3.0"):
        assert name in text
    assert "replace the Qt libraries" in text
    table = text.split("Built with", 1)[1].split("Qt and PySide6")[0]
    assert "?" not in table  # every version known
    for licence in ("GPL-3.0.txt", "LGPL-3.0.txt", "DejaVu-fonts.txt"):
        assert (resources_dir() / "licenses" / licence).is_file()


def test_help_opens_the_guide_in_the_language_of_the_app(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl

    from app.ui.dialogs.guide import GuideDialog
    from app.ui.main_window import MainWindow

    ctx.languages.set_language("fr")
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    assert main.menus.help_menu.actions()[0].text() == "&Guide d’utilisation"
    main.menus.guide_action.trigger()
    guide = main.guide
    assert isinstance(guide, GuideDialog) and guide.isVisible()
    text = guide.browser.toPlainText()
    assert text.startswith("Thuisboek — guide d’utilisation")
    assert "**" not in text  # rendered, not shown as Markdown
    # Its pictures are found beside the guide.
    image = guide.browser.document().resource(3, QUrl("images/fr-wizard-start.png"))
    assert image is not None and not image.isNull()
    guide.browser.anchorClicked.emit(QUrl("en.md"))  # "Aussi en … English"
    assert guide.browser.toPlainText().startswith("Thuisboek — user guide")
    guide.close()
    main.flush()
