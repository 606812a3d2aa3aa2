"""File ▸ Refused changes…: the changes the central office did not accept, each
with the office's reason, and "Send again" for the ones chosen.

Sending again puts the record, as it is, back in the queue for the next sync;
nothing in this dialog changes or deletes a record. Enter on a row does
nothing; Ctrl+Enter or the button sends again; Escape closes.
"""

from __future__ import annotations

import html
import uuid
from datetime import datetime

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.messages import ThuisboekError
from app.services.refused import RefusedItem, RefusedService
from app.ui.context import UiContext
from app.ui.i18n import tr_message
from app.ui.models.refused import RefusedColumn, RefusedModel
from app.ui.models.words import Words
from app.ui.widgets.guarded import run_for
from app.ui.widgets.screen_fit import RememberSize
from app.ui.widgets.tables import setup_rows_table

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RefusedView(QTableView):
    """The refused changes. Enter does nothing here (it is no way to send a change
    by accident); Ctrl+Enter asks to send the chosen ones again."""

    sig_send = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_rows_table(
            self,
            QAbstractItemView.SelectionMode.ExtendedSelection,
            wrap=True,
            stretch_last=False,
        )
        # Refusal reasons are long: rows as high as their words, scrolled by the pixel.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setCornerButtonEnabled(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.sig_send.emit()
            event.accept()  # not passed on: the dialog's buttons stay untouched
            return
        super().keyPressEvent(event)


