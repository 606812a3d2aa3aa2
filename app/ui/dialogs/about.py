"""Help ▸ About: version and the licences of what Thuisboek is built on."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app import __version__
from app.paths import resources_dir
from app.ui.settings import Settings
from app.ui.widgets.screen_fit import RememberSize, fit_window

# (component, package to read the version of, licence)
COMPONENTS = (
    ("Qt", "qt", "LGPL-3.0 (Qt for Python / PySide6)"),
    ("PySide6", "pyside6-essentials", "LGPL-3.0"),
    ("SQLCipher", "sqlcipher3", "BSD-3-Clause (SQLCipher Community Edition); sqlcipher3: zlib"),
    ("SQLite", "sqlite", "Public domain"),
    ("SQLAlchemy", "sqlalchemy", "MIT"),
    ("SQLModel", "sqlmodel", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("pydantic", "pydantic", "MIT"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("keyring", "keyring", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("httpx", "httpx", "BSD-3-Clause"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("DejaVu Sans", None, "Bitstream Vera licence (fonts of the reports)"),
)


def _version_of(package: str | None) -> str:
    if package is None:
        return ""
    if package == "qt":
        return qVersion()
    if package == "sqlite":
        import sqlcipher3

        return str(sqlcipher3.sqlite_version)  # the SQLite inside SQLCipher
    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.heading = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.licences = QTextBrowser()
        self.licences.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.retranslate()
        if settings is not None:  # opens at the size it was left at, within the screen
            RememberSize(self, 620, 520, settings)
        else:
            fit_window(self, 620, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Thuisboek"))
        self.heading.setText(f"<h2>Thuisboek {__version__}</h2>")
        self.text.setText(
            self.tr(
                "The home book for family-style child-welfare homes: daily logs, milestones "
                "and family contacts, kept encrypted on this computer. Licensed under the GNU "
                "General Public License, version 3 or later."
            )
        )
        rows = "".join(
            f"<tr><td>{name}</td><td>{_version_of(pkg)}</td><td>{licence}</td></tr>"
            for name, pkg, licence in COMPONENTS
        )
        self.licences.setHtml(
            "<h3>"
            + self.tr("Built with")
            + "</h3>"
            + "<table cellpadding='3'><tr><th align='left'>"
            + self.tr("Component")
            + "</th><th align='left'>"
            + self.tr("Version")
            + "</th><th align='left'>"
            + self.tr("Licence")
            + f"</th></tr>{rows}</table>"
            "<p>"
            + self.tr(
                "Qt and PySide6 are used under the GNU Lesser General Public License v3: you may "
                "replace the Qt libraries of this installation with your own build. The CDC "
                "milestone checklists are used with credit; the CDC does not endorse Thuisboek."
            )
            + "</p><p>"
            + self.tr("The licence texts are in the folder %1.").replace(
                "%1", f"<code>{resources_dir() / 'licenses'}</code>"
            )
            + "</p>"
        )
