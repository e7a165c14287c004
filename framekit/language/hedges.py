"""What a hedge says about a number: the interval that "at least 144" or "nearly 30" implies (lesson 04).

News reports rarely give a bare count. The word in front of a number sets a bound: "at least
144" means 144 or more, "over 140" 141 or more, "nearly 30" 29 or fewer, "up to 14" 14 or
fewer. "About", "around" and "some" set no bound at all, and a number without a hedge (or with
"exactly") is read as exact. A range ("between 30 and 35", "30 to 35") has no single value:
its two numbers are the bounds, and its hedge is :data:`RANGE`. The figure extractor and the checks on ``annotations/figures.csv``
both read hedges here, so that the program and the hand annotation follow one rule.
"""

from __future__ import annotations

# hedge -> what to add to the number to get the bound it sets
LOW = {"at least": 0, "no fewer than": 0, "no less than": 0, "over": 1, "more than": 1, "upwards of": 1, "in excess of": 1}
HIGH = {
    "up to": 0, "as many as": 0, "at most": 0,
    "nearly": -1, "almost": -1, "fewer than": -1, "less than": -1, "under": -1,
}
APPROXIMATE = ("about", "around", "some", "approximately", "roughly", "an estimated")
EXACT = "exactly"
HEDGES = (*LOW, *HIGH, *APPROXIMATE, EXACT)
# A range, "between 30 and 35" or "30 to 35": no single value, its two numbers are the bounds.
RANGE = "between"


def interval(value: int, hedge: str | None) -> tuple[int | None, int | None]:
    """(low, high) that ``hedge`` puts around ``value``; None where the wording sets no bound.

    >>> interval(144, "at least"), interval(140, "over"), interval(30, "nearly"), interval(31, None)
    ((144, None), (141, None), (None, 29), (31, 31))
    """
    if hedge in LOW:
        return value + LOW[hedge], None
    if hedge in HIGH:
        return None, value + HIGH[hedge]
    if hedge in APPROXIMATE:
        return None, None
    if hedge in (None, EXACT):
        return value, value
    raise ValueError(f"unknown hedge {hedge!r}: use one of {', '.join(HEDGES)}")


def describe(low: int | None, high: int | None) -> str:
    """An interval in words, as lessons and tables show it: "144 or more", "29 or fewer", "31"."""
    if low is not None and low == high:
        return f"{low:,}"
    if low is not None and high is not None:
        return f"{low:,} to {high:,}"
    if low is not None:
        return f"{low:,} or more"
    if high is not None:
        return f"{high:,} or fewer"
    return "no bound"


def contains(low: int | None, high: int | None, value: int) -> bool:
    """Whether ``value`` lies in the interval; a missing bound is open."""
    return (low is None or low <= value) and (high is None or value <= high)
