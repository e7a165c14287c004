"""The figure extractor on real news: the counts twelve Wikinews incident reports state.

For each article (tests/figures/data, CC BY 2.5, see its README), the counts of killed and
injured that a reader takes from the text, as (value, category), each of which the extractor
must find among its figures. Only counts the body states in a number are listed (the title
is not read). An article the rules still get wrong stays in KNOWN_MISSES with the reason,
marked ``xfail(strict=True)``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from framekit.figures.extraction import extract_text

DATA = Path(__file__).parent / "data" / "wikinews-incidents.csv"

EXPECTED: dict[str, list[tuple[int, str]]] = {
    "Escape room fire kills five teen girls in Koszalin, Poland": [(5, "killed")],
    "Florida highway pileup, fire kills five children, two truck drivers": [(5, "killed"), (2, "killed"), (8, "injured")],
    "Catalonia apartment block fire kills three, injures sixteen": [(3, "killed"), (16, "injured")],
    "Bombs kill at least 20 at cathedral in Mindanao, Philippines": [(20, "killed"), (27, "killed"), (90, "injured")],
    "Mokha, Yemen bomb kills photojournalist, at least five others": [(5, "killed"), (20, "injured")],
    "Hotel fire kills at least seventeen in Karol Bagh, New Delhi": [(17, "killed"), (2, "killed")],
    "Fire kills nine, injures dozens in Chittagong, Bangladesh slum": [(9, "killed"), (50, "injured")],
    "New Hampshire crash kills seven, including former US Marines": [(7, "killed"), (3, "injured")],
    "Earthquake injures 25 people in southern Philippines": [(25, "injured")],
    "Stampede during funeral procession of Qasem Soleimani causes deaths, delays burial": [(56, "killed"), (200, "injured")],
    "Three killed, three others injured in stabbing attack in Reading, UK": [(3, "killed"), (3, "injured")],
    "Passenger flight crashes upon landing at Calicut airport in India": [(12, "killed"), (18, "killed"), (149, "injured")],
}

# Articles the rules still get wrong, with what goes wrong.
KNOWN_MISSES: dict[str, str] = {}


def articles() -> dict[str, str]:
    """Title -> text of each article in the data file."""
    with DATA.open(encoding="utf-8", newline="") as file:
        return {row["title"]: row["text"] for row in csv.DictReader(file)}


def test_every_article_has_its_expected_counts() -> None:
    assert sorted(articles()) == sorted(EXPECTED)
    assert set(KNOWN_MISSES) <= set(EXPECTED)


@pytest.mark.parametrize(
    "title",
    [pytest.param(title, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[title])] if title in KNOWN_MISSES else [])
     for title in EXPECTED],
)
def test_the_counts_an_article_states_are_found(title: str) -> None:
    found = {(figure.value, figure.category) for figure in extract_text(articles()[title])}
    missing = [count for count in EXPECTED[title] if count not in found]
    assert missing == [], f"missing {missing}; found {sorted(found, key=str)}"
