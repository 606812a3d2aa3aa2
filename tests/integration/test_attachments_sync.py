"""Attached files through the real server over loopback: a caregiver's photo and
scan reach her colleague's laptop and the supervisor's, byte for byte; an upload
or a download cut in the middle, or a laptop killed (SIGKILL) in the middle of
an upload, resumes at the next sync, and the server holds each chunk once with
the hash the file is named by (0 chunks lost, 0 duplicated)."""

from __future__ import annotations

import contextlib
import hashlib
import io
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from app.domain.attachments import CHUNK_BYTES, Attachment, chunk_count
from app.services.attachments import AttachmentService
from app.storage import attachments as stored_bytes
from app.storage import outbox
from app.sync.transport import Offline, SyncError
from tests import factories
from tests.conftest import PASSPHRASE
from tests.faults.proxy import Fault, FaultProxy, server_tracebacks, serving_logged
from tests.integration.laptops import Laptop, admin, restore
from tests.support.servers import ROOT, free_port, server_command, serving


@dataclass(frozen=True)
class Office:
    url: str
    data: Path
    household: uuid.UUID
    people: dict[str, str]

    def code(self, name: str) -> str:
        return admin(self.data, "enroll-code", self.people[name], "--hours", "1")

    def chunks(self) -> list[tuple[str, str, int, bytes]]:
        """Every chunk the server holds: household, hash, number, bytes."""
        with sqlite3.connect(self.data / "server.db") as db:
            rows = db.execute(
                "SELECT household_id, sha256, n, data FROM blob_chunk ORDER BY sha256, n"
            ).fetchall()
        return [(str(h), str(s), int(n), bytes(d)) for h, s, n, d in rows]

    def complete(self, sha256: str) -> bool:
        with sqlite3.connect(self.data / "server.db") as db:
            row = db.execute("SELECT complete FROM blob WHERE sha256 = ?", (sha256,)).fetchone()
        return bool(row and row[0])


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    data = tmp_path_factory.mktemp("office")
    admin(data, "init")
    home = admin(data, "add-household", "Gezin Peeters", "--kind", "simba")
    people = {
        name: admin(data, "add-person", name, "--role", role, "--household", home)
        for name, role in (("Anna", "caregiver"), ("Ben", "caregiver"), ("Sam", "supervisor"),
                           ("Cas", "caregiver"), ("Dirk", "caregiver"))
    }  # fmt: skip
    log = data / "server.log"
    with serving_logged(data, log) as url:
        yield Office(url, data, uuid.UUID(home), people)
    # Whatever the cuts and kills did, the server itself never failed.
    assert server_tracebacks(log) == []


@pytest.fixture(scope="module")
def laptops(
    tmp_path_factory: pytest.TempPathFactory, office: Office
) -> Iterator[dict[str, Laptop]]:
    folder = tmp_path_factory.mktemp("laptops")
    names = ("Anna", "Ben", "Sam")
    made = {name: Laptop(folder / name, office.url, office.code(name)) for name in names}
    yield made
    for laptop in made.values():
        laptop.close()


def _pdf(size: int, seed: int) -> bytes:
    head, tail = b"%PDF-1.7\n", b"\n%%EOF\n"
    return head + random.Random(seed).randbytes(size - len(head) - len(tail)) + tail


def _photo(seed: int) -> bytes:
    rng = random.Random(seed)
    out = io.BytesIO()
    Image.frombytes("RGB", (300, 200), rng.randbytes(300 * 200 * 3)).save(out, "JPEG")
    return out.getvalue()


def _child(anna: Laptop) -> uuid.UUID:
    return anna.records.create(factories.child(anna.book.identity.household_id)).id


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_server(office: Office, attachment: Attachment, data: bytes) -> None:
    """The server holds each chunk of the file once, and they make its hash."""
    mine = [c for c in office.chunks() if c[1] == attachment.sha256]
    assert [c[2] for c in mine] == list(range(chunk_count(len(data))))  # none lost, none twice
    assert {c[0] for c in mine} == {str(office.household)}
    assert _sha(b"".join(c[3] for c in mine)) == attachment.sha256
    assert office.complete(attachment.sha256)


