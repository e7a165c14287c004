"""Words with their part of speech and their place in the text, tagged offline.

Finding who speaks means reading noun phrases: "Rep. Joseph Crowley (D-N.Y.)", "IMF chief
economist Maury Obstfeld", "a nurse who asked not to be named". Part-of-speech tags make that
possible without guessing from capital letters. TextBlob's pattern tagger needs no downloaded
data: a lexicon gives each known word its commonest tag, and unknown words are guessed from
their shape (a capitalised word is a proper noun) and ending ("-ing", "-ly"). framekit splits
the words itself, so that each keeps its offsets and "Rep." or "D-N.Y." stays whole, and reads
the tagger's lexicon and suffix rules directly (what TextBlob's ``find_tags`` does when given no
context rules, as framekit never gave it: a word keeps its lexicon tag wherever it stands);
with the splitting, more than twice as fast as ``textblob.en.tag``.

The tags are the Penn Treebank's: ``NNP`` a proper noun, ``NN``/``NNS`` a common noun, ``JJ``
an adjective, ``DT`` a determiner, ``PRP`` a personal pronoun, ``PRP$`` a possessive one,
``IN`` a preposition, ``VBD``/``VBZ``/``VBP``/``VB``/``VBG``/``VBN`` a verb, ``MD`` a modal,
``RB`` an adverb, ``CC`` a conjunction, ``POS`` a possessive ending, ``WP``/``WDT`` "who",
"which". The tagger is right for about nine words in ten on news; the rules that read its
tags say what they do when it is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import wraps
from itertools import accumulate, compress, repeat
from operator import add, attrgetter, sub
from typing import NamedTuple, TypeVar

from textblob._text import CD as _NUMBER, _suffix_rules
from textblob.en import parser as _PARSER

from framekit.language.sentences import ABBREVIATIONS

# A word keeps inner hyphens, apostrophes, dots and ampersands (so-called, don't, U.S, D-N.Y,
# AT&T) and may end with a period; each repetition starts with one separator character, so the
# pattern cannot backtrack badly. A final period stays only on an abbreviation and a possessive
# 's is a word of its own (see :func:`words`). Three groups, for ``findall``: the spaces before
# the word (spaces and words follow one another, so their lengths alone give each word's
# offsets), the word, and the part of it that needs a second look (its first inner apostrophe
# and all after it, or its final period), empty for most words.
WORD = re.compile(
    r"""
    (\s*)                     # the spaces before the word
    (   \d+(?:/\d+)+          # a date or a number written with slashes: 9/11, 2/26/2012
      | \w+(?:[-.&]\w+)*      # a word, with its inner punctuation and a final period
        (['’]\w+(?:[-'’.&]\w+)*\.?|\.)?
      | [^\w\s]               # any other character on its own: punctuation, quotation marks
    )
    """,
    re.VERBOSE,
)
_DEFAULT = _PARSER.default  # the tags TextBlob gives unknown words: a noun, a name, a number
_LEXICON: dict[str, str] = {}  # TextBlob's English lexicon, word -> tag: read at the first word tagged
# What the tagger's lexicon knows: straight apostrophes and quotation marks.
_FOR_TAGGER = (("’", "'"), ("—", "--"), ("―", "--"), ("‘", "'"), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'))


QUOTE = "QUOTE"
"""The tag of a token that stands for a whole quotation in a sentence's words (quote attribution
reads the words around a quotation, not inside it)."""


class Token(NamedTuple):
    """A word or mark with its part-of-speech tag: ``text == source[start:end]``. A named tuple:
    an article has tens of thousands of them, and tuples are quick to make."""

    start: int
    end: int
    text: str
    tag: str


class Words(tuple):
    """A sentence's tokens (a tuple of :class:`Token`) that keep what the grammar has read in them
    (:func:`read_once`): the rules ask for the same phrase many times (the subject of a verb,
    the name in a phrase), and the answer is kept with the words, so it goes when they go.
    ``lower`` is each word in lower case (:func:`lowered`), made with the words: every sentence
    is asked for it, by many rules."""

    memo: dict
    lower: tuple[str, ...]

    def __new__(cls, tokens=()):
        words = super().__new__(cls, tokens)
        words.memo = {}
        words.lower = _lowered(words)
        return words


_Answer = TypeVar("_Answer")


def read_once(function: Callable[..., _Answer]) -> Callable[..., _Answer]:
    """``function(tokens, *args, **named)``, a pure function of the tokens, computed once for
    each arguments when ``tokens`` are :class:`Words` (any other sequence: every time); a named
    argument keys the memo apart from the same value given by position. For answers that
    cannot change: numbers, None, frozen phrases."""

    @wraps(function)
    def once(tokens, *args, **named):
        memo = tokens.memo if type(tokens) is Words else None
        if memo is None:
            return function(tokens, *args, **named)
        key = (function, args, *sorted(named.items())) if named else (function, args)
        answer = memo.get(key, _UNREAD)  # one look-up: hashing a key hashes its phrases
        if answer is _UNREAD:
            answer = memo[key] = function(tokens, *args, **named)
        return answer

    return once


_UNREAD = object()  # what a memo of read_once gives for arguments not yet read (None is an answer)


def lowered(tokens) -> tuple[str, ...]:
    """Each token's text in lower case, made once for a sentence's :class:`Words` (its ``lower``):
    the rules that go over every word of a sentence (its subjects, its speech verbs, its "he"
    and "she") compare words in lower case, and would each lower every word again. Asked
    thousands of times an article, so it is an attribute rather than a :func:`read_once` memo."""
    return tokens.lower if type(tokens) is Words else _lowered(tokens)


def _lowered(tokens) -> tuple[str, ...]:
    """The lowered texts themselves, made by built-in functions with no Python code per word."""
    return tuple(map(str.lower, map(_TEXT, tokens)))


_TEXT = attrgetter("text")
_TAG = attrgetter("tag")


class Kept(dict):
    """``test(value)`` for each value met (a tag, a word), kept: asking again is one look-up,
    quicker than the test itself (cutting a tag, lowering a word). It starts again when ``size``
    values are kept, so that a long corpus does not grow it without end."""

    def __init__(self, test: Callable[[str], bool], size: int = 50_000) -> None:
        super().__init__()
        self.test, self.size = test, size

    def __missing__(self, value: str) -> bool:
        if len(self) >= self.size:
            self.clear()
        answer = self[value] = self.test(value)
        return answer


def tagged_as(tokens: Sequence[Token], kind: Kept) -> list[int]:
    """The indices of the tokens whose tag is of ``kind`` (a test of a tag, kept: the tagger's
    lexicon has compound tags such as "NNP|NN" and "MD|VB" besides Penn's, so a kind is a test,
    not a list of tags), found by built-in functions with no Python code per word: the rules
    that read only a sentence's verbs, or its proper nouns, would otherwise test every word of
    every sentence."""
    return list(compress(range(len(tokens)), map(kind.__getitem__, map(_TAG, tokens))))


_new_token = tuple.__new__  # Token's own constructor, without the Python call a named tuple's adds


def words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word and mark of ``text``.

    "Rep." and "U.S." keep their period, and so does "No." before a number; "Tuesday." does
    not; "Sanders's" is "Sanders" and "'s", "wasn't" is "was" and "n't", "he'd" is "he" and
    "'d" ("'ll", "'re", "'ve", "'m" too: the tagger reads each as a word of its own).
    """
    _, starts, ends = _words(text, 0)
    return list(zip(starts, ends))


