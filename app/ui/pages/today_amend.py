"""Correcting a log that is kept as it was written: an amendment with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import ThuisboekError, ValidationFailed
from app.domain.records import DailyLog
from app.ui.context import UiContext
from app.ui.i18n import tr_message
from app.ui.pages.today_form import GrowingText, LogForm
from app.ui.pages.today_view import qdate
from app.ui.widgets.drafts import DialogDraft


class AmendDialog(QDialog):
    """The corrected fields and the reason. The amendment is stored through
    ``DailyLogService.amend`` on the task queue; the dialog closes once it is stored
    and stays open, with the problems beside the fields, when it is refused."""

    sig_amended = Signal(object)  # the stored amendment (DailyLog)

    def __init__(
        self,
        ctx: UiContext,
        original: DailyLog,
        author: str,
        start: dict[str, Any],
        parent: QWidget | None = None,
        *,
        drop_draft: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = original
        self.drop_draft = drop_draft  # the day's draft, taken up here, goes with the amendment
        self.author = author
        self._busy = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason = GrowingText(2, 6)
        self.reason_label.setBuddy(self.reason)
        self.reason_problem = QLabel()
        self.reason_problem.setWordWrap(True)
        self.reason_problem.hide()
        self.reason.textChanged.connect(self.reason_problem.hide)
        self.form = LogForm()
        self.form.set_values(start)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Enter belongs to the multi-line fields; Ctrl+Enter and Ctrl+S store.
        for keys in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
            QShortcut(QKeySequence(keys), self, self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_problem)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.reason, self.form.mood_buttons[1])
        self.retranslate()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        font_height = self.fontMetrics().height()
        width, height = font_height * 60, font_height * 48
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.9)))
        # The correction's words are kept as a draft of this log's amendment.
        self._filling = False
        self.draft = DialogDraft(ctx, f"amend:{original.id}", self._draft_values, self)
        self.reason.textChanged.connect(self._edited)
        self.form.sig_edited.connect(self._edited)
        self.draft.load(self._restore)

    def _edited(self) -> None:
        if not self._filling:
            self.draft.edited()

    def _draft_values(self) -> dict[str, Any]:
        return {"reason": self.reason.toPlainText(), "fields": self.form.values()}

    def _restore(self, values: dict[str, Any]) -> None:
        self._filling = True
        try:
            self.reason.setPlainText(str(values.get("reason") or ""))
            fields = values.get("fields")
            if isinstance(fields, dict):
                self.form.set_values(fields)
        finally:
            self._filling = False

    def reject(self) -> None:
        """Cancel: a written reason is thrown away only when the person says so."""
        if self.reason.toPlainText().strip():
            answer = QMessageBox.question(
                self,
                self.tr("Throw away this amendment?"),
                self.tr("What you wrote here is not stored. Throw it away?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.draft.finish()
        super().reject()

    def retranslate(self) -> None:
        locale: QLocale = self.ctx.languages.locale()
        when = locale.toString(qdate(self.original.date), QLocale.FormatType.LongFormat)
        self.setWindowTitle(self.tr("Add amendment"))
        self.intro.setText(
            self.tr(
                "The log of %1 by %2 stays as it was written. Your correction is kept "
                "beside it, with the reason, and both can be read later."
            )
            .replace("%1", when)
            .replace("%2", self.author)
        )
        self.reason_label.setText(self.tr("R&eason for the amendment (required)"))
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add amendment"))
        ok.setToolTip(self.tr("Store the amendment (Ctrl+Enter)"))

    def submit(self) -> None:
        if self._busy:
            return
        reason = self.reason.toPlainText()
        fields = self.form.values()
        original_id = self.original.id
        daily, drop_draft = self.ctx.daily, self.drop_draft
        self._set_busy(True)
        self.ctx.tasks.run(
            lambda: daily.amend(original_id, reason, fields, drop_draft=drop_draft),
            self._stored,
            self._refused,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def _stored(self, amendment: object) -> None:
        self._set_busy(False)
        self.draft.finish()
        self.sig_amended.emit(amendment)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationFailed):
            rest = []
            for problem in self.form.show_problems(error.problems):
                if problem.field == "amendment_reason":
                    self.reason_problem.setText("⚠ " + tr_message(problem.message))
                    self.reason_problem.show()
                    self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
                else:
                    rest.append(problem)
            text = "\n".join("⚠ " + tr_message(p.message) for p in rest)
        elif isinstance(error, ThuisboekError):
            text = "⚠ " + tr_message(error.message)
        else:
            text = "⚠ " + self.tr("The amendment could not be stored (%1).").replace(
                "%1", type(error).__name__
            )
        self.problems.setText(text)
        self.problems.setVisible(bool(text))
