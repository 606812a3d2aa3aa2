"""Malformed, oversized, compressed and deeply nested requests."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from typing import Any

from app.protocol.schemas import MAX_BODY_BYTES, MAX_OPS_PER_PUSH
from app.server.core.config import API_PREFIX
from tests.server.helpers import Device, Server, op


def _post(device: Device, body: bytes, **headers: str) -> Any:
    return device.server.client.post(
        f"{API_PREFIX}/push",
        content=body,
        headers={**device.headers, "Content-Type": "application/json", **headers},
    )


def _nested(levels: int) -> Any:
    value: Any = "leaf"
    for _ in range(levels):
        value = [value]
    return value


def test_oversized_body_is_413(server: Server) -> None:
    device = server.device(server.add_household())
    before = server.counts()
    big = json.dumps({"ops": [], "pad": "x" * MAX_BODY_BYTES}).encode()
    response = _post(device, big)
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
        yield b'{"ops": [], "pad": "'
        for _ in range(9):
            yield b"x" * (1024 * 1024)
        yield b'"}'

    streamed = server.client.post(f"{API_PREFIX}/push", content=chunks(), headers=device.headers)
    assert streamed.status_code == 413
    assert server.counts() == before


def test_too_many_ops_is_413(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child()
    response = device.push([op("child", child) for _ in range(MAX_OPS_PER_PUSH + 1)])
    assert response.status_code == 413
    assert server.record(child["id"]) is None


def test_malformed_requests_are_422_and_store_nothing(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child()
    good = op("child", child)
    before = server.counts()
    no_op_id = {k: v for k, v in good.items() if k != "op_id"}
    for body in (
        b"{not json",
        b"\xff\xfe",
        b"[]",
        json.dumps({"ops": [good, no_op_id]}).encode(),
        json.dumps({"ops": [good, {**good, "base_version": -1}]}).encode(),
        # Beyond the database's integers: found by schemathesis as a 500.
        json.dumps({"ops": [{**good, "base_version": 129643163972920360960}]}).encode(),
        json.dumps({"ops": [{**good, "base_version": 2**31}]}).encode(),
        json.dumps({"ops": [{**good, "content": "text"}]}).encode(),
    ):
        response = _post(device, body)
        assert response.status_code == 422, body
        assert response.json()["code"] == "invalid_request"
    assert server.counts() == before
    assert server.record(child["id"]) is None


def test_content_nested_deeper_than_32_levels_is_422(server: Server) -> None:
    device = server.device(server.add_household())
    deep = device.child(extra=_nested(31))  # the record itself is level 1: 32 in all
    deeper = device.child(extra=_nested(32))
    assert device.push_ok([op("child", deep)])[0]["status"] == "applied"
    before = server.counts()
    response = device.push([op("child", device.child()), op("child", deeper)])
    assert response.status_code == 422
    assert server.counts() == before
    # far deeper than the JSON parser's own recursion limit
    response = _post(device, b'{"ops": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}")
    assert response.status_code == 422


def test_gzip_request_bodies_are_accepted(server: Server) -> None:
    device = server.device(server.add_household())
    child = device.child()
    body = gzip.compress(json.dumps({"ops": [op("child", child)]}).encode())
    response = _post(device, body, **{"Content-Encoding": "gzip"})
    assert response.status_code == 200, response.text
    assert response.json()["results"][0]["status"] == "applied"


def test_a_gzip_bomb_is_refused(server: Server) -> None:
    device = server.device(server.add_household())
    before = server.counts()
    padding = b" " * (2 * MAX_BODY_BYTES)  # whitespace: valid JSON around it
    bomb = gzip.compress(b'{"ops": []' + padding + b"}", compresslevel=6)
    assert len(bomb) < 100_000
    response = _post(device, bomb, **{"Content-Encoding": "gzip"})
    assert response.status_code == 413
    assert server.counts() == before

    broken = _post(device, b"\x1f\x8bnot gzip", **{"Content-Encoding": "gzip"})
    assert broken.status_code == 422
    unknown = _post(device, b"{}", **{"Content-Encoding": "br"})
    assert unknown.status_code == 415


def test_wrong_protocol_version_is_400(server: Server) -> None:
    device = server.device(server.add_household())
    body = json.dumps({"protocol": 2, "ops": []}).encode()
    response = _post(device, body)
    assert response.status_code == 400
    assert response.json()["code"] == "unsupported_protocol"
