"""A household at a glance, for a supervisor: where to look this week.

Per child, over a period: daily logs per ISO week and the days without one,
incidents per week by severity, contacts per relative (planned, held,
cancelled, no-show), milestone progress per domain, and each sibling with
whether they live together and how long ago they last saw each other. From
these come a few *signals* — codes with parameters the UI translates — that
say where to look first.

Everything is counted in SQL over indexed columns where it can be
(``app.storage.overview``): a log is counted from the ``kind/household/day``
index and the child links, without reading its content, and only the few fields
that live in the JSON content are read, never whole records through pydantic.

Entries are read as they stand now: a log or contact note that was amended
counts as its latest amendment (the way ``contacts.threads`` reads them), and
an amendment is never counted as an entry of its own. "Entry" in the weekly
counts and the days without one means a daily log. Today is not over, so a
day without a log counts from yesterday back; "the past week" is the last
seven days with today, so a log written today counts. Days without a log count
from the household's first day in the app (its first daily log), never before.

``figures`` holds what an overview says (and the signals drawn from it),
``build`` reads a household into one, ``family`` follows contacts with relatives
and brothers and sisters, ``period`` the days and weeks of the period.
"""

from app.services.overview.build import Overview
from app.services.overview.figures import (
    GAP_SIGNAL_DAYS,
    MISSED,
    MISSED_SIGNAL,
    RECENT_GAPS,
    SIBLING_RELATIONS,
    SIBLING_SIGNAL_DAYS,
    SIGNAL_ORDER,
    WINDOW_DAYS,
    ChildOverview,
    DomainProgress,
    Gap,
    HouseholdOverview,
    RelativeContacts,
    SeverityCounts,
    SiblingLink,
    Signal,
    SignalCode,
    WeekStat,
    signals,
)

__all__ = [
    "GAP_SIGNAL_DAYS",
    "MISSED",
    "MISSED_SIGNAL",
    "RECENT_GAPS",
    "SIBLING_RELATIONS",
    "SIBLING_SIGNAL_DAYS",
    "SIGNAL_ORDER",
    "WINDOW_DAYS",
    "ChildOverview",
    "DomainProgress",
    "Gap",
    "HouseholdOverview",
    "Overview",
    "RelativeContacts",
    "SeverityCounts",
    "SiblingLink",
    "Signal",
    "SignalCode",
    "WeekStat",
    "signals",
]
