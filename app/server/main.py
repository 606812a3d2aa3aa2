"""The FastAPI application of the central office server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from sqlalchemy import Engine

from app.protocol.schemas import MAX_BODY_BYTES, PROTOCOL_VERSION
from app.server.api import errors
from app.server.api.body import BodySizeLimit
from app.server.api.deps import Limits
from app.server.api.main import api_router
from app.server.console import web as console
from app.server.core.config import API_PREFIX, Settings
from app.server.core.db import make_engine, upgrade

GZIP_MIN_BYTES = 500
# zlib level 5, as the app sends its pushes: about a third of level 9's time for a few
# per cent more bytes on answers of record JSON.
GZIP_LEVEL = 5


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    """The app over ``settings``' database, migrated to the latest schema first.

    Pass ``engine`` to share one (tests); otherwise the app makes its own and
    disposes of it on shutdown."""
    settings = settings or Settings()
    owns_engine = engine is None
    if engine is None:
        settings.ensure_data_dir()
        engine = make_engine(settings.url)
    upgrade(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owns_engine:
            engine.dispose()

    app = FastAPI(
        title="Thuisboek central office",
        version=f"protocol {PROTOCOL_VERSION}",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.limits = Limits.of(settings)
    errors.install(app)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=GZIP_LEVEL)
    app.add_middleware(BodySizeLimit, max_bytes=MAX_BODY_BYTES)  # outermost: before any read
    app.include_router(api_router, prefix=API_PREFIX)
    console.install(app)  # the office console under /office/
    return app