_NUMBER_AFTER = re.compile(r" \d")  # a number right after "No.": the sign for "number"


def _words(text: str, offset: int) -> tuple[list[str], list[int], list[int]]:
    """The texts, starts and ends (shifted by ``offset``) of the words of ``text`` (see
    :func:`words`), from one ``findall`` and built-in functions over its pieces, with no Python
    code per word but for the few that need a second look (:func:`_looked_again`); the period
    that ends most texts ("… on Tuesday.") is set apart at once (:func:`_period_apart`). The
    search ends at the last word, so that trailing spaces are not searched again from each of
    their positions (that would take time quadratic in their number)."""
    found = WORD.findall(text, 0, len(text.rstrip()))
    if not found:
        return [], [], []
    spaces, texts, looks = zip(*found)
    lengths = list(map(len, texts))
    ends = list(accumulate(map(add, map(len, spaces), lengths), initial=offset))
    del ends[0]
    starts = list(map(sub, ends, lengths))
    texts = list(texts)
    if looks[-1] == "." and not _keeps_period(texts[-1][:-1]):  # a word and its period, no apostrophe
        _period_apart(texts, starts, ends)
        looks = looks[:-1]
    if not any(looks):
        return texts, starts, ends
    return _looked_again(text, offset, (texts, starts, ends), compress(range(len(looks)), looks))


