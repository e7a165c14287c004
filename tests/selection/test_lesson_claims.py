"""What lesson 01 (notebooks/01_selection.ipynb and its solution) says about the seed story,
asserted against the data, so that a change to the articles or the checklist shows which
sentence to reread."""

from __future__ import annotations

import pytest

from framekit.selection.facts import first_facts, mentioned_by_all, mentions, omitted
from framekit.story.load import load_story
from framekit.story.model import Story


@pytest.fixture(scope="module")
def seed() -> Story:
    return load_story("crocus-call-2024")


def stated_by(seed: Story, fact: str) -> set[str]:
    return set(mentions(seed)[fact])


def test_what_each_outlet_leads_with(seed: Story) -> None:
    kremlin = seed.article("kremlin-tense-conversation")
    assert kremlin.headline.startswith("Kremlin calls French government")
    assert stated_by(seed, "france-asked-for-the-call") == {a.id for a in seed.articles} - {kremlin.id}
    assert "French secret services" in kremlin.standfirst
    assert "no intelligence linking" in seed.article("macron-dismisses-claims").standfirst
    assert "first time since 2022" in seed.article("kyiv-independent-first-call").headline
    urgent = mentions(seed)["urgent-request"]["kyiv-independent-first-call"]
    assert "at the urgent request at the French side" in urgent.text and "TASS" in urgent.sentence
    assert "reached out" in mentions(seed)["france-asked-for-the-call"]["macron-bizarre-threatening"].text
    assert [a.id for a in seed.articles if a.headline is None] == ["macron-bizarre-threatening", "macron-dismisses-claims"]


def test_selection_common_core_and_single_mentions(seed: Story) -> None:
    assert mentioned_by_all(seed) == ["death-toll", "claim-of-responsibility"]
    assert stated_by(seed, "no-evidence-given") == {"minister-spoke-with-shoigu"}
    assert stated_by(seed, "olympic-games") == {"macron-bizarre-threatening"}
    assert stated_by(seed, "arrest-near-ukrainian-border") == {"macron-dismisses-claims"}
    assert stated_by(seed, "urgent-request") == {"kyiv-independent-first-call"}


def test_omissions_and_their_dates(seed: Story) -> None:
    early = {a.id for a in seed.articles if a.published.isoformat() == "2024-04-03"}
    assert {"kyiv-independent-first-call", "minister-spoke-with-shoigu"} <= early
    assert stated_by(seed, "macron-rejects-involvement") == {
        "kremlin-tense-conversation", "macron-bizarre-threatening", "macron-dismisses-claims"}
    assert "macron-manipulation" in omitted(seed)["macron-dismisses-claims"]
    assert stated_by(seed, "lecornu-condemned-invasion") == {"kyiv-independent-first-call", "minister-spoke-with-shoigu"}
    dismisses = seed.article("macron-dismisses-claims").body
    assert "“ridiculous,” “baroque and threatening.”" in dismisses and "manipulation" not in dismisses


def test_where_the_claim_of_responsibility_comes(seed: Story) -> None:
    claim = mentions(seed)["claim-of-responsibility"]
    assert claim["kremlin-tense-conversation"].paragraph == 0
    last = {a: len(seed.article(a).paragraphs) - 1 for a in claim}
    assert claim["minister-spoke-with-shoigu"].paragraph == last["minister-spoke-with-shoigu"]
    assert claim["macron-dismisses-claims"].paragraph == last["macron-dismisses-claims"] - 1
    assert "Kiev’s Western backers, including Paris, may have been behind the attack" in seed.article("macron-dismisses-claims").paragraphs[0].text
    assert first_facts(seed)["kyiv-independent-first-call"].fact == "solidarity-with-victims"


def test_the_summary_leaves_out_the_condemnation(seed: Story) -> None:
    assert "Islamic State claimed" in seed.summary and "condemn" not in seed.summary
    assert "French secret services" in seed.summary and "ridiculous" in seed.summary
    window = seed.article("macron-dismisses-claims").body
    assert "had a “window” prepared for them to cross the border into Ukraine" in window
