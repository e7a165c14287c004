"""framekit.teach.keys: each key reproduces the seed story's recorded answer, and gets a small
story of its own right; and the checks that use them (framekit.teach.checks.check_story...)."""

from __future__ import annotations

import copy
import dataclasses
from datetime import date
from pathlib import Path

import pytest

from framekit.figures.extraction import figure_rows
from framekit.quotes.extraction import quote_rows
from framekit.story.load import load_story
from framekit.story.model import Story
from framekit.teach import checks, keys
from framekit.teach.checks import digest
from framekit.tone.scores import sentence_tones
from framekit.words.matching import matches

HINT = "Read the exercise again."


@pytest.fixture(scope="module")
def seed() -> Story:
    return load_story("crocus-call-2024")


# --- the seed story: the fingerprints the solutions recorded before the keys existed ---------
# A regression guard: a key that drifts from the worked answer on the seed story fails here.


def test_start_here_keys_on_the_seed(seed: Story) -> None:
    assert digest(keys.named_outlets(seed)) == "c386fa5838fd6686"
    assert keys.other_spelling(seed) == "Kiev"
    assert digest(keys.articles_with(seed, "Kiev"), unordered=True) == "44842b29e7af107d"
    cases = [("macron-dismisses-claims", "Kiev"), ("kremlin-tense-conversation", "secret services"),
             ("kyiv-independent-first-call", "TASS")]
    assert [digest(keys.mentions(seed.article(a), phrase)) for a, phrase in cases] == [
        "93bf3a10a739c048", "2e298ffe149194a6", "38de5c4cb73b34ec"]
    # the two copies whose notes say that no headline survives
    assert keys.missing_headlines(seed) == ["macron-bizarre-threatening", "macron-dismisses-claims"]


def test_quote_keys_on_the_seed(seed: Story) -> None:
    rows = quote_rows(seed)
    assert digest(keys.direct_counts(seed, rows)) == "2b97a5d41e8bd4bb"
    assert digest(keys.distancing_articles(rows), unordered=True) == "117245e76725a18d"
    cases = [(rows, "kyiv-independent-first-call"), (rows, "macron-bizarre-threatening"), ([], "macron-dismisses-claims")]
    assert [digest(keys.relays(*args)) for args in cases] == ["c7ddb8224ca4f774", "b9932bcdb4fa720b", "1c8e8c74995a3152"]


def test_word_keys_on_the_seed(seed: Story) -> None:
    found = matches(seed, seed.terms)
    assert digest(keys.doubting(seed), unordered=True) == "0aba96d3fd2f7677"
    assert digest(keys.event_rates(seed)) == "310dc15c9de6a0ff"
    cases = [("capital", "Kiev"), ("ukraine-government", "the Kiev regime"), ("west", "Western backers")]
    assert [digest(keys.narrated(seed, found, *pair)) for pair in cases] == [
        "38de5c4cb73b34ec", "88b090832a6cf90a", "c386fa5838fd6686"]


def test_figure_keys_on_the_seed(seed: Story) -> None:
    rows = figure_rows(seed)
    assert digest(keys.tolls_on(seed, (date(2024, 3, 25), date(2024, 4, 1)))) == "1639460500a16ddd"
    intervals = [rows[0], rows[1], {"low": None, "high": 50}, {"low": 150, "high": None}]
    assert [digest(keys.first_day_it_holds(seed, row)) for row in intervals] == [
        "0f308a157417f2aa", "fc0237a088a61114", "2bf87be094880fa2", "f95e006db6542cf7"]
    assert digest(keys.own_voice(rows)) == "08f555a178c96cbc"


def test_tone_keys_on_the_seed(seed: Story) -> None:
    tones = sentence_tones(seed, quote_rows(seed))
    assert digest(keys.narrated_means(tones)) == "6536d04e5f5282b9"
    assert [digest(keys.most_positive_text(tones, a.id)) for a in seed.articles[:2]] == [
        "7b124386d272d594", "899e20a82507d3b0"]
    assert [digest(keys.scoring_words(*case)) for case in keys.scoring_cases(tones)] == [
        "267d7ff94490fa15", "4aac86b3d939e268", "1c8e8c74995a3152"]


