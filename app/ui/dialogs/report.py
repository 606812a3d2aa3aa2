"""File ▸ Report…: the period report of one child as a PDF.

The report is rendered by ``app.services.report.build_report`` on the
executor's long lane, not its database lane: a year of records takes seconds to
lay out, and the database lane is the single writer — a report there would hold
up every save behind it. The report only reads, and the store (SQLite in WAL
mode, a session per unit of work) lets a reader run beside the writer. The list
of children is read the same way.

Cancel stops the job at its next progress step (the callback raises) and the
service removes its temporary file, so a cancelled or failed report leaves
nothing behind.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import ThuisboekError
from app.services.milestones import add_months
from app.services.overview import Overview
from app.services.profile import Book
from app.services.report import LANGUAGES, ReportResult, build_report, find_child
from app.services.review import scope
from app.ui.context import UiContext
from app.ui.dialogs.child import DateField
from app.ui.i18n import language_names, tr_message
from app.ui.tasks import Cancelled, Job, Lane, TaskState
from app.ui.widgets.colours import colours
from app.ui.widgets.screen_fit import RememberSize, fit_window

# Characters no file name may hold on one of the systems the app runs on.
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
RELIST_MS = 400  # after the dates change, wait this long before listing the children again


class ReportCancelled(Cancelled):
    """Raised from the progress callback: the person pressed Cancel."""


@dataclass(frozen=True)
class ChildChoice:
    child_id: uuid.UUID
    name: str
    household: str


def report_children(
    book: Book, start: date, end: date, extra: uuid.UUID | None = None
) -> list[ChildChoice]:
    """The children a report can be about: those placed during the period in
    the households this device holds (a caregiver's own; a supervisor's
    supervised ones), by household, then first name. ``extra`` (the child the
    dialog was opened for) is listed too when placed outside the period."""
    overview = Overview(book)
    found: list[ChildChoice] = []
    for household in scope(book):
        built = overview.build(household, start, end) if start <= end else None
        if built is not None:
            found.extend(
                ChildChoice(c.child.id, c.child.display_name(), built.name) for c in built.children
            )
    if extra is not None and extra not in {c.child_id for c in found}:
        try:
            child = find_child(book, extra)
        except ThuisboekError:
            pass  # gone from this device: not offered
        else:
            found.append(ChildChoice(child.id, child.display_name(), ""))
    return found


def default_file_name(template: str, name: str, start: date, end: date) -> str:
    """The template with the child's name and the dates, safe as a file name."""
    text = template.replace("%1", name).replace("%2", start.isoformat())
    text = text.replace("%3", end.isoformat())
    return " ".join(UNSAFE.sub(" ", text).split()).strip(". ") or "report.pdf"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


# The job ------------------------------------------------------------------------------


def reporting(state: TaskState) -> Callable[[int, int], None]:
    """The service's progress callback for a job: it raises once Cancel was
    pressed, but not at the last step (then the file is already in place)."""

    def progress(done: int, total: int) -> None:
        if state.cancelled and done < total:
            raise ReportCancelled()
        state.set_progress(done, total)

    return progress


# The dialog ---------------------------------------------------------------------------


