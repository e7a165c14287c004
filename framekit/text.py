"""Sentences, words and phrase search with character offsets, with no downloaded data.

TextBlob's ``.sentences``, ``.words``, ``.tags`` and ``.noun_phrases`` need NLTK corpora
that a classroom machine or CI may not be able to download. The splitters here need none:
NLTK's Punkt sentence tokenizer with explicit parameters, and a regular expression for
words. Every result carries ``start`` and ``end`` offsets into the text it came from, so
that lessons can highlight spans in an article's body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
from textblob import TextBlob
from textblob.exceptions import MissingCorpusError

# Lower case, without the final period, as Punkt expects them.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep pres st
    jr sr rev hon messrs mme mlle vs etc approx dept est fig inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m""".split()
)

CORPORA_HELP = (
    "This TextBlob feature needs NLTK corpora that are not installed on this machine. "
    "Sentiment works without them. To get them (once, with internet access), run:\n"
    "    python -m textblob.download_corpora lite"
)

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_PHRASE_SEPARATOR = re.compile(r"[\s\-‐‑–]+")
_SEPARATOR = r"(?:\s*[-‐‑–]\s*|\s+)"
_APOSTROPHE = re.compile(r"['’]")


@dataclass(frozen=True)
class Span:
    """A stretch of text and where it sits: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _sentence_tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def sentences(text: str) -> list[Span]:
    """Split ``text`` into sentences; "Mr. Macron" and "Gen. Smith" do not end one."""
    return [Span(s, e, text[s:e]) for s, e in _sentence_tokenizer().span_tokenize(text)]


def words(text: str) -> list[Span]:
    """Word tokens: letters and digits, keeping "Kiev's" and "so-called" whole."""
    return [Span(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def word_count(text: str) -> int:
    """Number of word tokens in ``text``, as :func:`words` counts them."""
    return sum(1 for _ in _WORD.finditer(text))


def phrase_pattern(phrase: str) -> re.Pattern | None:
    """A regular expression for ``phrase`` as a whole-word, case-insensitive phrase.

    Spaces and hyphens in the phrase match any run of whitespace (line breaks included) or a
    hyphen, so "mass shooting" finds "mass-shooting" and a phrase broken over two lines; a
    straight or curly apostrophe matches either; each word may carry a possessive 's or ’s,
    which the match includes ("Kiev" finds "Kiev’s" but not "Kievan"). None for an empty phrase.
    """
    parts = [part for part in _PHRASE_SEPARATOR.split(phrase.strip()) if part]
    if not parts:
        return None
    words = [_APOSTROPHE.sub("['’]", re.escape(part)) + r"(?:['’]s)?" for part in parts]
    return re.compile(r"(?<!\w)" + _SEPARATOR.join(words) + r"(?!\w)", re.IGNORECASE)


def find_phrase(text: str, phrase: str) -> list[Span]:
    """Every occurrence of ``phrase`` in ``text``, as :func:`phrase_pattern` matches it."""
    pattern = phrase_pattern(phrase)
    return [Span(m.start(), m.end(), m.group()) for m in pattern.finditer(text)] if pattern else []


def sentiment(text: str) -> tuple[float, float]:
    """TextBlob's (polarity, subjectivity) of ``text``; works with no corpora."""
    polarity, subjectivity = TextBlob(text).sentiment
    return polarity, subjectivity


def assessments(text: str) -> tuple[tuple[str, float], ...]:
    """The words that drove TextBlob's polarity of ``text``, each with its polarity.

    TextBlob's lexicon scores words and short phrases ("very bad"); a negation before one
    flips its sign. Works with no corpora.
    """
    found = TextBlob(text).sentiment_assessments.assessments
    return tuple((" ".join(words), polarity) for words, polarity, _subjectivity, _ in found)


@lru_cache(maxsize=1)
def corpora_ready() -> bool:
    """Whether TextBlob's corpus-based features (sentences, tags, noun phrases) work here.

    When this is False, show :data:`CORPORA_HELP` instead of calling those features.
    """
    try:
        blob = TextBlob("The minister spoke. The call was tense.")
        blob.sentences, blob.tags, blob.noun_phrases  # noqa: B018 - each may need data
    except (MissingCorpusError, LookupError):
        return False
    return True
