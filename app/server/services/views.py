"""Record views reported by devices: who opened which record, and when
(docs/architecture.md, "The audit log").

A view is recorded when its record exists in the household the device named
and that household is in the device's scope; it then becomes one audit row
(person, device, household, record id, the server's time of the report, and
the time the device says it was opened beside it; no content).
Anything else is answered "not found" — the same answer whether the record
does not exist or belongs to someone else — and nothing of it is written but
one "view_refused" row with a count, for the office. A view id reported
before by the same device is answered "recorded" again without a second row;
another device's view id is "not found".
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from app.protocol.schemas import (
    RecordView,
    ViewReport,
    ViewReportResponse,
    ViewResult,
    ViewStatus,
)
from app.server import audit
from app.server.core.clock import as_utc
from app.server.core.db import retrying
from app.server.services.scope import DeviceContext
from app.server.tables import RecordRow, ReportedViewRow

_IN_CHUNK = 500


def report(
    session: Session, device: DeviceContext, body: ViewReport, *, now: datetime
) -> ViewReportResponse:
    """Record the views and commit. Two reports of one view at the same moment can
    collide on its key (PostgreSQL); the report is then tried again and finds it."""
    return retrying(session, lambda: _report_once(session, device, body, now))


def _chunks(values: list[str]) -> list[list[str]]:
    return [values[i : i + _IN_CHUNK] for i in range(0, len(values), _IN_CHUNK)]


def _earlier(session: Session, view_ids: list[str]) -> dict[str, str]:
    """view id -> the device that reported it before."""
    found: dict[str, str] = {}
    for chunk in _chunks(view_ids):
        rows = session.exec(
            select(ReportedViewRow.view_id, ReportedViewRow.device_id).where(
                col(ReportedViewRow.view_id).in_(chunk)
            )
        )
        found.update({view_id: device_id for view_id, device_id in rows})
    return found


def _households_of(session: Session, record_ids: list[str]) -> dict[str, str]:
    """record id -> its household, for the records that exist."""
    found: dict[str, str] = {}
    for chunk in _chunks(record_ids):
        rows = session.exec(
            select(RecordRow.id, RecordRow.household_id).where(col(RecordRow.id).in_(chunk))
        )
        found.update({record_id: household for record_id, household in rows})
    return found


def _report_once(
    session: Session, device: DeviceContext, body: ViewReport, now: datetime
) -> ViewReportResponse:
    views = list({str(v.view_id): v for v in body.views}.values())
    earlier = _earlier(session, [str(v.view_id) for v in views])
    in_scope = [v for v in views if v.household_id in device.memberships]
    households = _households_of(session, list(dict.fromkeys(str(v.record_id) for v in in_scope)))
    statuses: dict[str, ViewStatus] = {}
    refused = 0
    for view in views:
        view_id = str(view.view_id)
        if view_id in earlier:
            same = earlier[view_id] == device.device_id
            statuses[view_id] = ViewStatus.RECORDED if same else ViewStatus.NOT_FOUND
        elif _allowed(device, view, households):
            _record(session, device, view, now)
            statuses[view_id] = ViewStatus.RECORDED
        else:
            statuses[view_id] = ViewStatus.NOT_FOUND
            refused += 1
    if refused:
        audit.record(session, audit.VIEW_REFUSED, person_id=device.person_id,
                     device_id=device.device_id, detail=f"views={refused}", at=now)  # fmt: skip
    session.commit()
    return ViewReportResponse(
        results=[ViewResult(view_id=v.view_id, status=statuses[str(v.view_id)]) for v in views]
    )


def _allowed(device: DeviceContext, view: RecordView, households: dict[str, str]) -> bool:
    return view.household_id in device.memberships and households.get(str(view.record_id)) == str(
        view.household_id
    )


def _record(session: Session, device: DeviceContext, view: RecordView, now: datetime) -> None:
    session.add(
        ReportedViewRow(
            view_id=str(view.view_id), device_id=device.device_id, record_id=str(view.record_id)
        )
    )
    # The row's time is the server's (a device's clock can say anything); when
    # it was opened, as the device says, is kept beside it.
    opened = min(as_utc(view.viewed_at), now)
    audit.record(
        session,
        audit.VIEW,
        person_id=device.person_id,
        device_id=device.device_id,
        household_id=view.household_id,
        record_ids=[view.record_id],
        detail=f"opened={opened.isoformat(timespec='seconds')}",
        at=now,
    )
    session.flush()
