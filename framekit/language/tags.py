"""Words with their part of speech and their place in the text, tagged offline.

Finding who speaks means reading noun phrases: "Rep. Joseph Crowley (D-N.Y.)", "IMF chief
economist Maury Obstfeld", "a nurse who asked not to be named". Part-of-speech tags make that
possible without guessing from capital letters. TextBlob's pattern tagger needs no downloaded
data: a lexicon gives each known word its commonest tag, a few hundred contextual rules correct
it ("called" after "He" is a verb), and unknown words are guessed from their shape (a
capitalised word is a proper noun). framekit splits the words itself, so that each keeps its
offsets and "Rep." or "D-N.Y." stays whole, and asks the tagger for the tags only.

The tags are the Penn Treebank's: ``NNP`` a proper noun, ``NN``/``NNS`` a common noun, ``JJ``
an adjective, ``DT`` a determiner, ``PRP`` a personal pronoun, ``PRP$`` a possessive one,
``IN`` a preposition, ``VBD``/``VBZ``/``VBP``/``VB``/``VBG``/``VBN`` a verb, ``MD`` a modal,
``RB`` an adverb, ``CC`` a conjunction, ``POS`` a possessive ending, ``WP``/``WDT`` "who",
"which". The tagger is right for about nine words in ten on news; the rules that read its
tags say what they do when it is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from textblob.en import tag as _pattern_tag

from framekit.language.sentences import ABBREVIATIONS

# A word keeps inner hyphens, apostrophes, dots and ampersands (so-called, don't, U.S, D-N.Y,
# AT&T) and may end with a period, which stays only on an abbreviation (see _split_period).
# Each repetition starts with one separator character, so the pattern cannot backtrack badly.
WORD = re.compile(
    r"""
      \w+(?:[-'’.&]\w+)*\.?   # a word, with its inner punctuation and a final period
    | [^\w\s]                 # any other character on its own: punctuation, quotation marks
    """,
    re.VERBOSE,
)
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
# What the tagger's lexicon knows: straight apostrophes and quotation marks.
_FOR_TAGGER = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


@dataclass(frozen=True)
class Token:
    """A word or mark with its part-of-speech tag: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    tag: str


def words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word and mark of ``text``.

    "Rep." and "U.S." keep their period, "Tuesday." does not; "Sanders's" is "Sanders" and
    "'s" (the tagger reads the possessive as a word of its own).
    """
    spans = []
    for match in WORD.finditer(text):
        for start, end in _split_possessive(match.start(), match.end(), match.group()):
            spans += _split_period(text, start, end)
    return spans


def _split_possessive(start: int, end: int, word: str) -> list[tuple[int, int]]:
    bare = word[:-1] if word.endswith(".") else word
    if len(bare) > 2 and _POSSESSIVE.search(bare):
        cut = start + len(bare) - 2
        return [(start, cut), (cut, end)]
    return [(start, end)]


def _split_period(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A final period stays on an abbreviation (Mr., Rep., Jan.), an initial (J.), or a word
    with inner dots (U.S., D-N.Y.); anywhere else it ends a sentence and is a token of its own."""
    word = text[start:end]
    if len(word) < 2 or not word.endswith("."):
        return [(start, end)]
    bare = word[:-1]
    if bare.lower() in ABBREVIATIONS or "." in bare or (len(bare) == 1 and bare.isupper()):
        return [(start, end)]
    return [(start, end - 1), (end - 1, end)]


def tag(text: str) -> list[Token]:
    """The words of ``text`` with their tags (see the module docstring)."""
    return tag_pieces([text])[0]


def tag_pieces(pieces: Sequence[str]) -> list[list[Token]]:
    """The tagged words of each piece of text, tagged in one call to the tagger (several times
    faster than a call a piece). Offsets index each piece."""
    spans = [words(piece) for piece in pieces]
    lines = [" ".join(piece[s:e].translate(_FOR_TAGGER) for s, e in found) for piece, found in zip(pieces, spans) if found]
    tags = [found_tag for _, found_tag in _pattern_tag("\n".join(lines), tokenize=False)] if lines else []
    if len(tags) != sum(map(len, spans)):  # the tagger split a word differently: tag piece by piece
        return [_tag_alone(piece, found) for piece, found in zip(pieces, spans)]
    position, result = 0, []
    for piece, found in zip(pieces, spans):
        tagged = [Token(s, e, piece[s:e], _corrected(piece[s:e], found_tag, index))
                  for index, ((s, e), found_tag) in enumerate(zip(found, tags[position:]))]
        result.append(tagged)
        position += len(found)
    return result


def _corrected(word: str, found_tag: str, index: int) -> str:
    """The tagger's tag, except where a word's shape says more: a number is a number ("4" after
    "April" is not a preposition), and a capitalised noun inside a sentence is a proper noun (the
    lexicon knows "lux" and "will" as common words, not "Mike Lux" or "George Will")."""
    if word[:1].isdigit() and word.replace(",", "").replace(".", "").isdigit():
        return "CD"
    if index > 0 and word[:1].isupper() and found_tag in ("NN", "NNS", "MD", "VB"):
        return "NNP"
    return found_tag


def _tag_alone(piece: str, found: list[tuple[int, int]]) -> list[Token]:
    tagged = [_pattern_tag(piece[s:e].translate(_FOR_TAGGER), tokenize=False) for s, e in found]
    return [Token(s, e, piece[s:e], _corrected(piece[s:e], pairs[0][1] if pairs else "NN", index))
            for index, ((s, e), pairs) in enumerate(zip(found, tagged))]
