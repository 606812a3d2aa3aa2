"""The bytes of attached files on the server: put chunk by chunk (each kept
once), checked against their hash, fetched back, bounded per household, scoped
like records; and an attachment record gets in only once its file is whole."""

from __future__ import annotations

import dataclasses
import hashlib
import random
from typing import Any

import httpx
from sqlmodel import select

from app.domain.attachments import CHUNK_BYTES, MAX_FILE_BYTES
from app.server import audit
from app.server.core.config import API_PREFIX
from app.server.tables import BlobChunkRow, BlobRow
from tests.server.helpers import Device, Server, op

DATA = b"%PDF-1.7\n" + random.Random(18).randbytes(2 * CHUNK_BYTES + 4321)
SHA = hashlib.sha256(DATA).hexdigest()


def _chunk(data: bytes, n: int) -> bytes:
    return data[n * CHUNK_BYTES : (n + 1) * CHUNK_BYTES]


def _put(
    device: Device, sha: str, n: int, body: bytes, size: int, household: Any = None
) -> httpx.Response:
    response: httpx.Response = device.server.client.put(
        f"{API_PREFIX}/blobs/{sha}/{n}",
        content=body,
        params={"household": str(household or device.household), "size": size},
        headers=device.headers,
    )
    return response


def _status(device: Device, sha: str, household: Any = None) -> httpx.Response:
    response: httpx.Response = device.server.client.get(
        f"{API_PREFIX}/blobs/{sha}",
        params={"household": str(household or device.household)},
        headers=device.headers,
    )
    return response


def _complete(device: Device, sha: str, household: Any = None) -> httpx.Response:
    response: httpx.Response = device.server.client.post(
        f"{API_PREFIX}/blobs/{sha}/complete",
        params={"household": str(household or device.household)},
        headers=device.headers,
    )
    return response


def _get(device: Device, sha: str, n: int, household: Any = None) -> httpx.Response:
    response: httpx.Response = device.server.client.get(
        f"{API_PREFIX}/blobs/{sha}/{n}/bytes",
        params={"household": str(household or device.household)},
        headers=device.headers,
    )
    return response


def _chunks_stored(server: Server) -> list[tuple[str, str, int]]:
    with server.session() as s:
        rows = s.exec(select(BlobChunkRow.household_id, BlobChunkRow.sha256, BlobChunkRow.n))
        return sorted(tuple(r) for r in rows.all())  # type: ignore[misc]


def test_chunks_put_twice_are_kept_once_and_come_back_whole(server: Server) -> None:
    home = server.add_household()
    carer = server.device(home)
    assert _status(carer, SHA).json() == {"sha256": SHA, "size": 0, "complete": False,
                                          "chunks": []}  # fmt: skip
    for n in (2, 0, 0, 2):  # out of order, and twice (an answer lost on the way)
        assert _put(carer, SHA, n, _chunk(DATA, n), len(DATA)).status_code == 200
    assert _status(carer, SHA).json()["chunks"] == [0, 2]
    incomplete = _complete(carer, SHA)
    assert incomplete.status_code == 409 and incomplete.json()["code"] == "incomplete"
    assert _put(carer, SHA, 1, _chunk(DATA, 1), len(DATA)).json()["chunks"] == [0, 1, 2]
    done = _complete(carer, SHA)
    assert done.status_code == 200 and done.json()["complete"] is True
    assert _complete(carer, SHA).json()["complete"] is True  # asked again: the same answer
    assert _chunks_stored(server) == [(str(home), SHA, n) for n in range(3)]
    assert b"".join(_get(carer, SHA, n).content for n in range(3)) == DATA
    rows = [r for r in server.audit_rows() if r.action.startswith("blob")]
    assert [r.action for r in rows] == [audit.BLOB_PUT, audit.BLOB_GET]
    assert all(r.household_id == str(home) and f"size={len(DATA)}" in r.detail for r in rows)


def test_an_attachment_record_gets_in_only_when_its_file_is_whole(server: Server) -> None:
    home = server.add_household()
    carer = server.device(home)
    child = carer.child()
    carer.push_ok([op("child", child)])
    record = carer.attachment(child["id"], DATA)
    [early] = carer.push_ok([op("attachment", record)])
    assert early["status"] == "rejected" and "content_missing" in early["reason"]
    _put(carer, SHA, 0, _chunk(DATA, 0), len(DATA))
    [partial] = carer.push_ok([op("attachment", carer.edit(record))])
    assert partial["status"] == "rejected" and "content_missing" in partial["reason"]
    carer.put_blob(DATA)
    wrong_size = carer.edit(record, size=len(DATA) - 1)
    [lying] = carer.push_ok([op("attachment", wrong_size)])
    assert lying["status"] == "rejected"
    [taken] = carer.push_ok([op("attachment", carer.edit(record))])
    assert taken["status"] == "applied", taken
    [gone] = carer.push_ok([op("attachment", carer.edit(record, deleted=True), base=1)])
    assert gone["status"] == "applied"


