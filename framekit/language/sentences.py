"""Sentences with character offsets, split with no downloaded data.

TextBlob's ``.sentences`` needs NLTK's punkt corpus, which a classroom machine or CI may not
be able to download. :func:`sentences` uses NLTK's Punkt sentence tokenizer with explicit
parameters instead: a list of abbreviations after which a period does not end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from framekit.language.text import Span

# Lower case, without the final period, as Punkt expects them.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep pres st
    jr sr rev hon messrs mme mlle vs etc approx dept est fig inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
    nev okla ore pa tenn tex va vt wash wis wyo""".split()  # US states as news agencies abbreviate them
)


class _Punkt(PunktSentenceTokenizer):
    """Punkt with framekit's abbreviations, which answers its commonest questions at once.

    For each period, question or exclamation mark, Punkt asks whether the few characters
    around it (the word before, the mark, the next word: "polls. Morning") hold a sentence
    break, by tokenizing and annotating them (:meth:`text_contains_sentbreak`). framekit's
    parameters have no learned collocations, sentence starters or capitalisation statistics,
    so Punkt's first pass decides and only an initial ("J.") or a number can be undone:

    - a plain word of letters that is no abbreviation, with its period, then another word or a
      mark ("polls. Morning", "Russia.\"", "“absurd.”"): a break, always;
    - a closing mark or bracket, then the period and another word ("Hall”. Alleged"): the
      period (with a curly mark, the two) is a token of its own, a break;
    - an abbreviation or an initial, then a word with at most a final period ("Mr. Macron,",
      "U.S. military", "J. Trump."): never one, as no word but the last can be a break and the
      last is followed by nothing (after an initial, the word must open with a letter).

    Nine questions in ten in news are of these kinds; the rest are asked of Punkt."""

    def text_contains_sentbreak(self, text: str) -> bool:
        plain = _PLAIN_BREAK.match(text)
        if plain is not None and plain.group(1).lower() not in ABBREVIATIONS:
            return True
        if _CLOSED_BREAK.match(text) is not None:
            return True
        titled = _NO_BREAK.fullmatch(text)
        if titled is not None and (titled.group(1) is None or titled.group(1).lower() in ABBREVIATIONS):
            return False
        return super().text_contains_sentbreak(text)

    def span_tokenize(self, text: str, realign_boundaries: bool = True) -> Iterator[tuple[int, int]]:
        """Punkt's sentence spans of ``text``, found as Punkt finds them (its candidate periods
        and contexts, :meth:`text_contains_sentbreak`, then its realignment of closing marks)
        in two loops over lists, rather than through the five generators Punkt chains."""
        if not realign_boundaries:
            return super().span_tokenize(text, realign_boundaries)
        return iter(self._realigned(text, self._breaks(text)))

    def _breaks(self, text: str) -> list[tuple[int, int]]:
        """Punkt's ``_slices_from_text``: each candidate period (its ``_match_potential_end_contexts``:
        a match is asked about only once the next one's word does not overlap its own, found by
        Punkt's pattern, :data:`_PERIOD_CONTEXT`) that :meth:`text_contains_sentbreak` says ends
        a sentence ends a slice."""
        slices, last_break = [], 0
        word_start = word_end = 0  # the word before the previous candidate
        previous = None
        for match in _PERIOD_CONTEXT.finditer(text):
            space = self._get_last_whitespace_index(text[word_end : match.start()])
            start = space + word_end + 1 if space else word_start
            if previous is not None and word_end <= start:
                last_break = self._break(text[word_start:word_end], previous, slices, last_break)
            previous, word_start, word_end = match, start, match.start()
        if previous is not None:
            last_break = self._break(text[word_start:word_end], previous, slices, last_break)
        slices.append((last_break, len(text.rstrip())))
        return slices

    def _break(self, word: str, match, slices: list[tuple[int, int]], last_break: int) -> int:
        """Where the next sentence starts after asking whether the candidate ``match`` after
        ``word`` ends one (it then ends a slice in ``slices``)."""
        if not self.text_contains_sentbreak(word + match.group() + match.group("after_tok")):
            return last_break
        slices.append((last_break, match.end()))
        return match.start("next_tok") if match.group("next_tok") else match.end()

    def _realigned(self, text: str, slices: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Punkt's ``_realign_boundaries``: closing marks and brackets that open a slice are moved
        to the end of the one before; empty slices are dropped. Punkt's pattern for them
        (:data:`_REALIGNMENT`) is tried only on a slice that opens with one (:data:`_REALIGNED`)."""
        spans, realign = [], 0
        for index, (start, stop) in enumerate(slices):
            start += realign
            if index + 1 == len(slices):
                if text[start:stop]:
                    spans.append((start, stop))
                continue
            next_start, next_stop = slices[index + 1]
            closing = None
            if next_start < next_stop and text[next_start] in _REALIGNED:  # what the pattern opens with
                closing = _REALIGNMENT.match(text[next_start:next_stop])
            if closing:
                spans.append((start, next_start + len(closing.group(0).rstrip())))
                realign = closing.end()
            else:
                realign = 0
                if text[start:stop]:
                    spans.append((start, stop))
        return spans


# A word of two letters or more (after an opening mark or bracket), its period, then a space and
# another word, or one of the marks Punkt splits from a word: "polls. Morning", "\"absurd.\"".
_PLAIN_BREAK = re.compile(r"""["“‘(]?([A-Za-z]{2,})\.(?:\s+\S|[)";}\]*:@'({\[‘’“”«»?!])""")
# A closing mark or bracket, the period, a space and a word that does not open with a period.
_CLOSED_BREAK = re.compile(r"""\S*?[”"’)]\.\s+[^\s.]""")
# The whole question (after a straight mark or a bracket, which Punkt splits from a word): an
# initial and a word that opens with a letter, or a word of letters and inner dots (an
# abbreviation, group 1) and any word; the word without a period, a question or exclamation
# mark, but a final period.
_NO_BREAK = re.compile(r"""["(]?(?:[A-Za-z]\.\s+[A-Za-z][^.?!\s]*|([A-Za-z]+(?:\.[A-Za-z]+)*)\.\s+[^.?!\s]+)\.?""")


