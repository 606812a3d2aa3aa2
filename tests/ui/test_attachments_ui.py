"""Photos and documents in the app: attached to a saved daily log on the Today
page, refused when too large, looked at in the viewer, kept for the book."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.demo.pictures import cake, drawing, garden, school_report
from app.domain.attachments import Attachment
from app.domain.records import Child, DailyLog
from app.services import lifebook
from app.services.attachments import AttachmentService
from app.services.story import StoryService
from app.storage import attachments as blobs
from app.storage import bulk
from app.storage import records as store_records
from app.ui.context import UiContext
from app.ui.dialogs.attachment_viewer import AttachmentViewer
from app.ui.dialogs.attachments import AttachmentStrip
from app.ui.dialogs.keep import KeepDialog
from app.ui.i18n import Languages
from app.ui.pages.timeline_detail import TimelineDetail
from app.ui.settings import Settings
from tests import factories
from tests.ui.conftest import wait_for_tasks
from tests.ui.test_today import make_page, press_save


def _files(tmp_path: Path) -> list[Path]:
    photo = tmp_path / "tuin.jpg"
    photo.write_bytes(garden(1, dt.date(2026, 5, 2)))
    report = tmp_path / "rapport.pdf"
    report.write_bytes(school_report("Louise", 2025, "nl"))
    return [photo, report]


def test_two_files_attached_to_a_saved_log_show_as_two_tiles(
    qtbot: object, ctx: UiContext, child: Child, tmp_path: Path
) -> None:
    page = make_page(qtbot, ctx, child)  # type: ignore[arg-type]
    strip = page.attachments
    assert strip.isHidden()  # a log is saved before it gets photos
    qtbot.keyClicks(page.form.texts["moments"], "Naar de speeltuin")  # type: ignore[attr-defined]
    press_save(qtbot, page)  # type: ignore[arg-type]
    wait_for_tasks(qtbot, ctx)
    log = ctx.daily.my_log(child.id, ctx.book.today())
    assert log is not None
    qtbot.waitUntil(lambda: not strip.isHidden())  # type: ignore[attr-defined]
    assert strip.target is not None and strip.target.id == log.id
    wait_for_tasks(qtbot, ctx)
    assert strip.tiles() == [] and not strip.empty.isHidden()
    assert "15 MB" in strip.limits.text() and child.given_name in strip.limits.text()

    strip.choose_files = lambda: _files(tmp_path)
    strip.attach.click()
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: len(strip.tiles()) == 2, timeout=10_000)  # type: ignore[attr-defined]
    assert strip.refused.isHidden()
    assert {t.media_type for t in strip.tiles()} == {"image/jpeg", "application/pdf"}
    assert [i.attachment.target_id for i in AttachmentService(ctx.book).for_child(child.id)] == [
        log.id,
        log.id,
    ]
    # Each tile has a picture and a name a screen reader says.
    model = strip.list.model_
    for row in range(2):
        index = model.index(row, 0)
        assert not model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
        spoken = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
        assert "tuin.jpg" in spoken or "rapport.pdf" in spoken


def test_a_20_mb_file_is_refused_with_a_message_and_nothing_is_added(
    qtbot: object, ctx: UiContext, child: Child, tmp_path: Path
) -> None:
    strip = AttachmentStrip(ctx)
    qtbot.addWidget(strip)  # type: ignore[attr-defined]
    strip.set_target(child)
    wait_for_tasks(qtbot, ctx)
    big = tmp_path / "groot.jpg"
    with big.open("wb") as out:
        out.write(garden(2))
        out.truncate(20 * 1024 * 1024)
    small = tmp_path / "taart.png"
    small.write_bytes(cake(3))
    strip.add_paths([big, small])
    assert not strip.progress.isHidden() and strip.progress.maximum() == 2  # several files
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(strip.progress.isHidden)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not strip.refused.isHidden(), timeout=10_000)  # type: ignore[attr-defined]
    assert "groot.jpg" in strip.refused.text() and "15 MB" in strip.refused.text()
    assert "taart.png" not in strip.refused.text()
    qtbot.waitUntil(lambda: len(strip.tiles()) == 1)  # type: ignore[attr-defined]
    [item] = AttachmentService(ctx.book).for_child(child.id)
    assert item.attachment.file_name == "taart.png"

    # The big one alone: refused, and nothing more is stored.
    strip.add_paths([big])
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: "groot.jpg" in strip.refused.text())  # type: ignore[attr-defined]
    assert len(AttachmentService(ctx.book).for_child(child.id)) == 1


def test_the_viewer_opens_a_photo_fitted_and_zooms(
    qtbot: object, ctx: UiContext, child: Child
) -> None:
    service = AttachmentService(ctx.book)
    added, _ = service.add_bytes(child.id, garden(4), "tuin.jpg")
    strip = AttachmentStrip(ctx)
    qtbot.addWidget(strip)  # type: ignore[attr-defined]
    strip.set_target(child)
    qtbot.waitUntil(lambda: len(strip.tiles()) == 1)  # type: ignore[attr-defined]
    strip.list.setCurrentIndex(strip.list.model_.index(0, 0))
    strip.list.setFocus()
    qtbot.keyClick(strip.list, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: strip.viewer is not None and strip.viewer.isVisible())  # type: ignore[attr-defined]
    viewer = strip.viewer
    assert isinstance(viewer, AttachmentViewer) and viewer.windowTitle() == "tuin.jpg"
    assert viewer.image.width() == added.width
    shown = viewer.picture.pixmap()
    assert not shown.isNull() and viewer.fit
    room = viewer.scroller.viewport().size()
    assert viewer.picture.width() <= room.width() and viewer.picture.height() <= room.height()
    before = viewer.picture.width()
    viewer.zoom_in.click()
    assert not viewer.fit and viewer.picture.width() > before
    viewer.fit_button.click()
    assert viewer.fit and viewer.picture.width() == before
    viewer.close()


def test_the_viewer_shows_a_pdf_page_by_page_from_memory(qtbot: object) -> None:
    pdf = school_report("Louise", 2025, "fr")
    viewer = AttachmentViewer("bulletin.pdf", "application/pdf", pdf)
    qtbot.addWidget(viewer)  # type: ignore[attr-defined]
    viewer.show()
    assert viewer.page_count() == 1 and viewer.problem.isHidden()
    assert not viewer.picture.pixmap().isNull()
    assert not viewer.next.isEnabled()
    broken = AttachmentViewer("kapot.pdf", "application/pdf", b"%PDF-1.4 kapot")
    qtbot.addWidget(broken)  # type: ignore[attr-defined]
    assert not broken.problem.isHidden() and broken.problem.text()


def test_removing_asks_first(qtbot: object, ctx: UiContext, child: Child) -> None:
    AttachmentService(ctx.book).add_bytes(child.id, cake(5), "taart.png")
    strip = AttachmentStrip(ctx)
    qtbot.addWidget(strip)  # type: ignore[attr-defined]
    strip.set_target(child)
    qtbot.waitUntil(lambda: len(strip.tiles()) == 1)  # type: ignore[attr-defined]
    strip.list.setCurrentIndex(strip.list.model_.index(0, 0))
    asked: list[str] = []
    strip.confirm_remove = lambda tile: asked.append(tile.file_name) is not None
    qtbot.keyClick(strip.list, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    assert asked == ["taart.png"] and len(AttachmentService(ctx.book).for_child(child.id)) == 1
    strip.confirm_remove = lambda tile: True
    qtbot.keyClick(strip.list, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    assert AttachmentService(ctx.book).for_child(child.id) == []
    qtbot.waitUntil(lambda: strip.tiles() == [])  # type: ignore[attr-defined]


def _images_in(pdf: bytes) -> int:
    from pypdf import PdfReader

    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_photo_kept_for_the_book_is_one_more_image_in_the_book(
    qtbot: object, ctx: UiContext, child: Child
) -> None:
    service = AttachmentService(ctx.book)
    photo, _ = service.add_bytes(child.id, garden(6, ctx.book.today()), "tuin.jpg")
    before = lifebook.make_book(ctx.book, child.id, "nl")
    strip = AttachmentStrip(ctx)
    qtbot.addWidget(strip)  # type: ignore[attr-defined]
    strip.set_target(child)
    qtbot.waitUntil(lambda: len(strip.tiles()) == 1)  # type: ignore[attr-defined]
    assert strip.keep.isHidden()  # nothing chosen yet
    strip.list.setCurrentIndex(strip.list.model_.index(0, 0))
    assert not strip.keep.isHidden()
    dialog = strip.keep.open_dialog()
    assert isinstance(dialog, KeepDialog)
    dialog.words.setPlainText("Je schommelde tot de zon onderging.")
    dialog.accept()
    wait_for_tasks(qtbot, ctx)
    [kept] = StoryService(ctx.book).kept(child.id)
    assert (kept.target_id, kept.target_kind) == (photo.id, "attachment")

    after = lifebook.make_book(ctx.book, child.id, "nl")
    assert _images_in(after.pdf) == _images_in(before.pdf) + 1
    [moment] = [m for year in after.data.moments.values() for m in year if m.photo]
    assert moment.words == "Je schommelde tot de zon onderging."
    QApplication.processEvents()


def test_a_supervisor_sees_the_photos_of_a_log_and_changes_nothing(
    qtbot: object, languages: Languages, tmp_path: Path
) -> None:
    from tests.ui.test_review_queue import supervisor_book

    book = supervisor_book(tmp_path / "supervisor")
    ctx = UiContext(book, languages, Settings())
    try:
        with book.store.read() as session:
            log = next(
                r
                for r in store_records.list_kind(session, DailyLog.kind)
                if isinstance(r, DailyLog)
            )
        data = garden(8)
        photo = Attachment(
            household_id=log.household_id,
            child_id=log.child_id,
            target_kind=DailyLog.kind,
            target_id=log.id,
            file_name="tuin.jpg",
            media_type="image/jpeg",
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            author_id=log.author_id,
        )
        with book.store.write() as session:  # as a sync brings them
            bulk.put_synced_many(session, [photo])
            blobs.put_content(session, photo.sha256, data)

        detail = TimelineDetail(ctx)
        qtbot.addWidget(detail)  # type: ignore[attr-defined]
        detail.show_record(log.id)
        strip = detail.attachments
        qtbot.waitUntil(lambda: len(strip.tiles()) == 1, timeout=10_000)  # type: ignore[attr-defined]
        assert not strip.isHidden() and strip.read_only
        assert strip.attach.isHidden() and strip.remove.isHidden()
        strip.list.setCurrentIndex(strip.list.model_.index(0, 0))
        assert strip.keep.isHidden()
        strip.confirm_remove = lambda tile: True
        qtbot.keyClick(strip.list, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
        wait_for_tasks(qtbot, ctx)
        assert len(AttachmentService(book).for_target(log.id)) == 1
        assert strip.undo_bar.isHidden()
        # No caption to write anew: the tile's menu only opens, F2 does nothing.
        menu = strip.tile_menu(strip.tiles()[0])
        assert [a.text().replace("&", "") for a in menu.actions() if a.text()] == ["Open"]
        qtbot.keyClick(strip.list, Qt.Key.Key_F2)  # type: ignore[attr-defined]
        assert strip.caption_dialog is None and strip.edit_caption(strip.tiles()[0]) is None
        qtbot.keyClick(strip.list, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: strip.viewer is not None)  # type: ignore[attr-defined]
        assert strip.viewer is not None and not strip.viewer.image.isNull()
        assert strip.viewer.edit_caption.isHidden() and strip.viewer.open_caption() is None
        strip.viewer.close()
        wait_for_tasks(qtbot, ctx)
        [kept] = AttachmentService(book).for_target(log.id)
        assert kept.attachment.version == photo.version and kept.attachment.caption == ""
    finally:
        ctx.tasks.wait()
        book.close()


def test_a_contact_and_a_milestone_show_their_own_photos(
    qtbot: object, ctx: UiContext, child: Child
) -> None:
    from app.domain.records import MilestoneObservation
    from app.domain.vocabulary import MilestoneStatus, RelationKind
    from app.services.contacts import ContactService
    from app.ui.pages.contacts import ContactsPage
    from app.ui.pages.milestones import MilestonesPage

    contacts = ContactService(ctx.book)
    mother = ctx.records.create(
        contacts.new_relative(name="Sara", relation=RelationKind.MOTHER, children=[child.id])
    )
    note = ctx.records.create(
        factories.contact_note(ctx.book.identity, [child], [mother], date=ctx.book.today())
    )
    seen = ctx.records.create(
        MilestoneObservation(
            household_id=child.household_id,
            child_id=child.id,
            item_id="cdc-18m-social-01",
            status=MilestoneStatus.ACHIEVED,
            observed_on=ctx.book.today(),
            author_id=ctx.book.identity.user_id,
        )
    )
    files = AttachmentService(ctx.book)
    files.add_bytes(child.id, garden(9), "bezoek.jpg", target_kind=note.kind, target_id=note.id)
    files.add_bytes(child.id, cake(9), "zelf.png", target_kind=seen.kind, target_id=seen.id)
    files.add_bytes(child.id, drawing(9), "tekening.jpg")  # the child's own: on neither

    page = ContactsPage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.set_child(child)
    wait_for_tasks(qtbot, ctx)
    page.notes_view.setCurrentIndex(page.notes_proxy.index(0, 0))
    strip = page.note_attachments
    qtbot.waitUntil(lambda: [t.file_name for t in strip.tiles()] == ["bezoek.jpg"])  # type: ignore[attr-defined]
    assert not strip.isHidden() and not strip.attach.isHidden()

    milestones = MilestonesPage(ctx)
    qtbot.addWidget(milestones)  # type: ignore[attr-defined]
    milestones.set_child(child)
    wait_for_tasks(qtbot, ctx)
    index = milestones.proxy.mapFromSource(milestones.model.index_of("cdc-18m-social-01"))
    milestones.tree.setCurrentIndex(index)
    shown = milestones.observation_attachments
    qtbot.waitUntil(lambda: [t.file_name for t in shown.tiles()] == ["zelf.png"])  # type: ignore[attr-defined]
    assert shown.target is not None and shown.target.id == seen.id


def test_files_dropped_on_the_strip_are_added(
    qtbot: object, ctx: UiContext, child: Child, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    strip = AttachmentStrip(ctx)
    qtbot.addWidget(strip)  # type: ignore[attr-defined]
    strip.set_target(child)
    wait_for_tasks(qtbot, ctx)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in _files(tmp_path)])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    strip.list.dropEvent(drop)
    assert drop.isAccepted()
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: len(strip.tiles()) == 2)  # type: ignore[attr-defined]
    assert {i.attachment.file_name for i in AttachmentService(ctx.book).for_child(child.id)} == {
        "tuin.jpg",
        "rapport.pdf",
    }


def _strip_with(qtbot: object, ctx: UiContext, child: Child, count: int) -> AttachmentStrip:
    strip = AttachmentStrip(ctx)
    qtbot.addWidget(strip)  # type: ignore[attr-defined]
    strip.resize(900, 400)
    strip.show()
    strip.set_target(child)
    qtbot.waitUntil(lambda: len(strip.tiles()) == count, timeout=10_000)  # type: ignore[attr-defined]
    return strip


def _chunks(ctx: UiContext) -> int:
    from sqlalchemy import text

    with ctx.book.store.read() as session:
        return int(session.execute(text("SELECT count(*) FROM attachment_chunk")).scalar() or 0)


def test_a_removed_photo_comes_back_with_undo_or_ctrl_z_and_goes_when_the_offer_ends(
    qtbot: object, ctx: UiContext, child: Child
) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    service = AttachmentService(ctx.book)
    photo, _ = service.add_bytes(child.id, garden(11), "tuin.jpg")
    service.add_bytes(child.id, cake(11), "taart.png")
    strip = _strip_with(qtbot, ctx, child, 2)
    # The window's own Undo (Edit > Undo) has Ctrl+Z too: the strip's offer goes first.
    window_undo: list[bool] = []
    action = QAction(strip)
    action.setShortcut(QKeySequence.StandardKey.Undo)
    action.triggered.connect(lambda: window_undo.append(True))
    strip.addAction(action)
    strip.confirm_remove = lambda tile: True
    assert strip.undo_bar.isHidden()

    def remove_tuin() -> None:
        row = [t.file_name for t in strip.tiles()].index("tuin.jpg")
        strip.list.setCurrentIndex(strip.list.model_.index(row, 0))
        strip.list.setFocus()
        qtbot.keyClick(strip.list, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
        wait_for_tasks(qtbot, ctx)
        qtbot.waitUntil(lambda: [t.file_name for t in strip.tiles()] == ["taart.png"])  # type: ignore[attr-defined]

    remove_tuin()
    assert not strip.undo_bar.isHidden() and strip.undo_text.text() == "Photo removed"
    assert strip.undo_timer.isActive()
    strip.activateWindow()
    qtbot.waitUntil(strip.list.hasFocus)  # type: ignore[attr-defined]
    qtbot.keyClick(strip.list, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    assert strip.undo_button.hasFocus()  # reached from the keyboard
    strip.list.setFocus()
    held = _chunks(ctx)
    assert held == 2  # the removed photo's bytes wait for a possible undo
    strip.undo_button.click()
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: len(strip.tiles()) == 2)  # type: ignore[attr-defined]
    assert strip.undo_bar.isHidden()
    current = strip.list.current_tile()
    assert current is not None and current.id == photo.id  # chosen again, same record
    back = service.get(photo.id)
    assert not back.deleted and back.version == 3 and _chunks(ctx) == held

    remove_tuin()
    qtbot.keyClick(strip.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: len(strip.tiles()) == 2)  # type: ignore[attr-defined]
    assert window_undo == [] and not service.get(photo.id).deleted

    remove_tuin()
    strip.undo_timer.timeout.emit()  # the offer's time is up
    wait_for_tasks(qtbot, ctx)
    assert strip.undo_bar.isHidden() and strip.removed == []
    assert _chunks(ctx) == 1  # only the cake's bytes are left
    qtbot.keyClick(strip.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    assert service.get(photo.id).deleted and len(strip.tiles()) == 1
    assert window_undo == [True]  # nothing on offer here: the window's Undo has it

    # Out of view (another page), the offer ends and the bytes go.
    ctx.changed(service.add_bytes(child.id, drawing(11), "tekening.jpg")[1])
    qtbot.waitUntil(lambda: len(strip.tiles()) == 2)  # type: ignore[attr-defined]
    strip.list.setCurrentIndex(strip.list.model_.index(0, 0))
    strip.list.setFocus()
    qtbot.keyClick(strip.list, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: not strip.undo_bar.isHidden())  # type: ignore[attr-defined]
    assert _chunks(ctx) == 2
    strip.hide()
    wait_for_tasks(qtbot, ctx)
    assert strip.removed == [] and _chunks(ctx) == 1


def _action(menu: object, text: str) -> object:
    from PySide6.QtWidgets import QMenu

    assert isinstance(menu, QMenu)
    found = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def test_a_caption_is_written_anew_from_the_tiles_menu_and_undone(
    qtbot: object, ctx: UiContext, child: Child
) -> None:
    from app.storage import timeline

    service = AttachmentService(ctx.book)
    photo, _ = service.add_bytes(child.id, garden(12), "tuin.jpg", caption="Tuin")
    strip = _strip_with(qtbot, ctx, child, 1)
    strip.list.setCurrentIndex(strip.list.model_.index(0, 0))
    menu = strip.tile_menu(strip.tiles()[0])
    assert [a.text().replace("&", "") for a in menu.actions() if a.text()] == [
        "Open",
        "Edit caption…",
        "Keep for the book…",
        "Remove",
    ]
    _action(menu, "Edit caption…").trigger()  # type: ignore[attr-defined]
    dialog = strip.caption_dialog
    assert dialog is not None and dialog.edit.text() == "Tuin"

    # Nothing, or too much: said in place, and nothing is written.
    dialog.edit.setText("   ")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "Write a caption" in dialog.problems.texts()
    dialog.edit.setText("x" * 4001)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "at most 4000" in dialog.problems.texts()
    wait_for_tasks(qtbot, ctx)
    assert service.get(photo.id).version == 1 and ctx.undo.count() == 0

    dialog.edit.setText("Aardbeien plukken in de tuin")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_for_tasks(qtbot, ctx)
    assert service.get(photo.id).caption == "Aardbeien plukken in de tuin"
    qtbot.waitUntil(lambda: strip.tiles()[0].caption == "Aardbeien plukken in de tuin")  # type: ignore[attr-defined]
    shown = strip.list.model_.data(strip.list.model_.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert shown == "Aardbeien plukken in de tuin"
    with ctx.book.store.read() as session:
        assert [s.record.id for s in timeline.search(session, "aardbeien")] == [photo.id]

    assert ctx.undo.undoText() == "Edit caption"
    ctx.undo.undo()
    wait_for_tasks(qtbot, ctx)
    assert service.get(photo.id).caption == "Tuin"
    qtbot.waitUntil(lambda: strip.tiles()[0].caption == "Tuin")  # type: ignore[attr-defined]

    # F2 on the chosen tile opens the same dialog.
    strip.list.setFocus()
    qtbot.keyClick(strip.list, Qt.Key.Key_F2)  # type: ignore[attr-defined]
    assert strip.caption_dialog is not None and strip.caption_dialog is not dialog
    strip.caption_dialog.reject()


def test_the_viewer_writes_the_caption_anew(qtbot: object, ctx: UiContext, child: Child) -> None:
    service = AttachmentService(ctx.book)
    photo, _ = service.add_bytes(child.id, garden(13), "tuin.jpg")
    strip = _strip_with(qtbot, ctx, child, 1)
    strip.list.setCurrentIndex(strip.list.model_.index(0, 0))
    strip.list.setFocus()
    qtbot.keyClick(strip.list, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: strip.viewer is not None and strip.viewer.isVisible())  # type: ignore[attr-defined]
    viewer = strip.viewer
    assert viewer is not None and viewer.caption.isHidden()
    assert not viewer.edit_caption.isHidden()
    dialog = viewer.open_caption()
    assert dialog is not None
    dialog.edit.setText("Op de schommel")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_for_tasks(qtbot, ctx)
    assert viewer.caption.text() == "Op de schommel" and not viewer.caption.isHidden()
    assert service.get(photo.id).caption == "Op de schommel"
    viewer.close()


def test_a_tile_kept_for_the_book_has_the_mark(qtbot: object, ctx: UiContext, child: Child) -> None:
    from app.ui.models.attachments import KeptRole

    service = AttachmentService(ctx.book)
    service.add_bytes(child.id, garden(14, ctx.book.today()), "tuin.jpg")
    strip = _strip_with(qtbot, ctx, child, 1)
    model = strip.list.model_
    index = model.index(0, 0)
    assert model.data(index, KeptRole) is False
    assert "Kept for the book" not in model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    plain = model.data(index, Qt.ItemDataRole.DecorationRole).pixmap(128).toImage()
    strip.list.setCurrentIndex(index)
    dialog = strip.keep.open_dialog()
    assert isinstance(dialog, KeepDialog)
    dialog.accept()
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: strip.tiles()[0].kept)  # type: ignore[attr-defined]
    index = model.index(0, 0)
    assert model.data(index, KeptRole) is True
    assert "Kept for the book." in model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert "Kept for the book." in model.data(index, Qt.ItemDataRole.ToolTipRole)
    marked = model.data(index, Qt.ItemDataRole.DecorationRole).pixmap(128).toImage()
    assert marked != plain
    current = strip.list.current_tile()
    assert current is not None and current.kept  # still the chosen one

    qtbot.waitUntil(lambda: strip.keep.kept != [])  # type: ignore[attr-defined]
    taking_out = strip.keep.open_dialog()
    assert isinstance(taking_out, KeepDialog)
    taking_out.take_out()
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: not strip.tiles()[0].kept)  # type: ignore[attr-defined]
    assert model.data(model.index(0, 0), KeptRole) is False


def test_the_profile_lists_a_kept_photo_by_its_caption_until_it_is_removed(
    qtbot: object, ctx: UiContext, child: Child
) -> None:
    from app.ui.pages.child_profile import ProfilePage

    service = AttachmentService(ctx.book)
    photo, _ = service.add_bytes(child.id, garden(15, ctx.book.today()), "tuin.jpg", caption="Tuin")
    StoryService(ctx.book).keep(photo, "Je plukte bloemen.")
    page = ProfilePage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.set_child(child)
    strip = page.attachments
    qtbot.waitUntil(lambda: len(strip.tiles()) == 1 and page.kept.list.count() == 1)  # type: ignore[attr-defined]
    assert "Tuin" in page.kept.list.item(0).text() and strip.tiles()[0].kept
    ctx.changed(service.set_caption(photo.id, "Bloemen plukken"))
    qtbot.waitUntil(lambda: "Bloemen plukken" in page.kept.list.item(0).text())  # type: ignore[attr-defined]
    strip.confirm_remove = lambda tile: True
    strip.remove_tile(strip.tiles()[0])
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: page.kept.list.count() == 0)  # type: ignore[attr-defined]
    strip.undo_button.click()
    wait_for_tasks(qtbot, ctx)
    qtbot.waitUntil(lambda: page.kept.list.count() == 1)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(strip.tiles()) == 1 and strip.tiles()[0].kept)  # type: ignore[attr-defined]
