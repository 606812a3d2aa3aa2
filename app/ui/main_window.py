"""The main window: the household's children on the left, the pages of the chosen
child on the right, the sync state in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import ThuisboekError
from app.domain.records import Child
from app.ui.context import UiContext
from app.ui.i18n import tr_message
from app.ui.models.children import (
    AgeMonthsRole,
    ChildrenModel,
    InitialsRole,
    LoggedTodayRole,
)
from app.ui.pages.base import ChildPage
from app.ui.pages.child_profile import ProfilePage
from app.ui.pages.contacts import ContactsPage
from app.ui.pages.milestones import MilestonesPage
from app.ui.pages.timeline import TimelinePage
from app.ui.pages.today import TodayPage
from app.ui.sync_status import SyncController, SyncStatus, last_ok_time


class ChildDelegate(QStyledItemDelegate):
    """A round badge with the child's initials, the name, the age, and a dot when
    today's log is still missing."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(220, int(height * 3.2))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        side = rect.height() - 12
        badge = QRect(rect.left() + 8, rect.top() + 6, side, side)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Mid))
        painter.drawEllipse(badge)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Base))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(index.data(InitialsRole) or ""))
        text_rect = rect.adjusted(side + 18, 6, -24, -6)
        painter.setPen(text_color)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(index.data())
        )
        months = index.data(AgeMonthsRole)
        if months is not None:
            model = index.model()
            assert isinstance(model, ChildrenModel)
            painter.setFont(option.font)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                model.age_text(int(months)),
            )
            if index.data(LoggedTodayRole) is False:
                dot = QRect(rect.right() - 18, rect.center().y() - 5, 10, 10)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#d98c00"))
                painter.drawEllipse(dot)
        painter.restore()


