"""framekit.wording: matching term families, counts and rates, concordance and tone."""

from __future__ import annotations

import pytest

from framekit.corpus import load_story
from framekit.terms import Family, Variant
from framekit.wording import (
    by_outlet,
    check_family,
    concordance,
    count_table,
    counts,
    family_matches,
    family_table,
    matches,
    query_spans,
    rate_grid,
    tone,
    tone_table,
    unused,
    variant_spans,
)


def family(id_: str, **variants: list[str]) -> Family:
    made = tuple(Variant(label.replace("_", " "), tuple(p)) for label, p in variants.items())
    return Family(id_, "Q?", "R", made)


def found(stories, body: str, fam: Family) -> list[tuple[str, str]]:
    story = stories({"a": body})
    return [(m.variant, m.text) for m in family_matches(fam, story.article("a"))]


def test_longest_match_wins_and_counts_once_per_family(stories) -> None:
    names = family("gov", Kiev_regime=["Kiev regime"], Kiev=["Kiev"])
    assert found(stories, "The Kiev regime and Kiev.", names) == [("Kiev regime", "Kiev regime"), ("Kiev", "Kiev")]


def test_overlap_at_different_starts_keeps_the_longer(stories) -> None:
    fam = family("f", short=["French secret"], long=["secret services are"])
    assert found(stories, "the French secret services are", fam) == [("long", "secret services are")]


def test_case_possessives_unicode_apostrophes_hyphens_and_line_breaks(stories) -> None:
    fam = family("f", Kiev=["Kiev"], mass_shooting=["mass shooting"], Paris_willingness=["Paris' willingness"])
    body = "KIEV’s allies, Kiev's aims,\nthe mass-\nshooting, a mass\nshooting, Paris’ willingness, Kievan Rus."
    assert [text for _, text in found(stories, body, fam)] == ["KIEV’s", "Kiev's", "mass-\nshooting", "mass\nshooting", "Paris’ willingness"]


def test_regex_patterns_are_case_sensitive_unless_they_say_so(stories) -> None:
    fam = family("f", IS=["regex:\\bIS\\b"])
    assert found(stories, "IS claimed it; this is not it.", fam) == [("IS", "IS")]


def test_a_family_with_no_matches_gives_zero_counts(stories) -> None:
    story = stories({"a": "nothing here", "b": ""})
    (zero_a, zero_b) = counts(story, [family("f", tragedy=["tragedy"])])
    assert (zero_a.count, zero_a.per_1000_words, zero_a.spans) == (0, 0.0, ())
    assert zero_b.per_1000_words == 0.0  # an empty article has no rate, not a division error


def test_counts_rates_and_the_json_row(stories) -> None:
    story = stories({"a": "Kiev " * 3 + "word " * 997, "b": "Kiev"})
    first, second = counts(story, [family("capital", Kiev=["Kiev"])])
    assert (first.count, first.per_1000_words) == (3, 3.0)
    assert first.as_row() == {"article": "a", "family": "capital", "variant": "Kiev", "count": 3,
                              "per_1000_words": 3.0, "spans": [[0, 4], [5, 9], [10, 14]]}
    assert by_outlet(story, [family("capital", Kiev=["Kiev"])]) == {"a Times": {("capital", "Kiev"): 3.0},
                                                                    "b Times": {("capital", "Kiev"): 1000.0}}


def test_concordance_aligns_matches_and_filters_articles(stories) -> None:
    story = stories({"a": "He said\nthe Kiev regime does nothing.", "b": "Kiev"})
    lines = concordance(story, query_spans(story, "kiev regime") + query_spans(story, "kiev"), width=10)
    assert [(line.left, line.match, line.right) for line in lines] == [
        (" said the ", "Kiev regime", " does noth"), (" said the ", "Kiev", " regime do"), ("          ", "Kiev", ""),
    ]
    assert [line.article for line in concordance(story, query_spans(story, "kiev"), articles=["b"])] == ["b"]
    assert query_spans(story, "regex:(") == [] and query_spans(story, " ") == []


def test_tone_scores_the_sentence_and_says_if_the_match_is_quoted(stories) -> None:
    story = stories({"a": "The comments were “bizarre and threatening”. It was not a good call."})
    fam = family("f", bizarre=["bizarre"], call=["call"])
    bizarre, call = tone(story, matches(story, [fam]))
    assert bizarre.quoted and bizarre.polarity > 0 and ("bizarre", bizarre.polarity) in bizarre.drivers
    assert not call.quoted and call.polarity < 0 and call.drivers[0][0] == "not good"


