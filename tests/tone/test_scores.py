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


def test_most_divided_needs_both_voices() -> None:
    tones = [tone("a", 0.5), tone("a", -0.5, QUOTED), tone("b", 0.9), tone("c", 0.1), tone("c", 0.1, QUOTED)]
    assert scores.most_divided(scores.summary(tones)) == "a"
    assert scores.most_divided(scores.summary(tones[2:3])) is None


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
    story = stories({"a": "They are not behind this. They are behind this. No comment. It is not necessary."})
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
    assert scores.most_divided(summary) == "kyiv-independent-first-call"
    narrated = [t for t in tones if t.article == "kyiv-independent-first-call" and t.voice == NARRATED]
    lowest = min(narrated, key=lambda t: t.polarity)
    assert lowest.mixed and lowest.drivers == (("absurd", -0.5),) and '"absurd."' in lowest.text
    words = {w: p for t in narrated for w, p in t.drivers}
    assert (words["killed"], words["dirty"], words["small"]) == (-0.2, -0.6, -0.25)
    assert any('"dirty bomb" or a "small nuclear bomb"' in t.text for t in narrated)
    quoted = {w: round(p, 2) for t in tones if t.article == "kyiv-independent-first-call" and t.voice == QUOTED
              for w, p in t.drivers}
    assert quoted == {"strongly": 0.43, "responsible": 0.2}
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
    # the instructor guide's sample answer to exercise 3: the first article's most positive sentence
    best = scores.most_positive(tones, seed.articles[0].id)
    assert seed.articles[0].id == "kremlin-tense-conversation" and "recent controversial remarks" in best.text
    assert dict(best.drivers)["controversial"] == 0.55 and best.polarity > 0
    assert min(scores.mean_polarity(tones, NARRATED).items(), key=lambda item: item[1])[0] == "kyiv-independent-first-call"
    # the translation: "bizarre" against "baroque" is the widest gap between renderings
    groups = [[(r.article, r.text) for r in g] for _, gs in rendered_speakers(rows) for g in gs]
    widest = scores.widest_gap(groups)
    assert {text.rstrip(".") for _, text, _ in widest} == {"bizarre and threatening", "baroque and threatening"}
    speaker = next(name for name, gs in rendered_speakers(rows) for g in gs
                   if [(r.article, r.text) for r in g] == [(a, t) for a, t, _ in widest])
    assert speaker == "Emmanuel Macron"
    assert max(p for *_, p in widest) - min(p for *_, p in widest) == 0.4


def test_claims_of_lesson_05_on_made_up_sentences() -> None:
    """What lesson 05's prose says about its made-up sentences (true on any story)."""
    from framekit.language.sentiment import assessments, sentiment
    from framekit.tone import lexicon

    happy, hardly = sentiment("The minister is happy.")[0], sentiment("The minister is hardly happy.")[0]
    assert happy == hardly == 0.8  # "hardly" read as a strengthener, not a near-negation
    assert sentiment("The minister is not happy.")[0] < 0 < sentiment("The minister is not unhappy.")[0]
    assert assessments("The water rose fast.")[0] == ("rose", 0.6) and "pink" in lexicon.senses("rose")[0].gloss
    assert sentiment("Brilliant diplomacy, once again.")[0] > 0.5


def test_seed_claims_of_lesson_05_about_senses_and_translation(seed) -> None:
    """The senses and renderings lesson 05's commentary and its solution's sample answers name."""
    from framekit.tone import lexicon

    assert lexicon.senses("secret")[0].gloss == "not open or public"
    assert lexicon.senses("dirty")[0].gloss == "soiled or likely to soil with dirt or grime"
    assert [s.gloss for s in lexicon.senses("bizarre")] == ["conspicuously or grossly unconventional or unusual"]
    assert lexicon.senses("baroque") == [] and lexicon.senses("threatening") == []
    tones = scores.sentence_tones(seed, quote_rows(seed))
    center = [p for t in tones if "aquatic center" in t.text for words, p in t.drivers if words == "center"]
    assert center == [-0.1]
    hope = [t for t in tones if t.text.startswith("“We hope that in this case the French intelligence services")]
    assert len(hope) == 1 and round(hope[0].polarity, 2) == 0.1 and ("not behind", 0.2) in hope[0].drivers
    lives = [t for t in tones if t.text.startswith("The terrorist attack in March that shook the country")]
    assert len(lives) == 1 and lives[0].polarity == 0 and lives[0].drivers == ()