def _period_apart(texts: list[str], starts: list[int], ends: list[int]) -> None:
    """Makes the final period of the last word (of the texts, starts and ends of words) a word
    of its own, in place: after the last word, a list grows at no cost."""
    texts[-1] = texts[-1][:-1]
    texts.append(".")
    ends[-1] -= 1
    starts.append(ends[-1])
    ends.append(ends[-1] + 1)


def _looked_again(text: str, offset: int, spans: tuple, again: Iterable[int]) -> tuple[list[str], list[int], list[int]]:
    """The words ``spans`` (texts, starts, ends) with each word at the indices ``again`` (in
    order) replaced by its pieces (:func:`_split`), but "No." before a number; the lists are
    made anew, a stretch of words at a time, so that the time stays linear in their number."""
    texts, starts, ends = spans
    new_texts: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    done = 0
    for i in again:
        new_texts += texts[done:i]
        new_starts += starts[done:i]
        new_ends += ends[done:i]
        start = starts[i] - offset
        if texts[i] == "No." and _NUMBER_AFTER.match(text, start + 3):
            pieces = [(start, start + 3)]  # "the No. 2 in the party": "No." is a word, as it ends no sentence there
        else:
            pieces = _split(start, texts[i])
        new_texts += [text[s:e] for s, e in pieces]
        new_starts += [s + offset for s, _ in pieces]
        new_ends += [e + offset for _, e in pieces]
        done = i + 1
    new_texts += texts[done:]
    new_starts += starts[done:]
    new_ends += ends[done:]
    return new_texts, new_starts, new_ends


def _split(start: int, word: str) -> list[tuple[int, int]]:
    """A word's pieces: the possessive 's apart, and a final period apart unless the word is an
    abbreviation (Mr., Jan.), an initial (J.) or has inner dots (U.S., D-N.Y.)."""
    end = start + len(word)
    period = word.endswith(".") and len(word) > 1
    bare = word[:-1] if period else word
    pieces = []
    if len(bare) > 2 and bare[-2] in "'’" and bare[-1] in "sS":
        pieces = [(start, start + len(bare) - 2), (start + len(bare) - 2, start + len(bare))]
    elif len(bare) > 3 and bare[-3:-2] in ("n", "N") and bare[-2] in "'’" and bare[-1] in "tT":
        pieces = [(start, start + len(bare) - 3), (start + len(bare) - 3, start + len(bare))]  # was + n't
    elif len(bare) > 2 and bare[-2] in "'’" and bare[-1] in "dDmM":
        pieces = [(start, start + len(bare) - 2), (start + len(bare) - 2, start + len(bare))]  # he + 'd, I + 'm
    elif len(bare) > 3 and bare[-3] in "'’" and bare[-2:].lower() in ("ll", "re", "ve"):
        pieces = [(start, start + len(bare) - 3), (start + len(bare) - 3, start + len(bare))]  # she + 'll, they + 're
    else:
        pieces = [(start, start + len(bare))]
    if period:
        if len(pieces) == 1 and _keeps_period(bare):
            return [(start, end)]
        pieces.append((end - 1, end))
    return pieces


def _keeps_period(bare: str) -> bool:
    """Whether a word (without its final period) keeps that period: an abbreviation (Mr., Jan.),
    an initial (J.) or a word with inner dots (U.S., D-N.Y.)."""
    return bare.lower() in ABBREVIATIONS or "." in bare or (len(bare) == 1 and bare.isupper())


def _lexicon() -> dict[str, str]:
    """TextBlob's English lexicon, each word with its commonest tag, read from TextBlob's own file
    (``Lexicon.path``) the first time a word is tagged, by TextBlob's rules: a line per word, its
    first two fields, ";;;" opens a comment. Read here rather than through the lexicon's lazy
    loading, which passes each of its 94,000 lines through a generator and a decoding function:
    the same dictionary for half the instructions (a third of a second less before a lesson's
    first quote)."""
    if not _LEXICON:
        with open(_PARSER.lexicon.path, encoding="utf-8") as lines:
            stripped = (line.strip() for line in lines)
            _LEXICON.update(line.split(" ", 2)[:2] for line in stripped if line and not line.startswith(";;;"))
    return _LEXICON


