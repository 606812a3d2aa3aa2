"""The read-only panel under the timeline: one record in full, with what was
amended and reviewed about it, and whether it may still be deleted."""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QLocale, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.attachments import ATTACHABLE_KINDS
from app.domain.messages import ThuisboekError
from app.domain.records import (
    ConflictRevision,
    ContactNote,
    DailyLog,
    Entry,
    MilestoneObservation,
    Record,
    Review,
)
from app.services.records import Editability, RecordNotFound
from app.services.timeline import Stored
from app.ui.context import UiContext
from app.ui.dialogs.attachments import AttachmentStrip
from app.ui.dialogs.keep import KeepButton
from app.ui.i18n import tr_message
from app.ui.models.timeline import RowBuilder, milestone_label
from app.ui.pages.care_goals import GoalLinkButton

RELATED_PAGE = 500
LINK_SCHEME = "record"


@dataclass(frozen=True)
class DetailData:
    """A record and what belongs with it, read together off the UI thread."""

    stored: Stored
    editability: Editability
    original: Record | None = None  # what an amendment corrects
    target: Record | None = None  # what a review is about
    amendments: list[Record] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    # Conflicts about the record that were settled, with the note left for the household.
    settled: list[ConflictRevision] = field(default_factory=list)


def _maybe(ctx: UiContext, record_id: uuid.UUID) -> Record | None:
    """A linked record, or None where this device does not hold it (yet)."""
    try:
        return ctx.records.get(record_id).record
    except RecordNotFound:
        return None


