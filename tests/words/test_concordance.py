"""framekit.words.concordance: every match in its context, and queries."""

from __future__ import annotations

from framekit.words.concordance import concordance, query_spans, variant_spans
from framekit.words.matching import matches


def test_concordance_aligns_matches_and_filters_articles(stories) -> None:
    story = stories({"a": "He said\nthe Kiev regime does nothing.", "b": "Kiev"})
    lines = concordance(story, query_spans(story, "kiev regime") + query_spans(story, "kiev"), width=10)
    assert [(line.left, line.match, line.right) for line in lines] == [
        (" said the ", "Kiev regime", " does noth"), (" said the ", "Kiev", " regime do"), ("          ", "Kiev", ""),
    ]
    assert [line.article for line in concordance(story, query_spans(story, "kiev"), articles=["b"])] == ["b"]
    assert query_spans(story, "regex:(") == [] and query_spans(story, " ") == []


def test_seed_claims_not_counted_as_speech(seed) -> None:
    """"claimed the lives", "claimed by" and "claiming responsibility" are neither verbs of speech nor doubt."""
    kept = concordance(seed, variant_spans(matches(seed, seed.terms), "doubt", "claims"))
    every = concordance(seed, query_spans(seed, "regex:(?i)\\bclaim(?:s|ed|ing)?\\b"))
    assert (len(kept), len(every)) == (5, 11)
    left_out = {line.right.split()[0] for line in every if line not in kept}
    assert left_out == {"the", "over", "responsibility", "by"}
