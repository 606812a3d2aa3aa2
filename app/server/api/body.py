"""Request bodies under limits: size (raw and decompressed), gzip, JSON nesting.

``BodySizeLimit`` guards every route at the ASGI level, before FastAPI reads
a byte: a declared Content-Length over the limit is refused at once, and a
streamed (chunked) body is counted as it arrives. A gzip body is inflated
with a cap, so a small bomb cannot expand past the limit in memory.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.protocol.schemas import ErrorBody
from app.server.core.errors import ApiError, invalid, too_large

MAX_DEPTH = 32
GZIP_WBITS = 16 + zlib.MAX_WBITS


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            body = ErrorBody(code="too_large", detail="The request is too large.")
            await JSONResponse(body.model_dump(), status_code=413)(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise too_large()
            return message

        await self.app(scope, counted, send)


def gunzip(data: bytes, limit: int) -> bytes:
    """Inflate a gzip body (one or more members) to at most ``limit`` bytes."""
    out = bytearray()
    while data:
        inflater = zlib.decompressobj(GZIP_WBITS)
        try:
            out += inflater.decompress(data, limit + 1 - len(out))
        except zlib.error:
            raise invalid("The body is not valid gzip.") from None
        if len(out) > limit or inflater.unconsumed_tail:
            raise too_large("The request is too large once decompressed.")
        if not inflater.eof:
            raise invalid("The gzip body is truncated.")
        data = inflater.unused_data
    return bytes(out)


def depth(value: Any) -> int:
    """How deeply objects and arrays nest (a scalar is 0), level by level without
    recursion; only containers are carried to the next level (most values are not)."""
    deepest = 0
    level = [value] if isinstance(value, (dict, list)) else []
    while level:
        deepest += 1
        below: list[Any] = []
        for item in level:
            for child in item.values() if isinstance(item, dict) else item:
                if isinstance(child, (dict, list)):
                    below.append(child)
        level = below
    return deepest


def openapi_body(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI ``requestBody`` of a route that reads its body itself (gzip, limits),
    with the model's nested definitions inlined: a ``#/$defs/…`` reference would
    point at the root of the OpenAPI document, where nothing is."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, list):
            return [inline(item) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref", "")
        if ref.startswith("#/$defs/"):
            return inline(defs[ref.removeprefix("#/$defs/")])
        return {key: inline(value) for key, value in node.items()}

    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": inline(schema)}},
        }
    }


async def raw_body(request: Request, limit: int) -> bytes:
    """The body's bytes, inflated when sent gzip-compressed (at most ``limit``)."""
    try:
        raw = await request.body()
    except ClientDisconnect:
        # The client went away mid-body (a dropped connection): nothing to answer.
        raise ApiError(400, "incomplete_body", "The request body was cut short.") from None
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding == "gzip":
        return gunzip(raw, limit)
    if encoding not in ("", "identity"):
        raise ApiError(415, "unsupported_encoding", "Send the body plain or gzip-compressed.")
    return raw


def not_json() -> ApiError:
    return invalid("The body is not valid JSON.")


async def json_body(request: Request, limit: int) -> Any:
    try:
        return json.loads(await raw_body(request, limit))
    except (ValueError, RecursionError):
        raise not_json() from None
