"""The main window's actions and menus, their keys and their words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

PAGE_KEYS = 9  # Alt+1 … Alt+9 choose a tab


class WindowMenus(QObject):
    """Builds the menu bar of ``window`` and connects each action to what it does."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.lock_action = QAction(window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(window.sig_lock_requested.emit)
        self.quit_action = QAction(window)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(window.close)
        self.undo_action = window.ctx.undo.createUndoAction(window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = window.ctx.undo.createRedoAction(window)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.next_child_action = QAction(window)
        self.next_child_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_child_action.triggered.connect(window.next_child)
        self.prev_child_action = QAction(window)
        self.prev_child_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.prev_child_action.triggered.connect(lambda: window.step_child(-1))
        self.page_actions: list[QAction] = []
        for i in range(PAGE_KEYS):
            action = QAction(window)
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(lambda _=False, i=i: window.tabs.choose(i))
            window.addAction(action)
            self.page_actions.append(action)

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.add_child_action = QAction(window)
        self.add_child_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_child_action.triggered.connect(window.add_child)
        self.household_menu = bar.addMenu("")
        self.household_menu.addAction(self.add_child_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.prev_child_action)
        self.view_menu.addAction(self.next_child_action)
        self.settings_action = QAction(window)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(window.open_settings)
        self.guide_action = QAction(window)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(window.open_guide)
        self.about_action = QAction(window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(window.open_about)
        self.sync_action = QAction(window)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(window.sync_now)
        self.enrol_action = QAction(window)
        self.enrol_action.triggered.connect(window.open_enrolment)
        self.refused_action = QAction(window)
        self.refused_action.setObjectName("refusedAction")
        self.refused_action.setEnabled(False)
        self.refused_action.triggered.connect(window.open_refused)
        self.report_action = QAction(window)
        self.report_action.setShortcut(QKeySequence("Ctrl+P"))
        self.report_action.triggered.connect(window.open_report)
        self.file_menu.insertAction(self.lock_action, self.report_action)
        self.file_menu.insertSeparator(self.lock_action)
        self.file_menu.insertAction(self.lock_action, self.sync_action)
        self.file_menu.insertAction(self.lock_action, self.refused_action)
        self.file_menu.insertAction(self.lock_action, self.enrol_action)
        self.file_menu.insertSeparator(self.lock_action)
        self.review_menu = bar.addMenu("")
        self.review_menu.setObjectName("reviewMenu")
        self.review_menu.aboutToShow.connect(window.review_menu_shown)
        self.mark_action = QAction(window)
        self.mark_action.triggered.connect(lambda: window.queue_do("mark"))
        self.question_action = QAction(window)
        self.question_action.triggered.connect(lambda: window.queue_do("question"))
        self.follow_up_action = QAction(window)
        self.follow_up_action.triggered.connect(lambda: window.queue_do("follow_up"))
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
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.about_action)

    def set_mode(self, supervisor: bool) -> None:
        """Caregivers add children; supervisors review households."""
        self.household_menu.menuAction().setVisible(not supervisor)
        self.add_child_action.setEnabled(not supervisor)
        self.review_menu.menuAction().setVisible(supervisor)

    def retranslate(self, supervisor: bool) -> None:
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
        if supervisor:
            self.next_child_action.setText(self.tr("&Next household"))
            self.prev_child_action.setText(self.tr("&Previous household"))
        else:
            self.next_child_action.setText(self.tr("&Next child without today's log"))
            self.prev_child_action.setText(self.tr("&Previous child"))
        self.review_menu.setTitle(self.tr("&Review"))
        self.mark_action.setText(self.tr("&Mark as reviewed"))
        self.question_action.setText(self.tr("Ask a &question…"))
        self.follow_up_action.setText(self.tr("Ask for a &follow-up…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.sync_action.setText(self.tr("S&ync now"))
        self.enrol_action.setText(self.tr("&Connect to the central office…"))
        self.refused_action.setText(self.tr("Re&fused changes…"))
        self.report_action.setText(self.tr("&Report…"))
        self.guide_action.setText(self.tr("User &guide"))
        self.about_action.setText(self.tr("&About Thuisboek"))