def common_word(word: str) -> bool:
    """Whether the tagger's lexicon knows ``word`` in lower case as a word that is not a name
    ("minister", "march"), so that the capitalised word is a title or a sentence's first word
    rather than a name ("Kiev", "Sergei" are known only as names, "Kyiv" not at all)."""
    known = _lexicon().get(word.lower())
    return known is not None and not known.startswith("NNP")


def plural_name(word: str) -> bool:
    """Whether the tagger's lexicon knows ``word`` as the plural of a proper noun: a people or a
    group ("Americans", "Democrats", "Kurds"), not a surname that ends in "s" ("Sanders", "Jones")."""
    return _lexicon().get(word) == "NNPS"


def tag(text: str, offset: int = 0) -> list[Token]:
    """The words of ``text`` with their tags (see the module docstring); offsets index ``text``
    shifted by ``offset`` (where ``text`` starts in a longer text, such as an article's body).
    A text of one character other than a space is one word, tagged as a first word, which no
    neighbour corrects: the lone quotation mark before a unit's first quotation, or after its
    last, is tagged at once (one piece in six of an article's, each with its own call)."""
    _lexicon()  # read at the first word tagged
    if len(text) == 1 and not text.isspace():
        return [Token(offset, offset + 1, text, _FIRST_TAGGED.get(text) or _word_tag(text, 0))]
    texts, starts, ends = _words(text, offset)
    found = list(map(_TAGGED.get, texts))  # most words: tagged before, looked up with no Python code per word
    if not all(found):
        found = [known or _word_tag(word, 1) for word, known in zip(texts, found)]
    if texts:
        found[0] = _FIRST_TAGGED.get(texts[0]) or _word_tag(texts[0], 0)  # also looked up in lower case
    # each Token made from the tuple zip gives, with no Python call per word
    tokens = list(map(_new_token, repeat(Token), zip(starts, ends, texts, found)))
    return _in_context(tokens, texts, found)


_TAGGED: dict[str, str] = {}  # a word inside a text -> its tag before context (_word_tag), for the words met last
_FIRST_TAGGED: dict[str, str] = {}  # the same for a text's first word ("The", "But", "He"), tagged apart
_TAGGED_SIZE = 50_000  # words kept: news uses a few thousand often; the dictionary starts again when full


def _word_tag(word: str, index: int) -> str:
    """The tag of ``word``, the ``index``-th of its text, before its neighbours are read: the
    lexicon's (with straight marks), else a guess from its shape (:func:`_lexicon_tag`),
    corrected by its capitals and digits (:func:`_corrected`). It depends on the word and on
    whether it is the first (the first is also looked up in lower case) alone: the tag is kept in
    :data:`_TAGGED`, or :data:`_FIRST_TAGGED` for a first word, since an article uses the same
    few thousand words again and again, and opens its sentences and the pieces between its
    quotations with a few hundred."""
    for_tagger = _straight(word)
    found_tag = _LEXICON.get(for_tagger) or _lexicon_tag(for_tagger, index)
    if word[0].isdigit() or word[0].isupper():
        found_tag = _corrected(word, found_tag, index)
    kept = _TAGGED if index else _FIRST_TAGGED
    if len(kept) >= _TAGGED_SIZE:
        kept.clear()
    kept[word] = found_tag
    return found_tag


def _straight(text: str) -> str:
    """``text`` with the marks the lexicon knows (:data:`_FOR_TAGGER`; it has no em dash, which it
    would guess to be a noun, but the double hyphen typed for one), one character for another:
    a replace per mark is many times quicker than ``str.translate``, which looks up every character."""
    for curly, straight in _FOR_TAGGER:
        text = text.replace(curly, straight)
    return text