# --- a small story of our own ------------------------------------------------------------------

STORY_YAML = """\
id: tiny-flood
title: "A flood in Riverton (invented for a test)"
event_date: 2030-01-01
summary: Invented.
reference:
  - {date: 2030-01-01, kind: killed, value: 4, source: police, url: "https://example.org/a"}
  - {date: 2030-01-01, kind: killed, value: 5, source: police, url: "https://example.org/b"}
  - {date: 2030-01-03, kind: killed, value: 7, source: police, url: "https://example.org/c"}
  - {date: 2030-01-03, kind: injured, value: 30, source: police, url: "https://example.org/c"}
"""
TERMS_YAML = """\
extends: default
families:
  - id: town
    question: How is the town spelled?
    referent: the town
    variants:
      - {label: Riverton, patterns: [Riverton]}
      - {label: Rivertown, patterns: [Rivertown]}
  - id: event
    question: What is the flood called?
    referent: the flood
    variants:
      - {label: flood, patterns: [flood]}
      - {label: disaster, patterns: [disaster]}
"""
ALPHA = """\
---
id: alpha
headline: "Flood hits Riverton"
standfirst: "Riverton counts its dead."
outlet: Alpha News
outlet_identified: stated
published: 2030-01-02
---

The flood in Riverton killed at least 5 people, officials said. "Riverton will rebuild after this flood," said the mayor.

Critics claimed that the dams were old.
"""
BETA = """\
---
id: beta
outlet: Unknown
outlet_identified: unknown
published: 2030-01-03
---

The Rivertown disaster left 7 dead. According to the police, the water rose fast in Riverton.
"""


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Story:
    root: Path = tmp_path_factory.mktemp("stories") / "tiny-flood"
    (root / "articles").mkdir(parents=True)
    (root / "story.yaml").write_text(STORY_YAML, encoding="utf-8")
    (root / "terms.yaml").write_text(TERMS_YAML, encoding="utf-8")
    (root / "articles" / "alpha.md").write_text(ALPHA, encoding="utf-8")
    (root / "articles" / "beta.md").write_text(BETA, encoding="utf-8")
    return load_story(root)


def quote(article: str, kind: str, cue: str | None, via: str | None = None) -> dict:
    return {"article": article, "speaker": "someone", "text": "words", "kind": kind, "cue": cue, "via": via,
            "start": 0, "end": 5}


QUOTES = [quote("alpha", "direct", "said", via="Alpha Wire"), quote("alpha", "indirect", "claimed", via="Alpha Wire"),
          quote("alpha", "direct", "said", via="Town Hall"), quote("beta", "indirect", "according to")]


def figure(article: str, low: int | None, high: int | None, hedge: str | None, source: str | None,
           category: str = "killed") -> dict:
    return {"article": article, "text": "x", "value": low or high, "low": low, "high": high, "hedge": hedge,
            "category": category, "source": source, "start": 0, "end": 1}


def test_start_here_keys_on_a_story_of_their_own(tiny: Story) -> None:
    assert keys.named_outlets(tiny) == 1
    assert keys.other_spelling(tiny) == "Rivertown"
    assert keys.articles_with(tiny, "Riverton") == ["alpha", "beta"]
    assert keys.articles_with(tiny, "Rivertown") == ["beta"]
    alpha = tiny.article("alpha")
    assert keys.mentions(alpha, "Riverton") == 4  # the headline and the standfirst count
    assert keys.mentions(tiny.article("beta"), "Riverton") == 1  # no headline, no failure
    cases = keys.mention_cases(tiny)
    # an article without a headline first, each with the longest word of its headline or first line
    assert [(article.id, phrase) for article, phrase in cases] == [("beta", "Rivertown"), ("alpha", "Riverton")]
    assert keys.missing_headlines(tiny) == ["beta"]
    no_beta = dataclasses.replace(tiny, articles=tuple(a for a in tiny.articles if a.id != "beta"))
    assert keys.missing_headlines(no_beta) == []


