"""Words, phrases and spans of text, with character offsets and no downloaded data.

Every result carries ``start`` and ``end`` offsets into the text it came from, so that lessons
can highlight spans in an article's body. :class:`Span` is the one type for a stretch of text
throughout framekit: a paragraph, a sentence, a quotation, a match. Sentences are split in
:mod:`framekit.language.sentences`; TextBlob's tone in :mod:`framekit.language.sentiment`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_PHRASE_SEPARATOR = re.compile(r"[\s\-‐‑–]+")
_SEPARATOR = r"(?:\s*[-‐‑–]\s*|\s+)"
_APOSTROPHE = re.compile(r"['’]")
# What a terminal acts on instead of showing: C0 and C1 controls and DEL (escape sequences that
# clear the screen or colour text, the bell, carriage return, newline), the line and paragraph
# separators, and the bidirectional embeddings, overrides and isolates that reorder what follows.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


@dataclass(frozen=True)
class Span:
    """A stretch of text and where it sits: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def visible(text: str) -> str:
    """``text`` with every control character (and newline) written as an escape: ``\\n``,
    ``\\t``, ``\\u001b``. Story text is untrusted: printed raw, it could clear a terminal, print a
    false "OK" or forge a ``path:line:`` line. The escapes are also valid inside a JSON string."""
    return _CONTROL.sub(lambda found: _NAMED_ESCAPES.get(found.group(), f"\\u{ord(found.group()):04x}"), text)


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
