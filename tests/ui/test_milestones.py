from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCharts import QChart
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QAbstractItemModelTester

from app.domain.catalog import load_catalog
from app.domain.records import Child
from app.domain.vocabulary import MilestoneStatus
from app.services.milestones import MilestoneService, add_months
from app.services.records import RecordService
from app.storage.book import Book
from app.ui.context import UiContext
from app.ui.models.milestones import (
    COL_ITEM,
    COL_NOTE,
    COL_STATUS,
    PAST_WINDOW_TINT,
    PastWindowRole,
    StatusRole,
)
from app.ui.pages.milestones import MilestonesPage
from tests import factories
from tests.ui.conftest import wait_for_tasks

ACHIEVED = MilestoneStatus.ACHIEVED
CATALOG = load_catalog()


def make_child(records: RecordService, book: Book, months: int) -> Child:
    born = add_months(book.today(), -months)
    return records.create(
        factories.child(
            book.identity.household_id,
            given_name="Noor",
            date_of_birth=born,
            placement_start=add_months(born, max(0, months - 6)),
        )
    )


def open_page(qtbot: object, ctx: UiContext, child: Child) -> MilestonesPage:
    page = MilestonesPage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.resize(1100, 750)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)  # type: ignore[attr-defined]
    page.set_child(child)
    wait_for_tasks(qtbot, ctx)
    return page


def choose(page: MilestonesPage, item_id: str) -> None:
    """Make an item the current one of the real tree view, and give it the focus."""
    index = page.proxy.mapFromSource(page.model.index_of(item_id))
    assert index.isValid(), item_id
    page.tree.setCurrentIndex(index)
    page.tree.setFocus()
    assert page.current_item_id() == item_id


def source_index(page: MilestonesPage, item_id: str, column: int = COL_ITEM) -> QModelIndex:
    index = page.model.index_of(item_id)
    return index.siblingAtColumn(column)


@pytest.fixture
def toddler(records: RecordService, book: Book) -> Child:
    return make_child(records, book, 20)


def test_key_3_marks_achieved_updates_the_chart_and_undo_takes_it_back(
    qtbot: object, ctx: UiContext, toddler: Child
) -> None:
    page = open_page(qtbot, ctx, toddler)
    service = MilestoneService(ctx.book)
    assert "social_emotional" not in page.chart_series()
    choose(page, "cdc-18m-social-01")

    qtbot.keyClick(page.tree, Qt.Key.Key_3)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)

    stored = service.current_status(toddler.id)["cdc-18m-social-01"]
    assert stored.status == ACHIEVED
    assert stored.observed_on == ctx.book.today()
    series = page.chart_series()["social_emotional"]
    assert series[-1] == (20.0, 1.0)  # at 20 months of age, one item achieved
    assert source_index(page, "cdc-18m-social-01", COL_STATUS).data() == "Achieved"
    assert page.current_item_id() == "cdc-18m-social-01"

    ctx.undo.undo()
    wait_for_tasks(qtbot, ctx)
    assert "cdc-18m-social-01" not in service.current_status(toddler.id)
    assert "social_emotional" not in page.chart_series()
    assert source_index(page, "cdc-18m-social-01").data(StatusRole) is None


def test_quick_keys_use_the_date_set_in_the_panel(
    qtbot: object, ctx: UiContext, toddler: Child
) -> None:
    page = open_page(qtbot, ctx, toddler)
    yesterday = ctx.book.today() - timedelta(days=1)
    page.panel.date_edit.setDate(QDate(yesterday))
    choose(page, "cdc-18m-lang-01")
    qtbot.keyClick(page.tree, Qt.Key.Key_2)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    stored = MilestoneService(ctx.book).current_status(toddler.id)["cdc-18m-lang-01"]
    assert stored.status == MilestoneStatus.EMERGING
    assert stored.observed_on == yesterday
    # Emerging is not achieved: nothing to draw yet.
    assert "language" not in page.chart_series()


