"""The review queue's panel: the chosen record in full, read-only, with its
thread of reviews, questions and answers. Showing a record is "opening" it,
which the next sync reports to the central office's audit log
(``ReviewQueue.opened``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app.domain.messages import ThuisboekError
from app.domain.records import Record
from app.services.review import ReviewQueue, ThreadEntry
from app.ui.context import UiContext
from app.ui.models.timeline import RowBuilder
from app.ui.models.words import Words
from app.ui.pages.timeline_detail import DetailData, TimelineDetail, load_detail
from app.ui.widgets.guarded import run_for
from app.ui.widgets.review_thread import escape, thread_html


@dataclass(frozen=True)
class QueueDetailData(DetailData):
    thread: list[ThreadEntry] = field(default_factory=list)
    child_names: dict[uuid.UUID, str] = field(default_factory=dict)
    relative_names: dict[uuid.UUID, str] = field(default_factory=dict)


def load_queue_detail(ctx: UiContext, review: ReviewQueue, record_id: uuid.UUID) -> DetailData:
    """Open a record for reading (noted for the audit log) and read what goes with
    it (runs on the task queue)."""
    review.opened(record_id)
    base = load_detail(ctx, record_id)
    record = base.stored.record
    children: dict[uuid.UUID, str] = {}
    relatives: dict[uuid.UUID, str] = {}
    for child_id in record.child_ids():
        try:
            child = ctx.records.get(child_id).record
        except ThuisboekError:
            continue
        children[child_id] = str(getattr(child, "display_name", lambda: "")())
        relatives.update({r.id: r.name for r in ctx.household.relatives(child_id)})
    return QueueDetailData(
        base.stored,
        base.editability,
        base.original,
        base.target,
        base.amendments,
        [],  # the thread below shows the reviews, with who wrote them
        base.settled,
        thread=review.thread(record_id),
        child_names=children,
        relative_names=relatives,
    )


class QueueDetail(TimelineDetail):
    """The timeline's record panel, read-only, with the thread of reviews."""

    def __init__(self, ctx: UiContext, review: ReviewQueue, words: Words) -> None:
        self.review = review
        self.words = words
        self.authors: dict[uuid.UUID, str] = {}
        super().__init__(ctx)
        self.browser.setObjectName("queueDetail")
        self.delete_button.hide()
        self.why_label.hide()

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Its own words, else the timeline panel's: PySide finds an inherited
        translation by the class hierarchy, but not a plural one ("%n minute(s)")."""
        untranslated = text.replace("%n", str(n)) if n >= 0 else text
        for context in ("QueueDetail", "TimelineDetail"):
            out = QCoreApplication.translate(context, text, disambiguation, n)
            if out != untranslated:
                return out
        return untranslated

    def retranslate(self) -> None:
        super().retranslate()
        self.browser.setAccessibleName(self.tr("The chosen record in full, with its reviews"))

    def _start(self) -> None:
        wanted = self._wanted
        if wanted is None:
            return
        self._loading = True
        run_for(
            self,
            self.ctx.tasks,
            lambda: load_queue_detail(self.ctx, self.review, wanted),
            self._loaded,
            self._failed,
        )

    def _loaded(self, data: DetailData) -> None:
        if isinstance(data, QueueDetailData):
            self.builder = self._builder(data)
        super()._loaded(data)

    def _builder(self, data: QueueDetailData) -> RowBuilder:
        languages = self.ctx.languages
        return RowBuilder(
            self.words.labels,
            languages.locale(),
            languages.current,
            data.child_names,
            data.relative_names,
        )

    def _render(self) -> None:
        if isinstance(self.data, QueueDetailData):
            self.builder = self._builder(self.data)  # in the language of the moment
        super()._render()
        self.delete_button.setEnabled(False)
        self.why_label.clear()

    def record_html(self, data: DetailData) -> str:
        out = super().record_html(data)
        if isinstance(data, QueueDetailData) and data.thread:
            heading = self.tr("Reviews, questions and answers")
            out += f"<h4>{escape(heading)}</h4>"
            out += thread_html(self.words, data.thread)
        return out

    def _author(self, record: Record) -> str:
        author = getattr(record, "author_id", None)
        name = self.authors.get(author) if author is not None else None
        if name and author != self.ctx.book.identity.user_id:
            return self.tr("written by %1").replace("%1", name)
        return super()._author(record)
