"""Help ▸ User guide: the guide in the language of the app, rendered in a window
of its own (the Markdown of ``resources/guide``, with its pictures; its links to
the other languages open those)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.paths import resources_dir
from app.ui.i18n import LANGUAGES


def guide_file(lang: str) -> Path:
    folder = resources_dir() / "guide"
    return folder / f"{lang if lang in LANGUAGES else 'en'}.md"


class GuideDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenLinks(False)  # links between guides are followed here
        self.browser.anchorClicked.connect(self._link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)
        self.show_guide(guide_file(lang))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Thuisboek — user guide"))
        self.browser.setAccessibleName(self.tr("User guide"))

    def show_guide(self, path: Path) -> None:
        self.path = path
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        if url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
            return
        target = (self.path.parent / url.path()).resolve()
        if target.suffix == ".md" and target.is_file() and target.parent == self.path.parent:
            self.show_guide(target)
