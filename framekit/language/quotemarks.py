"""Where quotation marks open and close in an article, apostrophes and stray marks included.

The first step of quote extraction (lesson 02): find the spans of text inside quotation
marks, “ ”, « », ‘ ’, straight " " and the doubled apostrophes '' '' of the New York Times
archive, without the marks. The rules, each named after the typographic pattern it handles:

- **Apostrophes.** ``’`` followed by a letter is an apostrophe (Kyiv’s, don’t); so is a ``’``
  with no ``‘`` open (Paris’ willingness). A single straight ``'`` is never a quotation mark.
- **Apostrophe typed as an opening quote.** ``‘`` after a letter is an apostrophe (Obama‘s);
  so is a ``‘`` before an abbreviated year (‘90s, ‘08) or an elided word (‘em, rock ‘n’ roll,
  ‘til), and the second mark of ``’n’``.
- **Straight marks.** A straight ``"`` opens when it follows a space (a no-break space too)
  or an opening bracket and closes when it is followed by a space, punctuation or the end of
  the paragraph.
- **Doubled apostrophes.** Two straight apostrophes ``''`` are one double quotation mark
  (the NYT archive's ''We will win,'' he said.), read like a straight ``"``. In a run of
  three, ``'''``, the pair is the two outer apostrophes: the third is an inner quote
  opening (a run that opens) or closing (a run that closes).
- **Mark squeezed between words.** A straight double mark between sentence punctuation and a
  letter, with no space (``,"Katie`` or ``."We``), closes the open quotation, else opens one.
- **Mixed marks.** Double marks of every style close one another: "work-related” emails,
  “it is noise," he said.
- **Curly marks typed the wrong way round.** ``“`` (or ``‘``) after a word and before a
  space or punctuation closes the quotation open (“Frozen“ and); ``”`` after a space and
  before a word opens one (so ”get close”).
- **Unclosed single quote inside a double one.** A double closing mark closes its quotation
  even when a ``‘`` opened inside it is still open: that ``‘`` was an apostrophe.
- **Nesting.** A quotation inside a quotation is part of the outer one; only the outer span
  is returned.
- **Missing closing mark.** A mark left open at the end of a paragraph closes at the end of
  its sentence, so that a missing mark never swallows the rest of the article, unless the
  next paragraph opens with a quotation mark: then the quotation goes on there (the
  convention for a quotation over several paragraphs) and this paragraph's part ends with
  the paragraph.

Every rule looks at a mark's neighbours only, so that finding the spans takes time linear
in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import NamedTuple

from framekit.language.sentences import sentences
from framekit.language.text import Span

DOUBLED = "''"  # two straight apostrophes: a double quotation mark in the NYT archive
FAMILY = {  # marks of one family close one another, whatever their style
    "“": "double", "”": "double", '"': "double", DOUBLED: "double",
    "‘": "single", "’": "single",
    "«": "guillemet", "»": "guillemet",
}
OPENERS = frozenset({"“", "‘", "«", '"', DOUBLED})  # the marks that can open a paragraph's quotation
_OPEN_BEFORE = "([{—–-/“‘«\""  # besides a space of any kind, what may stand before an opening mark
_SENTENCE_PUNCT = ".,;:!?"  # what stands before a straight mark squeezed against the next word
_WORD_END = ".,!?"  # what may end a quoted word before its closing mark (not a colon, which introduces one)
_NEAR = 8  # how many characters around a mark the rules look at

# After an apostrophe typed as an opening quote: an abbreviated year or an elided word.
_ELIDED = re.compile(
    r"""
    (?: \d\d (?!\d)                              # an abbreviated year: ‘90s, ‘08
      | (?: em | n | til | cause | bout | tis | twas | nuff ) (?![^\W\d_])   # ‘em, ‘n’, ‘til
    )
    """,
    re.VERBOSE,
)


class _Mark(NamedTuple):
    """A quotation mark candidate: its text (one character, or ``''``), where it is, what
    stands right before and after it in its paragraph (a space at the paragraph's edges),
    and the few characters on either side, enough to recognise an elided word. A named tuple,
    as quick to make as a tuple: a paragraph has many candidates."""

    text: str
    position: int
    before: str
    after: str
    preceding: str
    following: str

    @property
    def end(self) -> int:
        """Where the mark ends."""
        return self.position + len(self.text)


class _Open(NamedTuple):
    """An open quotation: its mark and ``floor``, the index in the stack of the nearest open
    quotation at or below it that is not a ``‘`` (-1 if none), so that a double mark can
    close through ``‘`` apostrophes in one step."""

    mark: _Mark
    floor: int


class _Stack:
    """The quotations open at a point of a paragraph, innermost last."""

    def __init__(self) -> None:
        self.items: list[_Open] = []

    def push(self, mark: _Mark) -> None:
        """Open a quotation at ``mark``."""
        below = self.items[-1].floor if self.items else -1
        self.items.append(_Open(mark, below if mark.text == "‘" else len(self.items)))

    def closable(self, family: str) -> int | None:
        """The index of the quotation a closing mark of ``family`` closes, or None.

        The innermost one if it is of that family; for a double mark or a guillemet, also
        the nearest one of that family under nothing but unclosed ``‘`` (apostrophes)."""
        if not self.items:
            return None
        top = len(self.items) - 1
        if FAMILY[self.items[top].mark.text] == family:
            return top
        floor = self.items[top].floor  # unclosed single quote inside a double one: close through it
        if family != "single" and floor >= 0 and FAMILY[self.items[floor].mark.text] == family:
            return floor
        return None

    def close(self, index: int) -> _Mark:
        """Close the quotation at ``index``; those opened inside it and still open are dropped."""
        opened = self.items[index].mark
        del self.items[index:]
        return opened


def quote_spans(body: str) -> list[Span]:
    """The outermost quoted spans of ``body``, without their marks, in order."""
    paragraphs = _paragraph_bounds(body)
    bounds: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(paragraphs):
        next_opens = index + 1 < len(paragraphs) and _opens_with_mark(body, paragraphs[index + 1][0])
        bounds += _spans_in(body, start, end, next_opens)
    return [_trimmed(body, start, end) for start, end in _outermost(bounds)]


def _opens_with_mark(body: str, position: int) -> bool:
    """Whether a quotation mark stands at ``position`` (a paragraph's first character)."""
    return body[position] in OPENERS or body.startswith(DOUBLED, position)


def _paragraph_bounds(body: str) -> list[tuple[int, int]]:
    """Where each paragraph (a block between blank lines) starts and ends, without its spaces."""
    bounds, start = [], 0
    for block in body.split("\n\n"):
        stripped = block.strip()
        if stripped:
            first = start + block.index(stripped[0])
            bounds.append((first, first + len(stripped)))
        start += len(block) + 2
    return bounds


def _spans_in(body: str, start: int, end: int, continued: bool) -> list[tuple[int, int]]:
    """Where the quoted spans of the paragraph ``body[start:end]`` start and end, nested ones
    included: bounds only, so that a pile of nested spans costs no copying of text."""
    stack = _Stack()
    bounds = []
    for mark in _marks(body, start, end):
        role = _role(mark, stack)
        if role == "open":
            stack.push(mark)
        elif role is not None:
            bounds.append((stack.close(role).end, mark.position))
    if stack.items:
        closes = _unclosed_ends(body, start, end, [item.mark.position for item in stack.items], continued)
        bounds += [(item.mark.end, close) for item, close in zip(stack.items, closes, strict=True)]
    return bounds


# A character that may be (or begin) a quotation mark: one of FAMILY's, or a straight apostrophe.
_CANDIDATE = re.compile("[" + re.escape("".join(mark for mark in FAMILY if len(mark) == 1) + "'") + "]")


def _marks(body: str, start: int, end: int) -> Iterator[_Mark]:
    """The quotation mark candidates of ``body[start:end]`` in order; a run of straight
    apostrophes gives one ``''`` (doubled apostrophes) or nothing (a single one), and a ``’``
    before a letter or a digit nothing (an apostrophe: :func:`_right_single_role` would say so
    of the mark made for it). Each step jumps to the next candidate (:data:`_CANDIDATE`) rather
    than looking at every character."""
    position = start
    while (found := _CANDIDATE.search(body, position, end)) is not None:
        position = found.start()
        char = body[position]
        if char == "'":  # doubled apostrophes: a run of two or three is one double mark
            run_end = position
            while run_end < end and body[run_end] == "'":
                run_end += 1
            if run_end - position >= 2:
                yield _doubled(body, position, run_end, start, end)
            position = run_end
            continue
        if char == "’" and position + 1 < end and body[position + 1].isalnum():
            position += 1  # an apostrophe in a word (Kyiv’s, don’t), the commonest candidate: no mark
            continue
        if char in FAMILY:
            yield _mark(body, char, position, start, end)
        position += 1


def _mark(body: str, text: str, position: int, start: int, end: int) -> _Mark:
    """The mark ``text`` at ``position`` with its neighbours in the paragraph ``start:end``."""
    mark_end = position + len(text)
    before = body[position - 1] if position > start else " "
    after = body[mark_end] if mark_end < end else " "
    preceding = body[max(start, position - _NEAR) : position]
    return _Mark(text, position, before, after, preceding, body[mark_end : min(end, mark_end + _NEAR)])


def _doubled(body: str, run_start: int, run_end: int, start: int, end: int) -> _Mark:
    """The ``''`` of a run of apostrophes: the run's first two when it opens (after a space or
    bracket), its last two when it closes; a third is an inner quote or an apostrophe."""
    opening = run_start == start or _may_open_after(body[run_start - 1])
    return _mark(body, DOUBLED, run_start if opening else run_end - 2, start, end)


def _role(mark: _Mark, stack: _Stack) -> str | int | None:
    """"open", the stack index of the quotation the mark closes, or None (not a quotation mark)."""
    if mark.text in ('"', DOUBLED):
        return _straight_role(mark, stack)
    if mark.text == "”":
        return _right_double_role(mark, stack)
    if mark.text == "“":
        return _left_double_role(mark, stack)
    if mark.text == "‘":
        return _left_single_role(mark, stack)
    if mark.text == "’":
        return _right_single_role(mark, stack)
    return "open" if mark.text == "«" else stack.closable("guillemet")


def _straight_role(mark: _Mark, stack: _Stack) -> str | int | None:
    """A straight ``"`` or doubled ``''``: opens after a space, closes before one; squeezed
    between sentence punctuation and a letter (``,"Katie``) it closes if it can, else opens."""
    if _may_open_after(mark.before) and not mark.after.isspace():  # straight marks: opens after a space
        return "open"
    closes = stack.closable("double")  # mixed marks: any double mark closes
    if closes is not None and not mark.after.isalnum():  # straight marks: closes before a space
        return closes
    if mark.before in _SENTENCE_PUNCT and mark.after.isalpha():  # mark squeezed between words
        return "open" if closes is None else closes
    return None


def _right_double_role(mark: _Mark, stack: _Stack) -> str | int | None:
    """``”`` closes a double quotation; typed the wrong way round, after a space and before
    a word (so ”get close”), it opens one."""
    if _may_open_after(mark.before) and mark.after.isalnum():  # curly mark typed the wrong way round
        return "open"
    return stack.closable("double")  # mixed marks: it closes a straight or doubled opening too


def _left_double_role(mark: _Mark, stack: _Stack) -> str | int | None:
    """``“`` opens; typed the wrong way round, after a word and before a space or punctuation
    (“Frozen“ and), it closes the double quotation open, or is a stray mark if none is."""
    if _in_closing_position(mark):  # curly mark typed the wrong way round
        return stack.closable("double")
    return "open"


def _left_single_role(mark: _Mark, stack: _Stack) -> str | int | None:
    """``‘`` opens, but after a letter it is an apostrophe (Obama‘s) or a wrong-way closing
    mark (‘dead bodies‘,), and before an abbreviated year or elided word (‘90s, ‘em) an
    apostrophe."""
    if _in_closing_position(mark):  # curly mark typed the wrong way round
        return stack.closable("single")
    if mark.before.isalnum() or _ELIDED.match(mark.following):  # apostrophe typed as an opening quote
        return None
    return "open"


def _right_single_role(mark: _Mark, stack: _Stack) -> str | int | None:
    """``’`` closes a single quotation, unless it is an apostrophe: before a letter (don’t),
    or the second mark of rock ’n’ roll."""
    if mark.after.isalnum() or _closes_elided_n(mark):  # apostrophes: Kyiv’s, rock ’n’ roll
        return None
    return stack.closable("single")  # apostrophes: with no ‘ open, Paris’ closes nothing


def _may_open_after(char: str) -> bool:
    """Whether an opening mark may follow ``char``: a space of any kind (a no-break space
    too), an opening bracket, a dash, a slash or another opening mark."""
    return char.isspace() or char in _OPEN_BEFORE


def _in_closing_position(mark: _Mark) -> bool:
    """After a word (or its final punctuation) and before a space or punctuation."""
    return (mark.before.isalnum() or mark.before in _WORD_END) and not mark.after.isalnum()


def _closes_elided_n(mark: _Mark) -> bool:
    """Whether ``mark`` is the ``’`` that ends ’n’ / ‘n’ (rock ’n’ roll)."""
    return mark.preceding[-2:] in ("‘n", "’n", "'n")


def _unclosed_ends(body: str, start: int, end: int, openings: list[int], continued: bool) -> list[int]:
    """Where quotations left open at ``openings`` end: the paragraph's end when the next one
    goes on with the quotation, else the end of each one's sentence."""
    if continued:
        return [end] * len(openings)
    ends = [start + sentence.end for sentence in sentences(body[start:end])]
    return [ends[index] if (index := bisect.bisect_right(ends, opened)) < len(ends) else end for opened in openings]


def _trimmed(body: str, start: int, end: int) -> Span:
    """The span without surrounding spaces, such as those inside French « guillemets »."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return Span(start, end, body[start:end])


def _outermost(bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that lie inside no other, in order."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(bounds, key=lambda bound: (bound[0], -bound[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept
