"""The main window: the household's children on the left, the pages of the chosen
child on the right, the sync state in the status bar.

Supervisor mode (``is_reviewer(identity.role)``): the households this person
supervises on the left, each with what waits for review, and on the right the
chosen household's review queue, questions and conflicts. More household pages
join through ``add_supervisor_tab``.

Its rooms: the lists (``app.ui.window.children``, ``households``), the tabs
(``tabs``), the menus (``menus``), the questions banner and the status bar's
sync text; this module puts them together and switches modes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.messages import ThuisboekError
from app.domain.records import Child
from app.domain.vocabulary import ReviewMark
from app.services import maintenance
from app.services.conflicts import ConflictService
from app.services.records import is_reviewer
from app.services.review import ReviewQueue
from app.ui.context import UiContext
from app.ui.dialogs.report import ReportDialog
from app.ui.i18n import tr_message
from app.ui.pages.across import AcrossPage
from app.ui.pages.base import ChildPage
from app.ui.pages.care import CarePage
from app.ui.pages.care_watch import CareWatchPage
from app.ui.pages.child_profile import ProfilePage
from app.ui.pages.conflicts import ConflictsPage
from app.ui.pages.contacts import ContactsPage
from app.ui.pages.milestones import MilestonesPage
from app.ui.pages.overview import OverviewPage
from app.ui.pages.questions import QuestionsPage
from app.ui.pages.review_queue import QUEUE_KINDS, ReviewQueuePage
from app.ui.pages.supervisor_timeline import SupervisorTimelinePage
from app.ui.pages.timeline import TimelinePage
from app.ui.pages.today import TodayPage
from app.ui.pages.wellbeing import WellbeingPage
from app.ui.sync_status import SyncController, SyncStatus
from app.ui.tasks import Lane
from app.ui.widgets.drafts import flush_open_drafts
from app.ui.widgets.guarded import run_for
from app.ui.widgets.screen_fit import fit_window, keep_on_screen
from app.ui.window.children import FIRST_CHILD, ChildrenList
from app.ui.window.handover import HandoverRoom
from app.ui.window.household_switcher import HouseholdSwitcher
from app.ui.window.households import HouseholdsList
from app.ui.window.menus import WindowMenus
from app.ui.window.questions_banner import QuestionsBanner
from app.ui.window.status_bar import SyncProgressBar, SyncStatusLabel
from app.ui.window.tabs import PageTabs
from app.ui.window.upcoming import UpcomingAppointments

# Changes that can change a household's counts in supervisor mode.
HOUSEHOLD_KINDS = QUEUE_KINDS | {"household", "conflict_revision"}


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
        self._chosen_child: Child | None = None
        self._behind: set[int] = set()  # ids of pages still showing an earlier child
        # The page to show again once the children are read (where the person was
        # when the book locked); after that, a child without today's log opens on Today.
        self._return_to: str | None = None
        # The app opened this window for the evening: once the children are read,
        # the keyboard starts on Today's mood of a child without today's log.
        self._first_child = False
        self.queue_page: ReviewQueuePage | None = None
        self.questions_page: QuestionsPage
        self.conflicts_page: ConflictsPage
        # Pages others add to supervisor mode (add_supervisor_tab): (page, title, index).
        self._extra_tabs: list[tuple[QWidget, Callable[[], str], int]] = []

        self.children_list = ChildrenList(ctx, self)
        self.children_model, self.children_view = self.children_list.model, self.children_list.view
        self.children_view.selectionModel().currentChanged.connect(self._child_chosen)
        self.children_list.sig_loaded.connect(self._update_header)
        self.households_list = HouseholdsList(ctx, self.review, self)
        self.households_model, self.households_view = (
            self.households_list.model,
            self.households_list.view,
        )
        self.households_view.selectionModel().currentChanged.connect(self._household_chosen)
        self.households_list.sig_loaded.connect(self._update_header)
        self.households_list.sig_review_key.connect(self.queue_do)

        self.header = QLabel()
        self.header.setObjectName("childHeader")
        header_font = self.header.font()
        header_font.setPointSizeF(header_font.pointSizeF() * 1.4)
        header_font.setBold(True)
        self.header.setFont(header_font)
        self.tabs = PageTabs()
        self.tabs.currentChanged.connect(self._tab_changed)
        # Caregiver mode: the supervisor's questions waiting for an answer.
        self.questions_banner = QuestionsBanner()
        self.questions_banner.sig_open.connect(self.show_questions)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        # Damage found by the check of every page, made once the window is open.
        self.damage = QLabel()
        self.damage.setObjectName("damageNote")
        self.damage.setWordWrap(True)
        self.damage.hide()
        self._damaged = False
        right_layout.addWidget(self.damage)
        right_layout.addWidget(self.header)
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        right_layout.addWidget(self.hint)
        # Caregiver mode: the handover notes of others not yet read, and what is new.
        self.handover = HandoverRoom(ctx, self)
        self.handover.sig_message.connect(self.show_message)
        right_layout.addWidget(self.handover.banner)
        right_layout.addWidget(self.questions_banner)
        self.upcoming = UpcomingAppointments(ctx)
        right_layout.addWidget(self.upcoming)
        right_layout.addWidget(self.tabs, 1)
        # Caregiver mode: the households the person works in above their children,
        # and what stays here of a household taken away.
        self.switcher = HouseholdSwitcher(ctx)
        self.switcher.install_keys(self)
        self.switcher.sig_leaving.connect(lambda: self.handover.leave())
        self.switcher.sig_switched.connect(self._switched_household)
        self.taken_away = QLabel()
        self.taken_away.setObjectName("takenAwayNote")
        self.taken_away.setWordWrap(True)
        self.taken_away.hide()
        self._taken_away: dict[uuid.UUID, int] = {}
        self.caregiver_left = QWidget()
        caregiver_layout = QVBoxLayout(self.caregiver_left)
        caregiver_layout.setContentsMargins(0, 0, 0, 0)
        caregiver_layout.addWidget(self.switcher)
        caregiver_layout.addWidget(self.children_view, 1)
        caregiver_layout.addWidget(self.taken_away)
        self.left = QStackedWidget()
        self.left.addWidget(self.caregiver_left)
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

        self.sync_label = SyncStatusLabel()
        self.sync_label.sig_refused.connect(self.open_refused)
        self.sync_progress = SyncProgressBar()
        self.statusBar().addPermanentWidget(self.sync_progress)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.sync = SyncController(ctx, self)
        self.sync.sig_status.connect(self.show_sync_status)
        self.sync.sig_synced.connect(self._synced)
        self._report: ReportDialog | None = None
        self.guide: QWidget | None = None  # Help ▸ User guide, while open
        self.menus = WindowMenus(self)
        self.menus.household_menu.addSeparator()
        self.menus.household_menu.addAction(self.handover.write_action)
        self.menus.household_menu.addAction(self.handover.since_action)
        # The supervisor's own pages are made when the window is in supervisor mode
        # (a caregiver's window never shows them).
        self.overview_page: OverviewPage
        self.across_page: AcrossPage
        self.story_page: SupervisorTimelinePage
        self.care_watch_page: CareWatchPage
        self._supervisor_pages_made = False
        self._set_mode(is_reviewer(ctx.book.identity.role))
        if self.supervisor_mode:
            self._make_supervisor_pages()
            self.tabs.setCurrentWidget(self.across_page)
        self.retranslate()
        ctx.events.sig_records_changed.connect(self._records_changed)
        ctx.events.sig_error.connect(self.show_error)
        self._check_pages()
        if ctx.settings.geometry is not None:
            self.restoreGeometry(ctx.settings.geometry)
            keep_on_screen(self)  # left on a larger screen
        else:
            fit_window(self, 1200, 800)

    # Modes --------------------------------------------------------------------------
    def _make_supervisor_pages(self) -> None:
        """The supervisor's overview, the week across households, a household's
        story and the care plans to watch: once, in the window's supervisor mode."""
        if self._supervisor_pages_made:
            return
        self._supervisor_pages_made = True
        ctx = self.ctx
        self.overview_page = OverviewPage(ctx)
        self.add_supervisor_tab(self.overview_page, self.overview_page.title, index=0)
        self.across_page = AcrossPage(ctx, self.review)
        self.across_page.sig_open_household.connect(self.open_household)
        self.add_supervisor_tab(self.across_page, self.across_page.title, index=0)
        self.story_page = SupervisorTimelinePage(ctx, self.review, self.across_page.across)
        self.add_supervisor_tab(self.story_page, self.story_page.title)
        self.care_watch_page = CareWatchPage(ctx)
        self.add_supervisor_tab(self.care_watch_page, self.care_watch_page.title)

    def _set_mode(self, supervisor: bool) -> None:
        """Build the pages of caregiver or supervisor mode (again after an enrolment
        that gave this person another role)."""
        if supervisor and not self.supervisor_mode and self.pages:
            # A caregiver's window turning into a supervisor's: its pages, made while
            # the window is still in caregiver mode, wait in the supervisor's tabs.
            self._make_supervisor_pages()
        for page in self.pages:
            page.flush()
        self.tabs.clear_pages(list(self.pages))
        self.supervisor_mode = supervisor
        self.households_list.active = supervisor
        self.left.setCurrentWidget(self.households_view if supervisor else self.caregiver_left)
        # Household names are longer than children's.
        self.splitter.setSizes([300, 900] if supervisor else [240, 900])
        self.menus.set_mode(supervisor)
        self.handover.set_active(not supervisor)
        self.questions_banner.hide()
        self.upcoming.setVisible(False)
        if not supervisor:
            self.upcoming.reload()
        if supervisor:
            self._build_supervisor()
        else:
            self._build_caregiver()

    def _build_caregiver(self) -> None:
        ctx = self.ctx
        self.queue_page = None
        self.questions_page = QuestionsPage(ctx, self.review)
        self.conflicts_page = ConflictsPage(ctx, self.conflicts)
        self.today_page = TodayPage(ctx)
        self.pages = [
            self.today_page,
            TimelinePage(ctx),
            MilestonesPage(ctx),
            ContactsPage(ctx),
            ProfilePage(ctx),
            WellbeingPage(ctx),
            CarePage(ctx),
            self.questions_page,
            self.conflicts_page,
        ]
        for page in self.pages:
            self._add_tab(page, page.title)
        self.today_page.sig_next_child.connect(lambda: self.next_missing_child())
        self._watch_counts(self.questions_page)
        self._watch_counts(self.conflicts_page)
        self.tabs.setTabVisible(self.tabs.indexOf(self.conflicts_page), False)
        self._return_to = self.ctx.settings.last_page
        self.switcher.reload()
        self.children_list.reload(choose=self.ctx.settings.last_child or FIRST_CHILD)
        self.handover.reload()

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
        self.tabs.setCurrentIndex(0)  # the page others put first: the week across households
        self.reload_households()

    def _watch_counts(self, page: QWidget) -> None:
        page.sig_count_changed.connect(self._retitle)  # type: ignore[attr-defined]
        page.sig_message.connect(self.show_message)  # type: ignore[attr-defined]

    def _add_tab(self, widget: QWidget, title: Callable[[], str], index: int = -1) -> None:
        self.tabs.add(widget, title, index)
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
        self.tabs.retitle()
        if not self.supervisor_mode:
            self._update_caregiver_counts()

    def _update_caregiver_counts(self) -> None:
        # Not needed on the questions page itself.
        here = self.tabs.currentWidget() is self.questions_page
        self.questions_banner.show_count(self.questions_page.count() or 0, visible=not here)
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

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Thuisboek — %1").replace("%1", self.ctx.book.identity.display_name)
        )
        self.menus.retranslate(self.supervisor_mode)
        self.households_view.setAccessibleName(self.tr("Households"))
        self.questions_banner.retranslate()
        self.handover.retranslate()
        self._show_taken_away()
        self.damage.setText(
            self.tr("Thuisboek found damage in the file that holds this profile on this "
                    "computer. Write nothing more here and ask the central office for help: "
                    "what reached the office is safe there.")
        )  # fmt: skip
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

    def _bring_child_to_front(self) -> None:
        """The page in front shows the chosen child, if it does not yet."""
        page = self.tabs.currentWidget()
        if isinstance(page, ChildPage) and id(page) in self._behind:
            self._behind.discard(id(page))
            page.set_child(self._chosen_child)

    def _tab_changed(self, _index: int) -> None:
        if not self.supervisor_mode:
            self._bring_child_to_front()
        page = self.tabs.currentWidget()
        if isinstance(page, ChildPage):
            page.come_to_front()  # what changed while it was behind
        if not self.supervisor_mode and self.pages:
            self._update_caregiver_counts()
        elif self.supervisor_mode:
            self._update_header()  # the week across households is about no one household

    # Households (supervisor mode) ------------------------------------------------------
    def reload_households(self) -> None:
        """Read the households and their counts again (on the task queue)."""
        self.households_list.reload()

    def current_household_id(self) -> uuid.UUID | None:
        return self.households_list.current_household_id()

    def _household_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        household_id = self.current_household_id()
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and hasattr(page, "set_household"):
                page.set_household(household_id)
        self._update_header()

    def _review_page(self) -> ReviewQueuePage | AcrossPage | None:
        """The page the review keys act on: the chosen tab if it is the queue or the
        week across households, else the queue."""
        current = self.tabs.currentWidget()
        if isinstance(current, ReviewQueuePage | AcrossPage):
            return current
        return self.queue_page

    def review_menu_shown(self) -> None:
        page = self._review_page()
        on_page = page is not None and self.tabs.currentWidget() is page
        has = on_page and page is not None and page.current_item() is not None
        for action in (self.menus.mark_action, self.menus.question_action,
                       self.menus.follow_up_action):  # fmt: skip
            action.setEnabled(has)

    def queue_do(self, what: str) -> None:
        """Mark, question or follow-up on the current row of the review page in
        view (from the menu, or typed in the household list)."""
        page = self._review_page()
        if page is None:
            return
        if page is not self.tabs.currentWidget():
            self.tabs.setCurrentWidget(page)
        if what == "mark":
            page.mark_selected()
        else:
            page.ask(ReviewMark.FOLLOW_UP if what == "follow_up" else ReviewMark.QUESTION)

    def open_household(self, household_id: uuid.UUID, record_id: uuid.UUID | None) -> None:
        """Choose a household on the left and show its queue at ``record_id``, or its
        overview when the line was about the household."""
        row = self.households_model.row_of(household_id)
        if row >= 0:
            self.households_view.setCurrentIndex(self.households_model.index(row))
        if record_id is not None and self.queue_page is not None:
            self.tabs.setCurrentWidget(self.queue_page)
            self.queue_page.choose_record(record_id)
        else:
            self.tabs.setCurrentWidget(self.overview_page)

    # The person's households (caregiver mode) ------------------------------------------
    def _switched_household(self, _household_id: uuid.UUID) -> None:
        """The window now works in another household: its children, first child chosen."""
        for page in self.pages:
            page.flush()
        self._return_to = None
        self.children_list.reload(choose=FIRST_CHILD)
        self.upcoming.reload()
        self.switcher.reload()
        self.handover.reload()
        self.show_message(self.tr("Now working in %1.").replace("%1", self.switcher.current_name()))

    def _synced(self, report: object) -> None:
        """After a sync: a household taken away is left (for the first the person still
        has), and what stays of it here is said."""
        kept: dict[uuid.UUID, int] = dict(getattr(report, "kept", {}) or {})
        erased: list[uuid.UUID] = list(getattr(report, "erased", []) or [])
        if self.supervisor_mode:
            return
        if self.switcher.settle() is not None:
            self.children_list.reload(choose=FIRST_CHILD)
            self.upcoming.reload()
        self.switcher.reload()
        self._taken_away = kept
        self._show_taken_away()
        if erased:
            self.show_message(
                self.tr("%n household(s) no longer yours: removed from this computer.", "",
                        len(erased))
            )  # fmt: skip

    def _check_pages(self) -> None:
        """SQLCipher's check of every page, once the window is open, beside the
        person's work (it reads the whole file, photos included)."""
        book = self.ctx.book

        def done(problems: list[str]) -> None:
            if problems:
                self._damaged = True
                self.damage.show()

        run_for(self, self.ctx.tasks, lambda: maintenance.page_problems(book), done,
                self.show_error, lane=Lane.LONG)  # fmt: skip

    def _show_taken_away(self) -> None:
        waiting = sum(self._taken_away.values())
        self.taken_away.setVisible(bool(self._taken_away))
        self.taken_away.setText(
            self.tr("A household was taken away from you. Its records stay on this computer "
                    "until its %n change(s) reach the central office (File ▸ Refused "
                    "changes…); then they are removed.", "", waiting)
        )  # fmt: skip

    # Children -----------------------------------------------------------------------
    def reload_children(self) -> None:
        """Read the children again (on the task queue); the chosen one stays chosen."""
        if not self.supervisor_mode:
            self.children_list.reload()

    def current_child(self) -> Child | None:
        return self.children_list.current_child()

    def step_child(self, step: int) -> None:
        view = self.households_view if self.supervisor_mode else self.children_view
        rows = view.model().rowCount()
        if rows:
            row = (view.currentIndex().row() + step) % rows
            view.setCurrentIndex(view.model().index(row, 0))

    def _child_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if not self.children_list.loaded:
            return  # a row the view chose itself before the children were read
        for page in self.pages:
            page.flush()
        child = self.current_child()
        # Only the page in front shows the child at once; the others when they come
        # to the front (their reads would otherwise queue before the one awaited).
        self._chosen_child = child
        self._behind = {id(page) for page in self.pages}
        for i, page in enumerate(self.pages):
            self.tabs.setTabEnabled(i, child is not None or page.supports_household)
        self._bring_child_to_front()
        if child is None:
            self.tabs.setCurrentWidget(self.pages[1])
        else:
            self.ctx.settings.last_child = str(child.id)
            self._open_child_page()
        self._update_header()

    def _open_child_page(self) -> None:
        """Back where the person was before a lock; else Today for a child whose
        log of today is still to be written."""
        back, self._return_to = self._return_to, None
        first, self._first_child = self._first_child, False
        page = next((p for p in self.pages if type(p).__name__ == back), None)
        if page is not None and self.tabs.isTabEnabled(self.tabs.indexOf(page)):
            self.tabs.setCurrentWidget(page)
            return
        summary = self.children_list.current_summary()
        if summary is not None and summary.needs_log:
            self.tabs.setCurrentWidget(self.today_page)
            if first:  # the window just opened: the keyboard starts there
                self.today_page.focus_start()

    def keyboard_to_today(self) -> None:
        """When the first child shows (the window just opened) and its log of today
        is missing, put the keyboard on its mood."""
        self._first_child = True
        summary = self.children_list.current_summary()
        if self.children_list.loaded and summary is not None:
            self._first_child = False
            if summary.needs_log and self.tabs.currentWidget() is self.today_page:
                self.today_page.focus_start()

    def next_child(self) -> None:
        """Ctrl+PgDown: the next household to review; for a caregiver, the next child
        whose log of today is still to be written."""
        if self.supervisor_mode:
            self.step_child(1)
        else:
            self.next_missing_child(otherwise_next=True)

    def next_missing_child(self, otherwise_next: bool = False) -> None:
        """The next child (after the chosen one, round the list) whose log of today
        is still to be written, on Today; the status bar says when all are written
        (and ``otherwise_next`` goes on to the next child all the same)."""
        if self.supervisor_mode:
            return
        model, view = self.children_model, self.children_view
        rows = model.rowCount()
        here = max(0, view.currentIndex().row())
        for step in range(1, rows):
            row = (here + step) % rows
            summary = model.summary(row)
            if summary is not None and summary.needs_log:
                view.setCurrentIndex(model.index(row))
                self.tabs.setCurrentWidget(self.today_page)
                self.today_page.focus_start()
                return
        self.show_message(self.tr("Every child's log of today is written."))
        if otherwise_next:
            self.step_child(1)

    def _update_header(self) -> None:
        if self.supervisor_mode:
            household = self.households_list.current_household()
            across: AcrossPage | None = getattr(self, "across_page", None)
            if across is not None and self.tabs.currentWidget() is across:
                self.header.setText(across.title())
            else:
                self.header.setText(household.name if household is not None else "")
            none = self.households_model.rowCount() == 0
            self.hint.setVisible(none)
            self.hint.setText(
                self.tr("No households to review on this computer yet. Sync with the central "
                        "office (F5) to bring in the households you supervise.")
            )  # fmt: skip
            return
        summary = self.children_list.current_summary()
        empty = self.children_model.rowCount() <= 1
        self.hint.setVisible(empty)
        keys = self.menus.add_child_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText
        )  # as the menu shows it ("Ctrl+Maj+N" in French)
        self.hint.setText(
            self.tr(
                "No children in this home book yet. Add the first one with Household ▸ "
                "Add a child… (%1)."
            ).replace("%1", keys)
        )
        if summary is None:
            # Just enrolled, the household's record arrives with the first sync.
            self.header.setText(self.children_list.household_name)
        else:
            age = self.children_model.age_text(summary.age_months)
            text = f"{summary.child.display_name()} · {age}"
            if self.switcher.several():  # whose household, for a person in several
                text += f" · {self.children_list.household_name}"
            self.header.setText(text)

    def _records_changed(self, changes: ChangeSet) -> None:
        if self.supervisor_mode:
            if changes.concerns(*HOUSEHOLD_KINDS):
                self.reload_households()
        elif changes.concerns("child", "daily_log", "household"):
            self.reload_children()
            self.switcher.reload()
        if not self.supervisor_mode and changes.concerns(
            "handover", "handover_read", "daily_log", "contact_note", "wellbeing_check"
        ):
            self.handover.reload()
        self._update_header()
        self.update_sync_state()

    def add_child(self) -> None:
        from app.ui.dialogs.child import ChildDialog

        dialog = ChildDialog(self.ctx, None, self)
        dialog.sig_saved.connect(self._child_added)
        dialog.exec()

    def _child_added(self, child: Child) -> None:
        # The new child is stored by the task queue; the read queued behind it lists it.
        self.children_list.reload(choose=child.id)

    def open_settings(self) -> None:
        from app.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        dialog.sig_enrolled.connect(self._enrolled)
        dialog.exec()
        self.sig_settings_changed.emit()

    def open_guide(self) -> None:
        """Help ▸ User guide: the guide in the language of the app."""
        from app.ui.dialogs.guide import GuideDialog

        dialog = GuideDialog(self.ctx.languages.current, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.guide = dialog
        dialog.show()

    def open_about(self) -> None:
        from app.ui.dialogs.about import AboutDialog

        AboutDialog(self, self.ctx.settings).exec()

    # Status -------------------------------------------------------------------------
    def update_sync_state(self) -> None:
        self.sync.refresh()

    def show_sync_status(self, status: SyncStatus) -> None:
        """The status bar's sync text: always what is true right now."""
        # Connected once is enough: a second enrolment would take on another identity;
        # only a computer the central office no longer recognises is enrolled again.
        self.menus.enrol_action.setEnabled(status.may_enrol)
        self.menus.refused_action.setEnabled(status.rejected > 0)
        self.sync_label.show_status(status)
        self.sync_progress.show_status(status)

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
        flush_open_drafts()
        self.handover.leave()
        if not self.supervisor_mode and self.tabs.currentWidget() is not None:
            self.ctx.settings.last_page = type(self.tabs.currentWidget()).__name__
        if self._report is not None:
            self._report.cancel_and_wait()
        self.ctx.tasks.wait()
        self.sync.stop()
        self.ctx.settings.geometry = self.saveGeometry()
        self.ctx.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        # The window goes (and its pages with it): what is still queued is written,
        # but no read delivers its result to a page that is gone.
        self.ctx.tasks.close()
        super().closeEvent(event)
