"""Milestone observations: when a child is seen trying, then mastering, an item of
the catalog. ``band_plan`` and ``window_plan`` draw the moments (in months of
age) for one item; ``make_milestones`` writes them for the demo household."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta

from app.demo.dates import MONTH_DAYS
from app.demo.family import Demo, Kid
from app.domain.catalog import CatalogItem, load_catalog
from app.domain.records import MilestoneObservation
from app.domain.vocabulary import MilestoneStatus

Plan = Iterator[tuple[MilestoneStatus, float]]


def band_plan(rng: random.Random, band: float, *, lead: float, late: bool = False) -> Plan:
    """An item of an age band: one in five is never ticked; half are seen emerging
    1.5 to ``lead`` months before the band, all achieved around it. A ``late``
    child is seen not yet, then emerging, then achieving months after the band.

    Each moment is drawn when it is asked for, so whatever the caller draws
    between two moments (a note, an id) keeps its place in the sequence."""
    if rng.random() < 0.2:
        return
    if late:
        yield MilestoneStatus.NOT_YET, band + rng.uniform(0.2, 1.0)
        yield MilestoneStatus.EMERGING, band + rng.uniform(2.0, 4.0)
        yield MilestoneStatus.ACHIEVED, band + rng.uniform(5.0, 8.0)
        return
    if rng.random() < 0.5:
        yield MilestoneStatus.EMERGING, band - rng.uniform(1.5, lead)
    yield MilestoneStatus.ACHIEVED, band + rng.uniform(-1.0, 1.0)


def window_plan(rng: random.Random, start: float, end: float, *, varied: bool) -> Plan:
    """An item with a window of achievement: achieved between a quarter and 70 % of
    the window, emerging before it (a month before, or ``varied`` by half a
    month to a month and a half)."""
    achieved = rng.uniform(start + 0.25 * (end - start), start + 0.7 * (end - start))
    if varied:
        emerging = max(start + 0.1, achieved - rng.uniform(0.5, 1.5))
    else:
        emerging = max(start, achieved - 1.0)
    yield MilestoneStatus.EMERGING, emerging
    yield MilestoneStatus.ACHIEVED, achieved


def make_milestones(demo: Demo) -> None:
    for kid in demo.kids:
        for item in load_catalog().items:
            if item.catalog == "cdc":
                late = "speech_delay" in kid.template.traits and "lang" in item.domain.lower()
                plan = band_plan(demo.rng, float(item.age_months), lead=3.5, late=late)
            elif (
                item.catalog == "who"
                and item.window_start_months is not None
                and item.window_end_months is not None
            ):
                start, end = float(item.window_start_months), float(item.window_end_months)
                plan = window_plan(demo.rng, start, end, varied=True)
            else:
                continue
            for status, months in plan:
                observe(demo, kid, item, status, months)


def observe(
    demo: Demo, kid: Kid, item: CatalogItem, status: MilestoneStatus, months: float
) -> None:
    day = kid.child.date_of_birth + timedelta(days=round(months * MONTH_DAYS))
    if day < kid.log_start or day > demo.today:
        return
    demo.records.append(
        MilestoneObservation(
            household_id=demo.household_id,
            child_id=kid.child.id,
            item_id=item.id,
            status=status,
            observed_on=day,
            note=demo.rng.choice(demo.text.milestone_notes.of(status)),
        )
    )
