"""Tone with TextBlob: polarity, subjectivity and the words behind them, with no corpora.

TextBlob's sentiment needs no downloaded data; its ``.sentences``, ``.tags`` and
``.noun_phrases`` need NLTK corpora that a classroom machine or CI may not have.
:func:`corpora_ready` says whether they work here, and :data:`CORPORA_HELP` how to get them,
so that a lesson can check first instead of failing (lesson 00).
"""

from __future__ import annotations

import zipfile

from functools import lru_cache

from textblob import TextBlob
from textblob.en import sentiment as _lexicon
from textblob.exceptions import MissingCorpusError

CORPORA_HELP = (
    "This TextBlob feature needs NLTK corpora that are not installed on this machine. "
    "Sentiment works without them. To get them (once, with internet access), run:\n"
    "    python -m textblob.download_corpora lite"
)


def sentiment(text: str) -> tuple[float, float]:
    """TextBlob's (polarity, subjectivity) of ``text``; works with no corpora."""
    polarity, subjectivity = TextBlob(text).sentiment
    return polarity, subjectivity


def assessments(text: str) -> tuple[tuple[str, float], ...]:
    """The words that drove TextBlob's polarity of ``text``, each with its polarity.

    TextBlob's lexicon scores words and short phrases ("very bad"); a negation before one
    flips its sign. Works with no corpora.
    """
    return reading(text)[2]


def reading(text: str) -> tuple[float, float, tuple[tuple[str, float], ...]]:
    """:func:`sentiment` and :func:`assessments` of ``text`` from one reading of it: TextBlob
    scores the text once for both (asking each separately scores it twice)."""
    polarity, subjectivity, found = TextBlob(text).sentiment_assessments
    return polarity, subjectivity, tuple((" ".join(words), value) for words, value, _subjectivity, _ in found)


def _loaded_lexicon() -> dict:
    """TextBlob's lexicon, read from its XML file the first time only. Its ``load()`` re-reads
    the file on every call (0.06 s), and its lazy dictionary loads itself on ``len`` but not on
    ``get`` or ``values``: asking its length is the one call that loads it once."""
    len(_lexicon)
    return _lexicon


def lexicon_entry(word: str) -> tuple[float, float] | None:
    """The (polarity, subjectivity) TextBlob's lexicon gives ``word`` on its own (the mean of its
    senses, as TextBlob scores it), or None when the lexicon has no entry for it: a word it
    lacks scores 0 in every sentence, whatever it means.

    The lexicon is Pattern's ``en-sentiment.xml``, bundled with TextBlob; TextBlob loads it
    from the installed package, so this reads no file of the kit's and needs no download.
    """
    senses = _loaded_lexicon().get(word.lower())
    if not senses:
        return None
    polarity, subjectivity, _intensity = senses[None]
    return polarity, subjectivity


def lexicon_size() -> tuple[int, int, int]:
    """How many word forms TextBlob's lexicon scores, how many of them as adjectives (part of
    speech ``JJ``) and how many as adverbs (``RB``: TextBlob adds "terribly" for each adjective
    such as "terrible"): what the lexicon knows, to compare with the words of news."""
    _loaded_lexicon()
    adjectives = sum(1 for senses in _lexicon.values() if "JJ" in senses)
    adverbs = sum(1 for senses in _lexicon.values() if "RB" in senses)
    return len(_lexicon), adjectives, adverbs


def negations() -> tuple[str, ...]:
    """The words that flip the sign of the next scored word in TextBlob's reading ("not good")."""
    return tuple(_lexicon.negations)


@lru_cache(maxsize=1)
def corpora_ready() -> bool:
    """Whether TextBlob's corpus-based features (sentences, tags, noun phrases) work here.

    When this is False, show :data:`CORPORA_HELP` instead of calling those features.
    """
    try:
        blob = TextBlob("The minister spoke. The call was tense.")
        blob.sentences, blob.tags, blob.noun_phrases  # noqa: B018 - each may need data
    except (MissingCorpusError, LookupError, OSError, zipfile.BadZipFile, EOFError, ValueError):
        return False  # missing, or present but broken (a download cut short): either way not ready
    return True
