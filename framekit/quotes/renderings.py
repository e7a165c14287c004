"""One statement, several renderings: the same words as each outlet prints them (lesson 02).

Shoigu spoke Russian and Macron French; every English quote of them is a translation, and
outlets translate differently ("Western supervisors" or "Western backers"). :func:`renderings`
finds the statements of one speaker that several articles quote, by the content words they
share, and :func:`word_diff` lines two renderings up word by word so that what differs
stands out.

Quotes are compared sentence by sentence, because one outlet may print as one quotation
what another splits in two.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from framekit.language.sentences import sentences
from framekit.quotes.voices import labelled, speakers
from framekit.story.rows import QuoteRow

# Words too common to show that two sentences say the same thing.
STOPWORDS = frozenset(
    """a an the and or but of in on at to for from by with as that this these those it its is are
    was were be been being has have had do does did not no will would can could may might we i you
    he she they them their his her our us all any so than then there here what which who when""".split()
)
# Content words two sentences must share to count as one statement, and the share of the
# shorter sentence's content words that must be shared.
MIN_SHARED = 2
MIN_OVERLAP = 0.5
# Longest phrase that still counts as one statement with a single word translated differently.
SHORT_PHRASE = 4
# A content word in more of one speaker's differently worded quotes than this ("France" in
# every one) is not followed when looking for quotes that may be one statement: it would make
# the search compare every pair. Quotes that share only such words are not paired.
COMMON_WORD = 200

_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True)
class Rendering:
    """One article's wording of a statement: a sentence (or partial quote) of one quote row."""

    article: str
    kind: str
    text: str
    start: int


def _words(text: str) -> list[str]:
    return [t.lower().replace("’", "'").strip("'-") for t in _WORD.findall(text)]


def _content(text: str) -> frozenset[str]:
    return frozenset(t for t in _words(text) if t and t not in STOPWORDS)


def same_statement(a: str, b: str) -> bool:
    """Whether two pieces of text can be renderings of one statement.

    They are when they share at least half of the shorter piece's content words (two at
    least, or its only one), or when the shorter is a phrase of up to :data:`SHORT_PHRASE`
    words that the other contains with at most one word changed ("baroque and threatening",
    "bizarre and threatening"): a short quote translated differently.
    """
    first, second = _content(a), _content(b)
    shared, shorter = len(first & second), min(len(first), len(second))
    if shorter and shared >= min(MIN_SHARED, shorter) and shared / shorter >= MIN_OVERLAP:
        return True
    short, other = sorted((_words(a), _words(b)), key=len)
    return 1 < len(short) <= SHORT_PHRASE and _contains_with_one_change(short, other)


def _contains_with_one_change(phrase: list[str], words: list[str]) -> bool:
    for offset in range(len(words) - len(phrase) + 1):
        window = words[offset : offset + len(phrase)]
        same = [p for p, w in zip(phrase, window) if p == w]
        if len(same) >= len(phrase) - 1 and any(word not in STOPWORDS for word in same):
            return True
    return False


def _pieces(row: QuoteRow) -> list[Rendering]:
    text, article, kind, start = str(row["text"]), str(row["article"]), str(row["kind"]), int(row["start"])
    return [Rendering(article, kind, s.text, start + s.start) for s in sentences(text)]


def renderings(rows: Sequence[QuoteRow], speaker: str, kinds: Sequence[str] = ("direct",)) -> list[list[Rendering]]:
    """Groups of renderings of one statement by ``speaker`` (a label from :func:`framekit.quotes.voices.speaker_labels`).

    Pieces of different articles that :func:`same_statement` pairs are joined most similar
    pair first (by the share of content words they have in common), and a group holds at
    most one piece per article; so "baroque and threatening" meets "bizarre and
    threatening" rather than the whole sentence around it. Groups with pieces from at least
    two articles are returned, in story order.
    """
    rows = labelled(rows)
    order = {article: index for index, article in enumerate(dict.fromkeys(str(row["article"]) for row in rows))}
    pieces = [p for row in rows if row["speaker"] == speaker and row["kind"] in kinds for p in _pieces(row)]
    group_of = list(range(len(pieces)))  # each piece's group, named by one of its pieces
    members = {index: [index] for index in range(len(pieces))}
    articles = {index: {piece.article} for index, piece in enumerate(pieces)}

    def join(i: int, j: int) -> None:
        first, second = group_of[i], group_of[j]
        if first == second or articles[first] & articles[second]:
            return
        if len(members[first]) < len(members[second]):
            first, second = second, first  # the smaller group moves: each piece moves few times
        for index in members.pop(second):
            group_of[index] = first
            members[first].append(index)
        articles[first] |= articles.pop(second)

    kept = _same_words_first(pieces, join)  # one statement printed word for word by many outlets
    for _, i, j in _candidate_pairs([pieces[k] for k in kept]):
        join(kept[i], kept[j])
    groups = [[pieces[index] for index in group] for group in members.values() if len(group) > 1]
    placed = [sorted(group, key=lambda p: (order[p.article], p.start)) for group in groups]
    return sorted(placed, key=lambda group: (order[group[0].article], group[0].start))


