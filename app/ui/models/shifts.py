"""The words for the shifts of a handover note, in the current language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.handover import Shift


def shift_text(shift: Shift) -> str:
    return {
        Shift.MORNING: QCoreApplication.translate("Handover", "morning"),
        Shift.DAY: QCoreApplication.translate("Handover", "day"),
        Shift.EVENING: QCoreApplication.translate("Handover", "evening"),
        Shift.NIGHT: QCoreApplication.translate("Handover", "night"),
    }[shift]