class RefusedDialog(QDialog):
    """The refused changes; ``sig_sent(n)`` once n of them are queued again."""

    sig_sent = Signal(int)

    def __init__(
        self, ctx: UiContext, service: RefusedService | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refusedDialog")
        self.ctx = ctx
        self.service = service or RefusedService(ctx.book)
        self.loaded = False
        self._serial = 0
        self._busy = False

        self.words = Words(self)
        self.model = RefusedModel(self.words, self)
        self.intro = QLabel()
        self.intro.setObjectName("refusedIntro")
        self.intro.setWordWrap(True)
        self.results = QLabel()
        self.results.setObjectName("refusedResults")
        self.view = RefusedView()
        self.view.setObjectName("refusedList")
        self.view.setModel(self.model)
        self.view.sig_send.connect(self.send_again)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = QTextBrowser()
        self.detail.setObjectName("refusedDetail")
        self.detail.setOpenLinks(False)
        self.detail.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.notice = QLabel()
        self.notice.setObjectName("refusedNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendAgain")
        # Enter never sends: only a click, Space on the button, or Ctrl+Enter.
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self.send_again)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.send_action = QAction(self)
        self.send_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.send_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.send_action.triggered.connect(self.send_again)
        self.addAction(self.send_action)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.results)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        RememberSize(self, 980, 540, ctx.settings)
        self.retranslate()
        self._update_buttons()
        ctx.events.sig_records_changed.connect(self._records_changed)
        self.refresh()

    # Words --------------------------------------------------------------------------
    def retranslate(self) -> None:
        languages = self.ctx.languages
        self.words.set_language(languages.locale(), languages.current)
        self.model.retranslate()
        self.setWindowTitle(self.tr("Refused changes"))
        self.intro.setText(
            self.tr("The central office did not accept these changes. They are kept on this "
                    "computer, as they were written. Read the reason: once it has been put "
                    "right, by the office or by correcting the record, send the change again. "
                    "Nothing is deleted here.")
        )  # fmt: skip
        self.view.setAccessibleName(self.tr("Refused changes"))
        self.detail.setAccessibleName(self.tr("The chosen change and the reason in full"))
        self.send_button.setText(self.tr("&Send again"))
        self.send_button.setToolTip(
            self.tr("Put the chosen changes back in the queue for the next sync (Ctrl+Enter)")
        )
        self._update_results()
        self._show_current()
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fit_columns(self) -> None:
        metrics = self.view.fontMetrics()
        pad = 2 * metrics.height()
        what = [self.model.titles()[RefusedColumn.WHAT]]
        what += [r.texts[RefusedColumn.WHAT] for r in self.model.rows()]
        widest = max(metrics.horizontalAdvance(t) for t in what) + pad
        # Wide enough for the longer languages' words ("Étape du développement"), no wider.
        self.view.setColumnWidth(RefusedColumn.WHAT, min(widest, metrics.averageCharWidth() * 30))
        self.view.setColumnWidth(RefusedColumn.RECORD, metrics.averageCharWidth() * 34)
        sample = self.words.moment_text(datetime(2028, 12, 27, 22, 58))
        self.view.setColumnWidth(RefusedColumn.CHANGED, metrics.horizontalAdvance(sample) + pad)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(RefusedColumn.REASON, QHeaderView.ResizeMode.Stretch)
        self.detail.setFixedHeight(metrics.height() * 5 + pad // 2)

    def _update_results(self) -> None:
        rows = self.model.rowCount()
        if not self.loaded:
            text = ""
        elif rows:
            text = self.tr("%n change(s) refused.", "", rows)
        else:
            text = self.tr("No refused changes: the central office accepted every change "
                           "it received.")  # fmt: skip
        self.results.setText(text)

    def _update_buttons(self) -> None:
        can = bool(self.selected_ids()) and not self._busy
        self.send_button.setEnabled(can)
        self.send_action.setEnabled(can)

    # Loading ------------------------------------------------------------------------
    def _records_changed(self, _changes: ChangeSet) -> None:
        # Any record may be the refused one: a correction, a sync's answer.
        if shiboken6.isValid(self):
            self.refresh()

    def refresh(self) -> None:
        self._serial += 1
        serial = self._serial
        service = self.service
        run_for(
            self,
            self.ctx.tasks,
            service.refused,
            lambda found: self._loaded(serial, found),
            self._failed,
        )

    def _loaded(self, serial: int, found: list[RefusedItem]) -> None:
        if serial != self._serial:
            return
        chosen = set(self.selected_ids())
        current = self.current_item()
        first = not self.loaded
        self.model.set_items(found)
        self.loaded = True
        selection = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.model.rowCount()):
            found_row = self.model.row(row)
            if found_row is not None and found_row.record_id in chosen:
                selection.select(self.model.index(row, 0), flags)
        row = self.model.row_of(current.record_id) if current is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            command = QItemSelectionModel.SelectionFlag.Rows | (
                QItemSelectionModel.SelectionFlag.NoUpdate
                if selection.hasSelection()
                else QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            selection.setCurrentIndex(self.model.index(row, 0), command)
        if first:  # later reloads keep the widths the person chose
            self._fit_columns()
        self._update_results()
        self._update_buttons()
        self._show_current()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._update_buttons()
        if isinstance(exc, ThuisboekError):
            self._show_notice(tr_message(exc.message))
        else:
            self.ctx.events.sig_error.emit(exc)

    # The chosen changes -------------------------------------------------------------
    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [r.record_id for r in (self.model.row(i) for i in rows) if r is not None]

    def current_item(self) -> RefusedItem | None:
        row = self.model.row(self.view.currentIndex().row())
        return row.item if row is not None else None

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        row = self.model.row(self.view.currentIndex().row())
        if row is None:
            self.detail.clear()
            return
        what = row.texts[RefusedColumn.WHAT]
        about = "<br>".join(html.escape(line) for line in row.about.splitlines())
        reason = html.escape(row.item.reason) or html.escape(self.tr("(no reason given)"))
        heading = html.escape(self.tr("The central office's reason:"))
        self.detail.setHtml(
            f"<p><b>{html.escape(what)}</b> · {about}</p><p><b>{heading}</b> {reason}</p>"
        )

    # Sending again ------------------------------------------------------------------
    def send_again(self) -> None:
        """Queue the chosen changes again, as they are; the next sync sends them."""
        ids = self.selected_ids()
        if not ids or self._busy:
            return
        self._busy = True
        self._update_buttons()
        kinds = {r.item.kind for r in self.model.rows() if r.record_id in set(ids)}
        ctx, service = self.ctx, self.service

        def done(queued: list[uuid.UUID]) -> None:
            # The status bar's count, the timeline's marks: the records are as they were.
            ctx.changed(ChangeSet.of(*kinds, ids=queued))
            if not shiboken6.isValid(self):
                return
            self._busy = False
            self._update_buttons()
            self._show_notice(
                self.tr("%n change(s) will be sent again with the next sync.", "", len(queued))
            )
            self.sig_sent.emit(len(queued))

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self):
                self._failed(exc)
            else:
                ctx.events.sig_error.emit(exc)

        ctx.tasks.run(lambda: service.send_again(ids), done, failed)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