def test_enter_writes_a_note_and_a_second_note_changes_the_same_observation(
    qtbot: object, ctx: UiContext, toddler: Child
) -> None:
    page = open_page(qtbot, ctx, toddler)
    service = MilestoneService(ctx.book)
    choose(page, "who-walk-alone")
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert page.panel.note_edit.hasFocus()
    qtbot.keyClicks(page.panel.note_edit, "Eerste stapjes in de tuin")  # type: ignore[attr-defined]
    qtbot.keyClick(page.panel.note_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    history = service.history(toddler.id)["who-walk-alone"]
    assert [(o.status, o.note) for o in history] == [(ACHIEVED, "Eerste stapjes in de tuin")]
    assert page.tree.hasFocus()

    qtbot.keyClick(page.tree, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    page.panel.note_edit.clear()
    qtbot.keyClicks(page.panel.note_edit, "Vijf stappen naar mama")  # type: ignore[attr-defined]
    qtbot.keyClick(page.panel.note_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    history = service.history(toddler.id)["who-walk-alone"]
    assert [o.note for o in history] == ["Vijf stappen naar mama"]
    assert "Vijf stappen naar mama" in page.panel.history_label.text()

    ctx.undo.undo()
    wait_for_tasks(qtbot, ctx)
    assert service.history(toddler.id)["who-walk-alone"][0].note == "Eerste stapjes in de tuin"


def test_walking_alone_is_marked_softly_past_its_window_for_a_20_month_old(
    qtbot: object, ctx: UiContext, toddler: Child
) -> None:
    page = open_page(qtbot, ctx, toddler)
    walk = source_index(page, "who-walk-alone")
    assert walk.data(PastWindowRole) is True
    assert "17.6 months" in walk.data(Qt.ItemDataRole.ToolTipRole)
    assert "doctor" in walk.data(Qt.ItemDataRole.ToolTipRole)
    tint = walk.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(tint, QColor) and tint == PAST_WINDOW_TINT
    assert not 0 <= tint.hue() < 40, "the marker informs; it is not an alarm red"
    # CDC items have no window and are never marked.
    assert source_index(page, "cdc-18m-social-01").data(PastWindowRole) is False
    choose(page, "who-walk-alone")
    assert page.panel.window_note.isVisibleTo(page)
    assert "17.6" in page.panel.window_note.text()

    qtbot.keyClick(page.tree, Qt.Key.Key_3)  # type: ignore[attr-defined]
    wait_for_tasks(qtbot, ctx)
    assert source_index(page, "who-walk-alone").data(PastWindowRole) is False
    assert not page.panel.window_note.isVisibleTo(page)


def test_a_16_year_old_sees_the_independent_living_catalog(
    qtbot: object, ctx: UiContext, records: RecordService, book: Book
) -> None:
    page = open_page(qtbot, ctx, make_child(records, book, 16 * 12))
    ids = page.model.item_ids()
    assert ids
    assert all(CATALOG.by_id(i).catalog == "living" for i in ids)
    assert CATALOG.notice("living_own_work", "en") in page.notices.text()
    assert CATALOG.notice("cdc_credit", "en") not in page.notices.text()


def test_the_cdc_credit_and_notes_and_the_sources_are_shown(
    qtbot: object, ctx: UiContext, toddler: Child
) -> None:
    page = open_page(qtbot, ctx, toddler)
    for key in ("cdc_credit", "cdc_not_endorsed", "cdc_not_screening", "who_windows"):
        assert CATALOG.notice(key, "en") in page.notices.text()
    cdc_tip = source_index(page, "cdc-18m-social-01").data(Qt.ItemDataRole.ToolTipRole)
    assert CATALOG.sources["cdc-ltsae-2022"].title in cdc_tip
    choose(page, "who-crawl")
    assert CATALOG.sources["who-mgrs-2006"].title in page.panel.about_label.text()


def test_switching_language_relabels_items_domains_and_notices(
    qtbot: object, ctx: UiContext, toddler: Child
) -> None:
    page = open_page(qtbot, ctx, toddler)
    item = CATALOG.by_id("cdc-18m-social-01")
    index = source_index(page, item.id)
    assert index.data() == item.label("en")
    choose(page, item.id)

    ctx.languages.set_language("nl")

    assert index.data() == item.label("nl") != item.label("en")
    assert index.parent().data().startswith(CATALOG.domain_label("social_emotional", "nl"))
    assert CATALOG.notice("cdc_credit", "nl") in page.notices.text()
    assert page.panel.item_label.text() == item.label("nl")


def test_hiding_what_is_achieved_filters_the_list(
    qtbot: object, ctx: UiContext, toddler: Child
) -> None:
    MilestoneService(ctx.book).observe(toddler.id, "who-crawl", ACHIEVED, ctx.book.today())
    page = open_page(qtbot, ctx, toddler)
    assert page.proxy.mapFromSource(page.model.index_of("who-crawl")).isValid()
    box = page.only_open
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # type: ignore[attr-defined]
    assert page.only_open.isChecked()
    assert not page.proxy.mapFromSource(page.model.index_of("who-crawl")).isValid()
    assert page.proxy.mapFromSource(page.model.index_of("who-walk-alone")).isValid()


def test_the_chart_follows_a_dark_palette(qtbot: object, ctx: UiContext, toddler: Child) -> None:
    page = open_page(qtbot, ctx, toddler)
    assert page.chart.chart.theme() == QChart.ChartTheme.ChartThemeLight
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor(32, 32, 32))
    dark.setColor(QPalette.ColorRole.WindowText, QColor(230, 230, 230))
    page.setPalette(dark)
    assert page.chart.chart.theme() == QChart.ChartTheme.ChartThemeDark


def test_the_models_pass_the_item_model_tester(
    qtbot: object, ctx: UiContext, toddler: Child, records: RecordService, book: Book
) -> None:
    page = MilestonesPage(ctx)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    testers = [
        QAbstractItemModelTester(page.model, mode),
        QAbstractItemModelTester(page.proxy, mode),
    ]
    page.set_child(toddler)
    wait_for_tasks(qtbot, ctx)
    MilestoneService(ctx.book).observe(toddler.id, "who-crawl", ACHIEVED, ctx.book.today())
    page.reload()
    wait_for_tasks(qtbot, ctx)
    page.only_open.setChecked(True)
    ctx.languages.set_language("fr")
    page.set_child(make_child(records, book, 16 * 12))
    wait_for_tasks(qtbot, ctx)
    page.only_open.setChecked(False)
    page.set_child(None)
    assert page.model.rowCount() == 0
    assert testers


def test_the_form_says_what_is_on_record_and_nothing_is_cut_off(
    qtbot: object, ctx: UiContext, toddler: Child
) -> None:
    service = MilestoneService(ctx.book)
    service.observe(toddler.id, "cdc-18m-social-01", ACHIEVED, ctx.book.today())
    ctx.languages.set_language("fr")
    page = open_page(qtbot, ctx, toddler)
    page.resize(1000, 700)
    choose(page, "cdc-18m-lang-01")  # never observed
    assert page.panel.now_label.text() == "Pas encore observé."
    assert "Pas encore observé" in page.panel.history_label.text()
    choose(page, "cdc-18m-social-01")
    assert page.panel.now_label.text().startswith("Acquis")
    # The chart names each line in full, under it.
    legend = page.chart.legend_text()
    assert "Social&nbsp;et émotionnel" in legend and "…" not in legend
    # Never scrolled sideways; what a narrow column cuts short is whole in its tooltip.
    page.resize(800, 700)
    qtbot.wait(50)  # type: ignore[attr-defined]
    assert page.tree.horizontalScrollBar().maximum() == 0
    tip = source_index(page, "cdc-18m-social-01").data(Qt.ItemDataRole.ToolTipRole)
    label = source_index(page, "cdc-18m-social-01").data()
    assert label in tip


def _item_rows(page: MilestonesPage) -> list[QModelIndex]:
    rows = []
    for area in range(page.proxy.rowCount()):
        parent = page.proxy.index(area, 0)
        rows += [page.proxy.index(r, COL_ITEM, parent) for r in range(page.proxy.rowCount(parent))]
    return rows


def _cut(page: MilestonesPage) -> list[str]:
    """The items whose words need more lines than their row has."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyleOptionViewItem

    cut = []
    for index in _item_rows(page):
        option = QStyleOptionViewItem()
        option.initFrom(page.tree)
        page.item_delegate.initStyleOption(option, index)
        width = page.item_delegate.text_width(option, index)
        text = str(index.data())
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        needed = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
        rect = page.tree.visualRect(index)
        if needed.width() > rect.width() or needed.height() > rect.height():
            cut.append(text)
    return cut


def test_item_names_wrap_instead_of_being_cut(
    qtbot: object, ctx: UiContext, toddler: Child
) -> None:
    ctx.languages.set_language("fr")
    page = open_page(qtbot, ctx, toddler)  # 1100 wide, a laptop's page
    rows = _item_rows(page)
    assert rows
    line = page.tree.fontMetrics().height()
    tallest = max(page.tree.visualRect(i).height() for i in rows)
    assert tallest >= 2 * line  # a long name takes more than one line
    qtbot.waitUntil(lambda: not _cut(page))  # type: ignore[attr-defined]
    # Narrower still (a smaller window): the rows grow again, nothing is cut.
    longest = max(rows, key=lambda i: len(str(i.data())))
    before = page.tree.visualRect(longest).height()
    page.resize(900, 700)
    qtbot.waitUntil(lambda: page.tree.visualRect(longest).height() > before)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not _cut(page))  # type: ignore[attr-defined]
    # The note gets a quarter of the list, the item the most of the rest.
    header = page.tree.header()
    assert header.sectionSize(COL_ITEM) > header.sectionSize(COL_NOTE)