class ReportDialog(QDialog):
    """Choose the child, the period, the language and the file; Create renders
    it with a progress bar; Cancel stops it; Open shows the PDF made."""

    sig_created = Signal(object)  # ReportResult

    def __init__(
        self, ctx: UiContext, child_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReportDialog")
        self.ctx = ctx
        self.wanted = child_id
        self.result_: ReportResult | None = None
        self.error: str | None = None
        self.state = "idle"  # idle | listing | running | cancelling | done | failed | cancelled
        self._job: Job | None = None
        self._list_job: Job | None = None
        self._close_when_done = False
        self._custom_path = False
        self._confirmed: str | None = None  # a file the person agreed to replace

        today = ctx.book.today()
        self.child = QComboBox()
        self.child.setObjectName("reportChild")
        self.child.setMinimumContentsLength(24)
        self.start = DateField()
        self.start.setObjectName("reportFrom")
        self.start.set_value(add_months(today, -12))
        self.end = DateField()
        self.end.setObjectName("reportTo")
        self.end.set_value(today)
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        names = language_names()
        for code in LANGUAGES:
            self.language.addItem(names.get(code, code), code)
        current = ctx.languages.current
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.path = QLineEdit()
        self.path.setObjectName("reportPath")
        self.path.textEdited.connect(self._path_edited)
        self.path.textChanged.connect(self.path.setToolTip)  # the whole path, when cut short
        self.browse = QPushButton()
        self.browse.setObjectName("reportBrowse")
        self.browse.clicked.connect(self.choose_file)
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("reportCreate")
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("reportOpen")
        self.open_button.hide()
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("reportCancel")
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.create_report)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_report)

        self.l_child, self.l_from, self.l_to = QLabel(), QLabel(), QLabel()
        self.l_language, self.l_path = QLabel(), QLabel()
        for label, field in (
            (self.l_child, self.child),
            (self.l_from, self.start),
            (self.l_to, self.end),
            (self.l_language, self.language),
            (self.l_path, self.path),
        ):
            label.setBuddy(field)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.l_child, self.child)
        form.addRow(self.l_from, self.start)
        form.addRow(self.l_to, self.end)
        form.addRow(self.l_language, self.language)
        form.addRow(self.l_path, file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.inputs: list[QWidget] = [
            self.child,
            self.start,
            self.end,
            self.language,
            self.path,
            self.browse,
        ]

        self._relist = QTimer(self)
        self._relist.setSingleShot(True)
        self._relist.setInterval(RELIST_MS)
        self._relist.timeout.connect(self.list_children)
        self.start.dateChanged.connect(self._period_changed)
        self.end.dateChanged.connect(self._period_changed)
        self.child.currentIndexChanged.connect(self._inputs_changed)
        self.language.currentIndexChanged.connect(self._inputs_changed)
        ctx.languages.sig_changed.connect(self._language_chosen)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        # Opens at the size it was left at, within the screen.
        RememberSize(self, self.fontMetrics().averageCharWidth() * 90, 0, ctx.settings)
        self.retranslate()
        self.list_children()

    # Texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Period report"))
        self.l_child.setText(self.tr("&Child:"))
        self.l_from.setText(self.tr("&From:"))
        self.l_to.setText(self.tr("&To:"))
        self.l_language.setText(self.tr("Report &language:"))
        self.l_path.setText(self.tr("&Save to:"))
        self.browse.setText(self.tr("Save &as…"))
        self.create_button.setText(self.tr("C&reate"))
        self.open_button.setText(self.tr("&Open"))
        self.child.setAccessibleName(self.tr("Child"))
        self.start.setAccessibleName(self.tr("First day of the report"))
        self.end.setAccessibleName(self.tr("Last day of the report"))
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.path.setAccessibleName(self.tr("File of the report"))
        self.progress.setAccessibleName(self.tr("Progress of the report"))
        locale = self.ctx.languages.locale()
        self.start.set_locale(locale)
        self.end.set_locale(locale)
        self._show_state()
        self._suggest_path()

    def _language_chosen(self, _code: str) -> None:
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_state(self) -> None:
        running = self.state in ("running", "cancelling")
        for widget in self.inputs:
            widget.setEnabled(not running)
        self.create_button.setEnabled(not running and self.chosen_child() is not None)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        self.progress.setVisible(running or self.state == "done")
        self.open_button.setVisible(self.state == "done")
        if self.state == "listing" and self.child.count() == 0:
            self.child.setPlaceholderText(self.tr("Reading the children…"))
        elif self.child.count() == 0:
            self.child.setPlaceholderText(self.tr("No child was placed in this period"))
        text, tone = self._status_text()
        self.status.setVisible(bool(text))
        self.status.setText(text)
        palette = self.status.palette()
        role = QPalette.ColorRole.WindowText
        if tone is None:
            palette.setColor(role, self.palette().color(role))
        else:
            palette.setColor(role, getattr(colours(self.palette()), tone))
        self.status.setPalette(palette)

    def _status_text(self) -> tuple[str, str | None]:
        if self.start.value() > self.end.value():
            return self.tr("The period starts after it ends."), "danger"
        if self.state == "running":
            return self.tr("Writing the report…"), None
        if self.state == "cancelling":
            return self.tr("Stopping…"), None
        if self.state == "cancelled":
            return self.tr("The report was cancelled; no file was written."), None
        if self.state == "failed":
            return self.error or "", "danger"
        if self.state == "done" and self.result_ is not None:
            result = self.result_
            text = self.tr("The report is saved as %1 (%n page(s)).", "", result.pages).replace(
                "%1", str(result.path)
            )
            if result.font_note:
                text += "\n" + self.tr("Some letters may not print: %1").replace(
                    "%1", result.font_note
                )
            return text, None
        return "", None

    # Children ---------------------------------------------------------------------------
    def list_children(self) -> None:
        """Read the children placed in the period (in the worker; the last ask wins)."""
        start, end = self.start.value(), self.end.value()
        if start > end:
            self._show_state()
            return
        book, extra = self.ctx.book, self.chosen_child() or self.wanted
        if self.state in ("idle", "listing", "done", "failed", "cancelled"):
            self.state = "listing"
        if self._list_job is not None:
            self._list_job.cancel()  # an older list: the dates changed since
        job = self.ctx.tasks.start(
            lambda _state: report_children(book, start, end, extra),
            lambda found: self._listed(job, found, None),
            lambda error: self._listed(job, [], error),
            lane=Lane.LONG,
        )
        self._list_job = job
        self._show_state()

    def _listed(self, job: Job, found: list[ChildChoice], error: Exception | None) -> None:
        if job is not self._list_job or not shiboken6.isValid(self):
            return  # an older list (the dates changed since), or the dialog is gone
        self._list_job = None
        keep = self.chosen_child() or self.wanted
        several = len({c.household for c in found if c.household}) > 1
        self.child.blockSignals(True)
        self.child.clear()
        for choice in found:
            text = choice.name
            if several and choice.household:
                text = f"{choice.name} — {choice.household}"
            self.child.addItem(text, choice.child_id)
        at = self._row_of(keep)
        self.child.setCurrentIndex(at if at >= 0 else (0 if found else -1))
        self.child.blockSignals(False)
        if self.state == "listing":
            self.state = "idle"
        if error is not None:
            reason = (
                tr_message(error.message)
                if isinstance(error, ThuisboekError)
                else type(error).__name__
            )
            self.state = "failed"
            self.error = self.tr("The children could not be read: %1").replace("%1", reason)
        self._suggest_path()
        self._show_state()

    def chosen_child(self) -> uuid.UUID | None:
        value = self.child.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def _row_of(self, child_id: uuid.UUID | None) -> int:
        # By value: findData compares the Python objects by identity.
        for row in range(self.child.count()):
            if child_id is not None and self.child.itemData(row) == child_id:
                return row
        return -1

    def set_child(self, child_id: uuid.UUID) -> None:
        at = self._row_of(child_id)
        if at >= 0:
            self.child.setCurrentIndex(at)
        self.wanted = child_id

    def _period_changed(self) -> None:
        self._inputs_changed()
        self._relist.start()

    def _inputs_changed(self, *_args: object) -> None:
        """Another report is being set up: Enter creates it (not opens the last)."""
        self._suggest_path()
        if not self.running:
            self.create_button.setDefault(True)
        self._show_state()

    # The file ---------------------------------------------------------------------------
    def _suggest_path(self) -> None:
        if self._custom_path:
            return
        name = self.child.currentText().split(" — ")[0] or self.tr("child")
        file_name = default_file_name(
            self.tr("Report %1 %2 to %3.pdf"), name, self.start.value(), self.end.value()
        )
        self.path.setText(str(documents_folder() / file_name))
        self._fit_path()

    def _fit_path(self) -> None:
        """Wide enough for the whole path (up to a point): its end names the file."""
        metrics = self.path.fontMetrics()
        wanted = metrics.horizontalAdvance(self.path.text()) + metrics.averageCharWidth() * 3
        self.path.setMinimumWidth(min(wanted, metrics.averageCharWidth() * 110))
        # Grown where the path needs it, never shrunk below the size it was left at.
        hint = self.sizeHint()
        if hint.width() > self.width() or hint.height() > self.height():
            fit_window(self, max(hint.width(), self.width()), max(hint.height(), self.height()))

    def _path_edited(self, _text: str) -> None:
        self._custom_path = True
        self._inputs_changed()

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            self.set_path(chosen, confirmed=True)

    def set_path(self, path: str | Path, *, confirmed: bool = False) -> None:
        """The file to write (``confirmed``: the person already agreed to replace it)."""
        self.path.setText(str(path))
        self._custom_path = True
        self._confirmed = str(path) if confirmed else None
        self._fit_path()

    def target(self) -> Path:
        text = self.path.text().strip()
        path = Path(text).expanduser() if text else documents_folder() / "report.pdf"
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    # Creating ---------------------------------------------------------------------------
    def create_report(self) -> None:
        """Render the report in the worker (Enter)."""
        if self.running:
            return
        child_id = self.chosen_child()
        start, end = self.start.value(), self.end.value()
        if child_id is None or start > end:
            self._show_state()
            return
        target = self.target()
        if not self._custom_path and not target.parent.exists():
            # The suggested folder (Documents) may not exist yet on a new account.
            with contextlib.suppress(OSError):  # then the report says why it cannot be written
                target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_file() and self._confirmed != str(target):
            answer = QMessageBox.question(
                self,
                self.tr("Replace the file?"),
                self.tr("%1 already exists. Replace it?").replace("%1", str(target)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        book, lang = self.ctx.book, str(self.language.currentData())
        self.state, self.result_, self.error = "running", None, None
        self.progress.setRange(0, 0)  # busy until the work is counted
        self.progress.setValue(0)
        self._show_state()
        self.cancel_button.setFocus()
        self._job = self.ctx.tasks.start(
            lambda state: build_report(book, child_id, start, end, target, lang, reporting(state)),
            self._finished,
            self._failed,
            lane=Lane.LONG,
            on_progress=lambda _phase, done, total: self._progress(done, total),
        )

    def _progress(self, done: int, total: int) -> None:
        if self._job is not None and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finished(self, result: ReportResult) -> None:
        self._job = None
        self.state, self.result_ = "done", result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._show_state()
        self.open_button.setDefault(True)
        self.open_button.setFocus()
        self.sig_created.emit(result)  # once per report
        self._after()

    def _failed(self, error: Exception) -> None:
        self._job = None
        if isinstance(error, Cancelled):
            self.state = "cancelled"
        else:
            self.state, self.error = "failed", self._describe(error)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self._show_state()
        self.create_button.setDefault(True)
        self._after()

    def _after(self) -> None:
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    def _describe(self, error: Exception) -> str:
        if isinstance(error, ThuisboekError):
            return tr_message(error.message)
        return self.tr("The report was not made: something went wrong (%1).").replace(
            "%1", type(error).__name__
        )

    def cancel(self) -> None:
        """Stop the report at its next step; nothing is written."""
        if self._job is not None and self.state == "running":
            self._job.cancel()
            self.state = "cancelling"
            self._show_state()

    def cancel_and_wait(self, msecs: int = 10_000) -> bool:
        """Stop and wait for the jobs (before the profile locks)."""
        jobs = [job for job in (self._job, self._list_job) if job is not None]
        for job in jobs:
            job.cancel()
        return all(job.wait(msecs) for job in jobs)

    @property
    def running(self) -> bool:
        return self.state in ("running", "cancelling")

    def open_report(self) -> None:
        if self.result_ is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_.path)))

    # Closing: Esc and Cancel stop a running report first ------------------------------
    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self._close_when_done = True
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, code: int) -> None:
        if self.running:  # never closed under a running report: it is stopped first
            self.cancel()
            return
        self._relist.stop()
        super().done(code)