def rendered_speakers(rows: Sequence[QuoteRow], kinds: Sequence[str] = ("direct",)) -> list[tuple[str, list[list[Rendering]]]]:
    """Each speaker whose statements two or more articles print, with the groups of
    :func:`renderings`, the speaker with the most such statements first (ties in name order)."""
    found = [(speaker, renderings(rows, speaker, kinds)) for speaker in speakers(rows)]
    return sorted(((speaker, groups) for speaker, groups in found if groups), key=lambda item: (-len(item[1]), item[0]))


def _same_words_first(pieces: list[Rendering], join: Callable[[int, int], None]) -> list[int]:
    """Join the pieces that have the same words (most similar of all), and return one piece
    per wording: only those need comparing with others."""
    first_of: dict[tuple[str, ...], int] = {}
    for index, piece in enumerate(pieces):
        key = tuple(_words(piece.text))
        if key in first_of:
            join(first_of[key], index)
        else:
            first_of[key] = index
    return list(first_of.values())


def _candidate_pairs(pieces: list[Rendering]) -> list[tuple[float, int, int]]:
    """(similarity, i, j) for pieces of different articles that may be one statement, best first.

    Two pieces that :func:`same_statement` pairs share a content word, so only pieces that
    share one are compared, found through an index from each word to its pieces; a word in
    more than :data:`COMMON_WORD` pieces (each worded differently: pieces with the same words
    were joined before) says too little to pair them, and is not followed."""
    by_word: dict[str, list[int]] = {}
    for index, piece in enumerate(pieces):
        for word in _content(piece.text):
            by_word.setdefault(word, []).append(index)
    candidates = {(i, j) for found in by_word.values() if len(found) <= COMMON_WORD
                  for n, i in enumerate(found) for j in found[n + 1 :]}
    pairs = [
        (_jaccard(pieces[i].text, pieces[j].text), i, j)
        for i, j in candidates
        if pieces[i].article != pieces[j].article and same_statement(pieces[i].text, pieces[j].text)
    ]
    return sorted(pairs, key=lambda pair: (-pair[0], pair[1], pair[2]))


def _jaccard(a: str, b: str) -> float:
    first, second = _content(a), _content(b)
    union = first | second
    return len(first & second) / len(union) if union else 0.0


def differs(group: Sequence[Rendering]) -> bool:
    """Whether a group's renderings differ in wording, beyond case, punctuation and where an
    excerpt starts and ends (see :func:`changed_words`)."""
    return any(any(changed_words(group[0].text, piece.text)) for piece in group[1:])


def word_diff(a: str, b: str) -> list[tuple[str, str, str]]:
    """``a`` and ``b`` lined up word by word: (tag, words of a, words of b).

    ``tag`` is "same", "changed", "only a" or "only b". Case and punctuation next to a word
    are ignored in the comparison but kept in the words shown.
    """
    first, second = a.split(), b.split()
    names = {"equal": "same", "replace": "changed", "delete": "only a", "insert": "only b"}
    return [
        (names[tag], " ".join(first[i1:i2]), " ".join(second[j1:j2]))
        for tag, i1, i2, j1, j2 in _opcodes(first, second)
    ]


def changed_words(a: str, b: str) -> tuple[set[int], set[int]]:
    """Indexes of the words of ``a.split()`` and of ``b.split()`` that the other rendering lacks.

    Words left out at either end do not count: a partial quote ("joint work") is a shorter
    excerpt of the same words, not a different rendering. Where the two differ at an end,
    only as many words of the longer side count as the shorter side has there ("send a
    message" against "I asked them to express a message" marks *send* and *express*).
    """
    first, second = a.split(), b.split()
    opcodes = _opcodes(first, second)
    in_a: set[int] = set()
    in_b: set[int] = set()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        at_start, at_end = index == 0, index == len(opcodes) - 1
        if tag == "equal" or (tag in ("delete", "insert") and (at_start or at_end)):
            continue
        if tag == "replace" and (at_start or at_end) and len(opcodes) > 1:
            width = min(i2 - i1, j2 - j1)
            i1, j1 = (i2 - width, j2 - width) if at_start else (i1, j1)
            i2, j2 = (i1 + width, j1 + width) if at_end else (i2, j2)
        in_a.update(range(i1, i2))
        in_b.update(range(j1, j2))
    return in_a, in_b


def _opcodes(first: list[str], second: list[str]) -> list[tuple[str, int, int, int, int]]:
    matcher = difflib.SequenceMatcher(a=[_bare(w) for w in first], b=[_bare(w) for w in second], autojunk=False)
    return matcher.get_opcodes()


def _bare(word: str) -> str:
    return word.lower().replace("’", "'").strip(".,;:!?()[]“”\"'")
