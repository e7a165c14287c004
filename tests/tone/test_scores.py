"""framekit.tone.scores: each sentence's voice and tone, per article, and lesson 05's claims."""

from __future__ import annotations

import pytest

from framekit.quotes.extraction import quote_rows
from framekit.quotes.renderings import rendered_speakers
from framekit.tone import scores
from framekit.tone.scores import QUOTED, REPORTED, NARRATED, SentenceTone

BODY = ("It was a good day. “The plan is bad and it will fail,” the mayor said. "
        "She said that the terrible plan was not useful. The storm hit the town.")


def spans(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


@pytest.fixture
def town(stories, row):
    story = stories({"a": BODY, "b": "A quiet day."})
    quote = row("a", "mayor", *spans(BODY, "The plan is bad and it will fail,"))
    reported = row("a", "She", *spans(BODY, "the terrible plan was not useful"), kind="indirect")
    return story, [reported, quote]


def tone(article: str = "a", polarity: float = 0.0, voice: str = NARRATED, text: str = "x") -> SentenceTone:
    return SentenceTone(article, 0, len(text), text, voice, False, polarity, 0.0, ())


def test_each_sentence_gets_the_voice_of_most_of_its_characters(town) -> None:
    story, rows = town
    tones = scores.sentence_tones(story, rows)
    assert [t.text for t in tones[:4]] == ["It was a good day.", "“The plan is bad and it will fail,” the mayor said.",
                                           "She said that the terrible plan was not useful.", "The storm hit the town."]
    assert [t.voice for t in tones] == [NARRATED, QUOTED, REPORTED, NARRATED, NARRATED]
    assert [t.mixed for t in tones] == [False, True, True, False, False]
    assert tones[0].polarity > 0 and tones[1].polarity < 0 and tones[3].polarity == 0
    assert ("not useful", tones[2].drivers[-1][1]) == tones[2].drivers[-1] and tones[2].drivers[-1][1] < 0


def test_a_quote_inside_reported_speech_is_the_speaker_s_own_words_in_either_order(row) -> None:
    body = "He said that it was “a bad plan” today."
    inner = row("a", "he", *spans(body, "a bad plan"))
    outer = row("a", "he", *spans(body, "it was “a bad plan” today"), kind="indirect")
    term = row("a", None, 0, 2, kind="term")
    for rows in ([inner, outer, term], [outer, inner, term]):
        voices = scores.voice_map(body, rows)
        assert voices[body.index("bad")] == 2 and voices[body.index("today")] == 1 and voices[0] == 0


def test_a_row_past_the_end_of_the_body_is_clipped(row) -> None:
    assert scores.voice_map("Short.", [row("a", "x", 3, 99)]) == bytearray([0, 0, 0, 2, 2, 2])


def test_summary_has_every_voice_for_every_article_and_counts_unscored_sentences(town) -> None:
    story, rows = town
    tones = scores.sentence_tones(story, rows)
    summary = scores.summary(tones)
    assert list(summary) == ["a", "b"] and set(summary["b"]) == {NARRATED, REPORTED, QUOTED}
    narrated = summary["a"][NARRATED]
    assert (narrated.sentences, narrated.scored) == (2, 1)
    assert narrated.polarity == pytest.approx(tones[0].polarity / 2)
    assert summary["b"][QUOTED] == scores.VoiceTone(0, 0, None, None)
    assert scores.mean_polarity(tones, QUOTED) == {"a": tones[1].polarity}


def test_most_positive_keeps_the_first_of_equal_scores() -> None:
    tones = [tone(polarity=0.2, text="one"), tone(polarity=0.5, text="two"), tone(polarity=0.5, text="three"),
             tone("b", 0.9, text="other")]
    assert scores.most_positive(tones, "a").text == "two"
    assert scores.most_positive(tones, "c") is None


def test_drivers_count_sentences_not_occurrences_and_leave_out_zero_scores() -> None:
    a = SentenceTone("a", 0, 1, "x", NARRATED, False, -0.4, 0.7, (("behind", -0.4), ("behind", -0.4), ("french", 0.0)))
    b = SentenceTone("a", 1, 2, "y", NARRATED, False, 0.2, 0.7, (("not behind", 0.2), ("behind", -0.4)))
    assert scores.drivers([a, b]) == [scores.Driver("behind", -0.4, 2), scores.Driver("not behind", 0.2, 1)]


def test_negated_finds_a_flipped_word(stories) -> None:
    story = stories({"a": "They are not behind this. They are behind this. No comment."})
    tones = scores.sentence_tones(story, [])
    assert [t.text for t in scores.negated(tones)] == ["They are not behind this."]


def test_mentioning_finds_whole_words_with_endings_only() -> None:
    tones = [tone(text="The attacks began."), tone(text="He warned of war."), tone(text="An attacker.")]
    found = scores.mentioning(tones, ["attack", "war"])
    assert [t.text for t in found["attack"]] == ["The attacks began."]
    assert [t.text for t in found["war"]] == ["He warned of war."]  # not "warned"


def test_rating_sample_spreads_over_the_scores_in_story_order() -> None:
    tones = [tone(polarity=p, text=f"s{i}") for i, p in enumerate([0.0, 0.9, -0.5, 0.1, 0.3, -0.9, 0.0])]
    assert scores.rating_sample(tones, 3) == ["s1", "s5", "s6"]  # highest, lowest, the middle one (0.0)
    assert scores.rating_sample(tones + tones, 10) == [f"s{i}" for i in range(7)]  # each sentence once
    assert scores.rating_sample([], 3) == [] and scores.rating_sample(tones, 0) == []


def test_agreement_compares_direction_with_a_neutral_band() -> None:
    tones = [tone(polarity=0.5, text="up"), tone(polarity=0.0, text="flat"), tone(polarity=-0.4, text="down")]
    result = scores.agreement({"up": 1, "flat": 0.05, "down": 0.5, "unknown": 1}, tones)
    assert result.rated == 3 and result.same_direction == 2
    assert result.mean_difference == pytest.approx((0.5 + 0.05 + 0.9) / 3)
    assert scores.agreement({}, tones) == scores.Agreement(0, 0.0, 0)
    assert [scores.direction(v) for v in (-0.5, -0.09, 0.0, 0.09, 0.1)] == [-1, 0, 0, 0, 1]


def test_widest_gap_picks_the_group_whose_renderings_score_most_apart() -> None:
    groups = [[("a", "a good plan"), ("b", "a good plan")], [("a", "bizarre and threatening"), ("b", "baroque and threatening")]]
    assert scores.widest_gap(groups) == [("a", "bizarre and threatening", 0.4), ("b", "baroque and threatening", 0.0)]
    assert scores.widest_gap(groups[:1]) == []


def test_seed_claims_of_lesson_05(seed) -> None:
    """What lesson 05's commentary on the seed story says (its hidden about_story cells)."""
    rows = quote_rows(seed)
    tones = scores.sentence_tones(seed, rows)
    summary = scores.summary(tones)
    # the Kyiv Independent: its narration scores negative, the words it quotes positive
    kyiv = summary["kyiv-independent-first-call"]
    assert kyiv[NARRATED].polarity < 0 < kyiv[QUOTED].polarity
    # one article quotes nobody directly for most of a sentence
    assert summary["minister-spoke-with-shoigu"][QUOTED].sentences == 0
    # the words that drive most sentences: "behind" and "secret", read in senses that are not the news's
    top = scores.drivers(tones)[:2]
    assert {d.words for d in top} == {"behind", "secret"} and all(d.polarity == -0.4 for d in top)
    assert any(words == "dirty" for t in tones if "dirty bomb" in t.text for words, _ in t.drivers)
    assert any(words == "center" and p < 0 for t in tones if "aquatic center" in t.text for words, p in t.drivers)
    # "the attack" is in more sentences than any other word of the list, and the lexicon has no entry for it
    used = scores.mentioning(tones, scores.NEWS_WORDS)
    assert max(used, key=lambda w: len(used[w])) == "attack"
    # "not behind" flips "behind" into a positive score, in the same hope two outlets quote
    flipped = [t for t in scores.negated(tones) if any(words == "not behind" for words, _ in t.drivers)]
    assert {t.article for t in flipped} == {"kremlin-tense-conversation", "macron-dismisses-claims"}
    # the translation: "bizarre" against "baroque" is the widest gap between renderings
    groups = [[(r.article, r.text) for r in g] for _, gs in rendered_speakers(rows) for g in gs]
    widest = scores.widest_gap(groups)
    assert {text.rstrip(".") for _, text, _ in widest} == {"bizarre and threatening", "baroque and threatening"}