def load_detail(ctx: UiContext, record_id: uuid.UUID) -> DetailData:
    """Read a record with its amendments and reviews (runs on the task queue)."""
    stored = ctx.records.get(record_id)
    record = stored.record
    original = target = None
    if isinstance(record, Entry) and record.amends_id is not None:
        original = _maybe(ctx, record.amends_id)
    if isinstance(record, Review):
        target = _maybe(ctx, record.target_id)
    amendments: list[Record] = []
    reviews: list[Review] = []
    settled: list[ConflictRevision] = []
    # Amendments of amendments too, oldest first.
    queue = [record.id]
    while queue:
        for linked in ctx.timeline.related(queue.pop(0)):
            other = linked.record
            if isinstance(other, ConflictRevision):
                if other.target_id == record.id and other.resolved:
                    settled.append(other)
            elif isinstance(other, Review):
                if other.target_id == record.id:
                    reviews.append(other)
            elif isinstance(other, Entry) and other.amends_id is not None:
                amendments.append(other)
                queue.append(other.id)
    reviews.sort(key=lambda r: r.created_at)
    return DetailData(
        stored, ctx.records.editability(stored), original, target, amendments, reviews, settled
    )


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class TimelineDetail(QWidget):
    """Shows one record; asks the page to delete it or to open a linked record."""

    sig_delete_requested = Signal()
    sig_open_record = Signal(object)  # uuid.UUID

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.builder: RowBuilder | None = None
        self.data: DetailData | None = None
        self._wanted: uuid.UUID | None = None
        self._loading = False
        self._failure = ""

        self.browser = QTextBrowser()
        self.browser.setObjectName("timelineDetail")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("timelineDelete")
        self.delete_button.clicked.connect(self.sig_delete_requested.emit)
        self.why_label = QLabel()
        self.why_label.setObjectName("timelineWhyNot")
        self.why_label.setWordWrap(True)
        self.goal_button = GoalLinkButton(ctx)  # "this moves a goal of the care plan"
        self.keep_button = KeepButton(ctx)  # "keep for the child's book"
        buttons = QHBoxLayout()
        buttons.addWidget(self.why_label, 1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.goal_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        self.attachments = AttachmentStrip(ctx, compact=True)  # read-only for supervisors
        self.attachments.hide()
        layout.addWidget(self.attachments)
        layout.addLayout(buttons)
        self.retranslate()
        self._render()

    def retranslate(self) -> None:
        self.delete_button.setText(self.tr("&Delete entry"))
        self.delete_button.setAccessibleName(self.tr("Delete this entry"))
        self.browser.setAccessibleName(self.tr("The chosen record in full"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Loading ------------------------------------------------------------------------
    def show_record(self, record_id: uuid.UUID | None) -> None:
        """Show a record (read on the task queue; at most one read in flight)."""
        self._wanted = record_id
        if record_id is None:
            self.goal_button.set_entry(None)
            self.keep_button.set_record(None)
            self._show_attachments(None)
            self.data = None
            self._failure = ""
            self._render()
        elif not self._loading:
            self._start()

    def record_id(self) -> uuid.UUID | None:
        return self._wanted

    def _start(self) -> None:
        wanted = self._wanted
        if wanted is None:
            return
        self._loading = True
        self.ctx.tasks.run(lambda: load_detail(self.ctx, wanted), self._loaded, self._failed)

    def _loaded(self, data: DetailData) -> None:
        self._loading = False
        if self._wanted != data.stored.record.id:
            self._start()  # the person moved on while this was read
            return
        self.data = data
        self._failure = ""
        self.goal_button.set_entry(data.stored.record)
        self.keep_button.set_record(data.stored.record)
        self._show_attachments(data.stored.record)
        self._render()

    def _show_attachments(self, record: Record | None) -> None:
        """The photos and documents of a log, a milestone or a contact."""
        shown = record is not None and record.kind in ATTACHABLE_KINDS and not record.deleted
        self.attachments.set_record(record if shown else None)
        self.attachments.setVisible(shown)

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self.data = None
        if isinstance(exc, ThuisboekError):
            self._failure = tr_message(exc.message)
        else:
            self._failure = self.tr("This record could not be read.")
            self.ctx.events.sig_error.emit(exc)
        self._render()

    def _link(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            try:
                record_id = uuid.UUID(url.path())
            except ValueError:
                return  # not a link this panel made
            self.sig_open_record.emit(record_id)

    # Showing ------------------------------------------------------------------------
    def _render(self) -> None:
        data = self.data
        if data is None or self.builder is None:
            hint = self._failure or self.tr("Choose an entry to read it in full.")
            self.browser.setHtml(f"<p>{_escape(hint)}</p>")
            self.delete_button.setEnabled(False)
            self.why_label.clear()
            return
        verdict = data.editability
        self.delete_button.setEnabled(verdict.editable)
        self.why_label.setText(
            tr_message(verdict.reason) if not verdict.editable and verdict.reason else ""
        )
        self.browser.setHtml(self.record_html(data))

    def record_html(self, data: DetailData) -> str:
        assert self.builder is not None
        b = self.builder
        record = data.stored.record
        day = record.day()
        title = b.labels.kind(record.kind) + (f" · {b.date_text(day)}" if day else "")
        parts = [f"<h3>{_escape(title)}</h3>"]
        if isinstance(record, Entry) and record.amends_id is not None:
            original_day = data.original.day() if data.original else None
            when = b.date_text(original_day) if original_day else ""
            if when:
                said = self.tr("This is an amendment of the entry of %1.").replace("%1", when)
                show = self.tr("Show the original")
                link = f' <a href="{LINK_SCHEME}:{record.amends_id}">{_escape(show)}</a>'
            else:
                said = self.tr("This is an amendment of an entry this computer does not hold.")
                link = ""
            parts.append(f"<p><b>{_escape(said)}</b>{link}</p>")
        if isinstance(record, Review) and data.target is not None:
            about = self.tr("About:")
            parts.append(
                f"<p>{_escape(about)} "
                f'<a href="{LINK_SCHEME}:{record.target_id}">'
                f"{_escape(b.labels.kind(data.target.kind))} · "
                f"{_escape(b.summary(data.target))}</a></p>"
            )
        rows = self.fields(record)
        if isinstance(record, Entry) and record.amends_id is not None:
            rows.append((self.tr("Reason for the amendment"), record.amendment_reason))
        parts.append(self._table(rows))
        parts.append(f"<p><small>{_escape(self._about(data.stored))}</small></p>")
        if data.amendments:
            parts.append("<h4>" + _escape(self.tr("Amendments")) + "</h4>")
            before = record
            for amendment in data.amendments:
                parts.append(self._amendment_html(before, amendment))
                before = amendment
        if data.reviews:
            parts.append("<h4>" + _escape(self.tr("Reviews")) + "</h4>")
            for review in data.reviews:
                mark = b.labels.review_marks[review.mark]
                when = self._when(review.created_at)
                parts.append(
                    f"<p><b>{_escape(mark)}</b> · {_escape(when)}<br>{_escape(review.comment)}</p>"
                )
        if data.settled:
            parts.append("<h4>" + _escape(self.tr("Conflicts settled")) + "</h4>")
            for revision in data.settled:
                said = self.tr("Two computers changed this record at the same time; settled.")
                note = revision.resolution_note
                text = f"{_escape(said)}<br><b>{_escape(note)}</b>" if note else _escape(said)
                parts.append(f"<p>{text}</p>")
        return "".join(parts)

    def _amendment_html(self, before: Record, amendment: Record) -> str:
        assert isinstance(amendment, Entry)
        old = dict(self.fields(before))
        changed = [
            (label, f"{old.get(label, '—') or '—'} → {value or '—'}")
            for label, value in self.fields(amendment)
            if old.get(label, "") != value
        ]
        reason = self.tr("Reason:")
        head = (
            f'<p><a href="{LINK_SCHEME}:{amendment.id}">'
            f"{_escape(self._when(amendment.created_at))}</a> · {_escape(self._author(amendment))}"
            f"<br>{_escape(reason)} {_escape(amendment.amendment_reason)}</p>"
        )
        return head + self._table(changed)

    @staticmethod
    def _table(rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td valign='top'><b>{_escape(label)}</b>&nbsp;&nbsp;</td>"
            f"<td>{_escape(value)}</td></tr>"
            for label, value in rows
            if value
        )
        return f"<table cellspacing='2'>{cells}</table>"

    def fields(self, record: Record) -> list[tuple[str, str]]:
        """Every field a person wrote, as (label, value); empty ones are left out."""
        assert self.builder is not None
        b = self.builder
        labels = b.labels
        rows: list[tuple[str, str]] = [
            (self.tr("Children") if len(record.child_ids()) > 1 else self.tr("Child"),
             b.names(record.child_ids(), b.child_names)),
        ]  # fmt: skip
        if isinstance(record, DailyLog):
            rows += [
                (self.tr("Date"), b.date_text(record.date)),
                (self.tr("Mood"), labels.mood(record.mood) if record.mood else ""),
                (self.tr("Incident"), labels.incident(record.severity) if record.flag else ""),
                (self.tr("What happened"), record.incident),
                (self.tr("Sleep"), record.sleep),
                (self.tr("Eating"), record.eating),
                (self.tr("Health"), record.health),
                (self.tr("Medication"), record.medication),
                (self.tr("School or daycare"), record.school),
                (self.tr("Activities"), record.activities),
                (self.tr("Notable moments"), record.moments),
                (self.tr("Notes"), record.text),
            ]
        elif isinstance(record, ContactNote):
            kind = labels.contact_kinds[record.contact_kind] if record.contact_kind else ""
            minutes = record.duration_minutes
            rows += [
                (self.tr("Date"), b.date_text(record.date)),
                (self.tr("Relatives"), b.names(record.relatives, b.relative_names)),
                (self.tr("Kind of contact"), kind),
                (self.tr("Status"), labels.contact_statuses[record.status]),
                (self.tr("Duration"), self.tr("%n minute(s)", "", minutes) if minutes else ""),
                (self.tr("Place"), record.place),
                (self.tr("Before"), record.reaction_before),
                (self.tr("During"), record.reaction_during),
                (self.tr("After"), record.reaction_after),
                (self.tr("Agreements"), record.agreements),
                (self.tr("Follow-up"), record.follow_up),
                (self.tr("Notes"), record.text),
            ]
        elif isinstance(record, MilestoneObservation):
            rows += [
                (self.tr("Observed on"), b.date_text(record.observed_on)),
                (self.tr("Milestone"), milestone_label(record.item_id, b.lang)),
                (self.tr("Status"), labels.milestone_statuses[record.status]),
                (self.tr("Note"), record.note),
            ]
        elif isinstance(record, Review):
            rows += [
                (self.tr("Mark"), labels.review_marks[record.mark]),
                (self.tr("Comment"), record.comment),
            ]
        return rows

    def _when(self, moment: datetime) -> str:
        assert self.builder is not None
        local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
        return self.builder.locale.toString(local, QLocale.FormatType.ShortFormat)

    def _author(self, record: Record) -> str:
        author = getattr(record, "author_id", None)
        if author is not None and author == self.ctx.book.identity.user_id:
            return self.tr("written by you")
        return self.tr("written by someone else")

    def _about(self, stored: Stored) -> str:
        record = stored.record
        parts = []
        if isinstance(record, (Entry, Review)):
            parts.append(self.tr("Written %1").replace("%1", self._when(record.created_at)))
            parts.append(self._author(record))
        if stored.sync_state == "pending":
            parts.append(self.tr("waiting to sync"))
        elif stored.sync_state == "rejected":
            parts.append(
                self.tr("refused by the central office: %1").replace("%1", stored.reject_reason)
            )
        else:
            parts.append(self.tr("synced"))
        return " · ".join(parts)
