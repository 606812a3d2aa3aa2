"""Leaving care in the app: what the closing offers (the book and the young
person's export, after what still waits to reach the office), and the export
itself, made on the task queue into a folder the person chooses."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import ThuisboekError
from app.domain.records import Child
from app.services import lifebook, young_export
from app.services.leaving import Departure, LeavingService
from app.ui.context import UiContext
from app.ui.dialogs.lifebook import BookDialog
from app.ui.i18n import tr_message
from app.ui.tasks import Cancelled, Job, Lane, TaskState


class YoungExportDialog(QDialog):
    """Make "My file" and the book of a young person who leaves care, in their
    language, into a folder: nothing else is written anywhere."""

    sig_written = Signal(list)  # the paths written

    def __init__(self, ctx: UiContext, child: Child, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child = child
        self.job: Job | None = None
        self.written: list[Path] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language = QComboBox()
        for code, name in (("nl", "Nederlands"), ("fr", "Français"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            self.language.findData(lifebook.book_language(child, ctx.languages.current))
        )
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        self.choose = QPushButton()
        self.choose.clicked.connect(self.choose_folder)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("exportStatus")
        self.make_button = QPushButton()
        self.make_button.setDefault(True)
        self.make_button.setEnabled(False)
        self.make_button.clicked.connect(lambda: self.make_into(Path(self.folder.text())))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)

        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(language_row)
        layout.addLayout(folder_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(620, 320)
        self.retranslate()

    def retranslate(self) -> None:
        name = self.child.given_name
        self.setWindowTitle(self.tr("Export for {name}").format(name=name))
        self.intro.setText(
            self.tr(
                "What {name} receives on leaving: “My file”, a readable copy of what was "
                "written about {name} that is theirs to keep (decided per kind of record: "
                "no incidents, reviews, questions or professional notes), and the book. "
                "Two PDF files are written into the folder you choose, and nothing else. "
                "Hand them over and do not keep a copy."
            ).format(name=name)
        )
        self.language_label.setText(self.tr("&Language:"))
        self.folder_label.setText(self.tr("&Folder:"))
        self.choose.setText(self.tr("C&hoose…"))
        self.make_button.setText(self.tr("&Make the export"))
        self.close_button.setText(self.tr("&Close"))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder"))
        if folder:
            self.folder.setText(folder)
            self.make_button.setEnabled(True)

    def make_into(self, folder: Path) -> Job:
        """Make the export on the long lane and write it into ``folder``."""
        book, child_id = self.ctx.book, self.child.id
        lang = str(self.language.currentData())

        def work(state: TaskState) -> list[Path]:
            def told(done: int, total: int) -> None:
                state.check()
                state.set_progress(done, total)

            made = young_export.make_export(book, child_id, lang, progress=told)
            state.check()
            return young_export.write_export(made, folder)

        self.folder.setText(str(folder))
        self.make_button.setEnabled(False)
        self.choose.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Making the export…"))
        self.job = self.ctx.tasks.start(
            work,
            self._written,
            self._failed,
            lane=Lane.LONG,
            on_progress=lambda _phase, done, total: self._progress(done, total),
        )
        return self.job

    def _progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self) and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _written(self, paths: list[Path]) -> None:
        self.job = None
        if not shiboken6.isValid(self):
            return
        self.written = paths
        self.progress.hide()
        self.choose.setEnabled(True)
        self.make_button.setEnabled(True)
        names = "\n".join(p.name for p in paths)
        folder = str(paths[0].parent) if paths else ""
        self.status.setText(
            self.tr("Written into {folder}:\n{names}").format(folder=folder, names=names)
        )
        self.sig_written.emit(paths)

    def _failed(self, error: Exception) -> None:
        self.job = None
        if not shiboken6.isValid(self):
            return
        self.progress.hide()
        self.choose.setEnabled(True)
        self.make_button.setEnabled(bool(self.folder.text()))
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("The export was cancelled; nothing was written."))
        elif isinstance(error, ThuisboekError):
            self.status.setText(tr_message(error.message))
        else:
            self.status.setText(self.tr("The export could not be made; nothing was written."))
            self.ctx.events.sig_error.emit(error)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()


class LeavingOffersDialog(QDialog):
    """After a placement was closed: what still waits, then the book and the
    young person's export."""

    def __init__(self, ctx: UiContext, child: Child, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.child = child
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("offersHeading")
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.waiting.setObjectName("offersWaiting")
        self.book_button = QPushButton()
        self.book_button.clicked.connect(self.open_book)
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.open_export)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.book: BookDialog | None = None
        self.export: YoungExportDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.waiting)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(620, 260)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        name = self.child.given_name
        self.setWindowTitle(self.tr("{name} leaves care").format(name=name))
        self.heading.setText(
            self.tr(
                "The placement of {name} is closed. Before {name} leaves the laptops, make "
                "the book and what {name} receives on leaving."
            ).format(name=name)
        )
        self.book_button.setText(self.tr("Make the &book…"))
        self.export_button.setText(self.tr("&Export for the young person…"))
        self.close_button.setText(self.tr("&Close"))

    def refresh(self) -> None:
        """Read the departure again (on the task queue) and say what waits."""
        service, child_id = LeavingService(self.ctx.book), self.child.id

        def show(found: Departure | None) -> None:
            if shiboken6.isValid(self) and found is not None:
                self.waiting.setText(self.departure_text(found))

        self.ctx.tasks.run(
            lambda: service.departure(child_id), show, self.ctx.events.sig_error.emit
        )

    def departure_text(self, found: Departure) -> str:
        """What still waits on this laptop to reach the office about the child, and
        when the child leaves the household's laptops."""
        name = found.child.given_name
        if found.waiting:
            text = self.tr(
                "%n change(s) about {name} still wait on this laptop to reach the central "
                "office; they go at the next sync.",
                "",
                found.waiting,
            ).format(name=name)
        else:
            text = self.tr(
                "Nothing about {name} waits on this laptop to reach the central office."
            ).format(name=name)
        if found.leaves_after is not None and found.leaves_after > datetime.now(UTC):
            when = QDateTime.fromSecsSinceEpoch(int(found.leaves_after.timestamp()))
            text += " " + self.tr(
                "{name} leaves this laptop at the first sync after {when}."
            ).format(
                name=name,
                when=self.ctx.languages.locale().toString(when, QLocale.FormatType.ShortFormat),
            )
        text += " " + self.tr(
            "{name} leaves the household's laptops a day after the closing reaches them, once "
            "what they hold about {name} has reached the office: make the book and the export "
            "before then."
        ).format(name=name)
        return text

    def open_book(self) -> BookDialog:
        self.book = BookDialog(self.ctx, self.child, self)
        self.book.open()
        return self.book

    def open_export(self) -> YoungExportDialog:
        self.export = YoungExportDialog(self.ctx, self.child, self)
        self.export.open()
        return self.export