def test_a_photo_and_a_scan_reach_the_colleague_and_the_supervisor(
    office: Office, laptops: dict[str, Laptop]
) -> None:
    anna, ben, sam = laptops["Anna"], laptops["Ben"], laptops["Sam"]
    for laptop in (anna, ben, sam):
        laptop.engine.sync()  # the household's people arrive (the child needs none)
    child = _child(anna)
    scan_bytes, photo_bytes = _pdf(2 * CHUNK_BYTES + 777, 1), _photo(2)
    scan, _ = AttachmentService(anna.book).add_bytes(child, scan_bytes, "rapport.pdf")
    photo, _ = AttachmentService(anna.book).add_bytes(child, photo_bytes, "foto.jpg")
    seen: list[tuple[str, int, int]] = []
    report = anna.engine.sync(lambda phase, done, total: seen.append((phase, done, total)))
    assert report.rejected == 0 and report.uploaded_chunks == 4
    assert ("upload", 4, 4) in seen
    _check_server(office, scan, scan_bytes)
    photo_stored = AttachmentService(anna.book).content(photo.id)
    _check_server(office, photo, photo_stored)
    for laptop in (ben, sam):
        got = laptop.engine.sync()
        assert got.downloaded_chunks == 4
        service = AttachmentService(laptop.book)
        assert service.content(scan.id) == scan_bytes
        assert service.content(photo.id) == photo_stored
        items = {i.attachment.id: i for i in service.for_child(child)}
        assert items[scan.id].available and items[scan.id].thumbnail is None
        thumb = items[photo.id].thumbnail
        assert thumb is not None and max(Image.open(io.BytesIO(thumb)).size) == 256
        assert laptop.engine.sync().downloaded_chunks == 0  # nothing fetched twice


def test_a_removal_undone_after_it_reached_the_office_brings_the_photo_back_everywhere(
    office: Office, laptops: dict[str, Laptop]
) -> None:
    """Undone before the next sync, a removal never leaves the laptop; undone after
    it, the photo comes back as a new attachment naming the same bytes, which the
    office still holds: nothing is uploaded again, nothing is lost."""
    from app.services.story import StoryService

    anna, ben = laptops["Anna"], laptops["Ben"]
    for laptop in (anna, ben):
        laptop.engine.sync()
    child = _child(anna)
    files = AttachmentService(anna.book)
    photo, _ = files.add_bytes(child, _photo(41), "strand.jpg", caption="Aan zee")
    StoryService(anna.book).keep(photo, "Je bouwde een zandkasteel.")
    assert anna.engine.sync().rejected == 0  # a photo kept for the book reaches the office
    stored = files.content(photo.id)
    held = office.chunks()

    files.remove(photo.id, keep_bytes=True)
    files.restore(photo.id)  # undone at once: one change of the same record
    assert anna.engine.sync().rejected == 0
    ben.engine.sync()
    [there] = AttachmentService(ben.book).for_child(child)
    assert there.attachment.id == photo.id and there.available

    files.remove(photo.id, keep_bytes=True)
    anna.engine.sync()  # the removal reaches the office, and Anna's bytes go
    assert files.for_child(child) == []
    back, _ = files.restore(photo.id)
    assert back.id != photo.id
    report = anna.engine.sync()
    assert report.rejected == 0 and office.chunks() == held  # nothing sent again
    assert files.content(back.id) == stored  # fetched again from the office
    ben.engine.sync()
    [again] = AttachmentService(ben.book).for_child(child)
    assert (again.attachment.id, again.attachment.caption) == (back.id, "Aan zee")
    assert AttachmentService(ben.book).content(back.id) == stored
    [kept] = StoryService(ben.book).kept(child)
    assert kept.target_id == back.id and kept.words == "Je bouwde een zandkasteel."
    assert office.chunks() == held  # never a second copy
    _check_server(office, back, stored)