def test_quote_keys_on_a_story_of_their_own(tiny: Story) -> None:
    assert keys.direct_counts(tiny, QUOTES) == {"alpha": 2, "beta": 0}
    assert keys.direct_counts(tiny, []) == {"alpha": 0, "beta": 0}
    assert keys.distancing_articles(QUOTES) == ["alpha"]
    assert keys.relays(QUOTES, "alpha") == ["Alpha Wire", "Town Hall"]
    assert keys.relays(QUOTES, "beta") == []
    cases = keys.relay_cases(tiny, QUOTES)
    assert [article for _, article in cases] == ["alpha", "beta", "alpha"]
    assert cases[-1][0] == []


def test_word_keys_on_a_story_of_their_own(tiny: Story) -> None:
    found = matches(tiny, tiny.terms)
    assert keys.doubting(tiny) == ["alpha"]  # "claimed" is in the default doubt family
    alpha, beta = tiny.article("alpha"), tiny.article("beta")
    assert keys.event_rates(tiny) == {"alpha": 2 * 1000 / alpha.words, "beta": 1000 / beta.words}
    assert keys.narrated(tiny, found, "event", "flood") == 1  # the second flood is quoted
    assert keys.narrated(tiny, found, "town", "Riverton") == 2  # one of alpha's is quoted
    assert keys.narrated(tiny, found, "town", "nowhere") == 0
    cases = keys.narrated_cases(tiny, found)
    assert [case[2:] for case in cases] == [("town", "Riverton"), ("event", "flood"), ("reporting-verbs", "said")]


def test_figure_keys_on_a_story_of_their_own(tiny: Story) -> None:
    assert keys.toll_days(tiny) == (date(2030, 1, 2), date(2030, 1, 3))
    # of two facts on one day, the one listed later is in force
    assert keys.tolls_on(tiny, (date(2029, 12, 31), date(2030, 1, 2), date(2030, 1, 3))) == (None, 5, 7)
    assert keys.first_day_it_holds(tiny, {"low": 6, "high": None}) == "2030-01-03"
    assert keys.first_day_it_holds(tiny, {"low": None, "high": 5}) == "2030-01-01"
    assert keys.first_day_it_holds(tiny, {"low": 8, "high": None}) is None
    rows = [figure("alpha", 5, None, "at least", None), figure("beta", 7, 7, None, "police"),
            figure("beta", None, 29, "nearly", None, "injured")]
    assert keys.own_voice(rows) == {"alpha": "at least", "beta": "nearly"}
    cases = keys.interval_cases(tiny, rows)
    assert [row for _, row in cases][2:] == [{"low": None, "high": 2}, {"low": 13, "high": None}]
    assert [row["article"] for _, row in cases[:2]] == ["alpha", "beta"]


def test_reference_sites_name_the_site_each_fact_was_copied_from(tiny: Story) -> None:
    assert keys.reference_sites(tiny) == ["example.org"] * 4
    varied = dataclasses.replace(tiny, reference=(
        dataclasses.replace(tiny.reference[0], url="https://WWW.Example.org/a"),
        dataclasses.replace(tiny.reference[1], url="https://news.example.net:8080/b?x=1"),
    ))
    assert keys.reference_sites(varied) == ["example.org", "news.example.net"]
    assert keys.reference_sites(dataclasses.replace(tiny, reference=())) == []


def test_tone_keys_on_a_story_of_their_own(tiny: Story) -> None:
    tones = sentence_tones(tiny, [])  # no quote rows: every sentence is narration
    alpha = [t for t in tones if t.article == "alpha"]
    assert keys.narrated_means(tones) == {
        "alpha": sum(t.polarity for t in alpha) / len(alpha),
        "beta": sum(t.polarity for t in tones if t.article == "beta") / 2}
    assert keys.narrated_means([t for t in tones if t.article == "beta"]).keys() == {"beta"}
    assert keys.most_positive_text(tones, "alpha") == max(alpha, key=lambda t: t.polarity).text
    assert keys.most_positive_text(tones, "nowhere") is None
    assert keys.scoring_words("It is not good, and very bad.") == ["not good", "very bad"]
    assert keys.scoring_words("The town has a river.") == []
    cases = keys.scoring_cases(tones)
    assert cases[0] == ("The flood in Riverton killed at least 5 people, officials said.",)  # "killed", "least"
    assert keys.scoring_words(*cases[-1]) == [] and len(cases) <= keys.CASES
    assert keys.scoring_cases([]) == []


