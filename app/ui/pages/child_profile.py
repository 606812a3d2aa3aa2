"""The Profile page: the child's details, each stored as soon as it is edited
(and undone with Ctrl+Z), and an optional photo kept inside the encrypted store."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QDateTime,
    QIODevice,
    QLocale,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.records import Child
from app.domain.vocabulary import Role
from app.services.leaving import LeavingService
from app.services.records import RecordNotFound
from app.ui.commands import UpdateRecord
from app.ui.context import UiContext
from app.ui.dialogs.attachments import AttachmentStrip
from app.ui.dialogs.child import CHILD_FIELDS, ChildForm, ProblemBox
from app.ui.dialogs.leaving import ClosePlacementDialog, outcome_label
from app.ui.dialogs.lifebook import BookDialog
from app.ui.dialogs.young_export import LeavingOffersDialog, YoungExportDialog
from app.ui.pages.base import ChildPage
from app.ui.pages.child_story import KeptPanel

# The photo is an extra field of the Child record (records keep unknown fields), so
# it is encrypted and synced like the rest and never written anywhere else.
PHOTO_FIELD = "photo_png"
PHOTO_MAX = 256


def photo_of(child: Child | None) -> str:
    value = getattr(child, PHOTO_FIELD, "") if child is not None else ""
    return value if isinstance(value, str) else ""


def encode_photo(path: str) -> str | None:
    """A picture file as a base64 PNG of at most PHOTO_MAX pixels a side, or None
    when the file is no picture."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    size = reader.size()
    if size.isValid() and (size.width() > PHOTO_MAX or size.height() > PHOTO_MAX):
        reader.setScaledSize(size.scaled(PHOTO_MAX, PHOTO_MAX, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > PHOTO_MAX or image.height() > PHOTO_MAX:
        image = image.scaled(
            PHOTO_MAX,
            PHOTO_MAX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub types the format as bytes, but the binding takes only a str here.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _lower_first(text: str) -> str:
    """A label as it reads inside a sentence."""
    return text[:1].lower() + text[1:]


class ProfilePage(ChildPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._can_write = ctx.book.identity.role != Role.SUPERVISOR
        self.form = ChildForm()
        self.form.sig_field_edited.connect(self.save_field)
        self.problems = ProblemBox()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.photo = QLabel()
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setFrameShape(QFrame.Shape.StyledPanel)
        self.choose_photo = QPushButton()
        self.choose_photo.clicked.connect(self._choose_photo)
        self.remove_photo = QPushButton()
        self.remove_photo.clicked.connect(self.clear_photo)
        self.leaving = LeavingService(ctx.book)
        self.departure = QLabel()
        self.departure.setWordWrap(True)
        self.departure.setObjectName("departure")
        self.close_placement = QPushButton()
        self.close_placement.clicked.connect(self.open_close_placement)
        # A closed placement: the book and what the young person receives on leaving.
        self.leaving_book = QPushButton()
        self.leaving_book.clicked.connect(self.open_book)
        self.leaving_export = QPushButton()
        self.leaving_export.clicked.connect(self.open_export)
        self.offers: LeavingOffersDialog | None = None
        self.kept = KeptPanel(ctx)
        self.kept.sig_make_book.connect(self.open_book)

        photo_column = QVBoxLayout()
        photo_column.addWidget(self.photo)
        photo_column.addWidget(self.choose_photo)
        photo_column.addWidget(self.remove_photo)
        photo_column.addStretch(1)
        # Wide enough to read, narrow enough that fields do not stretch across a wide screen.
        self.form.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 48)
        top = QHBoxLayout()
        top.addLayout(photo_column)
        top.addWidget(self.form, 1)
        top.addStretch(0)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.problems)
        layout.addWidget(self.hint)
        leaving_row = QHBoxLayout()
        leaving_row.addWidget(self.close_placement)
        leaving_row.addWidget(self.leaving_book)
        leaving_row.addWidget(self.leaving_export)
        leaving_row.addStretch(1)
        layout.addWidget(self.departure)
        layout.addLayout(leaving_row)
        self.attachments = AttachmentStrip(ctx)  # the child's own photos and documents
        self.attachments.setObjectName("childAttachments")
        layout.addWidget(self.attachments)
        layout.addWidget(self.kept)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        # Not a stop of its own for Tab: it scrolls to the field that has the keyboard.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.setTabOrder(self.remove_photo, self.form.given_name)
        if not self._can_write:
            self._read_only()
        self.retranslate()
        self._show_photo()

    def _read_only(self) -> None:
        for name in ("given_name", "family_name", "school", "languages", "sibling_group"):
            getattr(self.form, name).setReadOnly(True)
        for field in (
            self.form.date_of_birth,
            self.form.placement_start,
            self.form.placement_end,
        ):
            field.setReadOnly(True)
        self.form.placement_ended.setEnabled(False)
        self.form.notes.setReadOnly(True)
        self.choose_photo.hide()
        self.remove_photo.hide()

    def title(self) -> str:
        return self.tr("Profile")

    def retranslate(self) -> None:
        self.form.retranslate()
        self.form.set_locale(self.ctx.languages.locale())
        self.choose_photo.setText(self.tr("&Choose photo…"))
        self.remove_photo.setText(self.tr("Re&move photo"))
        self.photo.setAccessibleName(self.tr("Photo"))
        self.hint.setText(
            self.tr("Each field is saved when you leave it or press Enter; Ctrl+Z undoes it.")
            if self._can_write
            else self.tr("Supervisors see the profile; the household keeps it up to date.")
        )
        self.close_placement.setText(self.tr("C&lose the placement…"))
        self.leaving_book.setText(self.tr("Make the &book…"))
        self.leaving_export.setText(self.tr("&Export for the young person…"))
        self._show_photo()
        self._show_departure()

    # Showing ------------------------------------------------------------------------
    def set_child(self, child: Child | None) -> None:
        same = child is not None and self.child is not None and child.id == self.child.id
        if same:
            assert child is not None
            self._refresh(child)
            return
        super().set_child(child)
        self.problems.clear()
        self.form.set_values(child, self.ctx.book.today())
        self.form.setEnabled(child is not None)
        self._reload(with_child=False)
        self._show_photo()
        self._show_departure()
        self.kept.set_child(child)
        self.attachments.set_target(child)

    def on_records_changed(self, changes: ChangeSet) -> None:
        if not changes.concerns(Child.kind) or self.child is None:
            return
        # Another child's change can only bring another sibling group.
        mine = not changes.ids or self.child.id in changes.ids
        self._reload(with_child=mine)

    def _reload(self, *, with_child: bool) -> None:
        """Read the child (when asked) and the household's sibling groups on the task
        queue; shown only while the same child is."""
        if self.child is None:
            return
        child_id = self.child.id
        records, household = self.ctx.records, self.ctx.household

        def read() -> tuple[Child | None, list[str]]:
            fresh = None
            if with_child:
                try:
                    stored = records.get(child_id).record
                except RecordNotFound:  # removed meanwhile: the main window moves on
                    stored = None
                fresh = stored if isinstance(stored, Child) else None
            groups = [c.sibling_group for c in household.children() if c.sibling_group]
            return fresh, groups

        def show(found: tuple[Child | None, list[str]]) -> None:
            if not shiboken6.isValid(self) or self.child is None or self.child.id != child_id:
                return
            fresh, groups = found
            if fresh is not None:
                self._refresh(fresh)
            self.form.set_group_suggestions(groups)

        self.ctx.tasks.run(read, show, self.ctx.events.sig_error.emit)

    def _refresh(self, fresh: Child) -> None:
        """Show the stored values, except in a field someone is still editing."""
        assert self.child is not None
        for name in CHILD_FIELDS:
            if self.form.value(name) == getattr(self.child, name):
                self.form.set_value(name, getattr(fresh, name))
        self.child = fresh
        self._show_photo()
        self._show_departure()

    def _show_photo(self) -> None:
        encoded = photo_of(self.child)
        side = self.fontMetrics().height() * 8
        self.photo.setFixedSize(QSize(side, side))
        image = QImage()
        if encoded:
            image.loadFromData(base64.b64decode(encoded), "PNG")
        if image.isNull():
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("No photo"))
        else:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap.fromImage(image).scaled(
                self.photo.size() * ratio,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            pixmap.setDevicePixelRatio(ratio)  # sharp on a high-DPI screen
            self.photo.setPixmap(pixmap)
        self.remove_photo.setEnabled(bool(encoded) and self.child is not None)
        self.choose_photo.setEnabled(self.child is not None)

    def _show_departure(self) -> None:
        """Where the child went, and whether this laptop still holds changes to send."""
        child = self.child
        self.close_placement.setVisible(
            child is not None and self.leaving.can_close() and not child.has_left()
        )
        found = self.leaving.departure(child.id) if child is not None else None
        self.leaving_book.setVisible(found is not None)
        self.leaving_export.setVisible(found is not None)
        if found is None:
            self.departure.hide()
            return
        assert found.child.placement_end is not None and found.child.placement_outcome
        ended = found.child.placement_end
        text = self.tr("The placement ended on {date}: {outcome}.").format(
            date=self.ctx.languages.locale().toString(
                QDate(ended.year, ended.month, ended.day), QLocale.FormatType.LongFormat
            ),
            outcome=_lower_first(outcome_label(found.child.placement_outcome)),
        )
        if not found.synced:
            text += " " + self.tr("The closing goes to the central office at the next sync.")
        elif found.waiting:
            text += " " + self.tr(
                "%n change(s) about this child still go to the central office first; "
                "then the child's records leave this laptop.",
                "",
                found.waiting,
            )
        elif found.leaves_after is not None and found.leaves_after > datetime.now(UTC):
            when = QDateTime.fromSecsSinceEpoch(int(found.leaves_after.timestamp()))
            text += " " + self.tr(
                "The child's records leave this laptop at the first sync after {when}; "
                "make the book before then."
            ).format(
                when=self.ctx.languages.locale().toString(when, QLocale.FormatType.ShortFormat)
            )
        else:
            text += " " + self.tr("The child's records leave this laptop at the next sync.")
        self.departure.setText(text)
        self.departure.show()

    def open_book(self) -> BookDialog | None:
        if self.child is None:
            return None
        dialog = BookDialog(self.ctx, self.child, self)
        dialog.open()
        return dialog

    def open_close_placement(self) -> ClosePlacementDialog | None:
        if self.child is None:
            return None
        child = self.child
        dialog = ClosePlacementDialog(self.ctx, child, self)
        dialog.finished.connect(lambda _r: self._show_departure())
        dialog.accepted.connect(lambda: self.open_offers(child))
        dialog.open()
        return dialog

    def open_offers(self, child: Child) -> LeavingOffersDialog:
        """After the closing: what still waits, then the book and the export."""
        self.offers = LeavingOffersDialog(self.ctx, child, self)
        self.offers.open()
        return self.offers

    def open_export(self) -> YoungExportDialog | None:
        if self.child is None:
            return None
        dialog = YoungExportDialog(self.ctx, self.child, self)
        dialog.open()
        return dialog

    # Storing ------------------------------------------------------------------------
    def save_field(self, name: str) -> bool:
        """Store one field through the undo stack; False when it was refused."""
        if self.child is None or not self._can_write:
            return False
        value = self.form.value(name)
        if value == getattr(self.child, name):
            self.problems.clear()
            return True
        return self._store({name: value}, self.tr("Change profile"))

    def _store(self, changes: dict[str, Any], text: str) -> bool:
        assert self.child is not None
        candidate = self.child.model_copy(update=changes)
        problems = candidate.problems(self.ctx.book.today())
        if problems:
            self.problems.show_problems(problems)
            return False
        self.problems.clear()
        self.ctx.undo.push(UpdateRecord(self.ctx, self.child, changes, text))
        # The next change builds on this one even before the write has landed.
        self.child = candidate
        return True

    def flush(self) -> None:
        if self.child is None:
            return
        for name in CHILD_FIELDS:
            if self.form.value(name) != getattr(self.child, name):
                self.save_field(name)

    def set_photo_from_file(self, path: str) -> bool:
        if self.child is None or not self._can_write:
            return False
        encoded = encode_photo(path)
        if encoded is None:
            self.problems.show_texts([self.tr("This file could not be read as a picture.")])
            return False
        self._with_photo_field()
        return self._store({PHOTO_FIELD: encoded}, self.tr("Change photo"))

    def clear_photo(self) -> None:
        if self.child is None or not photo_of(self.child):
            return
        self._with_photo_field()
        self._store({PHOTO_FIELD: ""}, self.tr("Remove photo"))

    def _with_photo_field(self) -> None:
        # UpdateRecord remembers the old value to undo to; a child without a photo
        # yet has no such field, so give it an empty one.
        assert self.child is not None
        self.child = self.child.model_copy(update={PHOTO_FIELD: photo_of(self.child)})

    def _choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"),
        )
        if path:
            self.set_photo_from_file(path)
