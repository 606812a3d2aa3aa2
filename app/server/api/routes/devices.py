"""The calling device's own status."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.protocol.schemas import DeviceStatus
from app.server.api.deps import CurrentDevice
from app.server.api.errors import ERROR_RESPONSES
from app.server.core.config import Settings

router = APIRouter(tags=["devices"])


@router.get("/device", responses=ERROR_RESPONSES)
def device_status(device: CurrentDevice, request: Request) -> DeviceStatus:
    # A revoked device never gets here (401 "revoked"), so ``revoked`` is False.
    settings: Settings = request.app.state.settings
    return DeviceStatus(
        device_id=device.device_id,
        person_id=device.person_id,
        role=device.role,
        households=device.households,
        app_minimum=settings.app_minimum,
        app_recommended=settings.app_recommended,
    )
