"""A daily log shown read-only (the previous entry, other caregivers' logs,
amendments), and the names of its fields and values in the current language."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.records import DailyLog
from app.domain.vocabulary import Severity
from app.ui.models.timeline import mood_word
from app.ui.pages.today_state import TEXT_FIELDS, log_fields


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def field_name(name: str) -> str:
    names = {
        "mood": QCoreApplication.translate("DailyLog", "Mood"),
        "sleep": QCoreApplication.translate("DailyLog", "Sleep"),
        "eating": QCoreApplication.translate("DailyLog", "Eating"),
        "health": QCoreApplication.translate("DailyLog", "Health"),
        "medication": QCoreApplication.translate("DailyLog", "Medication given"),
        "school": QCoreApplication.translate("DailyLog", "School or daycare"),
        "activities": QCoreApplication.translate("DailyLog", "Activities"),
        "moments": QCoreApplication.translate("DailyLog", "Notable moments"),
        "text": QCoreApplication.translate("DailyLog", "Other remarks"),
        "incident": QCoreApplication.translate("DailyLog", "What happened"),
        "flag": QCoreApplication.translate("DailyLog", "Incident"),
        "severity": QCoreApplication.translate("DailyLog", "Severity"),
    }
    return names.get(name, name)


def severity_word(severity: Severity | str | None) -> str:
    words = {
        Severity.LOW: QCoreApplication.translate("DailyLog", "low"),
        Severity.MEDIUM: QCoreApplication.translate("DailyLog", "medium"),
        Severity.HIGH: QCoreApplication.translate("DailyLog", "high"),
    }
    return words[Severity(severity)] if severity else ""


def _paragraph(name: str, value: str) -> str:
    body = html.escape(value).replace("\n", "<br>")
    # "Humeur :" in French: the colon as the language writes it.
    label = QCoreApplication.translate("DailyLog", "%1:").replace("%1", field_name(name))
    return f"<p><b>{html.escape(label)}</b> {body}</p>"


def log_html(log: DailyLog, only: Iterable[str] | None = None) -> str:
    """The filled-in fields of a log as simple rich text (escaped: it is what people typed)."""
    wanted = set(only) if only is not None else None
    parts: list[str] = []
    if log.amends_id is not None and log.amendment_reason:
        reason = QCoreApplication.translate("DailyLog", "Reason")
        parts.append(
            f"<p><b>{html.escape(reason)}:</b> "
            f"{html.escape(log.amendment_reason).replace(chr(10), '<br>')}</p>"
        )
    if (wanted is None or "flag" in wanted or "severity" in wanted) and log.flag:
        level = severity_word(log.severity)
        incident = QCoreApplication.translate("DailyLog", "Incident")
        parts.append(
            f"<p><b>⚑ {html.escape(incident)}</b>"
            + (f" ({html.escape(level)})" if level else "")
            + "</p>"
        )
    elif wanted is not None and "flag" in wanted:  # an amendment that withdraws the flag
        parts.append(_paragraph("flag", QCoreApplication.translate("DailyLog", "no incident")))
    if (wanted is None or "mood" in wanted) and log.mood is not None:
        parts.append(_paragraph("mood", f"{mood_word(log.mood)} ({log.mood}/5)"))
    for name in TEXT_FIELDS:
        value = getattr(log, name)
        if (wanted is None or name in wanted) and value.strip():
            parts.append(_paragraph(name, value))
    if not parts:
        nothing = QCoreApplication.translate("DailyLog", "Nothing was noted.")
        parts.append(f"<p><i>{html.escape(nothing)}</i></p>")
    return "".join(parts)


def changed_fields(original: DailyLog, amendment: DailyLog) -> list[str]:
    before, after = log_fields(original), log_fields(amendment)
    return [name for name in after if after[name] != before[name]]


class LogCard(QFrame):
    """One log, read-only, with a heading and (for logs that may be corrected)
    an "Add amendment…" button."""

    sig_amend = Signal(object)  # the DailyLog to correct

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.log: DailyLog | None = None
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.amend_button = QPushButton()
        self.amend_button.clicked.connect(lambda: self.sig_amend.emit(self.log))
        self.amend_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.amend_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self.retranslate()

    def show_log(
        self,
        log: DailyLog,
        heading: str,
        *,
        can_amend: bool = False,
        only: Iterable[str] | None = None,
    ) -> None:
        self.log = log
        self.heading.setText(heading)
        text = log_html(log, only)
        self.body.setText(text)
        self.body.setAccessibleName(heading)
        self.amend_button.setVisible(can_amend)

    def retranslate(self) -> None:
        self.amend_button.setText(self.tr("Add amendment…"))
        self.amend_button.setAccessibleName(self.tr("Add an amendment to this log"))