def _in_context(tokens: list[Token], texts: list[str], tags: list[str]) -> list[Token]:
    """Tags a word's neighbours correct, where the lexicon's one tag per word is wrong in news: a
    word in "-ed" known as an adjective is a verb in the past between a name or a pronoun and a
    determiner ("Cruz belittled the issue"); a verb's base form between an article and a noun is
    an adjective ("a close adviser"); a hyphenated word known as a verb is a noun between two
    names ("Blaze co-host Stu Burguiere"); a capitalised word known as a verb is a name where a
    name stands (:func:`_names_slot`: "“…,” Shook said"); a capitalised hyphenated word read as an adjective
    ends a name when no noun follows ("Ban Ki-moon condemned", not "Texas-based Matt"); "shot"
    between a name or a pronoun and "back" is a verb ("Bennett shot back"), and "outside" or
    "inside" between an article or an adjective and a noun is an adjective ("a top outside
    adviser"), and a capitalised word read as an adjective before ", who" is a name ("Small, who
    attended the rally, said"). Only these words are looked at: each word's text and tag are read
    from ``texts`` and ``tags`` (the tokens' own, as they were before any correction), which is
    quicker than from each token."""
    if len(tokens) > 2 and tags[0] == "JJ" and _named_by_who(tokens, 0):
        tokens[0] = tokens[0]._replace(tag="NNP")  # "Jolly, who was elected in 2014, …"
    for i in range(1, len(tokens) - 1):
        if not _VERB_OR_ADJECTIVE[tags[i]]:
            if texts[i] in _SHOT_INSIDE_OUTSIDE:
                _correct_particle(tokens, i)
            continue  # most words: only verbs and adjectives are corrected
        token = tokens[i]
        if token.tag[:2] == "VB" and token.text[:1].isupper() and _names_slot(tokens, i):
            tokens[i] = token._replace(tag="NNP")
        elif token.tag == "VBG" and tokens[i - 1].tag in ("POS", "PRP$") and tokens[i + 1].tag in _AFTER_A_NOUN:
            tokens[i] = token._replace(tag="NN")  # "familiar with Ruiz’s thinking said": a gerund ends the noun phrase
        elif token.tag == "JJ" and _named_by_who(tokens, i):
            tokens[i] = token._replace(tag="NNP")  # "Small, who attended the rally": a surname
        elif token.tag == "JJ" and token.text.endswith("ed"):
            if tokens[i - 1].tag in ("NNP", "PRP") and tokens[i + 1].tag in ("DT", "PRP$", "PRP"):
                tokens[i] = token._replace(tag="VBD")
        elif token.tag == "JJ" and "-" in token.text and token.text[:1].isupper() and tokens[i - 1].tag == "NNP":
            if not tokens[i + 1].tag.startswith(("NN", "JJ")):  # "Ban Ki-moon condemned", not "Texas-based Matt"
                tokens[i] = token._replace(tag="NNP")
        elif token.tag in ("VB", "VBP") and tokens[i - 1].tag == "DT" and tokens[i + 1].tag in ("NN", "NNS", "NNP"):
            tokens[i] = token._replace(tag="JJ")  # "a close adviser": no verb follows an article
        elif token.tag in ("VB", "VBP") and "-" in token.text and token.text[:1].islower():
            if tokens[i - 1].tag.startswith("NNP") and tokens[i + 1].tag.startswith("NNP"):
                tokens[i] = token._replace(tag="NN")
    return tokens


class _VerbOrAdjectiveTags(dict):
    """A tag -> whether it is a verb's or an adjective's ("VBD", "JJR"…), filled in as tags are
    met: one look-up for each word, quicker than cutting the first two letters of its tag."""

    def __missing__(self, tag: str) -> bool:
        answer = self[tag] = tag[:2] in ("VB", "JJ")
        return answer


_VERB_OR_ADJECTIVE = _VerbOrAdjectiveTags()
_INSIDE_OUTSIDE = frozenset(("outside", "inside"))
_SHOT_INSIDE_OUTSIDE = _INSIDE_OUTSIDE | {"shot"}