# Every count below was checked by reading the five articles (see the concordance in lesson 03).
SEED_COUNTS = {
    "kremlin-tense-conversation": {
        ("reporting-verbs", "said"): 2, ("reporting-verbs", "denounced"): 2, ("reporting-verbs", "suggested"): 1,
        ("capital", "Kiev"): 1, ("ukraine-government", "the Kiev regime"): 1, ("event", "attack"): 6,
        ("perpetrators", "Islamic State"): 1, ("perpetrators", "radical Islamists"): 1,
        ("west", "Western supervisors"): 1, ("west", "the West"): 1, ("services", "secret services"): 3,
        ("venue", "concert hall"): 2,
    },
    "kyiv-independent-first-call": {
        ("reporting-verbs", "said"): 3, ("reporting-verbs", "claimed"): 2, ("reporting-verbs", "stressed"): 1,
        ("doubt", "claims"): 3, ("capital", "Kyiv"): 2, ("ukraine-government", "Kyiv"): 2,
        ("event", "mass shooting"): 1, ("event", "attack"): 3, ("event", "terrorist attack"): 1,
        ("perpetrators", "Islamic State"): 1, ("perpetrators", "ISIS"): 1, ("perpetrators", "IS"): 1,
        ("war", "war of aggression"): 1, ("west", "the West"): 1, ("venue", "Crocus"): 2, ("venue", "concert hall"): 1,
    },
    "macron-bizarre-threatening": {
        ("reporting-verbs", "denounced"): 1, ("reporting-verbs", "said"): 5, ("event", "attack"): 4,
        ("perpetrators", "Islamic State group extremists"): 1, ("war", "conflict"): 1,
        ("services", "secret services"): 1, ("venue", "concert hall"): 1,
    },
    "macron-dismisses-claims": {
        ("reporting-verbs", "suggested"): 2, ("reporting-verbs", "said"): 1, ("doubt", "claims"): 1,
        ("capital", "Kiev"): 4, ("ukraine-government", "Kiev"): 3, ("ukraine-government", "the Kiev regime"): 1,
        ("event", "massacre"): 2, ("event", "attack"): 2, ("event", "terrorist attack"): 2,
        ("perpetrators", "terrorists"): 1, ("perpetrators", "Islamic State"): 1, ("perpetrators", "ISIS-K"): 1,
        ("west", "Western backers"): 2, ("west", "Western countries"): 1, ("services", "intelligence services"): 1,
        ("venue", "Crocus City Hall"): 1, ("venue", "music venue"): 1,
    },
    "minister-spoke-with-shoigu": {
        ("reporting-verbs", "said"): 1, ("reporting-verbs", "insisted"): 1, ("reporting-verbs", "claimed"): 1,
        ("doubt", "allegedly"): 2, ("doubt", "so-called"): 1, ("doubt", "without providing evidence"): 2,
        ("doubt", "claims"): 1, ("capital", "Kyiv"): 2, ("ukraine-government", "Kyiv"): 2,
        ("event", "terrorist attack"): 2, ("event", "attack"): 2, ("perpetrators", "Islamic State"): 1,
        ("war", "war in Ukraine"): 1, ("war", "Russian invasion"): 1, ("west", "Western countries"): 2,
        ("west", "allies"): 1, ("venue", "Crocus City Hall"): 2,
    },
}


@pytest.fixture(scope="module")
def seed():
    return load_story("crocus-call-2024")


def test_seed_counts_checked_by_hand(seed) -> None:
    got: dict[str, dict] = {}
    for count in counts(seed, seed.terms):
        if count.count:
            got.setdefault(count.article, {})[(count.family, count.variant)] = count.count
    assert got == SEED_COUNTS


def test_seed_story_has_every_family_the_lesson_asks_for(seed) -> None:
    ids = [f.id for f in seed.terms]
    assert ids == ["reporting-verbs", "doubt", "capital", "ukraine-government", "event", "perpetrators", "war", "west",
                   "services", "venue"]