class MainWindow(QMainWindow):
    sig_lock_requested = Signal()
    sig_settings_changed = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.children_model = ChildrenModel(self)
        self.children_view = QListView()
        self.children_view.setObjectName("childrenList")
        self.children_view.setModel(self.children_model)
        self.children_view.setItemDelegate(ChildDelegate(self.children_view))
        self.children_view.setUniformItemSizes(True)
        self.children_view.selectionModel().currentChanged.connect(self._child_chosen)

        self.header = QLabel()
        self.header.setObjectName("childHeader")
        header_font = self.header.font()
        header_font.setPointSizeF(header_font.pointSizeF() * 1.4)
        header_font.setBold(True)
        self.header.setFont(header_font)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.pages: list[ChildPage] = [
            TodayPage(ctx),
            TimelinePage(ctx),
            MilestonesPage(ctx),
            ContactsPage(ctx),
            ProfilePage(ctx),
        ]
        for page in self.pages:
            self.tabs.addTab(page, page.title())

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.header)
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(self.children_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 900])
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.setCentralWidget(central)

        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncStatus")
        self.statusBar().addPermanentWidget(self.sync_label)
        self.sync = SyncController(ctx, self)
        self.sync.sig_status.connect(self.show_sync_status)
        self._build_actions()
        self.retranslate()
        ctx.events.sig_records_changed.connect(self._records_changed)
        ctx.events.sig_error.connect(self.show_error)
        self.reload_children()
        if ctx.settings.geometry is not None:
            self.restoreGeometry(ctx.settings.geometry)
        else:
            self.resize(1200, 800)
        last = ctx.settings.last_child
        self.children_view.setCurrentIndex(
            self.children_model.index(
                self.children_model.row_of(last)
                if last
                else 1
                if self.children_model.rowCount() > 1
                else 0
            )
        )

    # Actions and menus --------------------------------------------------------------
    def _build_actions(self) -> None:
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.sig_lock_requested.emit)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.undo_action = self.ctx.undo.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.ctx.undo.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.next_child_action = QAction(self)
        self.next_child_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_child_action.triggered.connect(lambda: self._step_child(1))
        self.prev_child_action = QAction(self)
        self.prev_child_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.prev_child_action.triggered.connect(lambda: self._step_child(-1))
        self.page_actions: list[QAction] = []
        for i in range(len(self.pages)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            self.addAction(action)
            self.page_actions.append(action)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.add_child_action = QAction(self)
        self.add_child_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_child_action.triggered.connect(self.add_child)
        self.household_menu = bar.addMenu("")
        self.household_menu.addAction(self.add_child_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.prev_child_action)
        self.view_menu.addAction(self.next_child_action)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self.sync_now)
        self.enrol_action = QAction(self)
        self.enrol_action.triggered.connect(self.open_enrolment)
        self.file_menu.insertAction(self.lock_action, self.sync_action)
        self.file_menu.insertAction(self.lock_action, self.enrol_action)
        self.file_menu.insertSeparator(self.lock_action)
        self.settings_menu = bar.addMenu("")
        self.settings_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Thuisboek — %1").replace("%1", self.ctx.book.identity.display_name)
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.household_menu.setTitle(self.tr("H&ousehold"))
        self.add_child_action.setText(self.tr("&Add a child…"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.next_child_action.setText(self.tr("&Next child"))
        self.prev_child_action.setText(self.tr("&Previous child"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.sync_action.setText(self.tr("S&ync now"))
        self.enrol_action.setText(self.tr("&Connect to the central office…"))
        self.about_action.setText(self.tr("&About Thuisboek"))
        self.children_view.setAccessibleName(self.tr("Children"))
        self.tabs.setAccessibleName(self.tr("Pages"))
        for i, page in enumerate(self.pages):
            self.tabs.setTabText(i, page.title())
        self.children_model.layoutChanged.emit()
        self._update_header()
        self.update_sync_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # Children -----------------------------------------------------------------------
    def reload_children(self) -> None:
        current = self.current_child()
        self.children_model.set_children(self.ctx.household.summaries())
        if current is not None:
            self.children_view.setCurrentIndex(
                self.children_model.index(self.children_model.row_of(current.id))
            )

    def current_child(self) -> Child | None:
        summary = self.children_model.summary(self.children_view.currentIndex().row())
        return summary.child if summary else None

    def _step_child(self, step: int) -> None:
        rows = self.children_model.rowCount()
        row = (self.children_view.currentIndex().row() + step) % rows
        self.children_view.setCurrentIndex(self.children_model.index(row))

    def _child_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        for page in self.pages:
            page.flush()
        child = self.current_child()
        for i, page in enumerate(self.pages):
            page.set_child(child)
            self.tabs.setTabEnabled(i, child is not None or page.supports_household)
        if child is None:
            self.tabs.setCurrentWidget(self.pages[1])
        else:
            self.ctx.settings.last_child = str(child.id)
        self._update_header()

    def _update_header(self) -> None:
        summary = self.children_model.summary(self.children_view.currentIndex().row())
        empty = self.children_model.rowCount() <= 1
        self.hint.setVisible(empty)
        self.hint.setText(
            self.tr(
                "No children in this home book yet. Add the first one with Household ▸ "
                "Add a child… (Ctrl+Shift+N)."
            )
        )
        if summary is None:
            # Just enrolled, the household's record arrives with the first sync.
            household = self.ctx.household.household()
            self.header.setText(household.name if household else "")
        else:
            age = self.children_model.age_text(summary.age_months)
            self.header.setText(f"{summary.child.display_name()} · {age}")

    def _records_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {"child", "daily_log"}:
            self.reload_children()
        self._update_header()
        self.update_sync_state()

    def add_child(self) -> None:
        from app.ui.dialogs.child import ChildDialog

        dialog = ChildDialog(self.ctx, None, self)
        dialog.sig_saved.connect(self._child_added)
        dialog.exec()

    def _child_added(self, child: Child) -> None:
        # The new child is stored by the task queue; choose it once it is listed.
        def choose() -> None:
            self.reload_children()
            row = self.children_model.row_of(child.id)
            if row:
                self.children_view.setCurrentIndex(self.children_model.index(row))

        self.ctx.tasks.run(lambda: None, lambda _: choose())

    def open_settings(self) -> None:
        from app.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.sig_enrolled.connect(self._enrolled)
        dialog.exec()
        self.sig_settings_changed.emit()

    def open_about(self) -> None:
        from app.ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    # Status -------------------------------------------------------------------------
    def update_sync_state(self) -> None:
        self.sync.refresh()

    def show_sync_status(self, status: SyncStatus) -> None:
        """The status bar's sync text: always what is true right now."""
        # Connected once is enough: a second enrolment would take on another identity.
        self.enrol_action.setEnabled(status.phase == "not_enrolled")
        parts = []
        if status.phase == "not_enrolled":
            parts.append(self.tr("Working offline (not connected to a central office)"))
        elif status.phase == "syncing":
            if status.total:
                parts.append(self.tr("Syncing %1 of %2…").replace("%1", str(status.done))
                             .replace("%2", str(status.total)))  # fmt: skip
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
        if status.phase in ("synced", "offline", "failed") and status.last_ok:
            when = last_ok_time(status)
            if when:
                parts.append(self.tr("synced at %1").replace("%1", when))
        if status.waiting:
            parts.append(self.tr("%n change(s) waiting", "", status.waiting))
        if status.conflicts:
            parts.append(self.tr("%n conflict(s) to look at", "", status.conflicts))
        if status.rejected:
            parts.append(self.tr("%n change(s) refused by the central office", "", status.rejected))
        self.sync_label.setText(" · ".join(parts))
        if status.error is not None and status.phase in ("failed", "held", "revoked"):
            self.sync_label.setToolTip(tr_message(status.error.message))
        else:
            self.sync_label.setToolTip("")

    def sync_now(self) -> None:
        if not self.sync.enrolled:
            self.open_enrolment()
            return
        if self.sync.status.phase == "held":
            answer = QMessageBox.question(
                self,
                self.tr("Sync held"),
                tr_message(self.sync.status.error.message) if self.sync.status.error else "",
            )
            self.sync.sync_now(confirm_mass_delete=answer == QMessageBox.StandardButton.Yes)
            return
        self.sync.sync_now()

    def open_enrolment(self) -> None:
        from app.ui.dialogs.enrol import EnrolDialog

        dialog = EnrolDialog(self.ctx, self)
        if dialog.exec():
            self._enrolled()

    def _enrolled(self) -> None:
        """Connected to the central office: who is writing and in which household may
        have changed; the first sync starts."""
        self.retranslate()
        self.reload_children()
        self.sync.start()

    def show_error(self, error: object) -> None:
        if isinstance(error, ThuisboekError):
            text = tr_message(error.message)
        else:
            text = self.tr("Something went wrong: %1").replace("%1", type(error).__name__)
        QMessageBox.warning(self, self.tr("Thuisboek"), text)

    # Closing ------------------------------------------------------------------------
    def flush(self) -> None:
        """Store every draft and wait for queued writes and a running sync (before a
        lock or quit)."""
        for page in self.pages:
            page.flush()
        self.ctx.tasks.wait()
        self.sync.stop()
        self.ctx.settings.geometry = self.saveGeometry()
        self.ctx.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