def test_figure_keys_without_a_toll(tiny: Story) -> None:
    bare = dataclasses.replace(tiny, reference=())
    assert keys.toll_days(bare) == ()
    assert keys.interval_cases(bare, []) == []


# --- the checks that use the keys ---------------------------------------------------------------


def test_check_story_is_correct_for_the_story_loaded_and_never_shows_the_key(tiny: Story) -> None:
    assert checks.check_story({"alpha": 2, "beta": 0}, keys.direct_counts, tiny, QUOTES, hint=HINT).status == "correct"
    wrong = checks.check_story({"alpha": 3, "beta": 0}, keys.direct_counts, tiny, QUOTES, hint=HINT)
    assert repr(wrong) == f"❌ Not yet. {HINT}"
    assert checks.check_story(["beta", "alpha"], keys.articles_with, tiny, "Riverton", unordered=True,
                              hint=HINT).status == "correct"
    assert checks.check_story(..., keys.named_outlets, tiny, hint=HINT).status == "not answered"
    odd = checks.check_story(object(), keys.named_outlets, tiny, hint=HINT)
    assert odd.status == "not yet" and "1" not in odd.message


def test_check_story_function_tries_the_story_s_own_cases(tiny: Story) -> None:
    def relays(rows, article_id):
        return sorted({row["via"] for row in rows if row["article"] == article_id and row["via"]})

    cases = keys.relay_cases(tiny, QUOTES)
    assert checks.check_story_function(relays, keys.relays, cases, hint=HINT).status == "correct"
    feedback = checks.check_story_function(lambda rows, a: [], keys.relays, cases, hint=HINT)
    assert feedback.status == "not yet" and "Alpha Wire" not in feedback.message
    broken = checks.check_story_function(lambda rows, a: 1 / 0, keys.relays, cases, hint=HINT)
    assert broken.status == "not yet" and "ZeroDivisionError" in broken.message
    assert repr(checks.check_story_function(relays, keys.relays, [], hint=HINT)).startswith("⏭️ Skipped")


def test_an_exercise_about_the_seed_story_is_skipped_elsewhere(seed: Story, tiny: Story, capsys) -> None:
    assert checks.skip_unless_seed(seed, instead="Annotate your own.") is None
    skipped = checks.skip_unless_seed(tiny, instead="Annotate your own.")
    assert repr(skipped) == ("⏭️ This exercise is about the seed story (crocus-call-2024); your story is tiny-flood: "
                             "Annotate your own.")
    assert "⏭️" in skipped._repr_html_()
    assert checks.seed_article(seed, "macron-dismisses-claims").id == "macron-dismisses-claims"
    assert checks.seed_article(tiny, "macron-dismisses-claims") is None
    assert "your story is tiny-flood" in capsys.readouterr().out
    assert checks.skip_unless(True, "no toll") is None
    assert repr(checks.skip_unless(False, "no toll")) == "⏭️ Skipped: no toll"


def test_keys_change_none_of_their_arguments(tiny: Story) -> None:
    # check_story_function hands the story's own rows to the key without a copy
    rows, found = copy.deepcopy(QUOTES), matches(tiny, tiny.terms)
    before = copy.deepcopy((rows, found))
    for args in keys.relay_cases(tiny, rows):
        keys.relays(*args)
    keys.direct_counts(tiny, rows)
    keys.distancing_articles(rows)
    for args in keys.narrated_cases(tiny, found):
        keys.narrated(*args)
    assert (rows, found) == before


# --- lesson 01: the fact checklist ----------------------------------------------------------------