# Punkt's two patterns that the splitting runs (NLTK's ``period_context_re`` and
# ``re_boundary_realignment``), compiled with Python's ``re``. NLTK runs each of its patterns
# with the ``regex`` engine under a time limit, through a generator: its guard against patterns
# that backtrack badly, which took a third of the splitting's time. These two cannot backtrack
# badly: at each candidate they read only the marks, spaces and word right after it. The
# ``regex`` engine's \s is Unicode's White_Space, which lacks four control characters that the
# ``re`` engine's \s has (\x1c-\x1f): spaces are written as ``regex`` reads them, so that both
# find the same breaks.
_SPACE = r"[^\S\x1c-\x1f]"  # \s as the regex engine reads it
_NOT_SPACE = r"[\S\x1c-\x1f]"  # \S as the regex engine reads it
_PERIOD_CONTEXT = re.compile(
    rf"""
    [.?!]                                        # a mark that may end a sentence
    (?=(?P<after_tok>
        [)";}}\]*:@'({{\[‘’“”«»?!]               # then punctuation
      | {_SPACE}+(?P<next_tok>{_NOT_SPACE}+)     # or spaces and the next word
    ))
    """,
    re.VERBOSE,
)
# Closing marks and brackets that open a slice, with the spaces after them, or before "--".
_REALIGNMENT = re.compile(rf"""["')\]}}‘’“”«»]+?(?:{_SPACE}+|(?=--)|$)""", re.MULTILINE)
# The characters _REALIGNMENT opens with.
_REALIGNED = frozenset("\"')]}‘’“”«»")


@lru_cache(maxsize=1)
def _sentence_tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return _Punkt(params)


def sentences(text: str) -> list[Span]:
    """Split ``text`` into sentences; "Mr. Macron" and "Gen. Smith" do not end one, nor does the
    period of an abbreviation the list lacks when a lower-case word follows it: "Sen. David
    Perdue (R-Ga.) said" is one sentence (news never starts a sentence in lower case). A blank
    line ends one, unless the paragraph ends on a colon that introduces the next: a paragraph
    ending on "Plan B." does not run into the next, "He said:" does. "No." before a number ("the
    No. 2 in the party") ends nothing."""
    bounds: list[list[int]] = []
    for first, last in _paragraphs(text):
        opened = len(bounds)
        for start, end in _sentence_tokenizer().span_tokenize(text[first:last]):
            start, end = start + first, end + first
            previous_end = bounds[-1][1] if len(bounds) > opened else 0
            if len(bounds) > opened and (_goes_on(text[start : start + 2]) or _INITIALS.search(text, max(previous_end - 6, 0), previous_end)
                                         or (text[start : start + 1].isdigit() and _NUMBER_SIGN.search(text, max(previous_end - 4, 0), previous_end))):
                bounds[-1][1] = end
            else:
                bounds.append([start, end])
    return [Span(s, e, text[s:e]) for s, e in bounds]


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Where each paragraph of ``text`` (parts between blank lines) starts and ends; a paragraph
    that ends on a colon goes on into the next."""
    breaks = (m for m in _BLANK_LINE.finditer(text) if _last_character(text, m.start()) != ":")
    cuts = [0, *(position for m in breaks for position in (m.start(), m.end())), len(text)]
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if text[cuts[i] : cuts[i + 1]].strip()]


# A person's initials end a "sentence" only for punkt: "Sen. J.T. Morrow", "G.K. Butterfield";
# the initials of a place do end one ("… in the U.S. The talks").
_INITIALS = re.compile(r"""
    (?:^|[\s(])              # the initials start a word
    (?!U\.S\.|U\.K\.|U\.N\.|E\.U\.|D\.C\.)  # not a place or a body that a sentence may end on
    (?:[A-Z]\.){2,3}$         # two or three capital letters, each with its period, at the end
""", re.VERBOSE)


# "No." before a number is "number", not the end of a sentence: "the No. 2 in the GOP leadership".
_NUMBER_SIGN = re.compile(r"\bNo\.$")


def _last_character(text: str, end: int) -> str:
    """The last character before ``end`` that is not a space or a tab ("" if none)."""
    while end > 0 and text[end - 1] in " \t\r":
        end -= 1
    return text[end - 1] if end else ""


def _goes_on(opening: str) -> bool:
    """Whether a "sentence" that opens with these characters is the rest of the one before it."""
    first = opening[:1]
    return first.islower() or first in ",;)" or (first in "”’\"'" and opening[1:2] in ",;")
