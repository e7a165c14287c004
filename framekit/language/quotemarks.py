"""Where quotation marks open and close in an article, apostrophes and stray marks included.

The first step of quote extraction (lesson 02): find the spans of text inside quotation
marks, “ ”, « », ‘ ’ and straight " ", without the marks. The rules:

- ``’`` followed by a letter is an apostrophe (Kyiv’s, don’t); so is a ``’`` with no ``‘``
  open (Paris’ willingness). A straight ``'`` is never a quotation mark.
- A straight ``"`` opens when it follows a space or an opening bracket and closes when it is
  followed by a space, punctuation or the end of the paragraph.
- A quotation inside a quotation is part of the outer one; only the outer span is returned.
- A mark left open at the end of a paragraph closes at the end of its sentence, so that a
  missing mark never swallows the rest of the article, unless the next paragraph opens with
  a quotation mark: then the quotation goes on there (the convention for a quotation over
  several paragraphs) and this paragraph's part ends with the paragraph.
"""

from __future__ import annotations

from framekit.language.sentences import sentences
from framekit.language.text import Span

PAIRS = {"“": "”", "«": "»", "‘": "’", '"': '"'}
OPENERS = frozenset(PAIRS)
CLOSERS = frozenset(PAIRS.values())
_OPEN_BEFORE = " \t\n([{—–-/“‘«"


def quote_spans(body: str) -> list[Span]:
    """The outermost quoted spans of ``body``, without their marks, in order."""
    paragraphs = _paragraph_bounds(body)
    spans: list[Span] = []
    for index, (start, end) in enumerate(paragraphs):
        next_opens = index + 1 < len(paragraphs) and body[paragraphs[index + 1][0]] in OPENERS
        spans += _spans_in(body, start, end, next_opens)
    return _outermost(spans)


def _paragraph_bounds(body: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for block in body.split("\n\n"):
        stripped = block.strip()
        if stripped:
            first = start + block.index(stripped[0])
            bounds.append((first, first + len(stripped)))
        start += len(block) + 2
    return bounds


def _spans_in(body: str, start: int, end: int, continued: bool) -> list[Span]:
    stack: list[tuple[str, int]] = []
    spans = []
    for position in range(start, end):
        role = _role(body, position, start, end, stack)
        if role == "open":
            stack.append((body[position], position))
        elif role == "close":
            _, opened = stack.pop()
            spans.append(_trimmed(body, opened + 1, position))
    for _, opened in stack:
        close = end if continued else _sentence_end(body, opened, start, end)
        spans.append(_trimmed(body, opened + 1, close))
    return spans


def _trimmed(body: str, start: int, end: int) -> Span:
    """The span without surrounding spaces, such as those inside French « guillemets »."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return Span(start, end, body[start:end])


def _role(body: str, position: int, start: int, end: int, stack: list[tuple[str, int]]) -> str | None:
    char = body[position]
    before = body[position - 1] if position > start else " "
    after = body[position + 1] if position + 1 < end else " "
    closes_top = bool(stack) and PAIRS[stack[-1][0]] == char
    if char == '"':
        if before in _OPEN_BEFORE and not after.isspace():
            return "open"
        return "close" if closes_top and not after.isalnum() else None
    if char == "’":
        return "close" if closes_top and not after.isalnum() else None
    if char == "‘":
        return "open" if not before.isalnum() else None
    if char in OPENERS:
        return "open"
    return "close" if closes_top else None


def _sentence_end(body: str, opened: int, start: int, end: int) -> int:
    for sentence in sentences(body[start:end]):
        if start + sentence.start <= opened < start + sentence.end:
            return start + sentence.end
    return end


def _outermost(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept
