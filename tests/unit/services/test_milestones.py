from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.catalog import load_catalog
from app.domain.messages import ValidationFailed
from app.domain.records import Child, MilestoneObservation
from app.domain.vocabulary import MilestoneStatus
from app.services.milestones import MilestoneService, ProgressPoint, add_months
from app.services.records import RecordService
from app.storage.book import Book
from tests import factories

TODAY = date(2026, 5, 20)
ACHIEVED = MilestoneStatus.ACHIEVED
EMERGING = MilestoneStatus.EMERGING
NOT_YET = MilestoneStatus.NOT_YET


@pytest.fixture
def service(book: Book) -> MilestoneService:
    book.today = lambda: TODAY
    return MilestoneService(book)


def make_child(records: RecordService, book: Book, months: int, placed_at: int = 0) -> Child:
    born = add_months(TODAY, -months)
    return records.create(
        factories.child(
            book.identity.household_id,
            given_name="Noor",
            date_of_birth=born,
            placement_start=add_months(born, placed_at),
        )
    )


def test_add_months_keeps_the_day_or_takes_the_last_of_a_short_month() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 3, 14), -15) == date(2022, 12, 14)
    assert add_months(date(2023, 11, 30), 2) == date(2024, 1, 30)


def test_a_toddler_sees_the_cdc_bands_around_their_age_and_the_who_items(
    service: MilestoneService, records: RecordService, book: Book
) -> None:
    child = make_child(records, book, 20)
    items = service.items_for(child, TODAY)
    assert {i.age_months for i in items if i.catalog == "cdc"} == {15, 18, 24}
    assert "who-walk-alone" in {i.id for i in items}
    assert not any(i.catalog == "living" for i in items)


def test_a_teenager_sees_the_independent_living_skills_only(
    service: MilestoneService, records: RecordService, book: Book
) -> None:
    for months in (14 * 12, 16 * 12, 19 * 12 + 6):
        items = service.items_for(make_child(records, book, months), TODAY)
        assert items
        assert {i.catalog for i in items} == {"living"}


def test_the_latest_observation_is_the_current_status(
    service: MilestoneService, records: RecordService, book: Book
) -> None:
    child = make_child(records, book, 20)
    service.observe(child.id, "who-walk-alone", NOT_YET, TODAY - timedelta(days=60))
    service.observe(child.id, "who-walk-alone", ACHIEVED, TODAY - timedelta(days=3), "in de tuin")
    # Recorded later, but observed earlier: it does not overrule the newer observation.
    service.observe(child.id, "who-walk-alone", EMERGING, TODAY - timedelta(days=20))
    current = service.current_status(child.id)
    assert current["who-walk-alone"].status == ACHIEVED
    assert current["who-walk-alone"].note == "in de tuin"
    assert [o.status for o in service.history(child.id)["who-walk-alone"]] == [
        ACHIEVED,
        EMERGING,
        NOT_YET,
    ]


def test_same_day_observations_are_ordered_by_when_they_were_written(
    service: MilestoneService, records: RecordService, book: Book
) -> None:
    child = make_child(records, book, 20)
    service.observe(child.id, "who-stand-alone", ACHIEVED, TODAY)
    service.observe(child.id, "who-stand-alone", EMERGING, TODAY)
    assert service.current_status(child.id)["who-stand-alone"].status == EMERGING


def test_observe_stores_a_record_and_refuses_unknown_items_and_future_dates(
    service: MilestoneService, records: RecordService, book: Book
) -> None:
    child = make_child(records, book, 20)
    stored = service.observe(child.id, "who-crawl", ACHIEVED, TODAY)
    assert isinstance(records.get(stored.id).record, MilestoneObservation)
    with pytest.raises(ValidationFailed) as unknown:
        service.new_observation(child.id, "no-such-item", ACHIEVED, TODAY)
    assert unknown.value.problems[0].field == "item_id"
    with pytest.raises(ValidationFailed) as future:
        service.new_observation(child.id, "who-crawl", ACHIEVED, TODAY + timedelta(days=1))
    assert future.value.problems[0].field == "observed_on"


def test_a_deleted_observation_no_longer_counts(
    service: MilestoneService, records: RecordService, book: Book
) -> None:
    child = make_child(records, book, 20)
    stored = service.observe(child.id, "who-walk-alone", ACHIEVED, TODAY)
    records.delete(stored.id)
    assert service.current_status(child.id) == {}


def test_progress_counts_achieved_items_per_domain_per_month_of_age(
    service: MilestoneService, records: RecordService, book: Book
) -> None:
    child = make_child(records, book, 20, placed_at=17)
    born = child.date_of_birth
    service.observe(child.id, "who-stand-alone", ACHIEVED, add_months(born, 18))
    service.observe(child.id, "who-walk-alone", EMERGING, add_months(born, 18))
    service.observe(child.id, "who-walk-alone", ACHIEVED, add_months(born, 19))
    service.observe(child.id, "cdc-18m-social-01", ACHIEVED, add_months(born, 19))
    # A correction: the CDC item turned out not to be there yet.
    service.observe(child.id, "cdc-18m-social-01", NOT_YET, TODAY)
    progress = service.progress(child, TODAY)
    assert progress["gross_motor"] == [
        ProgressPoint(17, 0),
        ProgressPoint(18, 1),
        ProgressPoint(19, 2),
        ProgressPoint(20, 2),
    ]
    assert progress["social_emotional"] == [
        ProgressPoint(17, 0),
        ProgressPoint(18, 0),
        ProgressPoint(19, 1),
        ProgressPoint(20, 0),
    ]
    assert "language" not in progress


def test_progress_starts_at_the_first_observation_when_it_precedes_the_placement(
    service: MilestoneService, records: RecordService, book: Book
) -> None:
    child = make_child(records, book, 20, placed_at=19)
    service.observe(child.id, "who-crawl", ACHIEVED, add_months(child.date_of_birth, 10))
    points = service.progress(child, TODAY)["gross_motor"]
    assert points[0] == ProgressPoint(10, 1)
    assert points[-1] == ProgressPoint(20, 1)


def test_progress_is_empty_without_anything_achieved(
    service: MilestoneService, records: RecordService, book: Book
) -> None:
    child = make_child(records, book, 20)
    service.observe(child.id, "who-walk-alone", EMERGING, TODAY)
    assert service.progress(child, TODAY) == {}


def test_overdue_who_names_motor_items_not_achieved_after_their_window(
    service: MilestoneService, records: RecordService, book: Book
) -> None:
    child = make_child(records, book, 20)
    service.observe(child.id, "who-stand-alone", ACHIEVED, TODAY)
    service.observe(child.id, "who-walk-assisted", EMERGING, TODAY)
    overdue = {item.id for item in service.overdue_who(child, TODAY)}
    # Windows (months): sitting ends 9.2, walking alone 17.6, standing alone 16.9.
    assert "who-walk-alone" in overdue
    assert "who-walk-assisted" in overdue
    assert "who-sit-alone" in overdue
    assert "who-stand-alone" not in overdue
    baby = make_child(records, book, 8)
    assert service.overdue_who(baby, TODAY) == []


def test_overview_marks_rows_past_the_window_and_keeps_observed_items_in_view(
    service: MilestoneService, records: RecordService, book: Book
) -> None:
    child = make_child(records, book, 20)
    # A 9-month item is outside the 15–24 month bands, but was observed.
    service.observe(child.id, "cdc-9m-social-01", ACHIEVED, TODAY - timedelta(days=300))
    overview = service.overview(child, TODAY)
    rows = {row.item.id: row for row in overview.rows}
    assert rows["who-walk-alone"].past_window
    assert rows["who-walk-alone"].status is None
    assert not any(row.past_window for row in overview.rows if row.item.catalog == "cdc")
    assert rows["cdc-9m-social-01"].status == ACHIEVED
    assert overview.catalogs == {"cdc", "who"}
    assert overview.progress["social_emotional"][-1].achieved == 1


def test_a_teenager_never_gets_the_toddler_items_back_from_old_observations(
    service: MilestoneService, records: RecordService, book: Book
) -> None:
    teen = make_child(records, book, 16 * 12)
    service.observe(teen.id, "cdc-60m-social-01", ACHIEVED, add_months(teen.date_of_birth, 60))
    overview = service.overview(teen, TODAY)
    assert overview.catalogs == {"living"}


def test_the_catalog_ids_used_in_these_tests_exist() -> None:
    catalog = load_catalog()
    for item_id in ("who-walk-alone", "cdc-18m-social-01", "cdc-9m-social-01", "cdc-60m-social-01"):
        assert item_id in catalog
