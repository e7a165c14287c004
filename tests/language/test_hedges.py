"""framekit.language.hedges: the interval each hedge implies, and how it is shown."""

from __future__ import annotations

import pytest

from framekit.language.hedges import HEDGES, contains, describe, interval


@pytest.mark.parametrize(
    ("value", "hedge", "bounds"),
    [
        (144, "at least", (144, None)),
        (140, "over", (141, None)),
        (140, "more than", (141, None)),
        (30, "nearly", (None, 29)),
        (30, "almost", (None, 29)),
        (14, "up to", (None, 14)),
        (14, "as many as", (None, 14)),
        (10, "fewer than", (None, 9)),
        (30, "about", (None, None)),
        (30, "around", (None, None)),
        (30, "some", (None, None)),
        (30, "an estimated", (None, None)),
        (50, "upwards of", (51, None)),
        (100, "in excess of", (101, None)),
        (12, "no less than", (12, None)),
        (31, "exactly", (31, 31)),
        (31, None, (31, 31)),
    ],
)
def test_each_hedge_sets_its_bound(value: int, hedge: str | None, bounds: tuple) -> None:
    assert interval(value, hedge) == bounds


def test_every_hedge_is_known_and_an_unknown_one_is_an_error() -> None:
    for hedge in HEDGES:
        interval(10, hedge)
    with pytest.raises(ValueError, match="unknown hedge 'roughly about'"):
        interval(10, "roughly about")


def test_intervals_in_words_and_membership() -> None:
    assert [describe(*b) for b in [(31, 31), (141, None), (None, 29), (None, None), (20, 30)]] == [
        "31", "141 or more", "29 or fewer", "no bound", "20 to 30"]
    assert describe(1200, None) == "1,200 or more"
    assert contains(141, None, 144) and not contains(144, None, 143) and contains(None, None, 1)
    assert contains(None, 29, 29) and not contains(None, 29, 30)
