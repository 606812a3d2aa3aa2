"""A record's thread of reviews, questions and answers, as HTML for a text panel."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from app.services.review import ThreadEntry
from app.ui.models.words import Words, mark_text


def escape(text: str) -> str:
    """Text for HTML, its line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def thread_html(words: Words, thread: list[ThreadEntry]) -> str:
    """Marks, questions and answers in the order written; answers set in."""
    parts = []
    for entry in thread:
        who = entry.author_name or QCoreApplication.translate("Thread", "someone")
        if entry.mine:
            who = QCoreApplication.translate("Thread", "%1 (you)").replace("%1", who)
        head = " · ".join(
            (mark_text(words, entry.mark), who, words.moment_text(entry.at)),
        )
        indent = " style='margin-left:18px'" if entry.reply_to is not None else ""
        comment = f"<br>{escape(entry.comment)}" if entry.comment else ""
        parts.append(f"<p{indent}><b>{escape(head)}</b>{comment}</p>")
    return "".join(parts)
