"""framekit.teach.profile: one profile per article from lessons 01-05, and Entman's four
functions with the evidence for each cell; framekit.teach.capstone: feedback on a draft."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from framekit.figures.extraction import figure_rows
from framekit.quotes.extraction import quote_rows
from framekit.story.annotations import best_source
from framekit.story.load import load_story
from framekit.story.model import Story
from framekit.tone.scores import sentence_tones
from framekit.selection.facts import mentions
from framekit.teach import capstone
from framekit.teach.profile import (FUNCTIONS, NO_EVIDENCE, NO_FACTS, NO_TOLL, RECOMMENDATION, entman,
                                    evidence_texts, profile)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "norhaven-ferry-fire"


def rows(story: Story) -> tuple[list, list]:
    return quote_rows(story, best_source(story, "quotes.csv")), figure_rows(story, best_source(story, "figures.csv"))


@pytest.fixture(scope="module")
def seed() -> Story:
    return load_story("crocus-call-2024")


def test_seed_claims_of_lesson_06(seed: Story) -> None:
    """The numbers lesson 06's sample capstone (solution, instructor guide) cites."""
    found = profile(seed, *rows(seed))
    cells = dict(zip(found.labels(), found.texts()))
    column = {a: i for i, a in enumerate(found.articles)}
    kyiv, dismisses = column["kyiv-independent-first-call"], column["macron-dismisses-claims"]
    assert found.missing == ()
    assert cells["01 · facts stated"][kyiv] == "9 of 19" and cells["01 · facts stated"][dismisses] == "9 of 19"
    assert cells["02 · statements naming a relay"][kyiv] == "46%" and cells["02 · statements naming a relay"][dismisses] == "6%"
    assert cells["02 · top voice's share of quoted words"][kyiv] == "Sebastien Lecornu 36%"
    assert cells["02 · top voice's share of quoted words"][dismisses] == "Emmanuel Macron 34%"
    assert cells["03 · label: capital"][kyiv] == "Kyiv ×2" and cells["03 · label: capital"][dismisses] == "Kiev ×4"
    assert cells["04 · figure of the dead, against the toll"][kyiv] == "over 140 (rounded)"
    assert cells["04 · figure of the dead, against the toll"][dismisses] == "over 140 (rounded)"
    assert cells["04 · figure credited to"][kyiv] == cells["04 · figure credited to"][dismisses] == "the outlet itself"
    assert cells["05 · tone of narration (mean polarity)"][kyiv].startswith("-0.16")
    table = entman(seed, quote_rows(seed))
    assert table["treatment recommendation"]["kyiv-independent-first-call"] == NO_EVIDENCE
    assert table["moral evaluation"]["macron-dismisses-claims"].startswith("Emmanuel Macron dismissed:")
    assert "should not calm" in table["treatment recommendation"]["kremlin-tense-conversation"]  # a prediction, not advice
    assert sum(cell == NO_EVIDENCE for cell in table["treatment recommendation"].values()) == 4
    moral = table["moral evaluation"]
    assert moral["minister-spoke-with-shoigu"].startswith("representatives of the Russian authorities claim:")
    assert sorted(cell.split(":")[0].split()[-1] for a, cell in moral.items() if a != "minister-spoke-with-shoigu") == [
        "condemned", "denounced", "denounced", "dismissed"]
    assert table["causal interpretation"]["macron-bizarre-threatening"].endswith("denounced: “bizarre and threatening”")  # a verdict, not a cause
    problem = table["problem definition"]
    assert "Macron rejected the suggestion" in problem["macron-dismisses-claims"] and "(at 0%)" in problem["macron-dismisses-claims"]
    assert "solidarity with the victims" in problem["kyiv-independent-first-call"] and "(at 7%)" in problem["kyiv-independent-first-call"]


def test_seed_claims_of_the_model_capstone(seed: Story) -> None:
    """The sentences of the model answer (solution, exercise 7) that the profile does not state."""
    found = mentions(seed)
    kyiv = {fact for fact, where in found.items() if "kyiv-independent-first-call" in where}
    dismisses = {fact for fact, where in found.items() if "macron-dismisses-claims" in where}
    assert len(kyiv) == len(dismisses) == 9 and len(kyiv & dismisses) == 4
    assert "TASS claimed" in seed.article("kyiv-independent-first-call").body
    assert "Le Monde reported" in seed.article("kyiv-independent-first-call").body
    body = seed.article("macron-dismisses-claims").body
    assert "Shoigu suggested that" in body and "dismissed claims that Paris may have been involved" in body
    assert seed.article("macron-dismisses-claims").outlet_identified == "unknown"
    narrated = [t for t in sentence_tones(seed, quote_rows(seed)) if t.article == "kyiv-independent-first-call" and t.voice == "narrated"]
    scored = {word for t in narrated for word, polarity in t.drivers if polarity}
    assert {"absurd", "killed", "dirty"} <= scored