def test_an_upload_and_a_download_cut_in_the_middle_resume(
    office: Office, laptops: dict[str, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, ben = laptops["Anna"], laptops["Ben"]
    child = _child(anna)
    data = _pdf(4 * CHUNK_BYTES + 5, 3)
    attachment, _ = AttachmentService(anna.book).add_bytes(child, data, "dossier.pdf")

    def cut_after(calls: int, real: Any) -> Any:
        count = {"n": 0}

        def call(*args: Any) -> Any:
            count["n"] += 1
            if count["n"] > calls:
                raise Offline("cut")
            return real(*args)

        return call

    monkeypatch.setattr(anna.transport, "put_chunk", cut_after(2, anna.transport.put_chunk))
    with pytest.raises(Offline):
        anna.engine.sync()
    assert len([c for c in office.chunks() if c[1] == attachment.sha256]) == 2
    with anna.book.store.read() as session:
        assert str(attachment.id) in outbox.pending_among(session, [attachment.id])
    monkeypatch.undo()
    put: list[int] = []
    real_put = anna.transport.put_chunk

    def counted(household: uuid.UUID, sha: str, n: int, size: int, chunk: bytes) -> Any:
        put.append(n)
        return real_put(household, sha, n, size, chunk)

    monkeypatch.setattr(anna.transport, "put_chunk", counted)
    assert anna.engine.sync().rejected == 0
    assert put == [2, 3, 4]  # only what the server did not have
    _check_server(office, attachment, data)

    monkeypatch.setattr(ben.transport, "get_chunk", cut_after(3, ben.transport.get_chunk))
    with pytest.raises(Offline):
        ben.engine.sync()
    with ben.book.store.read() as session:
        assert stored_bytes.chunk_numbers(session, attachment.sha256) == {0, 1, 2}
    monkeypatch.undo()
    assert ben.engine.sync().downloaded_chunks == 2
    assert AttachmentService(ben.book).content(attachment.id) == data


KILLED_UPLOAD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.services import profile
    from app.sync.engine import SyncEngine
    from app.sync.enroll import transport_for

    book = profile.unlock(Path(sys.argv[1]), sys.argv[2])
    transport = transport_for(book)
    real = transport.put_chunk

    def slow(*args):
        answer = real(*args)
        print("chunk", args[2], flush=True)
        time.sleep(0.2)  # the kill lands between two chunks or in the middle of one
        return answer

    transport.put_chunk = slow
    SyncEngine(book, transport).sync()
    print("done", flush=True)
    """
)


def test_a_laptop_killed_in_the_middle_of_an_upload_completes_at_the_next_sync(
    office: Office, laptops: dict[str, Laptop]
) -> None:
    anna, ben = laptops["Anna"], laptops["Ben"]
    child = _child(anna)
    data = _pdf(6 * CHUNK_BYTES + 99, 4)
    attachment, _ = AttachmentService(anna.book).add_bytes(child, data, "schoolrapport.pdf")
    folder = anna.book.profile_dir
    anna.close()
    for round_ in range(2):  # killed after one chunk, then after a few more
        victim = subprocess.Popen(
            [sys.executable, "-c", KILLED_UPLOAD, str(folder), PASSPHRASE],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        assert victim.stdout is not None
        for _ in range(round_ + 1):
            line = victim.stdout.readline()
            assert line.startswith(b"chunk"), line
        time.sleep(random.Random(round_).uniform(0.0, 0.4))
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        victim.stdout.close()
    held = [c[2] for c in office.chunks() if c[1] == attachment.sha256]
    assert len(held) == len(set(held)) and 3 <= len(held) < chunk_count(len(data))
    again = Laptop.reopen(folder)
    laptops["Anna"] = again
    report = again.engine.sync()
    assert report.rejected == 0
    with again.book.store.read() as session:
        assert outbox.pending_count(session) == 0
    _check_server(office, attachment, data)
    ben.engine.sync()
    assert AttachmentService(ben.book).content(attachment.id) == data


def test_chunks_cut_by_a_bad_network_arrive_once(
    office: Office, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Through the fault proxy: requests dropped, bodies cut in the middle of a
    chunk, answers cut or lost after the server kept the chunk; syncing on until
    the network is good leaves every chunk on the server once and each file whole
    on the other laptop."""
    folder = tmp_path_factory.mktemp("through-faults")
    with FaultProxy(office.url, delay=0.02) as proxy:
        cas, dirk = (Laptop(folder / n, proxy.url, office.code(n)) for n in ("Cas", "Dirk"))
        try:
            child = _child(cas)
            files = [_pdf(3 * CHUNK_BYTES + 17 * n, 10 + n) for n in range(3)]
            attached = [
                AttachmentService(cas.book).add_bytes(child, data, f"scan-{n}.pdf")[0]
                for n, data in enumerate(files)
            ]
            proxy.randomly(seed=18)
            for laptop in (cas, dirk, cas, dirk, cas, dirk):
                with contextlib.suppress(SyncError):
                    laptop.engine.sync()
            proxy.always(Fault.GOOD)
            assert cas.engine.sync().rejected == 0
            dirk.engine.sync()
            blob_routes = {route for (fault, route), n in proxy.by_route.items()
                           if fault is not Fault.GOOD and "/blobs/" in route}  # fmt: skip
            assert blob_routes, proxy.by_route  # the faults did reach the chunks
            for attachment, data in zip(attached, files, strict=True):
                _check_server(office, attachment, data)
                assert AttachmentService(dirk.book).content(attachment.id) == data
            with cas.book.store.read() as session:
                assert outbox.pending_count(session) == 0
        finally:
            cas.close()
            dirk.close()


def test_an_office_restored_from_an_older_backup_gets_the_bytes_again(tmp_path: Path) -> None:
    """The office loses an attachment and its bytes with a restore; the laptop
    that holds them sends both again, bytes first, and the other laptop reads it."""
    data = tmp_path / "server"
    data.mkdir()
    admin(data, "init")
    home = admin(data, "add-household", "Gezin Peeters", "--kind", "simba")
    people = [admin(data, "add-person", name, "--role", "caregiver", "--household", home)
              for name in ("Anna", "Ben")]  # fmt: skip
    backup, port = tmp_path / "backup.db", free_port()
    command, url = server_command(data, None, port), f"http://127.0.0.1:{port}"
    made: list[Laptop] = []
    scan = _pdf(2 * CHUNK_BYTES + 3, 5)
    try:
        with serving(data, command=command):
            for n, person in enumerate(people):
                code = admin(data, "enroll-code", person, "--hours", "1")
                made.append(Laptop(tmp_path / f"laptop{n}", url, code))
            anna, ben = made
            child = _child(anna)
            anna.engine.sync()
            ben.engine.sync()
            admin(data, "backup", "--out", str(backup))
            attachment, _ = AttachmentService(ben.book).add_bytes(child, scan, "verslag.pdf")
            ben.engine.sync()
            assert anna.engine.sync().downloaded_chunks == 3
        restore(data, backup)
        with serving(data, command=command):
            anna.write("Na het herstel")  # numbered where Ben's attachment was
            anna.engine.sync()
            ben.engine.sync()
            anna.engine.sync()
            page = anna.transport.pull(uuid.UUID(home), 0, 1000)
            assert attachment.id in {c.record_id for c in page.changes}
            status = anna.transport.blob_status(uuid.UUID(home), attachment.sha256)
            assert status.complete and status.chunks == [0, 1, 2]
            assert anna.transport.get_chunk(uuid.UUID(home), attachment.sha256, 2) == scan[-3:]
    finally:
        for laptop in made:
            laptop.close()