def _correct_particle(tokens: list[Token], i: int) -> None:
    """Corrects "shot", "outside" or "inside" at tokens[i] (not a verb or an adjective) by its
    neighbours (see :func:`_in_context`)."""
    token = tokens[i]
    if token.text == "shot" and tokens[i + 1].text == "back" and tokens[i - 1].tag in ("NNP", "PRP"):
        tokens[i] = token._replace(tag="VBD")  # "Bennett shot back": the lexicon knows "shot" as a noun
    elif token.text in _INSIDE_OUTSIDE and tokens[i - 1].tag in ("DT", "JJ") and _common_noun_after(tokens, i + 1):
        tokens[i] = token._replace(tag="JJ")  # "a top outside adviser": an adjective, not a preposition


def _named_by_who(tokens: list[Token], i: int) -> bool:
    """Whether the capitalised word at tokens[i] stands before ", who": a relative clause of a
    person follows a name, never an adjective."""
    return (tokens[i].text[:1].isupper() and i + 2 < len(tokens) and tokens[i + 1].text == ","
            and tokens[i + 2].text.lower() == "who")
# Tags that may follow a noun phrase's head, not begin the object of a verb: a verb, a
# preposition, a conjunction, punctuation.
_AFTER_A_NOUN = frozenset(("VBD", "VBZ", "VBP", "MD", "IN", "CC", ",", ".", ":"))


def _common_noun_after(tokens: list[Token], i: int) -> bool:
    """Whether a common noun comes at tokens[i], after any names: "adviser", "Clinton adviser"
    (not "Trump Tower", a place: "an operative inside Trump Tower")."""
    while i < len(tokens) and tokens[i].tag == "NNP":
        i += 1
    return i < len(tokens) and tokens[i].tag in ("NN", "NNS") and tokens[i].text[:1].islower()


# Verbs that follow a speaker's name: a capitalised word right before one is a name ("Shook said").
_SAYS = frozenset("said says told tells added adds wrote writes asked asks".split())


def _names_slot(tokens: list[Token], i: int) -> bool:
    """Whether the capitalised word at tokens[i], which the lexicon knows as a verb, stands where a
    name does inside a sentence: before "said" ("“…,” Shook said") or a name ("columnist Ai Jun"),
    or after a name or a title; not after a sentence's end or an opening mark."""
    if tokens[i - 1].text in (".", "!", "?", ":", "“", '"', "‘"):
        return False
    following, before = tokens[i + 1], tokens[i - 1]
    return following.text in _SAYS or following.tag == "NNP" or before.tag == "NNP"


def _lexicon_tag(word: str, index: int) -> str:
    """The tag TextBlob's ``find_tags`` gives ``word`` (the ``index``-th of its text) without
    context rules, computed here a word at a time rather than through the lists it builds: the
    lexicon's tag (for the first word, its lower case's too), else a capitalised word is a proper
    noun, digits are a number, and the ending says the rest ("-ing" VBG, "-ly" RB, "-ed" VBN…).
    Called by :func:`tag`, which has read the lexicon."""
    found = _LEXICON.get(word, index == 0 and _LEXICON.get(word.lower()) or None)
    if found is not None:
        return found
    if word.istitle():
        return _DEFAULT[1]
    if _NUMBER.match(word) is not None:
        return _DEFAULT[2]
    return _suffix_rules([word, _DEFAULT[0]])[1]


def _corrected(word: str, found_tag: str, index: int) -> str:
    """The tagger's tag, except where a word's shape says more: a number is a number ("4" after
    "April" is not a preposition), a capitalised noun inside a sentence is a proper noun (the
    lexicon knows "lux" and "will" as common words, not "Mike Lux" or "George Will"), and so is
    a word with a capital inside it, even opening a sentence ("PolitiFact rated …"), and a
    "US" in capitals, which the lexicon knows as "us"."""
    if word[:1].isdigit() and word.replace(",", "").replace(".", "").replace("/", "").isdigit():
        return "CD"
    if index > 0 and word[:1].isupper() and found_tag in ("NN", "NNS", "MD", "VB", "FW"):
        return "NNP"
    if found_tag in ("NN", "NNS", "JJ") and any(c.isupper() for c in word[1:]) and any(c.islower() for c in word):
        return "NNP"
    if found_tag == "PRP" and word == "US":
        return "NNP"  # "US Senator Jeff Sessions": the country, not "us"
    if index == 0 and found_tag == "NNPS" and _LEXICON.get(word.lower()) == "NNS":
        return "NNS"  # "Representatives of …" opening a sentence: the lexicon knows the name of a House
    return found_tag