def test_every_article_has_a_cell_for_every_measure_and_function() -> None:
    story = load_story(FIXTURE)
    quotes, figures = rows(story)
    found = profile(story, quotes, figures)
    assert found.articles == tuple(a.id for a in story.articles)
    assert all(len(line) == len(found.articles) for line in found.texts())
    assert [m.lesson for m in found.measures][:2] == ["01", "01"] and found.measures[-1].lesson == "05"
    table = entman(story, quotes)
    assert list(table) == list(FUNCTIONS) and all(set(cells) == set(found.articles) for cells in table.values())


def test_a_story_without_checklist_or_toll_says_what_is_left_out(tmp_path: Path) -> None:
    bare = tmp_path / "bare-story"
    shutil.copytree(FIXTURE, bare, ignore=shutil.ignore_patterns("annotations"))
    meta = (bare / "story.yaml").read_text(encoding="utf-8")
    (bare / "story.yaml").write_text(meta[: meta.index("reference:")], encoding="utf-8")
    story = load_story(bare)
    found = profile(story, *rows(story))
    assert found.missing == (NO_FACTS, NO_TOLL)
    assert not any(m.lesson == "01" for m in found.measures)
    assert not any("(precise)" in t or "(rounded)" in t for line in found.texts() for t in line)
    table = entman(story, rows(story)[0])
    assert all(not cell.startswith("leads with") for cell in table["problem definition"].values())


def test_the_recommendation_rule_names_obligations_and_appeals_not_the_noun_call() -> None:
    for sentence in ("The city should rebuild the dam.", "Officials must act.", "She called for an inquiry.",
                     "Residents urged the council to act.", "The port needs to reopen."):
        assert RECOMMENDATION.search(sentence), sentence
    for sentence in ("In a phone call on Monday, they spoke.", "The mayor said the dam held.", "A call for calm."):
        assert not RECOMMENDATION.search(sentence), sentence


def test_capstone_feedback_finds_numbers_and_quotes_in_the_kit_and_says_what_it_cannot(seed: Story) -> None:
    quotes, figures = rows(seed)
    kit = evidence_texts(profile(seed, quotes, figures), entman(seed, quotes))
    draft = ('The Kyiv Independent names a relay for 46% of its statements, and writes "TASS claimed"; '
             'it says the attack "killed over 140 people". Its narration averages −0.16. '
             'Another outlet calls it "a brutal act of war" and cites 9,999 dead.')
    result = capstone.feedback(draft, seed, kit)
    numbers, quotes_found = dict(result.numbers), dict(result.quotes)
    assert numbers["46"] == ("the lesson's tables",) and numbers["-0.16"] == ("the lesson's tables",)
    assert "kyiv-independent-first-call" in numbers["140"] and numbers["9999"] == ()
    assert quotes_found["TASS claimed"] == ("kyiv-independent-first-call",)
    assert quotes_found["a brutal act of war"] == ()
    assert result.words == 40  # as a word processor counts: "−0.16." and "9,999" are one word each
    text = repr(result)
    assert "within the limit of 300" in text and "? quoted passage “a brutal act of war”" in text


def test_capstone_feedback_on_length_a_placeholder_and_untrusted_text(seed: Story) -> None:
    assert "Not answered yet" in repr(capstone.feedback(..., seed))
    long = capstone.feedback("word " * 301, seed)
    assert "1 over the limit of 300" in repr(long)
    hostile = capstone.feedback('He wrote "<script>alert(1)</script>\x1b[2J".', seed)
    assert "<script>" not in hostile._repr_html_() and "\x1b" not in repr(hostile)
    cut = dict(capstone.feedback('"ridiculous … the arsenal of war" and "a massacre ... Western supervisors"', seed).quotes)
    assert "kremlin-tense-conversation" in cut["ridiculous … the arsenal of war"]  # a cut quotation is found by its parts
    assert cut["a massacre ... Western supervisors"] == ()  # but both parts must be in one article


@pytest.mark.parametrize("where", ["crocus-call-2024", str(FIXTURE)])
def test_the_worked_skeleton_cites_only_what_the_kit_has(where: str) -> None:
    story = load_story(where)
    quotes, figures = rows(story)
    found, evidence = profile(story, quotes, figures), entman(story, quotes)
    draft = capstone.skeleton(found, evidence)
    result = capstone.feedback(draft, story, evidence_texts(found, evidence))
    assert 0 < result.words <= capstone.LIMIT and result.numbers and result.quotes
    assert all(where for _, where in result.numbers + result.quotes), repr(result)
    one = type(found)(found.articles[:1], found.measures, found.missing)
    assert capstone.skeleton(one, evidence) == ""


def test_the_draft_box_shows_feedback_as_the_student_types(seed: Story) -> None:
    from framekit.show.widgets import draft_feedback

    box = draft_feedback(lambda text: capstone.feedback_html(text, seed))
    draft, view = box.children
    assert "Not answered yet" in view.value and 'aria-live="polite"' in view.value
    draft.value = 'It writes "TASS claimed" and "<b>x</b>".'
    assert "✓ quoted passage “TASS claimed”: in kyiv-independent-first-call." in view.value
    assert "<b>x</b>" not in view.value and "&lt;b&gt;x&lt;/b&gt;" in view.value
