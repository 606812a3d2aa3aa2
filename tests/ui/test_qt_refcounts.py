"""A guard on the Qt binding itself: PySide6 6.12.0 dropped a reference to True at
every Signal.emit() from Python (and to None at every processEvents()), so a long
session aborted. The app emits signals for every task and every sync step."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Emitter(QObject):
    sig = Signal(int)


def test_emitting_and_processing_events_keep_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received: list[int] = []
    emitter.sig.connect(received.append)
    trues, nones = sys.getrefcount(True), sys.getrefcount(None)
    for i in range(500):
        emitter.sig.emit(i)
        QCoreApplication.processEvents()
    assert len(received) == 500
    assert abs(sys.getrefcount(True) - trues) < 50
    assert abs(sys.getrefcount(None) - nones) < 50
