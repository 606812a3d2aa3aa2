"""The main window: the household's children on the left, the pages of the chosen
child on the right, the sync state in the status bar.

Supervisor mode (``is_reviewer(identity.role)``): the households this person
supervises on the left, each with what waits for review, and on the right the
chosen household's review queue, questions and conflicts. More household pages
join through ``add_supervisor_tab``.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.messages import ThuisboekError
from app.domain.records import Child, ReviewMark
from app.services.conflicts import ConflictService
from app.services.records import is_reviewer
from app.services.review import HouseholdQueue, ReviewQueue
from app.ui.context import UiContext
from app.ui.dialogs.report import ReportDialog
from app.ui.i18n import tr_message
from app.ui.models.children import (
    AgeMonthsRole,
    ChildrenModel,
    InitialsRole,
    LoggedTodayRole,
)
from app.ui.models.review_queue import (
    AttentionRole,
    CountRole,
    CountsTextRole,
    HouseholdsModel,
)
from app.ui.pages.base import ChildPage
from app.ui.pages.child_profile import ProfilePage
from app.ui.pages.conflicts import ConflictsPage
from app.ui.pages.contacts import ContactsPage
from app.ui.pages.milestones import MilestonesPage
from app.ui.pages.overview import OverviewPage
from app.ui.pages.questions import QuestionsPage
from app.ui.pages.review_queue import QUEUE_KINDS, ReviewQueuePage, run_for
from app.ui.pages.timeline import TimelinePage
from app.ui.pages.today import TodayPage
from app.ui.sync_status import SyncController, SyncStatus, last_ok_time

ATTENTION = QColor("#d98c00")
REFUSED_LINK = "#refused"  # the status bar's link to the refused changes
PAGE_KEYS = 9  # Alt+1 … Alt+9 choose a tab
# Changes that can change a household's counts in supervisor mode.
HOUSEHOLD_KINDS = QUEUE_KINDS | {"household", "conflict_revision"}


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


class HouseholdDelegate(QStyledItemDelegate):
    """The household's name, what needs attention in words, and a badge with the
    number of records waiting for review."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(240, int(height * 3.4))

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
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(option.font)
        bold.setBold(True)
        count = int(index.data(CountRole) or 0)
        badge_text = str(count) if count else "✓"
        metrics = option.fontMetrics
        line = metrics.height()
        badge_width = max(line * 2, metrics.horizontalAdvance(badge_text) + line)
        badge = QRect(
            rect.right() - badge_width - 8, rect.center().y() - line * 2 // 3, badge_width,
            line * 4 // 3,
        )  # fmt: skip
        text_rect = rect.adjusted(10, 6, -(badge_width + 18), -6)
        painter.setFont(bold)
        painter.setPen(text_color)
        name = painter.fontMetrics().elidedText(
            str(index.data() or ""), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)
        painter.setFont(option.font)
        attention = bool(index.data(AttentionRole))
        if attention and not selected:
            painter.setPen(ATTENTION.darker(130))
        counts = metrics.elidedText(
            str(index.data(CountsTextRole) or ""), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, counts
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ATTENTION if attention else palette.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setFont(bold)
        painter.setPen(QColor("white") if attention else palette.color(QPalette.ColorRole.Base))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
        painter.restore()


class MainWindow(QMainWindow):
    sig_lock_requested = Signal()
    sig_settings_changed = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.review = ReviewQueue(ctx.book, ctx.records)
        self.conflicts = ConflictService(ctx.book, ctx.records)
        self.supervisor_mode = False
        self.pages: list[ChildPage] = []
        self.queue_page: ReviewQueuePage | None = None
        self.questions_page: QuestionsPage
        self.conflicts_page: ConflictsPage
        # Each tab's title in the current language, by its page.
        self._titles: dict[QWidget, Callable[[], str]] = {}
        # Pages others add to supervisor mode (add_supervisor_tab): (page, title, index).
        self._extra_tabs: list[tuple[QWidget, Callable[[], str], int]] = []
        self._households_serial = 0

        self.children_model = ChildrenModel(self)
        self.children_view = QListView()
        self.children_view.setObjectName("childrenList")
        self.children_view.setModel(self.children_model)
        self.children_view.setItemDelegate(ChildDelegate(self.children_view))
        self.children_view.setUniformItemSizes(True)
        self.children_view.selectionModel().currentChanged.connect(self._child_chosen)

        self.households_model = HouseholdsModel(self)
        self.households_view = QListView()
        self.households_view.setObjectName("householdsList")
        self.households_view.setModel(self.households_model)
        self.households_view.setItemDelegate(HouseholdDelegate(self.households_view))
        self.households_view.setUniformItemSizes(True)
        self.households_view.selectionModel().currentChanged.connect(self._household_chosen)

        self.header = QLabel()
        self.header.setObjectName("childHeader")
        header_font = self.header.font()
        header_font.setPointSizeF(header_font.pointSizeF() * 1.4)
        header_font.setBold(True)
        self.header.setFont(header_font)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.tabs.currentChanged.connect(self._tab_changed)

        # Caregiver mode: the supervisor's questions waiting for an answer.
        self.questions_banner = QFrame()
        self.questions_banner.setObjectName("questionsBanner")
        self.questions_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.questions_banner.setAutoFillBackground(True)
        banner_palette = self.questions_banner.palette()
        banner_palette.setColor(QPalette.ColorRole.Window, QColor("#fff1cc"))
        banner_palette.setColor(QPalette.ColorRole.WindowText, QColor("#3d2b00"))
        self.questions_banner.setPalette(banner_palette)
        self.questions_label = QLabel()
        self.questions_label.setObjectName("questionsBannerText")
        self.questions_label.setWordWrap(True)
        self.questions_button = QPushButton()
        self.questions_button.setObjectName("questionsBannerButton")
        self.questions_button.clicked.connect(self.show_questions)
        banner_layout = QHBoxLayout(self.questions_banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(self.questions_label, 1)
        banner_layout.addWidget(self.questions_button)
        self.questions_banner.hide()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.header)
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.questions_banner)
        right_layout.addWidget(self.tabs, 1)
        self.left = QStackedWidget()
        self.left.addWidget(self.children_view)
        self.left.addWidget(self.households_view)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.left)
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
        # Rich text: the part about refused changes is a link that opens them.
        self.sync_label.setTextFormat(Qt.TextFormat.RichText)
        self.sync_label.linkActivated.connect(self._sync_link)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.sync = SyncController(ctx, self)
        self.sync.sig_status.connect(self.show_sync_status)
        self._report: ReportDialog | None = None
        self._build_actions()
        self._set_mode(is_reviewer(ctx.book.identity.role))
        self.overview_page = OverviewPage(ctx)
        self.add_supervisor_tab(self.overview_page, self.overview_page.title, index=0)
        self.retranslate()
        ctx.events.sig_records_changed.connect(self._records_changed)
        ctx.events.sig_error.connect(self.show_error)
        if ctx.settings.geometry is not None:
            self.restoreGeometry(ctx.settings.geometry)
        else:
            self.resize(1200, 800)

    # Modes --------------------------------------------------------------------------
    def _set_mode(self, supervisor: bool) -> None:
        """Build the pages of caregiver or supervisor mode (again after an enrolment
        that gave this person another role)."""
        for page in self.pages:
            page.flush()
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget in self.pages:
                widget.deleteLater()
        self._titles.clear()
        self.supervisor_mode = supervisor
        self.left.setCurrentWidget(self.households_view if supervisor else self.children_view)
        # Household names are longer than children's.
        self.splitter.setSizes([300, 900] if supervisor else [240, 900])
        self.household_menu.menuAction().setVisible(not supervisor)
        self.add_child_action.setEnabled(not supervisor)
        self.review_menu.menuAction().setVisible(supervisor)
        self.questions_banner.hide()
        if supervisor:
            self._build_supervisor()
        else:
            self._build_caregiver()

    def _build_caregiver(self) -> None:
        ctx = self.ctx
        self.queue_page = None
        self.questions_page = QuestionsPage(ctx, self.review)
        self.conflicts_page = ConflictsPage(ctx, self.conflicts)
        self.pages = [
            TodayPage(ctx),
            TimelinePage(ctx),
            MilestonesPage(ctx),
            ContactsPage(ctx),
            ProfilePage(ctx),
            self.questions_page,
            self.conflicts_page,
        ]
        for page in self.pages:
            self._add_tab(page, page.title)
        self._watch_counts(self.questions_page)
        self._watch_counts(self.conflicts_page)
        self.tabs.setTabVisible(self.tabs.indexOf(self.conflicts_page), False)
        self.reload_children()
        last = self.ctx.settings.last_child
        self.children_view.setCurrentIndex(
            self.children_model.index(
                self.children_model.row_of(last)
                if last
                else 1
                if self.children_model.rowCount() > 1
                else 0
            )
        )

    def _build_supervisor(self) -> None:
        ctx = self.ctx
        self.queue_page = ReviewQueuePage(ctx, self.review)
        self.questions_page = QuestionsPage(ctx, self.review)
        self.conflicts_page = ConflictsPage(ctx, self.conflicts, per_household=True)
        self.pages = [self.queue_page, self.questions_page, self.conflicts_page]
        for page in self.pages:
            self._add_tab(page, page.title)
            self._watch_counts(page)
        for widget, title, index in self._extra_tabs:
            self._add_tab(widget, title, index)
        self.reload_households()

    def _watch_counts(self, page: QWidget) -> None:
        page.sig_count_changed.connect(self._retitle)  # type: ignore[attr-defined]
        page.sig_message.connect(self.show_message)  # type: ignore[attr-defined]

    def _add_tab(self, widget: QWidget, title: Callable[[], str], index: int = -1) -> None:
        self._titles[widget] = title
        self.tabs.insertTab(index, widget, title())
        if self.supervisor_mode and hasattr(widget, "set_household"):
            widget.set_household(self.current_household_id())

    def add_supervisor_tab(
        self, widget: QWidget, title: Callable[[], str] | None = None, index: int = -1
    ) -> None:
        """Add a page to supervisor mode's tabs, such as the household overview.

        ``title`` gives the tab's text in the current language (asked again on every
        language change; by default the page's ``title()`` method, else its
        ``windowTitle()``); ``index`` places the tab (-1: last). If the page has
        ``set_household(household_id | None)``, it is told the chosen household at
        once and at every change of it; a page with ``count()`` and a
        ``sig_count_changed`` signal gets the count in its tab title, and one with
        ``sig_message(str)`` shows its confirmations in the status bar. In caregiver
        mode the page waits, and shows if an enrolment turns this window into
        supervisor mode. The window owns the page from now on.
        """
        if title is None:
            own = getattr(widget, "title", None)
            title = own if callable(own) else widget.windowTitle
        widget.setParent(self)
        widget.hide()
        self._extra_tabs.append((widget, title, index))
        if hasattr(widget, "sig_count_changed"):
            widget.sig_count_changed.connect(self._retitle)
        if hasattr(widget, "sig_message"):
            widget.sig_message.connect(self.show_message)
        if self.supervisor_mode:
            self._add_tab(widget, title, index)

    def _retitle(self) -> None:
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            title = self._titles.get(widget)
            if title is None:
                continue
            text = title()
            counted = hasattr(widget, "sig_count_changed") and hasattr(widget, "count")
            count = widget.count() if counted else None
            if count:
                text = f"{text} ({count})"
            self.tabs.setTabText(i, text)
        if not self.supervisor_mode:
            self._update_caregiver_counts()

    def _update_caregiver_counts(self) -> None:
        open_questions = self.questions_page.count() or 0
        # Not needed on the questions page itself.
        here = self.tabs.currentWidget() is self.questions_page
        self.questions_banner.setVisible(bool(open_questions) and not here)
        self.questions_label.setText(
            self.tr("Your supervisor asked %n question(s) that wait for your answer.", "",
                    open_questions)
        )  # fmt: skip
        conflicts = self.conflicts_page.count() or 0
        index = self.tabs.indexOf(self.conflicts_page)
        # The tab is there while something waits, and stays while it is being looked at.
        if index >= 0:
            visible = bool(conflicts) or self.tabs.currentIndex() == index
            self.tabs.setTabVisible(index, visible)

    def show_questions(self) -> None:
        self.tabs.setCurrentWidget(self.questions_page)
        self.questions_page.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

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
        for i in range(PAGE_KEYS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(lambda _=False, i=i: self._choose_tab(i))
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
        self.refused_action = QAction(self)
        self.refused_action.setObjectName("refusedAction")
        self.refused_action.setEnabled(False)
        self.refused_action.triggered.connect(self.open_refused)
        self.report_action = QAction(self)
        self.report_action.setShortcut(QKeySequence("Ctrl+P"))
        self.report_action.triggered.connect(self.open_report)
        self.file_menu.insertAction(self.lock_action, self.report_action)
        self.file_menu.insertSeparator(self.lock_action)
        self.file_menu.insertAction(self.lock_action, self.sync_action)
        self.file_menu.insertAction(self.lock_action, self.refused_action)
        self.file_menu.insertAction(self.lock_action, self.enrol_action)
        self.file_menu.insertSeparator(self.lock_action)
        self.review_menu = bar.addMenu("")
        self.review_menu.setObjectName("reviewMenu")
        self.review_menu.aboutToShow.connect(self._review_menu_shown)
        self.mark_action = QAction(self)
        self.mark_action.triggered.connect(lambda: self._queue_do("mark"))
        self.question_action = QAction(self)
        self.question_action.triggered.connect(lambda: self._queue_do("question"))
        self.follow_up_action = QAction(self)
        self.follow_up_action.triggered.connect(lambda: self._queue_do("follow_up"))
        for action, keys in (
            (self.mark_action, "Space"),
            (self.question_action, "Q"),
            (self.follow_up_action, "F"),
        ):
            # Shown in the menu; the keys themselves act in the queue's list only,
            # so that typing a comment never marks anything.
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.review_menu.addAction(action)
        self.review_menu.addSeparator()
        self.review_menu.addAction(self.prev_child_action)
        self.review_menu.addAction(self.next_child_action)
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
        if self.supervisor_mode:
            self.next_child_action.setText(self.tr("&Next household"))
            self.prev_child_action.setText(self.tr("&Previous household"))
        else:
            self.next_child_action.setText(self.tr("&Next child"))
            self.prev_child_action.setText(self.tr("&Previous child"))
        self.review_menu.setTitle(self.tr("&Review"))
        self.mark_action.setText(self.tr("&Mark as reviewed"))
        self.question_action.setText(self.tr("Ask a &question…"))
        self.follow_up_action.setText(self.tr("Ask for a &follow-up…"))
        self.households_view.setAccessibleName(self.tr("Households"))
        self.questions_button.setText(self.tr("Ans&wer now"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.sync_action.setText(self.tr("S&ync now"))
        self.enrol_action.setText(self.tr("&Connect to the central office…"))
        self.refused_action.setText(self.tr("Re&fused changes…"))
        self.report_action.setText(self.tr("&Report…"))
        self.about_action.setText(self.tr("&About Thuisboek"))
        self.children_view.setAccessibleName(self.tr("Children"))
        self.tabs.setAccessibleName(self.tr("Pages"))
        self._retitle()
        self.children_model.layoutChanged.emit()
        self.households_model.retranslate()
        self._update_header()
        self.update_sync_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _tab_changed(self, _index: int) -> None:
        if not self.supervisor_mode and self.pages:
            self._update_caregiver_counts()

    def _choose_tab(self, index: int) -> None:
        if index < self.tabs.count() and self.tabs.isTabVisible(index):
            self.tabs.setCurrentIndex(index)

    # Households (supervisor mode) ------------------------------------------------------
    def reload_households(self) -> None:
        """Read the households and their counts again (on the task queue)."""
        self._households_serial += 1
        serial = self._households_serial
        run_for(
            self,
            self.ctx.tasks,
            self.review.households,
            lambda rows: self._households_read(serial, rows),
            self.ctx.events.sig_error.emit,
        )

    def _households_read(self, serial: int, rows: list[HouseholdQueue]) -> None:
        if serial != self._households_serial or not self.supervisor_mode:
            return
        current = self.current_household_id()
        self.households_model.set_households(rows)
        row = self.households_model.row_of(current)
        if row < 0 and self.households_model.rowCount():
            row = 0
        if row >= 0 and row != self.households_view.currentIndex().row():
            self.households_view.setCurrentIndex(self.households_model.index(row))
        self._update_header()

    def current_household(self) -> HouseholdQueue | None:
        return self.households_model.household(self.households_view.currentIndex().row())

    def current_household_id(self) -> uuid.UUID | None:
        household = self.current_household()
        return household.household_id if household is not None else None

    def _household_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        household_id = self.current_household_id()
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if hasattr(page, "set_household"):
                page.set_household(household_id)
        self._update_header()

    def _review_menu_shown(self) -> None:
        on_queue = self.queue_page is not None and self.tabs.currentWidget() is self.queue_page
        has = (
            on_queue and self.queue_page is not None and self.queue_page.current_item() is not None
        )
        for action in (self.mark_action, self.question_action, self.follow_up_action):
            action.setEnabled(has)

    def _queue_do(self, what: str) -> None:
        page = self.queue_page
        if page is None:
            return
        if what == "mark":
            page.mark_selected()
        else:
            page.ask(ReviewMark.FOLLOW_UP if what == "follow_up" else ReviewMark.QUESTION)

    # Children -----------------------------------------------------------------------
    def reload_children(self) -> None:
        if self.supervisor_mode:
            return
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
        view = self.households_view if self.supervisor_mode else self.children_view
        rows = view.model().rowCount()
        if rows:
            row = (view.currentIndex().row() + step) % rows
            view.setCurrentIndex(view.model().index(row, 0))

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
        if self.supervisor_mode:
            household = self.current_household()
            self.header.setText(household.name if household is not None else "")
            none = self.households_model.rowCount() == 0
            self.hint.setVisible(none)
            self.hint.setText(
                self.tr("No households to review on this computer yet. Sync with the central "
                        "office (F5) to bring in the households you supervise.")
            )  # fmt: skip
            return
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

    def _records_changed(self, changes: ChangeSet) -> None:
        if self.supervisor_mode:
            if changes.concerns(*HOUSEHOLD_KINDS):
                self.reload_households()
        elif changes.concerns("child", "daily_log"):
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
        # Connected once is enough: a second enrolment would take on another identity;
        # only a computer the central office no longer recognises is enrolled again.
        self.enrol_action.setEnabled(status.may_enrol)
        self.refused_action.setEnabled(status.rejected > 0)
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
        texts = [html.escape(p) for p in parts]
        if status.rejected:
            refused = self.tr("%n change(s) refused by the central office", "", status.rejected)
            texts.append(f'<a href="{REFUSED_LINK}">{html.escape(refused)}</a>')
        self.sync_label.setText(" · ".join(texts))
        if status.error is not None and status.phase in ("failed", "held", "revoked"):
            self.sync_label.setToolTip(tr_message(status.error.message))
        else:
            self.sync_label.setToolTip("")

    def _sync_link(self, link: str) -> None:
        if link == REFUSED_LINK:
            self.open_refused()

    def open_refused(self) -> None:
        """File ▸ Refused changes…: what the central office did not accept, and why."""
        from app.ui.dialogs.refused import RefusedDialog

        dialog = RefusedDialog(self.ctx, parent=self)
        dialog.sig_sent.connect(self._refused_sent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _refused_sent(self, count: int) -> None:
        """Changes queued again: the next sync is now, if there is an office to sync with."""
        if count and self.sync.enrolled and self.sync.status.phase not in ("revoked", "held"):
            self.sync.sync_now()
        else:
            self.update_sync_state()

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
        if is_reviewer(self.ctx.book.identity.role) != self.supervisor_mode:
            self._set_mode(not self.supervisor_mode)
        self.retranslate()
        self.reload_children()
        self.sync.start()

    def show_error(self, error: object) -> None:
        if isinstance(error, ThuisboekError):
            text = tr_message(error.message)
        else:
            text = self.tr("Something went wrong: %1").replace("%1", type(error).__name__)
        QMessageBox.warning(self, self.tr("Thuisboek"), text)

    def open_report(self) -> None:
        """File ▸ Report…: a period report of the chosen child, made in the background."""
        child = self.current_child()
        self._report = ReportDialog(self.ctx, child.id if child else None, self)
        try:
            self._report.exec()
        finally:
            self._report.deleteLater()
            self._report = None

    # Closing ------------------------------------------------------------------------
    def flush(self) -> None:
        """Store every draft and wait for queued writes, a report being made and a
        running sync (before a lock or quit)."""
        for page in self.pages:
            page.flush()
        if self._report is not None:
            self._report.cancel_and_wait()
        self.ctx.tasks.wait()
        self.sync.stop()
        self.ctx.settings.geometry = self.saveGeometry()
        self.ctx.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
