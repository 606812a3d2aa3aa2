"""All routes of ``/api/v1``."""

from __future__ import annotations

from fastapi import APIRouter

from app.server.api.routes import audit, blobs, devices, enroll, health, sync

api_router = APIRouter()
api_router.include_router(health.router)
api_router.include_router(enroll.router)
api_router.include_router(sync.router)
api_router.include_router(devices.router)
api_router.include_router(audit.router)
api_router.include_router(blobs.router)
