"""The seed story: valid, kept as published, honest about what the text does not show."""

from __future__ import annotations

from datetime import date

import pytest

from framekit.story.load import check_story, load_story
from framekit.story.locate import data_dir

STORY = data_dir() / "stories" / "crocus-call-2024"
FURNITURE = ("Skip to content", "NEXT NEWS", "Original Source Link", "signing up for this newsletter", "2 min read", "Authors:")


@pytest.fixture(scope="module")
def story():
    return load_story(STORY)


def test_seed_story_is_valid() -> None:
    assert check_story(STORY) == []


def test_five_articles_published_on_3_and_4_april(story) -> None:
    assert len(story.articles) == 5
    assert {a.published for a in story.articles} == {date(2024, 4, 3), date(2024, 4, 4)}


@pytest.mark.parametrize(
    ("article_id", "evidence"),
    [
        ("minister-spoke-with-shoigu", "It is reported that Lecorne has declared"),
        ("kremlin-tense-conversation", "All of this has no reason meaning"),
        ("kremlin-tense-conversation", 'Lecornu had "recalled France\'s availability for "increased exchanges"'),
        ("kyiv-independent-first-call", "at the urgent request at the French side"),
        ("macron-dismisses-claims", "behind [the Moscow terror attack]and that"),
    ],
)
def test_bodies_keep_the_text_as_published(story, article_id: str, evidence: str) -> None:
    assert evidence in story.article(article_id).body


def test_page_furniture_is_gone(story) -> None:
    for article in story.articles:
        for furniture in FURNITURE:
            assert furniture not in article.body, (article.id, furniture)


def test_no_paragraph_is_repeated(story) -> None:
    for article in story.articles:
        texts = [p.text for p in article.paragraphs]
        assert len(texts) == len(set(texts)), article.id


def test_outlets_not_named_are_not_presented_as_known(story) -> None:
    for article in story.articles:
        assert article.outlet_identified in ("stated", "inferred", "unknown")
        if article.outlet_identified != "stated":
            assert article.notes and "not named" in article.notes, article.id
            assert "?" in article.outlet or "nnamed" in article.outlet, article.id


def test_reference_toll_in_force_during_the_articles(story) -> None:
    killed = [f for f in story.reference if f.kind == "killed"]
    assert [f.date for f in killed] == sorted(f.date for f in killed)
    before = [f for f in killed if f.date <= date(2024, 4, 3)]
    assert before[-1].value == 144
    assert all(f.url.startswith("https://") and f.source for f in story.reference)


def test_the_summary_keeps_the_facts_every_article_reports(story) -> None:
    """Issue 14 (4.12): the summary had left out that Islamic State claimed the attack, which all
    five texts report; lesson 01's checklist lists what every article states."""
    from framekit.selection.facts import mentioned_by_all

    assert mentioned_by_all(story) == ["death-toll", "claim-of-responsibility"]
    assert "Islamic State claimed" in story.summary and "more than 140 people" in story.summary
