from __future__ import annotations

from app.domain.clock import HybridClock, Stamp


def test_stamps_increase_even_when_the_wall_clock_goes_back() -> None:
    times = iter([100.0, 100.0, 99.0, 101.0])
    clock = HybridClock("dev1", wall=lambda: next(times))
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 4


def test_observing_a_later_remote_stamp_moves_the_clock_past_it() -> None:
    clock = HybridClock("dev1", wall=lambda: 10.0)
    remote = str(Stamp(50_000, 3, "dev2"))
    clock.observe(remote)
    assert clock.now() > remote


def test_clock_resumes_from_its_last_stamp() -> None:
    first = HybridClock("dev1", wall=lambda: 200.0)
    last = first.now()
    again = HybridClock("dev1", last=last, wall=lambda: 100.0)
    assert again.now() > last
