"""The attachments of a child or of one record: a strip of tiles (photos as
thumbnails, PDFs as a page, a ribbon on what is kept for the book), "Attach…" to
add photos and scans, Enter to look at one, F2 to write its caption anew, Delete to
remove one ("Photo removed · Undo" brings it back for a while). Every read and
write runs on the executor's database lane; the bytes are shown from memory, never
from a file."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.attachments import ATTACHABLE_KINDS, MAX_CHILD_BYTES, MAX_FILE_BYTES, Attachment
from app.domain.changes import NOTHING, ChangeSet
from app.domain.messages import Message, ThuisboekError
from app.domain.records import Child, Record
from app.domain.story import Keepsake
from app.domain.vocabulary import Role
from app.services.attachments import AttachmentService
from app.services.story import StoryService
from app.ui.context import UiContext
from app.ui.dialogs.attachment_viewer import AttachmentViewer
from app.ui.dialogs.caption import CaptionDialog, may_edit_caption
from app.ui.dialogs.keep import KeepButton
from app.ui.i18n import tr_message
from app.ui.models.attachments import TILE, AttachmentsModel, Tile, data_size
from app.ui.tasks import Lane, TaskState

ATTACHABLE = ATTACHABLE_KINDS
COMPACT = 72  # pixels of a tile beside a record's details
PATTERNS = "*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF"
UNDO_MS = 15_000  # how long "Photo removed · Undo" stays


@dataclass
class Imported:
    """What one "Attach…" did: the changes written and the files refused."""

    changes: ChangeSet = NOTHING
    added: int = 0
    refused: list[tuple[str, Message | None]] = field(default_factory=list)


def import_files(
    service: AttachmentService,
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
            _record, changes = service.add_file(
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
    """Tiles in a row that wraps; Enter opens the current one, Delete removes it,
    F2 writes its caption anew, Ctrl+Z brings back the one just removed."""

    sig_open = Signal(object)  # Tile
    sig_remove = Signal(object)  # Tile
    sig_caption = Signal(object)  # Tile
    sig_undo = Signal()
    sig_dropped = Signal(object)  # list[Path]: files dropped on the strip

    def __init__(self, parent: QWidget | None = None, *, side: int = TILE) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentStrip")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(side, side))
        # Room for the name on one line under the picture (two beside a record's
        # details would take height a small screen lacks).
        self.setGridSize(QSize(side + 40, side + (44 if side >= TILE else 26)))
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
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.undo_ready: Callable[[], bool] = lambda: False  # a removal may be undone

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z here undoes the removal on offer before the window's Undo does."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and self.undo_ready()
        ):
            event.accept()
            return True
        return super().event(event)

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
        if event.matches(QKeySequence.StandardKey.Undo) and self.undo_ready():
            self.sig_undo.emit()
            return
        tile = self.current_tile()
        if tile is not None and event.key() == Qt.Key.Key_F2:
            self.sig_caption.emit(tile)
            return
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
        service: AttachmentService | None = None,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service or AttachmentService(ctx.book)
        self.story = StoryService(ctx.book)
        self.read_only = read_only or ctx.book.identity.role != Role.CAREGIVER
        self.child_id: uuid.UUID | None = None
        self.child_name = ""
        self.target: Record | None = None
        self.viewer: AttachmentViewer | None = None
        self.caption_dialog: CaptionDialog | None = None
        self.removed: list[uuid.UUID] = []  # removed here, their bytes kept for an undo
        self._select: uuid.UUID | None = None  # the tile to choose once it is shown
        self.used = 0
        self._generation = 0
        self.confirm_remove: Callable[[Tile], bool] = self._ask_remove
        self.choose_files: Callable[[], list[Path]] = self._ask_files

        self.heading = QLabel()
        self.heading.setObjectName("attachmentsHeading")
        self.list = AttachmentList(side=COMPACT if compact else TILE)
        self.list.sig_open.connect(self.open_tile)
        self.list.sig_remove.connect(self.remove_tile)
        self.list.sig_caption.connect(self.edit_caption)
        self.list.sig_undo.connect(self.undo_remove)
        self.list.undo_ready = lambda: bool(self.removed) and not self.undo_bar.isHidden()
        self.list.customContextMenuRequested.connect(self._menu)
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
        self.undo_bar = QFrame()  # "Photo removed · Undo", for a while
        self.undo_bar.setObjectName("attachmentUndo")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_text = QLabel()
        self.undo_text.setObjectName("attachmentUndoText")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("attachmentUndoButton")
        self.undo_button.clicked.connect(self.undo_remove)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(8, 2, 2, 2)
        undo_row.addWidget(self.undo_text, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.undo_bar.hide()
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_MS)
        self.undo_timer.timeout.connect(self.end_undo)
        self._undo_pdf = False

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
        layout.addWidget(self.undo_bar)
        layout.addLayout(row)
        if keep_row is not row:
            layout.addLayout(keep_row)
        layout.addWidget(self.limits)
        self.attach.setVisible(not self.read_only)
        self.list.setAcceptDrops(not self.read_only)
        self.list.viewport().setAcceptDrops(not self.read_only)
        self.list.setDropIndicatorShown(False)
        self.remove.setVisible(not self.read_only)
        # Tab goes from the tiles to "Undo" while it is offered, then to the buttons.
        QWidget.setTabOrder(self.list, self.undo_button)
        QWidget.setTabOrder(self.undo_button, self.attach)
        ctx.events.sig_records_changed.connect(self._changed)
        self.retranslate()
        self._fill([])

    # Texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText("<b>" + self.tr("Photos and documents") + "</b>")
        self.list.setAccessibleName(self.tr("Photos and documents"))
        self.list.setAccessibleDescription(
            self.tr("Enter opens the chosen one; F2 edits its caption; Delete removes it.")
            if not self.read_only
            else self.tr("Enter opens the chosen one.")
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
        self.undo_text.setText(
            self.tr("Document removed") if self._undo_pdf else self.tr("Photo removed")
        )
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Bring it back (Ctrl+Z)"))
        self.undo_bar.setAccessibleName(self.undo_text.text())
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

    def hideEvent(self, event: QHideEvent) -> None:
        """Out of view (another page, the window closed), the removal on offer
        stays; a window minimised keeps the offer."""
        if not event.spontaneous() and self.removed:
            self.end_undo()
        super().hideEvent(event)

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
            self.end_undo()
            self._fill([])
            self.refused.hide()
        self.attach.setEnabled(child_id is not None and not self._deleted())
        self.reload()

    def _deleted(self) -> bool:
        return self.target is not None and self.target.deleted

    def _changed(self, changes: ChangeSet) -> None:
        if self.child_id is not None and (
            changes.concerns(Attachment.kind) or changes.concerns(Keepsake.kind)
        ):
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        if self.child_id is None:
            self._fill([])
            return
        generation, service, records = self._generation, self.service, self.ctx.records
        story = self.story
        child_id, name = self.child_id, self.child_name
        target_id = self.target.id if self.target is not None else None

        def read() -> tuple[list[Tile], int, str]:
            items = service.for_target(target_id) if target_id else service.for_child(child_id)
            kept = {k.target_id for k in story.kept(child_id) if k.target_kind == Attachment.kind}
            named = name
            if not named:
                child = records.get(child_id).record
                named = child.given_name if isinstance(child, Child) else ""
            tiles = [Tile.of(i, kept=i.attachment.id in kept) for i in items]
            return tiles, service.usage(child_id).used, named

        def show(found: tuple[list[Tile], int, str]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.used, self.child_name = found[1], found[2]
                current = self._select or self._current_id()
                self._select = None
                self._fill(found[0])
                self._choose(current)
                self.sig_loaded.emit()

        self.ctx.tasks.run(read, show, self._failed)

    def _fill(self, tiles: list[Tile]) -> None:
        self.list.model_.set_tiles(tiles)
        self.list.setVisible(bool(tiles))
        self.empty.setVisible(not tiles)
        self.remove.setEnabled(False)
        self.keep.set_record(None)
        self._limits()

    def _current_id(self) -> uuid.UUID | None:
        tile = self.list.current_tile()
        return tile.id if tile is not None else None

    def _choose(self, attachment_id: uuid.UUID | None) -> None:
        """The tile of ``attachment_id`` made the current one again (after a reload)."""
        for row, tile in enumerate(self.list.model_.tiles):
            if tile.id == attachment_id:
                self.list.setCurrentIndex(self.list.model_.index(row, 0))
                return

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        tile = self.list.model_.tile(current)
        record = tile.record if tile is not None else None
        self.keep.set_record(record)
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
        service, child_id = self.service, self.child_id
        kind = self.target.kind if self.target is not None else ""
        target_id = self.target.id if self.target is not None else None
        self.refused.hide()
        self.attach.setEnabled(False)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Adding %v of %m…"))
        self.progress.setVisible(len(paths) > 1)
        self.ctx.tasks.start(
            lambda state: import_files(service, child_id, paths, kind, target_id, state),
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
        service = self.service
        record = tile.record

        def show(data: bytes) -> None:
            if not shiboken6.isValid(self):
                return
            self.viewer = AttachmentViewer(
                tile.file_name,
                tile.media_type,
                data,
                self.window(),
                caption=tile.caption,
                editable=None if self.read_only else record,
                ctx=self.ctx,
            )
            self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.viewer.open()

        self.ctx.tasks.run(lambda: service.content(tile.id), show, self._failed)

    def _may_edit(self, tile: Tile) -> bool:
        record = tile.record
        return not self.read_only and may_edit_caption(self.ctx, record)

    def edit_caption(self, tile: Tile) -> CaptionDialog | None:
        """Write the tile's caption anew (caregivers)."""
        if not self._may_edit(tile):
            return None
        assert tile.record is not None
        self.caption_dialog = CaptionDialog(self.ctx, tile.record, self.window())
        self.caption_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.caption_dialog.open()
        return self.caption_dialog

    def tile_menu(self, tile: Tile) -> QMenu:
        """What can be done with one tile: open it; for caregivers also write its
        caption, keep it for the book and remove it."""
        menu = QMenu(self)
        menu.setObjectName("attachmentMenu")
        opened = menu.addAction(self.tr("&Open"), lambda: self.open_tile(tile))
        opened.setShortcut(QKeySequence(Qt.Key.Key_Return))
        if self._may_edit(tile):
            caption = menu.addAction(self.tr("Edit &caption…"), lambda: self.edit_caption(tile))
            caption.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self._choose(tile.id)  # "Keep for the book" acts on the chosen tile
        current = self.list.current_tile()
        if current is not None and current.id == tile.id and not self.keep.isHidden():
            keep = (
                QCoreApplication.translate("KeepButton", "Kept for the &book ✓")
                if tile.kept
                else QCoreApplication.translate("KeepButton", "Keep for the &book…")
            )
            menu.addAction(keep, self.keep.click)
        if not self.read_only:
            menu.addSeparator()
            removed = menu.addAction(self.tr("&Remove"), lambda: self.remove_tile(tile))
            removed.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        return menu

    def _menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid():
            index = self.list.currentIndex()
        tile = self.list.model_.tile(index)
        if tile is None:
            return
        self.list.setCurrentIndex(index)
        menu = self.tile_menu(tile)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # From the keyboard (no tile under the pointer): beside the current tile.
        where = pos if self.list.indexAt(pos).isValid() else self.list.visualRect(index).center()
        menu.popup(self.list.viewport().mapToGlobal(where))

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
        """Remove it (after asking), then offer to undo that for a while; its bytes
        stay on this laptop until the offer ends."""
        if self.read_only or not self.confirm_remove(tile):
            return
        service = self.service

        def done(changes: ChangeSet) -> None:
            if shiboken6.isValid(self):
                self.end_undo()  # an earlier removal stays
                self.removed = [tile.id]
                self._undo_pdf = tile.is_pdf
                self.retranslate()
                self.undo_bar.show()
                self.limits.hide()  # its place, while "Undo" is on offer
                self.undo_timer.start()
                said = f"{self.undo_text.text()}. {self.undo_button.toolTip()}"
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.undo_bar, said))
            self.ctx.changed(changes)

        self.ctx.tasks.run(lambda: service.remove(tile.id, keep_bytes=True), done, self._failed)

    def undo_remove(self) -> None:
        """Bring back what was just removed: a change that syncs like any other."""
        if not self.removed or self.read_only:
            return
        [attachment_id] = self.removed
        self.removed = []
        self.undo_timer.stop()
        self.undo_bar.hide()
        self.limits.show()
        service = self.service

        def done(restored: tuple[Attachment, ChangeSet]) -> None:
            if shiboken6.isValid(self):
                self._select = restored[0].id
                self.list.setFocus()
            self.ctx.changed(restored[1])

        self.ctx.tasks.run(lambda: service.restore(attachment_id), done, self._failed)

    def end_undo(self) -> None:
        """The removal on offer stays: its bytes go from this laptop."""
        self.undo_timer.stop()
        self.undo_bar.hide()
        self.limits.show()
        gone, self.removed = self.removed, []
        if gone:
            service = self.service
            self.ctx.tasks.run(lambda: service.let_go(gone), lambda _n: None, self._failed)
