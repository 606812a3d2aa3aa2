"""Device tokens: unknown, revoked, and too many failures."""

from __future__ import annotations

from app.server.api.deps import TOKEN_FAILURES
from app.server.core.config import API_PREFIX
from tests.server.helpers import Server, op


def test_missing_and_unknown_tokens_are_401(server: Server) -> None:
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"}):
        response = server.client.get(f"{API_PREFIX}/device", headers=headers)
        assert response.status_code == 401
        assert response.json()["code"] == "unauthorized"


def test_a_revoked_device_is_refused(server: Server) -> None:
    household = server.add_household()
    device = server.device(household)
    assert device.pull().status_code == 200
    server.revoke(device)
    for response in (
        device.pull(),
        device.push([op("child", device.child())]),
        server.client.get(f"{API_PREFIX}/device", headers=device.headers),
    ):
        assert response.status_code == 401
        assert response.json()["code"] == "revoked"
    other = server.device(household, name="Bram")  # others of the household go on
    assert other.pull().status_code == 200


def test_too_many_failed_authentications_are_429(server: Server) -> None:
    device = server.device(server.add_household())
    codes = [server.client.get(f"{API_PREFIX}/device",
                               headers={"Authorization": f"Bearer guess{n}"}).status_code
             for n in range(20)]  # fmt: skip
    assert codes == [401] * 20
    blocked = server.client.get(f"{API_PREFIX}/device", headers={"Authorization": "Bearer guess"})
    assert blocked.status_code == 429
    assert blocked.json()["code"] == "rate_limited"
    assert 0 < int(blocked.headers["Retry-After"]) <= 60
    # Other tokens' failures never lock out a valid token at the same address.
    assert device.pull().status_code == 200
    other = {"Authorization": "Bearer another-guess"}
    assert server.client.get(f"{API_PREFIX}/device", headers=other).status_code == 429
    server.clock.advance(61)
    assert server.client.get(f"{API_PREFIX}/device", headers=other).status_code == 401


def test_failures_are_counted_per_token(server: Server) -> None:
    """One stolen-and-revoked or mistyped token tried again and again waits on its
    own; the address's other laptops and guesses are not counted with it."""
    device = server.device(server.add_household())
    bad = {"Authorization": "Bearer guess"}
    for _ in range(TOKEN_FAILURES):
        assert server.client.get(f"{API_PREFIX}/device", headers=bad).status_code == 401
    assert server.client.get(f"{API_PREFIX}/device", headers=bad).status_code == 429
    fresh = {"Authorization": "Bearer a-fresh-guess"}
    assert server.client.get(f"{API_PREFIX}/device", headers=fresh).status_code == 401
    assert device.pull().status_code == 200


def test_health_needs_no_token(server: Server) -> None:
    response = server.client.get(f"{API_PREFIX}/health")
    assert response.json() == {"status": "ok", "protocol": 1}
    assert server.client.get(f"{API_PREFIX}/openapi.json").status_code == 200