def test_selection_keys_on_the_seed(seed: Story) -> None:
    assert keys.facts_per_article(seed) == {
        "kremlin-tense-conversation": 10, "kyiv-independent-first-call": 9, "macron-bizarre-threatening": 12,
        "macron-dismisses-claims": 9, "minister-spoke-with-shoigu": 12}
    assert keys.most_omissions(seed) == ["kyiv-independent-first-call", "macron-dismisses-claims"]
    assert keys.facts_in_every_article(seed) == ["claim-of-responsibility", "death-toll"]
    assert keys.first_fact(seed)["kremlin-tense-conversation"] == "shoigu-french-services"


def with_facts(story: Story, rows: list[tuple[str, str, str]]) -> Story:
    """``story`` with a facts.csv of (fact, article, text) rows, offsets found in the bodies."""
    table = []
    for fact, article, text in rows:
        start = story.article(article).body.index(text)
        table.append({"fact": fact, "wording": fact.replace("-", " "), "article": article, "start": start,
                      "end": start + len(text), "text": text})
    return dataclasses.replace(story, annotations={**story.annotations, "facts.csv": tuple(table)})


def test_selection_keys_on_a_story_of_their_own(tiny: Story) -> None:
    story = with_facts(tiny, [("deaths", "alpha", "killed at least 5 people"), ("old-dams", "alpha", "the dams were old"),
                              ("deaths", "beta", "left 7 dead"), ("fast-water", "beta", "the water rose fast")])
    assert keys.facts_per_article(story) == {"alpha": 2, "beta": 2}
    assert keys.most_omissions(story) == ["alpha", "beta"]  # each leaves out one of three
    assert keys.facts_in_every_article(story) == ["deaths"]
    assert keys.first_fact(story) == {"alpha": "deaths", "beta": "deaths"}
    later = with_facts(tiny, [("old-dams", "alpha", "the dams were old"), ("deaths", "alpha", "killed at least 5 people")])
    assert keys.first_fact(later) == {"alpha": "deaths", "beta": None}
    assert keys.most_omissions(later) == ["beta"] and keys.facts_in_every_article(later) == []


def test_selection_keys_without_a_checklist(tiny: Story) -> None:
    assert keys.facts_per_article(tiny) == {"alpha": 0, "beta": 0}
    assert keys.facts_in_every_article(tiny) == [] and keys.first_fact(tiny) == {"alpha": None, "beta": None}


# --- 06 framing profile ----------------------------------------------------------------------


def test_profile_keys_on_the_seed(seed: Story) -> None:
    rows = quote_rows(seed)
    assert digest(keys.top_voices(seed, rows)) == "7db890d354c004f3"
    assert keys.most_negative_narration(sentence_tones(seed, rows)) == "kyiv-independent-first-call"
    assert [digest(keys.fact_share(*case)) for case in keys.fact_share_cases(seed)] == [
        "1e1afbb04ad63b73", "4490e857db5b7159", "f5be77bdb8bf4f17"]


def test_profile_keys_on_a_story_of_their_own(tiny: Story) -> None:
    rows = [dict(quote("alpha", "direct", "said"), speaker="the mayor", start=0, end=9),
            dict(quote("alpha", "indirect", "claimed"), speaker="Critics", start=10, end=40),
            dict(quote("beta", "direct", "said"), speaker="a", start=0, end=3),
            dict(quote("beta", "direct", "said"), speaker="b", start=4, end=7)]
    assert keys.top_voices(tiny, rows) == {"alpha": "Critics", "beta": "a"}  # most words; a tie goes to the first
    assert keys.top_voices(tiny, []) == {"alpha": None, "beta": None}
    tones = sentence_tones(tiny, [])
    means = keys.narrated_means(tones)
    assert keys.most_negative_narration(tones) == min(means, key=means.get)
    assert keys.most_negative_narration([]) is None
    story = with_facts(tiny, [("deaths", "alpha", "killed at least 5 people"), ("old-dams", "alpha", "the dams were old"),
                              ("deaths", "beta", "left 7 dead")])
    assert [keys.fact_share(*case) for case in keys.fact_share_cases(story)] == [1.0, 0.5]
    assert keys.fact_share(tiny, "alpha") == 0.0  # no checklist
