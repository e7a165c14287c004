"""Every sentence of a story scored by TextBlob, and told apart by whose voice it is in.

TextBlob gives a sentence a **polarity** (-1 negative to +1 positive) and a **subjectivity**
(0 factual to 1 opinion) from a lexicon of words (:mod:`framekit.language.sentiment`). A news
article speaks in several voices: the outlet's own narration, the words it gives a speaker in
quotation marks (a direct quote), and what it reports a speaker said in its own words
(reported speech). Lesson 05 asks whether an outlet's own voice sounds different from the
voices it quotes, so each sentence gets the voice that holds most of its characters, by the
story's quote rows (a hand annotation, or the extractor's output), and says whether it mixes
voices. Words in quotation marks that nobody says (``kind`` "term", a scare quote) are the
writer's: they count as narration.

Each article's voices are laid out once, character by character, and each sentence scored
once: time linear in the text and its rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from framekit.language.sentences import sentences
from framekit.language.sentiment import negations, reading, sentiment
from framekit.story.model import Story
from framekit.story.rows import QuoteRow

NARRATED, REPORTED, QUOTED = "narrated", "reported", "quoted"
VOICES = (NARRATED, REPORTED, QUOTED)  # in the order a byte of a voice map codes them: 0, 1, 2
_CODE = {"indirect": 1, "direct": 2}  # a row's kind -> its voice's code; "term" stays narration

# Pattern's documentation names +0.1 as the polarity threshold that works best for product
# reviews (pattern.en, "Sentiment"); a score closer to 0 than this counts as neutral when a
# reader's rating and TextBlob's are compared by direction.
NEUTRAL = 0.1

# Words that news of an attack or a war cannot do without; the lesson asks which of them the
# lexicon knows (a teaching list, not a complete one).
NEWS_WORDS = ("attack", "massacre", "terrorist", "terror", "killed", "dead", "victims", "wounded",
              "shooting", "gunmen", "bomb", "war", "invasion", "regime", "condemned", "threat")


INFLECTION = "(?:s|es|ed|ing)?"  # "attack" also finds "attacks", "attacked", "attacking"


@dataclass(frozen=True)
class SentenceTone:
    """TextBlob's reading of one sentence of an article's body, and whose voice it is in."""

    article: str
    start: int
    end: int
    text: str
    voice: str  # "narrated", "reported" or "quoted": the voice of most of its characters
    mixed: bool  # whether some of its characters are in another voice
    polarity: float
    subjectivity: float
    drivers: tuple[tuple[str, float], ...]  # the words that scored, each with its polarity


@dataclass(frozen=True)
class VoiceTone:
    """One article's sentences in one voice: how many, how many TextBlob scored at all (a
    polarity other than 0), and their mean polarity and subjectivity (None with no sentence)."""

    sentences: int
    scored: int
    polarity: float | None
    subjectivity: float | None


def sentence_tones(story: Story, rows: Iterable[QuoteRow]) -> list[SentenceTone]:
    """Every sentence of every article's body, in order, with its voice by ``rows`` (quote rows
    of the story, from either source), its TextBlob scores and the words that drove them."""
    by_article: dict[str, list[QuoteRow]] = {}
    for row in rows:
        by_article.setdefault(row["article"], []).append(row)
    result = []
    for article in story.articles:
        voices = voice_map(article.body, by_article.get(article.id, []))
        for span in sentences(article.body):
            counts = [voices.count(code, span.start, span.end) for code in range(len(VOICES))]
            main = max(range(len(VOICES)), key=lambda code: (counts[code], code))
            polarity, subjectivity, drivers = reading(span.text)
            result.append(SentenceTone(article.id, span.start, span.end, span.text, VOICES[main],
                                       sum(1 for count in counts if count) > 1, polarity, subjectivity, drivers))
    return result


def voice_map(body: str, rows: Iterable[QuoteRow]) -> bytearray:
    """One byte per character of ``body``: 0 narration, 1 reported speech, 2 a direct quote.
    A direct quote inside reported speech (a partial quote) is the speaker's own words: the
    innermost voice wins, whatever the order of the rows."""
    voices = bytearray(len(body))
    for code in sorted(set(_CODE.values())):  # reported speech first, then the quotes inside it
        for row in rows:
            if _CODE.get(row["kind"]) == code:
                start, end = max(0, row["start"]), min(len(body), row["end"])
                voices[start:end] = bytes([code]) * max(0, end - start)
    return voices


def summary(tones: Iterable[SentenceTone]) -> dict[str, dict[str, VoiceTone]]:
    """Article id -> voice -> :class:`VoiceTone`, every voice present for every article (with
    no sentence: 0 and None), articles in the order of ``tones``."""
    grouped: dict[str, dict[str, list[SentenceTone]]] = {}
    for tone in tones:
        grouped.setdefault(tone.article, {voice: [] for voice in VOICES})[tone.voice].append(tone)
    return {article: {voice: _voice_tone(found) for voice, found in voices.items()}
            for article, voices in grouped.items()}


def _voice_tone(found: Sequence[SentenceTone]) -> VoiceTone:
    if not found:
        return VoiceTone(0, 0, None, None)
    return VoiceTone(len(found), sum(1 for tone in found if tone.polarity != 0),
                     sum(tone.polarity for tone in found) / len(found),
                     sum(tone.subjectivity for tone in found) / len(found))


def most_divided(summary: Mapping[str, Mapping[str, VoiceTone]], first: str = NARRATED, second: str = QUOTED) -> str | None:
    """The article whose mean polarity differs most between two voices (of equal gaps, the
    first), among those with sentences in both; None when no article has both."""
    gaps = {article: abs(voices[first].polarity - voices[second].polarity) for article, voices in summary.items()
            if voices[first].polarity is not None and voices[second].polarity is not None}
    return max(gaps, key=lambda article: gaps[article]) if gaps else None


def mean_polarity(tones: Iterable[SentenceTone], voice: str) -> dict[str, float]:
    """Article id -> the mean polarity of its sentences in ``voice``, for each article that has
    at least one (a sentence TextBlob does not score counts, as 0)."""
    return {article: voices[voice].polarity for article, voices in summary(tones).items()
            if voices[voice].polarity is not None}


def most_positive(tones: Iterable[SentenceTone], article: str) -> SentenceTone | None:
    """The sentence of ``article`` with the highest polarity (of equal ones, the first), or None
    when the article has no sentence."""
    best = None
    for tone in tones:
        if tone.article == article and (best is None or tone.polarity > best.polarity):
            best = tone
    return best


@dataclass(frozen=True)
class Driver:
    """A word (or a short phrase such as "not good") that drove the polarity of some sentences."""

    words: str
    polarity: float
    sentences: int


def drivers(tones: Iterable[SentenceTone]) -> list[Driver]:
    """The words that gave sentences a polarity other than 0, the one in most sentences first
    (ties: strongest polarity first, then alphabetical), each counted once per sentence."""
    seen: dict[tuple[str, float], int] = {}
    for tone in tones:
        for pair in set(tone.drivers):
            if pair[1] != 0:
                seen[pair] = seen.get(pair, 0) + 1
    ordered = sorted(seen.items(), key=lambda item: (-item[1], -abs(item[0][1]), item[0][0]))
    return [Driver(words, polarity, count) for (words, polarity), count in ordered]


def negated(tones: Iterable[SentenceTone]) -> list[SentenceTone]:
    """The sentences in which a negation ("not", "never", "no", "n't") flipped a scored word:
    TextBlob reads "not behind" as the opposite of "behind", whatever the sentence means."""
    flipping = set(negations())
    return [tone for tone in tones
            if any(" " in words and words.split()[0] in flipping for words, polarity in tone.drivers if polarity)]


def mentioning(tones: Iterable[SentenceTone], words: Iterable[str]) -> dict[str, list[SentenceTone]]:
    """Each of ``words`` -> the sentences that use it (as a whole word, in any case, or with the
    ending of a plural or a verb: "attacks", "attacked"), for the words that some sentence uses."""
    patterns = {word: re.compile(rf"\b{re.escape(word)}{INFLECTION}\b", re.IGNORECASE) for word in words}
    found: dict[str, list[SentenceTone]] = {}
    for tone in tones:
        for word, pattern in patterns.items():
            if pattern.search(tone.text):
                found.setdefault(word, []).append(tone)
    return found


def rating_sample(tones: Sequence[SentenceTone], size: int = 6) -> list[str]:
    """``size`` distinct sentences for a reader to rate, spread over TextBlob's scores: sorted
    by polarity, the first, the last and evenly spaced ones between (fewer when the story has
    fewer sentences), in the order of the story."""
    distinct = list({tone.text: tone for tone in tones}.values())
    if size <= 0 or not distinct:
        return []
    ranked = sorted(distinct, key=lambda tone: tone.polarity)
    if len(ranked) <= size or size == 1:
        chosen = ranked[:size]
    else:
        chosen = [ranked[round(i * (len(ranked) - 1) / (size - 1))] for i in range(size)]
    order = {id(tone): index for index, tone in enumerate(distinct)}
    return [tone.text for tone in sorted(set(chosen), key=lambda tone: order[id(tone)])]


def direction(value: float) -> int:
    """-1 negative, 0 neutral (within :data:`NEUTRAL` of 0), +1 positive."""
    return 0 if abs(value) < NEUTRAL else (1 if value > 0 else -1)


@dataclass(frozen=True)
class Agreement:
    """A reader's ratings against TextBlob's polarity, over the sentences both scored."""

    rated: int
    mean_difference: float  # the mean of |reader - TextBlob|, from 0 (same) to 2
    same_direction: int  # how many the two put on the same side: negative, neutral or positive


def agreement(ratings: Mapping[str, float], tones: Iterable[SentenceTone]) -> Agreement:
    """How close a reader's ``ratings`` (sentence -> -1..1) are to TextBlob's polarity of the
    same sentences; sentences of ``ratings`` that no tone has are left out."""
    scores = {tone.text: tone.polarity for tone in tones}
    pairs = [(float(rating), scores[text]) for text, rating in ratings.items() if text in scores]
    if not pairs:
        return Agreement(0, 0.0, 0)
    return Agreement(len(pairs), sum(abs(mine - theirs) for mine, theirs in pairs) / len(pairs),
                     sum(1 for mine, theirs in pairs if direction(mine) == direction(theirs)))


def widest_gap(groups: Iterable[Sequence[tuple[str, str]]]) -> list[tuple[str, str, float]]:
    """Of groups of renderings of one statement, each ``(article, text)``, the group whose
    renderings' polarities differ most, as ``(article, text, polarity)``; [] when no group's
    renderings differ in polarity (of equal gaps, the first group)."""
    best: list[tuple[str, str, float]] = []
    widest = 0.0
    for group in groups:
        scored = [(article, text, sentiment(text)[0]) for article, text in group]
        gap = max((p for *_, p in scored), default=0.0) - min((p for *_, p in scored), default=0.0)
        if gap > widest:
            best, widest = scored, gap
    return best
