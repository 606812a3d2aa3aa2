"""The life-story book, previewed page by page before it is saved.

The book is laid out in memory on the task queue; its pages are drawn from
those bytes with QtPdf (nothing is written to disk until the person chooses
where to save it)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import ThuisboekError
from app.domain.records import Child
from app.services import lifebook
from app.ui.context import UiContext
from app.ui.i18n import tr_message

PAGE_WIDTH = 620  # pixels of the previewed page


class BookDialog(QDialog):
    """Make the child's book, look at it page by page, save it as a PDF."""

    def __init__(self, ctx: UiContext, child: Child, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child = child
        self.made: lifebook.LifeBook | None = None
        self.page = 0
        self._buffer: QBuffer | None = None
        self._bytes = QByteArray()
        self.document = QPdfDocument(self)
        self._serial = 0

        self.language = QComboBox()
        for code, name in (("nl", "Nederlands"), ("fr", "Français"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            self.language.findData(lifebook.book_language(child, ctx.languages.current))
        )
        self.language.currentIndexChanged.connect(self.make)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setObjectName("bookPage")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image)
        self.previous = QPushButton()
        self.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next = QPushButton()
        self.next.clicked.connect(lambda: self.show_page(self.page + 1))
        self.page_label = QLabel()
        self.save = QPushButton()
        self.save.setDefault(True)
        self.save.clicked.connect(self.choose_file)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        pages = QHBoxLayout()
        pages.addWidget(self.previous)
        pages.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        pages.addWidget(self.next)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(pages)
        layout.addLayout(bottom)
        self.resize(PAGE_WIDTH + 80, 900)
        self.retranslate()
        self.make()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The book of {name}").format(name=self.child.given_name))
        self.language_label.setText(self.tr("&Language of the book:"))
        self.previous.setText(self.tr("◀ &Previous page"))
        self.next.setText(self.tr("&Next page ▶"))
        self.save.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("&Close"))
        self.image.setAccessibleName(self.tr("A page of the book"))

    # Making ----------------------------------------------------------------------
    def make(self) -> None:
        self._serial += 1
        serial, lang = self._serial, str(self.language.currentData())
        self.status.setText(self.tr("Making the book…"))
        self.save.setEnabled(False)
        book, child_id = self.ctx.book, self.child.id
        self.ctx.tasks.run(
            lambda: lifebook.make_book(book, child_id, lang),
            lambda made: self._made(serial, made),
            self._failed,
        )

    def _made(self, serial: int, made: lifebook.LifeBook) -> None:
        if not shiboken6.isValid(self) or serial != self._serial:
            return
        self.made = made
        self.document.close()
        self._bytes = QByteArray(made.pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.status.setText(
            self.tr(
                "%n page(s). Look through it, then save it where you want to keep it.",
                "",
                made.pages,
            )
        )
        self.save.setEnabled(True)
        self.show_page(0)

    def _failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, ThuisboekError):
            self.status.setText(tr_message(exc.message))
        else:
            self.status.setText(self.tr("The book could not be made."))
            self.ctx.events.sig_error.emit(exc)

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def show_page(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        self.page = max(0, min(page, count - 1))
        points = self.document.pagePointSize(self.page)
        ratio = self.devicePixelRatioF()
        width = int(PAGE_WIDTH * ratio)
        size = QSize(width, int(width * points.height() / max(points.width(), 1.0)))
        image = self.document.render(self.page, size)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.image.setPixmap(pixmap)
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self.page + 1))
                                .replace("%2", str(count)))  # fmt: skip
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page < count - 1)

    # Saving ----------------------------------------------------------------------
    def choose_file(self) -> None:
        name = self.tr("Book of {name}.pdf").format(name=self.child.given_name)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the book"), name, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        if self.made is None:
            return False
        try:
            saved = lifebook.save_book(self.made, path)
        except ThuisboekError as exc:
            self.status.setText(tr_message(exc.message))
            return False
        self.status.setText(self.tr("The book was saved in %1.").replace("%1", str(saved)))
        return True