def test_seed_claims_not_counted_as_speech(seed) -> None:
    """"claimed the lives", "claimed by" and "claiming responsibility" are neither verbs of speech nor doubt."""
    kept = concordance(seed, variant_spans(matches(seed, seed.terms), "doubt", "claims"))
    every = concordance(seed, query_spans(seed, "regex:(?i)\\bclaim(?:s|ed|ing)?\\b"))
    assert (len(kept), len(every)) == (5, 11)
    left_out = {line.right.split()[0] for line in every if line not in kept}
    assert left_out == {"the", "over", "responsibility", "by"}


def test_tables_of_families_counts_rates_and_unused_variants(seed) -> None:
    found = counts(seed, seed.terms)
    capital = next(f for f in seed.terms if f.id == "capital")
    table = count_table(seed, capital, found)
    assert table.columns == ("article", "Kyiv", "Kiev") and table.rows[3] == ("macron-dismisses-claims", "0", "4")
    assert count_table(seed, capital).rows == table.rows
    assert family_table(seed.terms).rows[2][:2] == ("capital", capital.question)
    labels, grid = rate_grid(seed, seed.terms, found)
    assert "capital · Kiev" in labels and "perpetrators · Daesh" not in labels
    assert all(len(row) == 5 and any(row) for row in grid)
    assert "perpetrators · Daesh" in unused(seed.terms, found) and "capital · Kiev" not in unused(seed.terms, found)
    assert len(labels) + len(unused(seed.terms, found)) == sum(len(f.variants) for f in seed.terms)


def test_tone_table_keeps_one_row_per_sentence_and_names_the_scoring_words(stories) -> None:
    story = stories({"a": "The attack and the attack were not good."})
    table = tone_table(tone(story, matches(story, [family("event", attack=["attack"])])))
    ((article, variant, polarity, _, where, drivers, sentence),) = table.rows
    assert (article, variant, polarity, where, drivers) == ("a", "attack", "-0.35", "narrated", "not good -0.35")


FAMILY = """
id: russia
question: What does the outlet call Russia?
referent: the Russian state
variants:
  - label: Moscow
    patterns: [Moscow]
  - label: the Kremlin
    patterns: [Kremlin]
"""


def test_check_family_gives_counts_to_interpret(seed) -> None:
    feedback = check_family(FAMILY, seed, hint="H")
    assert feedback.status == "correct" and "Moscow:" in feedback.message and "the Kremlin:" in feedback.message
    assert check_family(..., seed, hint="H").status == "not answered"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (42, "Write your family as text"),
        (FAMILY.replace("[Kremlin]", "['regex:(']"), "line 8 of your family: invalid regular expression"),
        (FAMILY.split("  - label: the Kremlin")[0], "at least two variants"),
        (FAMILY.replace("[Kremlin]", "[Elysium]"), "Fewer than two of your variants occur in the story (Moscow:"),
    ],
)
def test_check_family_says_what_to_fix(seed, text, message: str) -> None:
    feedback = check_family(text, seed, hint="H")
    assert feedback.status == "not yet" and message in feedback.message and feedback.message.endswith("H")


def test_seed_claims_of_lesson_03(seed) -> None:
    """What lesson 03's prose says about the seed story."""
    found = matches(seed, seed.terms)
    regime = [t for t in tone(seed, found) if t.variant == "the Kiev regime"]
    assert len(regime) == 2 and all(t.quoted for t in regime)
    capital = [m for m in found if m.family == "capital"]
    narrated_kiev = [m for m, t in zip(capital, tone(seed, capital)) if m.variant == "Kiev" and not t.quoted]
    assert {m.article for m in narrated_kiev} == {"macron-dismisses-claims"} and len(narrated_kiev) == 3
    reported = [r for r in seed.annotations["quotes.csv"] if r["kind"] == "indirect"]
    assert all(any(r["article"] == m.article and r["start"] <= m.start and m.end <= r["end"] for r in reported)
               for m in narrated_kiev)
    assert "shooting spree" in seed.article("macron-dismisses-claims").standfirst
    backers = [t for t in tone(seed, found) if t.variant == "Western backers"]
    assert sorted(t.quoted for t in backers) == [False, True]
    doubt = {a.id: sum(c.count for c in counts(seed, seed.terms) if c.article == a.id and c.family == "doubt") for a in seed.articles}
    assert max(doubt, key=doubt.get) == "minister-spoke-with-shoigu"
    services = {t.variant: t.polarity for t in tone(seed, found) if t.family == "services" and "We hope" in t.sentence}
    assert services["secret services"] < 0 < services["intelligence services"]
