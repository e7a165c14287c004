"""framekit.words.matching: matching term families, counts and rates."""

from __future__ import annotations

from framekit.story.terms import Family
from framekit.story.terms import family_from_yaml
from framekit.words.matching import by_outlet, counts, family_matches, name_family


def found(stories, body: str, fam: Family) -> list[tuple[str, str]]:
    story = stories({"a": body})
    return [(m.variant, m.text) for m in family_matches(fam, story.article("a"))]


def test_longest_match_wins_and_counts_once_per_family(family, stories) -> None:
    names = family("gov", Kiev_regime=["Kiev regime"], Kiev=["Kiev"])
    assert found(stories, "The Kiev regime and Kiev.", names) == [("Kiev regime", "Kiev regime"), ("Kiev", "Kiev")]


def test_overlap_at_different_starts_keeps_the_longer(family, stories) -> None:
    fam = family("f", short=["French secret"], long=["secret services are"])
    assert found(stories, "the French secret services are", fam) == [("long", "secret services are")]


def test_case_possessives_unicode_apostrophes_hyphens_and_line_breaks(family, stories) -> None:
    fam = family("f", Kiev=["Kiev"], mass_shooting=["mass shooting"], Paris_willingness=["Paris' willingness"])
    body = "KIEV’s allies, Kiev's aims,\nthe mass-\nshooting, a mass\nshooting, Paris’ willingness, Kievan Rus."
    assert [text for _, text in found(stories, body, fam)] == ["KIEV’s", "Kiev's", "mass-\nshooting", "mass\nshooting", "Paris’ willingness"]


def test_regex_patterns_are_case_sensitive_unless_they_say_so(family, stories) -> None:
    fam = family("f", IS=["regex:\\bIS\\b"])
    assert found(stories, "IS claimed it; this is not it.", fam) == [("IS", "IS")]


def test_a_family_with_no_matches_gives_zero_counts(family, stories) -> None:
    story = stories({"a": "nothing here", "b": ""})
    (zero_a, zero_b) = counts(story, [family("f", tragedy=["tragedy"])])
    assert (zero_a.count, zero_a.per_1000_words, zero_a.spans) == (0, 0.0, ())
    assert zero_b.per_1000_words == 0.0  # an empty article has no rate, not a division error


def test_counts_rates_and_the_json_row(family, stories) -> None:
    story = stories({"a": "Kiev " * 3 + "word " * 997, "b": "Kiev"})
    first, second = counts(story, [family("capital", Kiev=["Kiev"])])
    assert (first.count, first.per_1000_words) == (3, 3.0)
    assert first.as_row() == {"article": "a", "family": "capital", "variant": "Kiev", "count": 3,
                              "per_1000_words": 3.0, "spans": [[0, 4], [5, 9], [10, 14]]}
    assert by_outlet(story, [family("capital", Kiev=["Kiev"])]) == {"a Times": {("capital", "Kiev"): 3.0},
                                                                    "b Times": {("capital", "Kiev"): 1000.0}}


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




def test_equal_lengths_the_leftmost_wins_and_each_stretch_counts_once(family, stories) -> None:
    fam = family("f", ab=["a b"], bc=["b c"], c=["c"])
    assert found(stories, "a b c; b c", fam) == [("ab", "a b"), ("c", "c"), ("bc", "b c")]


def test_thousands_of_overlapping_matches(family, stories) -> None:
    names = family("gov", Kiev_regime=["Kiev regime"], Kiev=["Kiev"])
    assert found(stories, "Kiev regime, Kiev. " * 2000, names) == [("Kiev regime", "Kiev regime"), ("Kiev", "Kiev")] * 2000


def test_name_family_finds_full_name_honorific_and_surname_and_quotes_any_name(stories) -> None:
    story = stories({"a": "Ana O'Hara spoke. Ms. O'Hara left. O'Hara returned. Dr O'Hara"})
    family = family_from_yaml(name_family("Ana O'Hara"))
    found = {c.variant: c.count for c in counts(story, [family])}
    assert found == {"Ana O'Hara": 1, "honorific and surname": 2, "O'Hara alone": 1}
