"""The tone of the sentences around a term, as TextBlob reads it (lesson 03).

TextBlob scores a sentence's polarity (negative to positive) and subjectivity from a lexicon
of words. Around a label, the score says something about the sentence, not the label, and
a match inside a quotation is someone else's tone: :func:`tone` says which, and which words
drove each score, so that students can see where the score misleads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from framekit.language.quotemarks import quote_spans
from framekit.language.sentences import sentences
from framekit.language.sentiment import assessments, sentiment
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
    is inside a quotation, and the words that drove the polarity (``sentiment_assessments``)."""
    result = []
    for article in story.articles:
        spans = sentences(article.body)
        quoted = quote_spans(article.body)
        for match in (m for m in found if m.article == article.id):
            sentence = next((s for s in spans if s.start <= match.start < s.end), Span(0, 0, ""))
            polarity, subjectivity = sentiment(sentence.text)
            inside = any(q.start <= match.start and match.end <= q.end for q in quoted)
            result.append(Tone(article.id, match.family, match.variant, sentence.text, polarity, subjectivity,
                               inside, assessments(sentence.text)))
    return result
