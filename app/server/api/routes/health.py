"""Liveness and protocol version, without authentication."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from app.protocol.schemas import PROTOCOL_VERSION

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    protocol: int


@router.get("/health")
def health() -> Health:
    return Health(status="ok", protocol=PROTOCOL_VERSION)
