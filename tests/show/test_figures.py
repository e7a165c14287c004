"""framekit.show.figures: the official toll on a date against each stated figure, figures in context."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from framekit.show.figures import figures_in_context_html, toll_on_date_html
from framekit.story.model import ReferenceFact

BODY = "Officials said <b>at least 144</b> people died. Nearly 30 were hurt."


def story_with(stories, *facts: tuple[int, str, int]):
    reference = tuple(ReferenceFact(date(2024, 3, day), kind, value, "Ministry & Co", "https://x.org") for day, kind, value in facts)
    return replace(stories({"a": BODY}), reference=reference)


def rows() -> list[dict]:
    start = BODY.index("at least 144")
    nearly = BODY.index("Nearly 30")
    return [
        {"article": "a", "text": "at least 144", "value": 144, "low": 144, "high": None, "hedge": "at least",
         "category": "killed", "source": "Officials", "start": start, "end": start + 12},
        {"article": "a", "text": "Nearly 30", "value": 30, "low": None, "high": 29, "hedge": "nearly",
         "category": "injured", "source": None, "start": nearly, "end": nearly + 9},
    ]


def verdicts(page: str) -> list[str]:
    return re.findall(r"<b>(.)</b> ([a-z ,]+)</td>", page)


def test_each_figure_against_the_official_toll_on_the_chosen_day(stories) -> None:
    story = story_with(stories, (22, "killed", 40), (23, "injured", 28), (30, "killed", 144), (30, "injured", 551))
    late = toll_on_date_html(story, rows(), date(2024, 4, 5))
    assert "<b>144 killed</b> <small>(Ministry &amp; Co, published 2024-03-30)</small>" in late
    assert verdicts(late) == [("✓", "states the official figure"), ("✗", "is below the official figure")]
    early = toll_on_date_html(story, rows(), date(2024, 3, 23))
    assert verdicts(early) == [("✗", "is above the official figure"), ("≈", "holds the official figure, rounded")]
    assert early.count("not yet published on this date") == 2  # the article is of 4 April


def test_before_any_official_figure(stories) -> None:
    story = story_with(stories, (22, "killed", 40))
    page = toll_on_date_html(story, rows(), date(2024, 3, 1))
    assert "killed: no official figure yet" in page and "<b>–</b> no official figure yet" in page


def test_no_figure_of_a_kind_the_reference_gives(stories) -> None:
    story = story_with(stories, (22, "missing", 4))
    assert "No article states a figure" in toll_on_date_html(story, rows(), date(2024, 3, 30))


def test_figures_in_context_mark_the_figure_and_name_the_source(stories) -> None:
    page = figures_in_context_html(stories({"a": BODY}), rows())
    assert "Officials said &lt;b&gt;<mark" in page and ">at least 144</mark>&lt;/b&gt; people died." in page
    assert "144 or more killed · attributed to Officials" in page
    assert "29 or fewer injured · attributed to <em>nobody: the outlet's own voice</em>" in page
