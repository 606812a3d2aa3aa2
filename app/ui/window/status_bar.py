"""The status bar's sync text: always what is true right now, with a link to the
changes the central office refused; and, while a sync runs, a bar of its
progress (the records sent or received of how many the run has)."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from app.ui.i18n import tr_message
from app.ui.sync_status import SyncStatus, last_ok_time

REFUSED_LINK = "#refused"  # the link to the refused changes


class SyncStatusLabel(QLabel):
    sig_refused = Signal()  # the link to the refused changes was followed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        # Rich text: the part about refused changes is a link that opens them.
        self.setTextFormat(Qt.TextFormat.RichText)
        self.linkActivated.connect(self._link)

    def show_status(self, status: SyncStatus) -> None:
        parts = []
        if status.phase == "not_enrolled":
            parts.append(self.tr("Working offline (not connected to a central office)"))
        elif status.phase == "syncing":
            if status.total:
                locale = QLocale()  # "12,400 of 33,000" as the language writes numbers
                parts.append(self.tr("Syncing %1 of %2…")
                             .replace("%1", locale.toString(status.done))
                             .replace("%2", locale.toString(status.total)))  # fmt: skip
            else:
                parts.append(self.tr("Syncing…"))
        elif status.phase == "offline":
            parts.append(self.tr("Offline"))
        elif status.phase == "revoked":
            parts.append(self.tr("This computer was revoked by the central office"))
        elif status.phase == "held":
            parts.append(self.tr("Sync held: confirm before records are removed"))
        elif status.phase == "failed":
            parts.append(self.tr("Sync failed"))
        elif status.phase == "outdated":
            needed = status.update.minimum if status.update else None
            parts.append(
                self.tr("Sync stopped: the central office needs Thuisboek %1 or newer").replace(
                    "%1", needed or "?"
                )
            )
        if status.phase in ("synced", "offline", "failed") and status.last_ok:
            when = last_ok_time(status)
            if when:
                parts.append(self.tr("synced at %1").replace("%1", when))
        if status.update is not None and status.update.advised and status.update.recommended:
            parts.append(
                self.tr("update recommended: Thuisboek %1").replace("%1", status.update.recommended)
            )
        # Someone who never syncs has nothing "waiting": everything is kept here.
        if status.waiting and not status.local_only:
            parts.append(self.tr("%n change(s) waiting", "", status.waiting))
        if status.conflicts:
            parts.append(self.tr("%n conflict(s) to look at", "", status.conflicts))
        texts = [html.escape(p) for p in parts]
        if status.rejected:
            refused = self.tr("%n change(s) refused by the central office", "", status.rejected)
            texts.append(f'<a href="{REFUSED_LINK}">{html.escape(refused)}</a>')
        self.setText(" · ".join(texts))
        if status.error is not None and status.phase in ("failed", "held", "revoked", "outdated"):
            self.setToolTip(tr_message(status.error.message))
        elif status.local_only:
            self.setToolTip(
                self.tr(
                    "Everything is kept, encrypted, on this computer. Once connected to a "
                    "central office, what was written here is sent there too."
                )
            )
        else:
            self.setToolTip("")

    def _link(self, link: str) -> None:
        if link == REFUSED_LINK:
            self.sig_refused.emit()


class SyncProgressBar(QProgressBar):
    """The run's progress beside the text that names it: shown while a sync with a
    known size runs (a supervisor's first pull: every household's records)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncProgress")
        self.setTextVisible(False)  # the numbers are in the text beside it
        self.setFixedWidth(140)
        self.setMaximumHeight(12)
        self.hide()

    def show_status(self, status: SyncStatus) -> None:
        if status.phase == "syncing" and status.total > 0:
            self.setRange(0, status.total)
            self.setValue(min(status.done, status.total))
            self.show()
        else:
            self.hide()
