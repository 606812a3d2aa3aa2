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
