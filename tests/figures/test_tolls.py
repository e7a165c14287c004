"""framekit.figures.tolls: the official toll in force on a date, and figures set against it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from framekit.figures.extraction import figure_rows
from framekit.figures.tolls import (
    EARLIER,
    comparison,
    days,
    facts,
    official,
    reading,
    steps,
    unreported,
)
from framekit.show.figures import comparison_table, timeline_table
from framekit.story.load import load_story
from framekit.story.model import ReferenceFact


def fact(day: int, value: int, kind: str = "killed") -> ReferenceFact:
    return ReferenceFact(date(2024, 3, day), kind, value, "Ministry", "https://example.org")


def with_reference(stories, *reference: ReferenceFact):
    return replace(stories({"a": "At least 144 people died.", "b": "Over 140 died."}), reference=reference)


def figure(article: str, value, low, high, category: str = "killed", text: str = "", source=None) -> dict:
    return {"article": article, "text": text, "value": value, "low": low, "high": high, "hedge": None,
            "category": category, "source": source, "start": 0, "end": 1}


def test_the_figure_in_force_is_the_last_published_by_that_day(stories) -> None:
    story = with_reference(stories, fact(22, 40), fact(23, 60), fact(23, 115), fact(23, 145, "injured"), fact(30, 144))
    assert official(story, date(2024, 3, 21)) is None
    assert official(story, date(2024, 3, 22)).value == 40
    assert official(story, date(2024, 3, 23)).value == 115  # same day: the one listed last
    assert official(story, date(2024, 3, 29)).value == 115
    assert official(story, date(2024, 3, 29), "injured").value == 145
    assert [f.value for f in facts(story)] == [40, 60, 115, 144]
    assert timeline_table(story, "injured").rows == (("2024-03-23", "145", "Ministry", ""),)
    unordered = with_reference(stories, fact(30, 144), fact(22, 40), fact(23, 60), fact(23, 115))
    assert official(unordered, date(2024, 3, 29)).value == 115
    assert steps(story) == [(date(2024, 3, 22), 40), (date(2024, 3, 23), 115), (date(2024, 3, 30), 144)]
    assert steps(story, until=date(2024, 3, 29)) == steps(story)[:2]
    # every day until the articles appeared (4 April), then only the days a later figure came out
    assert days(story)[0] == date(2024, 3, 22) and days(story)[-1] == date(2024, 4, 4) and len(days(story)) == 14
    later = replace(story, reference=(*story.reference, ReferenceFact(date(2025, 8, 3), "killed", 149, "TASS", "https://x")))
    assert days(later)[-2:] == [date(2024, 4, 4), date(2025, 8, 3)] and len(days(later)) == 15
    assert days(replace(story, reference=())) == []


def test_readings_precise_rounded_outside() -> None:
    assert reading(figure("a", 144, 144, None), 144) == "precise"
    assert reading(figure("a", 140, 141, None), 144) == "rounded"
    assert reading(figure("a", 144, 144, None), 143) == "outside"
    assert reading(figure("a", 30, None, 29), 30) == "outside"
    assert reading(figure("a", None, 24, None), 144) == "rounded"  # "dozens"


def test_comparison_uses_each_articles_publication_date_unless_told(stories) -> None:
    story = with_reference(stories, fact(22, 40), fact(30, 144))
    rows = [figure("a", 144, 144, None), figure("b", 140, 141, None), figure("b", 5, 5, 5, category="injured")]
    compared = comparison(story, rows)
    assert [(c["article"], c["official"].value, c["reading"]) for c in compared] == [("a", 144, "precise"), ("b", 144, "rounded")]
    early = comparison(story, rows, on=date(2024, 3, 22))
    assert [c["reading"] for c in early] == ["outside", "outside"]
    assert comparison(with_reference(stories), rows)[0]["reading"] == "no official figure yet"
    table = comparison_table(story, rows)
    assert table.rows[1] == ("b", "2024-04-04", "", "141 or more", "144", "rounded", "(the outlet's own voice)")


def test_the_earlier_figure_of_a_revision_is_not_judged_against_the_toll(stories) -> None:
    body = "The toll rose from 12 to 14 on Sunday. Twelve people were hurt."
    story = replace(stories({"a": body}), reference=(fact(22, 14),))
    rows = [figure_at(body, "12", 12), figure_at(body, "14", 14), figure_at(body, "Twelve", 12)]
    assert [c["reading"] for c in comparison(story, rows, on=date(2024, 3, 22))] == [EARLIER, "precise", "outside"]


def figure_at(body: str, text: str, value: int) -> dict:
    start = body.index(text)
    return {**figure("a", value, value, value, text=text), "start": start, "end": start + len(text)}


def test_unreported_kinds_in_force_on_the_last_publication_day(stories) -> None:
    story = with_reference(stories, fact(22, 40), fact(23, 145, "injured"), fact(30, 551, "injured"))
    assert [(f.kind, f.value) for f in unreported(story, [figure("a", 144, 144, None)])] == [("injured", 551)]
    assert unreported(story, [figure("a", 1, 1, 1), figure("a", 1, 1, 1, category="injured")]) == []


def test_seed_story_tolls() -> None:
    """Claims lesson 04 makes about the official toll and the outlets' figures."""
    story = load_story("crocus-call-2024")
    killed = facts(story)
    assert (killed[0].date, killed[0].value) == (date(2024, 3, 22), 40)
    first_144 = next(f for f in killed if f.value == 144)
    assert first_144.date == date(2024, 3, 30) and (first_144.date - killed[0].date).days == 8
    assert official(story, min(a.published for a in story.articles)) == first_144  # in force when the articles appeared
    assert (killed[-1].value, killed[-1].date.year) == (149, 2025)
    assert (killed[-1].date - killed[0].date).days > 365
    same_day = [f for f in killed if f.date == date(2024, 3, 23)]
    # "On 23 March alone the Investigative Committee gave three rising figures (more than 60, then 115, then 133)"
    assert [f.value for f in same_day] == [60, 115, 133] and {f.source for f in same_day} == {"Investigative Committee"}
    rows = figure_rows(story)
    compared = comparison(story, rows)
    assert {c["official"].value for c in compared} == {144}
    assert {c["article"]: c["reading"] for c in compared} == {
        "kremlin-tense-conversation": "precise", "kyiv-independent-first-call": "rounded",
        "macron-bizarre-threatening": "precise", "macron-dismisses-claims": "rounded",
        "minister-spoke-with-shoigu": "precise",
    }
    assert [(f.kind, f.value) for f in unreported(story, rows)] == [("injured", 551)]
    injured, dead = (official(story, date(2024, 4, 4), kind).value for kind in ("injured", "killed"))
    assert 3.5 < injured / dead < 4  # "nearly four times as many injured as dead"
    assert [value for _, value in steps(story, "injured")] == [145, 180, 360, 551]
    assert steps(story, "injured")[-1][0] == first_144.date
    assert (steps(story, "injured")[-1][0] - steps(story, "injured")[0][0]).days == 7  # "in a week"
    on_27 = comparison(story, rows, on=date(2024, 3, 27))
    assert {c["official"].value for c in on_27} == {143}
    assert sorted(c["article"] for c in on_27 if c["reading"] == "outside") == [
        "kremlin-tense-conversation", "macron-bizarre-threatening", "minister-spoke-with-shoigu"]
    assert all(c["reading"] == "rounded" for c in comparison(story, rows, on=killed[-1].date))  # 149: all hold it
