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


def test_stamps_on_one_frozen_millisecond_keep_sorting_past_the_counter_width() -> None:
    clock = HybridClock("dev", last=f"{5:013d}-99998-dev", wall=lambda: 0.005)
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert stamps[1] == f"{6:013d}-00000-dev"  # the counter is full: the next millisecond
    assert all(len(s) == len(stamps[0]) for s in stamps)


def test_a_foreign_stamp_with_a_wider_counter_is_still_moved_past() -> None:
    clock = HybridClock("dev", wall=lambda: 0.001)
    foreign = f"{9:013d}-123456-other"
    clock.observe(foreign)
    mine = clock.now()
    assert Stamp.parse(mine) > Stamp.parse(foreign)
    assert mine == f"{10:013d}-00001-dev"


def test_observing_many_stamps_at_once_ends_where_observing_each_does() -> None:
    stamps = [
        f"{7:013d}-00002-a",
        f"{9:013d}-00001-b",
        f"{9:013d}-00000-c",
        f"{8:013d}-123456-wide",  # wider than a clock writes: its order is not its text's
        "unstamped",
        f"{3:013d}-00009-d",
    ]
    for start in (None, f"{2:013d}-00000-dev", f"{9:013d}-00004-dev"):
        each = HybridClock("dev", last=start, wall=lambda: 0.0)
        for stamp in stamps:
            each.observe(stamp)
        for order in (stamps, stamps[::-1]):
            at_once = HybridClock("dev", last=start, wall=lambda: 0.0)
            at_once.observe_all(order)
            assert at_once.last == each.last
    moved = HybridClock("dev", wall=lambda: 0.0)
    moved.observe_all(stamps[:3])
    assert moved.last == f"{9:013d}-00001-dev"
    widest = HybridClock("dev", wall=lambda: 0.0)
    widest.observe_all([f"{9:013d}-99999-x", f"{9:013d}-100000-y"])
    assert widest.last == f"{10:013d}-00000-dev"
