"""The tone of the sentences around a term, as TextBlob reads it (lesson 03).

TextBlob scores a sentence's polarity (negative to positive) and subjectivity from a lexicon
of words. Around a label, the score says something about the sentence, not the label, and
a match inside a quotation is someone else's tone: :func:`tone` says which, and which words
drove each score, so that students can see where the score misleads.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

from framekit.language.quotemarks import quote_spans
from framekit.language.sentences import sentences
from framekit.language.sentiment import reading
from framekit.language.text import Span
from framekit.story.model import Story
from framekit.words.matching import Match


@dataclass(frozen=True)
class Tone:
    """TextBlob's reading of the sentence around one match."""

    article: str
    family: str
    variant: str
    sentence: str
    polarity: float
    subjectivity: float
    quoted: bool
    drivers: tuple[tuple[str, float], ...]


def tone(story: Story, found: Iterable[Match]) -> list[Tone]:
    """The sentence around each match, its TextBlob polarity and subjectivity, whether the match
    is inside a quotation, and the words that drove the polarity (``sentiment_assessments``).

    Each article's sentences and quotations are found once, each match's among them by bisection,
    and each sentence is scored once however many matches it holds: time linear in the text.
    """
    by_article: dict[str, list[Match]] = {}
    for match in found:
        by_article.setdefault(match.article, []).append(match)
    result = []
    for article in story.articles:
        spans = sentences(article.body)
        starts = [span.start for span in spans]
        quoted = _Quoted(quote_spans(article.body))
        scores: dict[int, tuple[float, float, tuple[tuple[str, float], ...]]] = {}
        for match in by_article.get(article.id, []):
            index = bisect_right(starts, match.start) - 1  # the last sentence that starts at or before it
            if index < 0 or match.start >= spans[index].end:
                index = -1  # in no sentence: scored as the empty text
            sentence = spans[index] if index >= 0 else Span(0, 0, "")
            if index not in scores:
                scores[index] = reading(sentence.text)
            polarity, subjectivity, drivers = scores[index]
            result.append(Tone(article.id, match.family, match.variant, sentence.text, polarity, subjectivity,
                               quoted.around(match.start, match.end), drivers))
    return result


class _Quoted:
    """Quotation spans, to ask whether one holds a stretch of text without trying each of them."""

    def __init__(self, spans: Iterable[Span]):
        ordered = sorted((span.start, span.end) for span in spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # the furthest end so far

    def around(self, start: int, end: int) -> bool:
        """Whether a quotation holds ``start``..``end``: of those that open at or before
        ``start``, the one that closes last closes at or after ``end``."""
        index = bisect_right(self.starts, start) - 1
        return index >= 0 and self.reach[index] >= end


def most_divided(tones: Iterable[Tone]) -> str | None:
    """The family whose variants' sentences differ most in mean polarity (at least two variants
    used), or None: where a label's surroundings score differently, the lesson reads why."""
    by_variant: dict[tuple[str, str], list[float]] = {}
    for found in tones:
        by_variant.setdefault((found.family, found.variant), []).append(found.polarity)
    means: dict[str, list[float]] = {}
    for (family, _), scores in by_variant.items():
        means.setdefault(family, []).append(sum(scores) / len(scores))
    spread = {family: max(values) - min(values) for family, values in means.items() if len(values) > 1}
    return max(spread, key=lambda family: (spread[family], family)) if spread else None
