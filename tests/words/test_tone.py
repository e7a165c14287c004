"""framekit.words.tone: the tone around each match, and lesson 03's claims about it."""

from __future__ import annotations

from framekit.words.matching import counts, matches
from framekit.words.tone import most_divided, tone


def test_tone_scores_the_sentence_and_says_if_the_match_is_quoted(family, stories) -> None:
    story = stories({"a": "The comments were “bizarre and threatening”. It was not a good call."})
    fam = family("f", bizarre=["bizarre"], call=["call"])
    bizarre, call = tone(story, matches(story, [fam]))
    assert bizarre.quoted and bizarre.polarity > 0 and ("bizarre", bizarre.polarity) in bizarre.drivers
    assert not call.quoted and call.polarity < 0 and call.drivers[0][0] == "not good"


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
    war = [t for t in tone(seed, found) if t.variant == "war of aggression"]
    assert len(war) == 1 and war[0].drivers == (("strongly", war[0].polarity),) and round(war[0].polarity, 2) == 0.43


def test_most_divided_family_has_the_widest_gap_between_its_variants_means(family, stories) -> None:
    story = stories({"a": "A good fire. A bad blaze.", "b": "The fire. The storm. The wind."})
    found = matches(story, [family("event", fire=["fire"], blaze=["blaze"]), family("weather", storm=["storm"], wind=["wind"])])
    assert most_divided(tone(story, found)) == "event"
    assert most_divided(tone(story, [m for m in found if m.variant == "fire"])) is None  # one variant: nothing to compare


def test_matches_in_one_sentence_share_its_score_and_each_says_if_it_is_quoted(family, stories) -> None:
    story = stories({"a": "It was a good call. The call, “a bad call”, and the call."})
    calls = tone(story, matches(story, [family("f", call=["call"])]))
    assert [t.quoted for t in calls] == [False, False, True, False]
    assert calls[0].sentence == "It was a good call." and len({(t.sentence, t.polarity) for t in calls[1:]}) == 1
