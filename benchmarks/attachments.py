"""Attached files: importing photos, and syncing their bytes against the floor.

- **import**: N photos of about 3 MB (12 megapixels, JPEG as a phone writes
  them, each its own picture with EXIF and a place it was taken) go through
  ``AttachmentService.add_bytes`` into an encrypted profile: the type from the
  bytes, turned upright, written anew without metadata, a small picture, record
  and chunks in one transaction. Set beside the part no import can skip: the
  photo decoded, written anew and made small by Pillow alone, nothing stored.
- **sync**: M bytes of attachments (incompressible, as photos and scans are) in
  one laptop's outbox are put to ``thuisboek-server serve`` over loopback, chunk
  by chunk, before their records are pushed; a second laptop of the household
  pulls the records and fetches the bytes. Each is set against its **floor**,
  measured in the same run: the very chunks PUT (or fetched with GET) over the
  same loopback HTTP to a bare ASGI app on the same uvicorn, plus a bare
  ``sqlite3`` insert of the chunks into a plain file, one commit per chunk, as
  both sides commit each chunk on its own.
"""

from __future__ import annotations

import io
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any

import httpx
from PIL import Image, ImageDraw, ImageFilter

from app.domain.attachments import CHUNK_BYTES
from app.domain.records import Child
from app.services import profile
from app.services.attachments import AttachmentService, prepare
from app.services.records import RecordService
from app.storage import attachments as stored_bytes
from app.storage import sync_state
from app.storage.book import Book
from app.storage.engine import connect_raw
from app.storage.store import Store
from app.sync.engine import SyncEngine
from app.sync.transport import Transport
from benchmarks.sync import REPLY_HEADER, Server, attach, floor_server, new_book

PHOTO_SIZE = (4000, 3000)
FILE_BYTES = 10 * CHUNK_BYTES


def _note(text: str) -> None:
    print(f"[attachments] {text}", file=sys.stderr, flush=True)


def _base_photo(seed: int) -> Image.Image:
    """A 12-megapixel picture with the detail of a photo: shapes, gradients, grain."""
    rng = random.Random(seed)
    small = Image.new("RGB", (400, 300))
    draw = ImageDraw.Draw(small)
    for _ in range(60):
        x, y = rng.randrange(400), rng.randrange(300)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x, y, x + rng.randrange(20, 160), y + rng.randrange(20, 120)), fill=colour)
    big = small.resize(PHOTO_SIZE, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(3))
    grain = Image.effect_noise(PHOTO_SIZE, 40).convert("RGB")
    return Image.blend(big, grain, 0.18)


def photos(count: int) -> list[bytes]:
    """``count`` different photos of about 3 MB with EXIF (camera, place, date)."""
    base = _base_photo(2026)
    exif = Image.Exif()
    exif[0x010F] = "Benchcam"
    exif[0x0112] = 6  # taken upright with the phone turned
    exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 3.0, 12.5), 3: "E", 4: (3.0, 43.0, 1.0)})
    exif.get_ifd(0x8769)[36867] = "2025:06:01 10:00:00"
    made = []
    for n in range(count):
        picture = base.copy()
        ImageDraw.Draw(picture).rectangle((n * 30, n * 20, n * 30 + 400, n * 20 + 300),
                                          outline=(n, 255 - n, 90), width=9)  # fmt: skip
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=88, exif=exif.tobytes())
        made.append(out.getvalue())
    return made


def _child(household: uuid.UUID) -> Child:
    return Child(household_id=household, given_name="Lotte", date_of_birth=date(2018, 3, 14),
                 placement_start=date(2021, 1, 9))  # fmt: skip


def _stats(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)
    return {
        "total_s": round(sum(seconds), 2),
        "median_ms": round(statistics.median(seconds) * 1000, 1),
        "p95_ms": round(ordered[max(0, round(0.95 * len(ordered)) - 1)] * 1000, 1),
    }


def run_import(folder: Path, count: int) -> dict[str, Any]:
    _note(f"making {count} photos")
    made = photos(count)
    book = new_book(folder / "import")
    try:
        child = RecordService(book).create(_child(book.identity.household_id))
        service = AttachmentService(book)
        _note("Pillow alone")
        alone = []
        for data in made[: min(count, 20)]:
            start = time.perf_counter()
            prepare(data, book.today())
            alone.append(time.perf_counter() - start)
        _note("importing")
        took = []
        for n, data in enumerate(made):
            start = time.perf_counter()
            service.add_bytes(child.id, data, f"IMG_{n:04}.JPG")
            took.append(time.perf_counter() - start)
        stored = service.usage(child.id).used
    finally:
        book.close()
    per_photo = statistics.median(took)
    return {
        "photos": count,
        "mb_in": round(sum(len(d) for d in made) / CHUNK_BYTES, 1),
        "mb_stored": round(stored / CHUNK_BYTES, 1),
        "import": _stats(took),
        "pillow_alone": _stats(alone),
        "ratio_import_vs_pillow_alone": round(per_photo / statistics.median(alone), 2),
    }


def _floor_http(url: str, chunks: list[bytes], *, upload: bool) -> float:
    with httpx.Client(timeout=120) as client:
        client.get(f"{url}/warm-up")
        start = time.perf_counter()
        for n, chunk in enumerate(chunks):
            if upload:
                client.put(f"{url}/blobs/x/{n}", content=chunk, headers={REPLY_HEADER: "120"})
            else:
                client.get(f"{url}/blobs/x/{n}", headers={REPLY_HEADER: str(len(chunk))})
        return time.perf_counter() - start


