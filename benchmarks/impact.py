"""The organisation's figures on the server: a demo office of 10 households and of
100, each with a year of records (``thuisboek-server demo``), and every indicator
for the year, every programme and their total (``thuisboek-server impact``).

Target: under 2 s at 10 households.
"""

from __future__ import annotations

import tempfile
import time
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from app.server.core.clock import now_utc
from app.server.core.db import make_engine, new_session, upgrade
from app.server.services import demo_office, impact
from benchmarks.store import median_ms

TARGET_S = 2


def _figures(engine: Engine, period: impact.Period, found: list[impact.Report]) -> None:
    with new_session(engine) as session:
        found.append(impact.report(session, period))
        session.commit()


def run(sizes: tuple[int, ...] = (10, 100), repeat: int = 3) -> dict[str, Any]:
    figures: dict[str, Any] = {"target_s": TARGET_S}
    for households in sizes:
        with tempfile.TemporaryDirectory(prefix="thuisboek-bench-impact-") as tmp:
            engine = make_engine(f"sqlite:///{Path(tmp) / 'server.db'}")
            upgrade(engine)
            now = now_utc()
            started = time.perf_counter()
            with new_session(engine) as session:
                made = demo_office.make(session, households, today=now.date(), now=now)
            fill_s = time.perf_counter() - started
            period = impact.Period(now.date() - timedelta(days=364), now.date())
            found: list[impact.Report] = []
            ms = median_ms(partial(_figures, engine, period, found), repeat)
            engine.dispose()
        figures[f"households_{households}"] = {
            "children": made.children,
            "records": made.records,
            "fill_s": round(fill_s, 1),
            "impact_ms": ms,
            "figures": len(found[-1].figures),
            "within_target": ms < TARGET_S * 1000 if households == 10 else None,
        }
    return figures
