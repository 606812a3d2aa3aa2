"""The cycle collector waits while a batch of sync runs, and only then."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from app.server.core import collector as server_collector
from app.sync import collector


@pytest.fixture(autouse=True)
def collecting() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.parametrize("module", [collector, server_collector], ids=["device", "server"])
def test_collection_waits_for_the_last_batch_to_end(module: object) -> None:
    batch = module.batch  # type: ignore[attr-defined]
    with batch():
        assert not gc.isenabled()
        with batch():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer batch still runs
    assert gc.isenabled()


def test_batches_of_several_threads_overlap() -> None:
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector.batch():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with collector.batch():
            second_in.set()
            first_out.wait(5)
            seen.append(gc.isenabled())  # the first batch ended; this one still runs

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == [False]
    assert gc.isenabled()


def test_an_error_in_a_batch_lets_collection_resume() -> None:
    with pytest.raises(RuntimeError), collector.batch():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_collection_left_off_stays_off() -> None:
    gc.disable()
    with collector.batch():
        pass
    assert not gc.isenabled()
