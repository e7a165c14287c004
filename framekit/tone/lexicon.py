"""Where TextBlob's scores come from: the lexicon file it ships, read as it is installed.

TextBlob's default sentiment analyzer (``PatternAnalyzer``) scores words from
``textblob/en/en-sentiment.xml``, the English lexicon of the Pattern library (De Smedt and
Daelemans, CLiPS, University of Antwerp). The file says what it is in a comment at its top,
and gives each entry a part of speech and the sense its score was given for. Lesson 05 shows
both, from the installed file, so that what it says about the lexicon is read, not recalled.
The file is package data of TextBlob: nothing is downloaded.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from xml.etree import ElementTree

LEXICON = ("textblob.en", "en-sentiment.xml")  # the package and file name of TextBlob's lexicon
COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


@dataclass(frozen=True)
class Sense:
    """One entry of the lexicon: a word in one sense, with the scores it was given for it."""

    word: str
    pos: str  # Penn Treebank tag: JJ adjective, RB adverb, VB verb, NN noun
    gloss: str  # the sense, in WordNet's words
    polarity: float
    subjectivity: float


@lru_cache(maxsize=1)
def _text() -> str:
    package, name = LEXICON
    return files(package).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _senses() -> tuple[Sense, ...]:
    root = ElementTree.fromstring(_text().encode("utf-8"))
    return tuple(Sense(w.get("form", ""), w.get("pos", ""), w.get("sense", ""), float(w.get("polarity", 0)),
                       float(w.get("subjectivity", 0))) for w in root.iter("word"))


def notes() -> str:
    """The comment at the top of the lexicon file, in which its authors say what it is."""
    found = COMMENT.search(_text())
    return found.group(1).strip() if found else ""


def authors() -> dict[str, str]:
    """The attributes of the file's root element: language, version, author, license."""
    return dict(ElementTree.fromstring(_text().encode("utf-8")).attrib)


def senses(word: str) -> list[Sense]:
    """Every entry of ``word`` (any case) in the file, in its order: the senses TextBlob averages."""
    wanted = word.lower()
    return [sense for sense in _senses() if sense.word == wanted]


def parts_of_speech() -> Counter[str]:
    """How many entries the file has with each part of speech ("" where it gives none)."""
    return Counter(sense.pos for sense in _senses())
