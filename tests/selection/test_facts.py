"""framekit.selection.facts: the fact checklist as a fact × article matrix."""

from __future__ import annotations

import pytest

from framekit.selection.facts import facts, first_facts, has_facts, matrix, mentioned_by_all, mentions, omitted
from framekit.story.load import load_story
from framekit.story.model import Story
from tests.selection.conftest import BODIES, checklist_story


def test_facts_come_once_each_in_file_order(checklist: Story) -> None:
    assert [(f.id, f.wording) for f in facts(checklist)] == [
        ("storm", "A storm hit Riverton."), ("deaths", "Two people died."), ("dam", "The mayor blamed the dam.")]
    assert has_facts(checklist)


def test_a_mention_knows_its_sentence_paragraph_and_position(checklist: Story) -> None:
    early, late = mentions(checklist)["deaths"]["early"], mentions(checklist)["deaths"]["late"]
    assert early.sentence == "Two people died." and early.paragraph == 0
    assert early.position == pytest.approx(BODIES["early"].index("Two") / len(BODIES["early"]))
    assert late.sentence == "A storm hit Riverton, and two people died." and late.paragraph == 1
    assert late.sentence_start == BODIES["late"].index("A storm")
    assert "silent" not in mentions(checklist)["deaths"]


def test_the_matrix_has_every_article_with_none_for_an_omission(checklist: Story) -> None:
    lines = matrix(checklist)
    assert [fact.id for fact, _ in lines] == ["storm", "deaths", "dam"]
    dam = dict(lines[2][1])
    assert list(dam) == ["early", "late", "silent"] and dam["late"] is None and dam["early"].text == "The mayor blamed the dam"


def test_omissions_common_core_and_first_facts(checklist: Story) -> None:
    assert omitted(checklist) == {"early": [], "late": ["dam"], "silent": ["storm", "deaths", "dam"]}
    assert mentioned_by_all(checklist) == []
    both = checklist_story(bodies={k: v for k, v in BODIES.items() if k != "silent"})
    assert mentioned_by_all(both) == ["storm", "deaths"]
    firsts = first_facts(checklist)
    assert firsts["early"].fact == "storm" and firsts["late"].fact == "storm" and firsts["silent"] is None


def test_a_story_without_a_checklist_gives_empty_answers() -> None:
    bare = checklist_story(rows=[])
    assert not has_facts(bare) and facts(bare) == [] and matrix(bare) == [] and mentioned_by_all(bare) == []
    assert omitted(bare) == {"early": [], "late": [], "silent": []}
    assert first_facts(bare) == {"early": None, "late": None, "silent": None}


def test_the_seed_checklist_rows_match_their_articles() -> None:
    seed = load_story("crocus-call-2024")
    for fact, where in mentions(seed).items():
        for article_id, mention in where.items():
            body = seed.article(article_id).body
            assert body[mention.start:mention.end] == mention.text and mention.text in mention.sentence, (fact, article_id)