def _floor_insert(path: Path, chunks: list[bytes]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(
            "CREATE TABLE chunk (sha256 TEXT, n INTEGER, data BLOB, PRIMARY KEY (sha256, n))"
        )
        start = time.perf_counter()
        for n, chunk in enumerate(chunks):
            conn.execute("BEGIN")
            conn.execute("INSERT INTO chunk VALUES (?, ?, ?)", ("x" * 64, n, chunk))
            conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def _encrypted_insert(folder: Path, chunks: list[bytes]) -> float:
    """The chunks into a new encrypted store (the app's schema, a fresh key), one
    commit per chunk, through the bare DB-API connection: what the design keeps
    on the laptop's side of a download."""
    folder.mkdir(parents=True, exist_ok=True)
    key = os.urandom(32)
    Store.create(folder / "floor.db", key).close()
    conn = connect_raw(folder / "floor.db", key)
    try:
        start = time.perf_counter()
        for n, chunk in enumerate(chunks):
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO attachment_chunk VALUES (?, ?, ?)", ("x" * 64, n, chunk))
            conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def run_sync(folder: Path, total_bytes: int) -> dict[str, Any]:
    files = max(1, total_bytes // FILE_BYTES)
    rng = random.Random(18)
    contents = [b"%PDF-1.7\n" + rng.randbytes(FILE_BYTES - 9) for _ in range(files)]
    with ExitStack() as stack:
        server = Server(folder / "office", None)
        stack.callback(server.close)
        household = server.household("Huis")
        anna, ben = server.person("Anna", household), server.person("Ben", household)
        served = server.spawn()
        stack.callback(served.stop)
        floor = floor_server(folder)
        stack.callback(floor.stop)
        served.wait()
        floor.wait()
        laptops = []
        for name, person in (("anna", anna), ("ben", ben)):
            made = new_book(folder / name)
            attach(made, served.url, server.mint(person, name))
            key = made.store.key
            assert key is not None
            made.close()
            book = profile.open_book(folder / name, key)  # as the enrolled person
            stack.callback(book.close)
            laptops.append(book)
        sender, receiver = laptops
        child = RecordService(sender).create(_child(household))
        service = AttachmentService(sender)
        for n, data in enumerate(contents):
            service.add_bytes(child.id, data, f"scan-{n}.pdf")
        engines = []
        for book in laptops:
            transport = Transport(served.url, _token(book))
            stack.callback(transport.close)
            engines.append(SyncEngine(book, transport))
        _note(f"upload of {files * FILE_BYTES // CHUNK_BYTES} MB")
        start = time.perf_counter()
        sent = engines[0].sync()
        upload_s = time.perf_counter() - start
        assert sent.rejected == 0 and sent.uploaded_chunks == files * 10, sent
        _note("download")
        start = time.perf_counter()
        got = engines[1].sync()
        download_s = time.perf_counter() - start
        assert got.downloaded_chunks == files * 10, got
        with receiver.store.read() as session:
            assert not stored_bytes.missing(session)
        chunks = [c for data in contents for c in stored_bytes.split(data)]
        _note("floors")
        put_s = _floor_http(floor.url, chunks, upload=True)
        get_s = _floor_http(floor.url, chunks, upload=False)
        insert_s = _floor_insert(folder / "floor-up.db", chunks)
        insert_down_s = _floor_insert(folder / "floor-down.db", chunks)
        encrypted_s = _encrypted_insert(folder / "floor-encrypted", chunks)
    mb = len(chunks) * CHUNK_BYTES / CHUNK_BYTES
    up_floor, down_floor = put_s + insert_s, get_s + insert_down_s
    return {
        "mb": mb,
        "files": files,
        "chunks": len(chunks),
        "upload": {"e2e_s": round(upload_s, 2), "mb_per_s": round(mb / upload_s, 1),
                   "floor_s": round(up_floor, 2), "floor_http_s": round(put_s, 2),
                   "floor_insert_s": round(insert_s, 2),
                   "ratio_e2e_vs_floor": round(upload_s / up_floor, 2)},
        "download": {"e2e_s": round(download_s, 2), "mb_per_s": round(mb / download_s, 1),
                     "floor_s": round(down_floor, 2), "floor_http_s": round(get_s, 2),
                     "floor_insert_s": round(insert_down_s, 2),
                     "ratio_e2e_vs_floor": round(download_s / down_floor, 2),
                     "design_floor_s": round(get_s + encrypted_s, 2),
                     "design_floor_insert_s": round(encrypted_s, 2),
                     "ratio_e2e_vs_design_floor": round(download_s / (get_s + encrypted_s), 2)},
    }  # fmt: skip


def _token(book: Book) -> str:
    link = sync_state.read_link(book.store)
    assert link is not None
    return link.token


def run(quick: bool = False) -> dict[str, Any]:
    photos_n, sync_bytes = (10, 20 * CHUNK_BYTES) if quick else (100, 200 * CHUNK_BYTES)
    with tempfile.TemporaryDirectory(prefix="thuisboek-attbench-") as tmp:
        out = {
            "floor": "import: Pillow alone (decode, upright, written anew, small picture); "
            "sync: the same chunks over loopback HTTP to a bare ASGI app on the same uvicorn, "
            "plus a bare sqlite3 insert of each chunk, one commit each; the download's design "
            "floor inserts them into a new encrypted store instead (the laptop keeps them so)",
            "import": run_import(Path(tmp), photos_n),
            "sync": run_sync(Path(tmp) / "sync", sync_bytes),
        }
    return out
