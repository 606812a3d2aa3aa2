"""The benchmark guard the test command runs: it fails, naming the figures, when a
paged read grows more than 3× from 1× to 10× data or encryption costs more than
2× plain. Fed figures here; nothing is timed."""

from __future__ import annotations

import pytest

from benchmarks import __main__ as bench_main
from benchmarks import guard


def _read(
    small: float = 2.0, large: float = 2.2, plain_small: float = 1.9, plain_large: float = 2.1
) -> dict[str, dict[str, float]]:
    return {
        "1x": {"encrypted": small, "plain": plain_small},
        "10x": {"encrypted": large, "plain": plain_large},
    }


def test_flat_reads_within_the_encryption_limit_pass() -> None:
    figures = {"household timeline, first page": _read(), "household overview": _read()}
    assert guard.check(figures) == []
    ratios = guard.ratios(figures)["household overview"]
    assert ratios["growth 1x->10x (encrypted)"] == 1.1
    assert ratios["encrypted/plain (10x)"] == 1.05


def test_a_read_that_grows_with_the_history_is_caught() -> None:
    figures = {
        "child timeline, first page": _read(),
        "household timeline, first page": _read(small=3.0, large=190.0, plain_large=38.0),
    }
    crossed = guard.check(figures)
    assert {(c.read, c.ratio) for c in crossed} == {
        ("household timeline, first page", "growth 1x->10x (encrypted)"),
        ("household timeline, first page", "growth 1x->10x (plain)"),
        ("household timeline, first page", "encrypted/plain (10x)"),
    }
    line = crossed[0].line()
    assert "190.000 ms" in line and "3.000 ms" in line and "> 3" in line


def test_encryption_over_twice_plain_is_caught_at_either_size() -> None:
    figures = {"search, a rare word": _read(small=0.9, large=1.0, plain_small=0.4, plain_large=0.5)}
    crossed = guard.check(figures)
    assert [(c.ratio, round(c.value, 2)) for c in crossed] == [("encrypted/plain (1x)", 2.25)]


def test_just_under_the_limits_passes_and_just_over_fails() -> None:
    assert guard.check({"r": _read(small=1.0, large=3.0, plain_small=1.0, plain_large=1.5)}) == []
    assert guard.check({"r": _read(small=1.0, large=3.01, plain_small=1.0, plain_large=1.5)})


def test_the_quick_run_exits_non_zero_printing_the_figures(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = {"review queue of a household": _read(small=5.0, large=60.0, plain_large=55.0)}

    def fed() -> tuple[dict[str, object], list[guard.Crossed]]:
        return {"reads_ms": figures, "seconds": 0.0}, guard.check(figures)

    monkeypatch.setattr(guard, "run", fed)
    assert bench_main.main(["--quick"]) == 1
    out = capsys.readouterr()
    assert "review queue of a household: growth 1x->10x (encrypted) = 12.00 > 3" in out.err
    assert "60.000 ms vs 5.000 ms" in out.err
    assert '"reads_ms"' in out.out


def test_the_quick_run_passes_when_every_ratio_holds(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = {"household overview": _read()}
    monkeypatch.setattr(guard, "run", lambda: ({"seconds": 0.0}, guard.check(figures)))
    assert bench_main.main(["--quick"]) == 0
    assert "every ratio within its limit" in capsys.readouterr().out
