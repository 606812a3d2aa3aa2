"""An attachment looked at in full: a photo fitted to the window (and zoomed), a
PDF page by page. Both are drawn from the decrypted bytes in memory (QtPdf reads
them from a QBuffer): nothing is written to disk."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.attachments import Attachment
from app.ui.context import UiContext
from app.ui.dialogs.caption import CaptionDialog, may_edit_caption
from app.ui.models.attachments import PDF

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


class AttachmentViewer(QDialog):
    """Shows one photo or PDF from its bytes."""

    def __init__(
        self,
        file_name: str,
        media_type: str,
        data: bytes,
        parent: QWidget | None = None,
        *,
        caption: str = "",
        editable: Attachment | None = None,
        ctx: UiContext | None = None,
    ) -> None:
        """``editable`` and ``ctx``: the attachment whose caption may be written anew
        from here (a caregiver's); without them the viewer only shows."""
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.ctx = ctx
        self.attachment = editable
        self.file_name = file_name
        self.is_pdf = media_type == PDF
        self.zoom = 1.0
        self.fit = True
        self.page = 0
        self.image = QPixmap()
        self.document = QPdfDocument(self)
        self._bytes = QByteArray(data)
        self._buffer: QBuffer | None = None

        self.picture = QLabel()
        self.picture.setObjectName("attachmentPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller = QScrollArea()
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(False)
        self.scroller.viewport().installEventFilter(self)
        self.caption = QLabel(caption)
        self.caption.setObjectName("viewerCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setVisible(bool(caption))
        self.edit_caption = QPushButton()
        self.edit_caption.setObjectName("editCaption")
        self.edit_caption.clicked.connect(self.open_caption)
        self.edit_caption.setVisible(
            ctx is not None and editable is not None and may_edit_caption(ctx, editable)
        )
        self.problem = QLabel()
        self.problem.setObjectName("viewerProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.zoom_out = QPushButton()
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        self.zoom_in = QPushButton()
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        self.fit_button = QPushButton()
        self.fit_button.clicked.connect(self.fit_to_window)
        self.previous = QPushButton()
        self.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next = QPushButton()
        self.next.clicked.connect(lambda: self.show_page(self.page + 1))
        self.page_label = QLabel()
        self.close_button = QPushButton()
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in.click)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out.click)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, self.next.click)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, self.previous.click)

        bar = QHBoxLayout()
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.zoom_in)
        bar.addStretch(1)
        bar.addWidget(self.previous)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next)
        bar.addStretch(1)
        bar.addWidget(self.edit_caption)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.problem)
        layout.addLayout(bar)
        for widget in (self.previous, self.next, self.page_label):
            widget.setVisible(self.is_pdf)
        self.resize(1000, 760)
        self.retranslate()
        self._load(data)

    def retranslate(self) -> None:
        self.setWindowTitle(self.file_name)
        self.zoom_out.setText(self.tr("Zoom &out"))
        self.zoom_in.setText(self.tr("Zoom &in"))
        self.fit_button.setText(self.tr("&Fit to window"))
        self.previous.setText(self.tr("◀ &Previous page"))
        self.next.setText(self.tr("&Next page ▶"))
        self.close_button.setText(self.tr("&Close"))
        self.edit_caption.setText(self.tr("&Edit caption…"))
        self.edit_caption.setToolTip(self.tr("Write the words shown under this photo or document"))
        self.picture.setAccessibleName(
            self.tr("A page of %1").replace("%1", self.file_name)
            if self.is_pdf
            else self.tr("The photo %1").replace("%1", self.file_name)
        )
        if self.is_pdf and self.page_count():
            self._page_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_caption(self) -> CaptionDialog | None:
        """The caption written anew; shown here once it is stored."""
        if self.ctx is None or self.attachment is None:
            return None
        dialog = CaptionDialog(self.ctx, self.attachment, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(self._caption_saved)
        dialog.open()
        return dialog

    def _caption_saved(self, caption: str) -> None:
        if self.attachment is not None:
            self.attachment = self.attachment.model_copy(update={"caption": caption})
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))

    # Loading -----------------------------------------------------------------------
    def _load(self, data: bytes) -> None:
        if self.is_pdf:
            self._buffer = QBuffer(self._bytes, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            ok = self.document.status() == QPdfDocument.Status.Ready and self.page_count() > 0
        else:
            ok = self.image.loadFromData(data)
        if not ok:
            self.problem.setText(self.tr("This file cannot be shown."))
            self.problem.show()
            for widget in (self.zoom_in, self.zoom_out, self.fit_button, self.next):
                widget.setEnabled(False)
            return
        if self.is_pdf:
            self.show_page(0)
        else:
            self._show()

    def page_count(self) -> int:
        return int(self.document.pageCount())

    # Showing -----------------------------------------------------------------------
    def _available(self) -> QSize:
        viewport = self.scroller.viewport().size()
        return QSize(max(viewport.width() - 4, 50), max(viewport.height() - 4, 50))

    def _natural(self) -> QSize:
        """The size at zoom 1: the photo's pixels, or the PDF page at 96 dpi."""
        if self.is_pdf:
            points = self.document.pagePointSize(self.page)
            return QSize(
                max(int(points.width() * 96 / 72), 1), max(int(points.height() * 96 / 72), 1)
            )
        return self.image.size()

    def _fit_zoom(self) -> float:
        natural, room = self._natural(), self._available()
        if natural.isEmpty():
            return 1.0
        return min(room.width() / natural.width(), room.height() / natural.height(), 1.0)

    def _show(self) -> None:
        if self.fit:
            self.zoom = self._fit_zoom()
        natural = self._natural()
        ratio = self.devicePixelRatioF()
        size = QSize(
            max(int(natural.width() * self.zoom), 1), max(int(natural.height() * self.zoom), 1)
        )
        if self.is_pdf:
            rendered = self.document.render(self.page, size * ratio)
            pixmap = QPixmap.fromImage(rendered)
        elif not self.image.isNull():
            pixmap = self.image.scaled(
                size * ratio,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        else:
            return
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)
        self.picture.resize(size)
        self.zoom_out.setEnabled(self.zoom > MIN_ZOOM)
        self.zoom_in.setEnabled(self.zoom < MAX_ZOOM)
        self.fit_button.setEnabled(not self.fit)

    def set_zoom(self, zoom: float) -> None:
        self.fit = False
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._show()

    def fit_to_window(self) -> None:
        self.fit = True
        self._show()

    def show_page(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        self.page = max(0, min(page, count - 1))
        self._page_text()
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page < count - 1)
        self._show()

    def _page_text(self) -> None:
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.page + 1))
            .replace("%2", str(self.page_count()))
        )  # fmt: skip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fitted, the picture follows the room it has (the window resized)."""
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.scroller.viewport()
            and self.fit
            and (self.is_pdf or not self.image.isNull())
        ):
            self._show()
        return super().eventFilter(watched, event)