def test_a_forged_chunk_is_refused_and_nothing_is_kept(server: Server) -> None:
    home = server.add_household()
    carer = server.device(home)
    size = len(DATA)
    oversize = _put(carer, SHA, 0, _chunk(DATA, 0) + b"x", size)
    assert oversize.status_code == 422
    short_last = _put(carer, SHA, 2, _chunk(DATA, 2)[:-1], size)
    assert short_last.status_code == 422
    assert _put(carer, SHA, 3, b"x", size).status_code == 422  # no chunk 3 in three chunks
    assert _put(carer, SHA, -1, b"x", size).status_code == 404  # no such chunk path
    assert _put(carer, SHA, 0, b"x" * 10, MAX_FILE_BYTES + 1).status_code == 422
    assert _put(carer, "NOTAHASH", 0, b"x", 1).status_code == 422
    assert _chunks_stored(server) == []
    # Chunks that do not make the file they name: forgotten when checked.
    other = bytes(len(DATA))
    for n in range(3):
        assert _put(carer, SHA, n, _chunk(other, n), size).status_code == 200
    mismatch = _complete(carer, SHA)
    assert mismatch.status_code == 422 and mismatch.json()["code"] == "hash_mismatch"
    assert _chunks_stored(server) == [] and server.count(BlobRow) == 0
    assert _get(carer, SHA, 0).status_code == 404
    # The same name with another size is refused while the first is kept.
    _put(carer, SHA, 0, _chunk(DATA, 0), size)
    clash = _put(carer, SHA, 0, _chunk(DATA, 0), size + 1)
    assert clash.status_code == 409 and clash.json()["code"] == "size_mismatch"


def test_another_households_file_is_not_found_and_its_name_is_no_key(server: Server) -> None:
    victim, own = server.add_household("A"), server.add_household("B")
    stranger = server.device(victim, name="Vera")
    carer = server.device(own)
    stranger.put_blob(DATA)
    before = _chunks_stored(server)
    for response in (
        _status(carer, SHA, victim),
        _get(carer, SHA, 0, victim),
        _complete(carer, SHA, victim),
        _put(carer, SHA, 0, _chunk(DATA, 0), len(DATA), victim),
    ):
        assert response.status_code == 404 and response.json()["code"] == "not_found"
    # Named in its own household, the other household's file is not there.
    assert _status(carer, SHA).json()["size"] == 0
    assert _get(carer, SHA, 0).status_code == 404
    assert _complete(carer, SHA).status_code == 404
    child = carer.child()
    carer.push_ok([op("child", child)])
    [refused] = carer.push_ok([op("attachment", carer.attachment(child["id"], DATA))])
    assert refused["status"] == "rejected" and "content_missing" in refused["reason"]
    assert _chunks_stored(server) == before
    refusals = [r for r in server.audit_rows() if r.action == audit.BLOB_REFUSED]
    assert len(refusals) == 4 and all(r.person_id == str(carer.person_id) for r in refusals)


def test_a_revoked_laptop_and_a_missing_token_are_refused(server: Server) -> None:
    home = server.add_household()
    carer = server.device(home)
    carer.put_blob(DATA)
    server.revoke(carer)
    stranger = dataclasses.replace(carer, token="x" * 43)
    for device in (carer, stranger):
        for response in (
            _status(device, SHA),
            _get(device, SHA, 0),
            _complete(device, SHA),
            _put(device, SHA, 0, _chunk(DATA, 0), len(DATA)),
        ):
            assert response.status_code == 401, response.text
            assert DATA[:64] not in response.content


def test_a_supervisor_fetches_the_files_of_the_households_they_supervise(
    server: Server,
) -> None:
    home, elsewhere = server.add_household("A"), server.add_household("B")
    carer = server.device(home)
    supervisor = server.device(home, role="supervisor", name="Sam")
    carer.put_blob(DATA)
    assert b"".join(_get(supervisor, SHA, n).content for n in range(3)) == DATA
    assert _status(supervisor, SHA).json()["complete"] is True
    refused = _put(supervisor, SHA, 0, _chunk(DATA, 0), len(DATA))
    assert refused.status_code == 403
    assert _status(supervisor, SHA, elsewhere).status_code == 404


def test_a_household_holds_no_more_than_the_office_allows(server: Server) -> None:
    settings = server.app.state.settings
    server.app.state.settings = dataclasses.replace(
        settings, household_blob_bytes=len(DATA) + CHUNK_BYTES
    )
    home = server.add_household()
    carer = server.device(home)
    carer.put_blob(DATA)
    second = random.Random(2).randbytes(CHUNK_BYTES + 1)
    sha = hashlib.sha256(second).hexdigest()
    full = _put(carer, sha, 0, _chunk(second, 0), len(second))
    assert full.status_code == 413 and full.json()["code"] == "household_full"
    assert server.count(BlobRow) == 1
    small = random.Random(3).randbytes(CHUNK_BYTES)
    assert carer.put_blob(small) == hashlib.sha256(small).hexdigest()  # exactly the bound


def test_a_purged_childs_files_go_with_the_records(server: Server) -> None:
    from datetime import date, timedelta

    from app.server.services import leaving

    home = server.add_household()
    carer = server.device(home)
    child = carer.child(date_of_birth="2004-05-01", placement_start="2016-09-01")
    other = carer.child(given_name="Blijft")
    kept_bytes = DATA[::-1]
    carer.put_blob(DATA)
    carer.put_blob(kept_bytes)
    ops = [op("child", child), op("child", other),
           op("attachment", carer.attachment(child["id"], DATA)),
           op("attachment", carer.attachment(other["id"], kept_bytes))]  # fmt: skip
    results = carer.push_ok(ops)
    assert {r["status"] for r in results} == {"applied"}
    with server.session() as s:
        leaving.close_placement(s, child["id"], date.today() - timedelta(days=3), "return_home",
                                now=server.now())  # fmt: skip
    with server.session() as s:
        [purged] = leaving.purge(s, now=server.now(), keep_until_age=18)
    assert purged.child_id == child["id"]
    assert {c[1] for c in _chunks_stored(server)} == {hashlib.sha256(kept_bytes).hexdigest()}
    [row] = [r for r in server.audit_rows() if r.action == audit.RETENTION_PURGE]
    assert "files=1" in row.detail
