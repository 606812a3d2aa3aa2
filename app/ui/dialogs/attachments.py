"""The attachments of a child or of one record: a strip of tiles (photos as
thumbnails, PDFs as a page), "Attach…" to add photos and scans, Enter to look at
one, Delete to remove one. Every read and write runs on the executor's database
lane; the bytes are shown from memory, never from a file."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.attachments import ATTACHABLE_KINDS, MAX_CHILD_BYTES, MAX_FILE_BYTES, Attachment
from app.domain.changes import NOTHING, ChangeSet
from app.domain.messages import Message, ThuisboekError
from app.domain.records import Child, Record
from app.domain.vocabulary import Role
from app.services.attachments import AttachmentService
from app.ui.context import UiContext
from app.ui.dialogs.attachment_viewer import AttachmentViewer
from app.ui.dialogs.keep import KeepButton
from app.ui.i18n import tr_message
from app.ui.models.attachments import TILE, AttachmentsModel, ItemLike, Tile, data_size
from app.ui.tasks import Lane, TaskState

ATTACHABLE = ATTACHABLE_KINDS
COMPACT = 72  # pixels of a tile beside a record's details
PATTERNS = "*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF"


class _Usage(Protocol):
    @property
    def used(self) -> int: ...
    @property
    def limit(self) -> int: ...


class AttachmentSource(Protocol):
    """What the strip asks of the attachments service (app.services.attachments)."""

    def add_file(
        self,
        child_id: uuid.UUID,
        path: Path,
        *,
        target_kind: str = "",
        target_id: uuid.UUID | None = None,
        caption: str = "",
    ) -> tuple[Record, ChangeSet]: ...

    def for_child(self, child_id: uuid.UUID) -> Sequence[ItemLike]: ...

    def for_target(self, target_id: uuid.UUID) -> Sequence[ItemLike]: ...

    def content(self, attachment_id: uuid.UUID) -> bytes: ...

    def remove(self, attachment_id: uuid.UUID) -> ChangeSet: ...

    def usage(self, child_id: uuid.UUID) -> _Usage: ...


@dataclass
class Imported:
    """What one "Attach…" did: the changes written and the files refused."""

    changes: ChangeSet = NOTHING
    added: int = 0
    refused: list[tuple[str, Message | None]] = field(default_factory=list)


def import_files(
    source: AttachmentSource,
    child_id: uuid.UUID,
    paths: list[Path],
    target_kind: str,
    target_id: uuid.UUID | None,
    state: TaskState,
) -> Imported:
    """Add the files one by one (runs on the database lane); a refused file is told
    and the others still go in."""
    done = Imported()
    for n, path in enumerate(paths):
        state.set_progress(n, len(paths))
        if state.cancelled:
            break
        try:
            _record, changes = source.add_file(
                child_id, path, target_kind=target_kind, target_id=target_id
            )
        except ThuisboekError as exc:
            done.refused.append((path.name, exc.message))
            continue
        except OSError:
            done.refused.append((path.name, None))
            continue
        done.changes = done.changes | changes
        done.added += 1
    state.set_progress(len(paths), len(paths))
    return done


class AttachmentList(QListView):
    """Tiles in a row that wraps; Enter opens the current one, Delete removes it."""

    sig_open = Signal(object)  # Tile
    sig_remove = Signal(object)  # Tile
    sig_dropped = Signal(object)  # list[Path]: files dropped on the strip

    def __init__(self, parent: QWidget | None = None, *, side: int = TILE) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentStrip")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(side, side))
        self.setGridSize(QSize(side + 40, side + 44))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)  # one row of tiles that scrolls sideways
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        bar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(self.gridSize().height() + bar + 2 * self.frameWidth() + 4)
        self.model_ = AttachmentsModel(self)
        self.setModel(self.model_)
        self.activated.connect(self._activated)
        self.doubleClicked.connect(self._activated)

    @staticmethod
    def _files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.acceptDrops() and self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.acceptDrops() and self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._files(event) if self.acceptDrops() else []
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.sig_dropped.emit(files)

    def current_tile(self) -> Tile | None:
        return self.model_.tile(self.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        tile = self.model_.tile(index)
        if tile is not None:
            self.sig_open.emit(tile)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        tile = self.current_tile()
        if tile is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_open.emit(tile)
            return
        if tile is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.sig_remove.emit(tile)
            return
        super().keyPressEvent(event)


class AttachmentStrip(QWidget):
    """The attachments of a child (``target`` None) or of one of the child's
    records, with "Attach…" for caregivers; read-only for supervisors."""

    sig_loaded = Signal()
    sig_imported = Signal(object)  # Imported

    def __init__(
        self,
        ctx: UiContext,
        source: AttachmentSource | None = None,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source: AttachmentSource = source or AttachmentService(ctx.book)
        self.read_only = read_only or ctx.book.identity.role != Role.CAREGIVER
        self.child_id: uuid.UUID | None = None
        self.child_name = ""
        self.target: Record | None = None
        self.viewer: AttachmentViewer | None = None
        self.used = 0
        self._generation = 0
        self.confirm_remove: Callable[[Tile], bool] = self._ask_remove
        self.choose_files: Callable[[], list[Path]] = self._ask_files

        self.heading = QLabel()
        self.heading.setObjectName("attachmentsHeading")
        self.list = AttachmentList(side=COMPACT if compact else TILE)
        self.list.sig_open.connect(self.open_tile)
        self.list.sig_remove.connect(self.remove_tile)
        self.list.sig_dropped.connect(self.add_paths)  # files dropped from a folder
        self.empty = QLabel()
        self.empty.setObjectName("attachmentsEmpty")
        self.empty.setWordWrap(True)
        self.attach = QPushButton()
        self.attach.setObjectName("attachFiles")
        self.attach.clicked.connect(self.attach_files)
        self.remove = QPushButton()
        self.remove.clicked.connect(self._remove_current)
        self.keep = KeepButton(ctx)  # a photo kept for the child's book
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.limits = QLabel()
        self.limits.setObjectName("attachmentLimits")
        self.limits.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.refused = QLabel()
        self.refused.setObjectName("attachmentsRefused")
        self.refused.setWordWrap(True)
        self.refused.setTextFormat(Qt.TextFormat.PlainText)
        self.refused.hide()

        row = QHBoxLayout()
        row.addWidget(self.attach)
        row.addWidget(self.remove)
        keep_row = row
        if compact:  # beside a form there is room for two buttons in a row
            row.addStretch(1)
            keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.progress)
        layout.addWidget(self.refused)
        layout.addLayout(row)
        if keep_row is not row:
            layout.addLayout(keep_row)
        layout.addWidget(self.limits)
        self.attach.setVisible(not self.read_only)
        self.list.setAcceptDrops(not self.read_only)
        self.list.viewport().setAcceptDrops(not self.read_only)
        self.list.setDropIndicatorShown(False)
        self.remove.setVisible(not self.read_only)
        ctx.events.sig_records_changed.connect(self._changed)
        self.retranslate()
        self._fill([])

    # Texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText("<b>" + self.tr("Photos and documents") + "</b>")
        self.list.setAccessibleName(self.tr("Photos and documents"))
        self.list.setAccessibleDescription(
            self.tr("Enter opens the chosen one; Delete removes it.")
        )
        self.empty.setText(self.tr("No photos or documents yet."))
        self.attach.setText(self.tr("&Attach…"))
        self.attach.setToolTip(
            self.tr(
                "Add photos (JPEG, PNG) or scans (PDF); several at once, or drop them "
                "from a folder onto the strip"
            )
        )
        self.remove.setText(self.tr("Remove"))
        self._limits()

    def _limits(self) -> None:
        if self.child_id is None or self.read_only or not self.child_name:
            self.limits.clear()
            return
        self.limits.setText(
            self.tr("Up to %1 a file; %2 has %3 of %4.")
            .replace("%1", data_size(MAX_FILE_BYTES))
            .replace("%2", self.child_name)
            .replace("%3", data_size(self.used))
            .replace("%4", data_size(MAX_CHILD_BYTES))
        )  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.list.model_.layoutChanged.emit()
        super().changeEvent(event)

    # What it shows -------------------------------------------------------------------
    def set_target(self, child: Child | None, target: Record | None = None) -> None:
        """The child's own attachments (``target`` None) or those of one record."""
        self._set(child.id if child else None, child.given_name if child else "", target)

    def set_record(self, record: Record | None, child: Child | None = None) -> None:
        """The attachments of a record of a child (a log, a milestone, a contact;
        ``child`` when it concerns several); nothing for other records."""
        if record is None or record.kind not in ATTACHABLE or not record.child_ids():
            self._set(None, "", None)
        elif child is not None and child.id in record.child_ids():
            self._set(child.id, child.given_name, record)
        else:
            self._set(record.child_ids()[0], "", record)

    def _set(self, child_id: uuid.UUID | None, name: str, target: Record | None) -> None:
        same = child_id == self.child_id and (
            (target is None and self.target is None)
            or (target is not None and self.target is not None and target.id == self.target.id)
        )
        self.child_id, self.child_name, self.target = child_id, name, target
        if not same:
            self._fill([])
            self.refused.hide()
        self.attach.setEnabled(child_id is not None and not self._deleted())
        self.reload()

    def _deleted(self) -> bool:
        return self.target is not None and self.target.deleted

    def _changed(self, changes: ChangeSet) -> None:
        if self.child_id is not None and changes.concerns(Attachment.kind):
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        if self.child_id is None:
            self._fill([])
            return
        generation, source, records = self._generation, self.source, self.ctx.records
        child_id, name = self.child_id, self.child_name
        target_id = self.target.id if self.target is not None else None

        def read() -> tuple[list[Tile], int, str]:
            items = source.for_target(target_id) if target_id else source.for_child(child_id)
            named = name
            if not named:
                child = records.get(child_id).record
                named = child.given_name if isinstance(child, Child) else ""
            return [Tile.of(i) for i in items], source.usage(child_id).used, named

        def show(found: tuple[list[Tile], int, str]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.used, self.child_name = found[1], found[2]
                self._fill(found[0])
                self.sig_loaded.emit()

        self.ctx.tasks.run(read, show, self._failed)

    def _fill(self, tiles: list[Tile]) -> None:
        self.list.model_.set_tiles(tiles)
        self.list.setVisible(bool(tiles))
        self.empty.setVisible(not tiles)
        self.remove.setEnabled(False)
        self.keep.set_record(None)
        self._limits()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        tile = self.list.model_.tile(current)
        record = tile.record if tile is not None else None
        self.keep.set_record(record if isinstance(record, Attachment) else None)
        self.remove.setEnabled(tile is not None)

    def tiles(self) -> list[Tile]:
        return list(self.list.model_.tiles)

    def _failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, ThuisboekError):
            self.refused.setText(tr_message(exc.message))
            self.refused.show()
        else:
            self.ctx.events.sig_error.emit(exc)

    # Attaching -----------------------------------------------------------------------
    def _ask_files(self) -> list[Path]:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach photos or documents"),
            "",
            self.tr("Photos and PDF documents (%1)").replace("%1", PATTERNS),
        )
        return [Path(n) for n in names]

    def attach_files(self) -> None:
        if self.read_only or self.child_id is None:
            return
        paths = self.choose_files()
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> None:
        """Import the files on the database lane, with progress when there are several."""
        if self.child_id is None or self.read_only:
            return
        source, child_id = self.source, self.child_id
        kind = self.target.kind if self.target is not None else ""
        target_id = self.target.id if self.target is not None else None
        self.refused.hide()
        self.attach.setEnabled(False)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Adding %v of %m…"))
        self.progress.setVisible(len(paths) > 1)
        self.ctx.tasks.start(
            lambda state: import_files(source, child_id, paths, kind, target_id, state),
            self._imported,
            self._import_failed,
            lane=Lane.DATABASE,
            on_progress=self._progress,
        )

    def _progress(self, _phase: str, done: int, total: int) -> None:
        if shiboken6.isValid(self):
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _imported(self, done: Imported) -> None:
        if not shiboken6.isValid(self):
            self.ctx.changed(done.changes)
            return
        self.progress.hide()
        self.attach.setEnabled(self.child_id is not None)
        lines = []
        for name, message in done.refused:
            why = (
                tr_message(message)
                if message is not None
                else self.tr("This file could not be read.")
            )
            lines.append(self.tr("%1 was not added: %2").replace("%1", name).replace("%2", why))
        self.refused.setText("\n".join(lines))
        self.refused.setVisible(bool(lines))
        self.sig_imported.emit(done)
        self.ctx.changed(done.changes)

    def _import_failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self):
            self.progress.hide()
            self.attach.setEnabled(self.child_id is not None)
        self._failed(exc)

    # Looking and removing ------------------------------------------------------------
    def open_tile(self, tile: Tile) -> None:
        source = self.source

        def show(data: bytes) -> None:
            if not shiboken6.isValid(self):
                return
            self.viewer = AttachmentViewer(
                tile.file_name, tile.media_type, data, self.window(), caption=tile.caption
            )
            self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.viewer.open()

        self.ctx.tasks.run(lambda: source.content(tile.id), show, self._failed)

    def _ask_remove(self, tile: Tile) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr("Remove %1? It is removed on every laptop at the next sync.").replace(
                "%1", tile.file_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _remove_current(self) -> None:
        tile = self.list.current_tile()
        if tile is not None:
            self.remove_tile(tile)

    def remove_tile(self, tile: Tile) -> None:
        if self.read_only or not self.confirm_remove(tile):
            return
        source = self.source
        self.ctx.tasks.run(lambda: source.remove(tile.id), self.ctx.changed, self._failed)
