"""Keyword in context: every match of a term, or of a free query, on one line (lesson 03).

A count says how often a word occurs, not how it is used: "Kiev" in a quotation of a Russian
official is not the outlet's own word. :func:`concordance` puts each match in its context so
that students read before they trust a count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from framekit.language.text import phrase_pattern
from framekit.story.model import Story
from framekit.story.terms import REGEX_PREFIX
from framekit.words.matching import Match


@dataclass(frozen=True)
class Line:
    """A match in context: ``left`` and ``right`` are the words around it, on one line."""

    article: str
    left: str
    match: str
    right: str
    start: int

    def __str__(self) -> str:
        return f"{self.left} [{self.match}] {self.right}"


def concordance(
    story: Story, spans: Iterable[tuple[str, int, int]], width: int = 50, articles: Sequence[str] | None = None
) -> list[Line]:
    """Keyword in context for (article id, start, end) spans: ``width`` characters each side.

    Line breaks become spaces and ``left`` is padded on the left, so that the matches line
    up in a fixed-width font. ``articles`` keeps only those articles.
    """
    kept = None if articles is None else set(articles)  # a set: one look-up per span, however many articles
    lines = []
    for article_id, start, end in spans:
        if kept is not None and article_id not in kept:
            continue
        body = story.article(article_id).body
        left = one_line(body[max(0, start - width) : start])[-width:].rjust(width)
        right = one_line(body[end : end + width])[:width]
        lines.append(Line(article_id, left, one_line(body[start:end]), right, start))
    return lines


def query_spans(story: Story, query: str) -> list[tuple[str, int, int]]:
    """(article id, start, end) of a free query: a phrase, or ``regex:...`` as in terms.yaml."""
    if query.startswith(REGEX_PREFIX):
        try:
            regex = re.compile(query[len(REGEX_PREFIX) :])
        except re.error:
            return []
    else:
        regex = phrase_pattern(query)
    if regex is None:
        return []
    return [(a.id, m.start(), m.end()) for a in story.articles for m in regex.finditer(a.body) if m.end() > m.start()]


def variant_spans(found: Iterable[Match], family: str, variant: str | None = None) -> list[tuple[str, int, int]]:
    """(article id, start, end) of the matches of a family, or of one of its variants."""
    return [(m.article, m.start, m.end) for m in found if m.family == family and variant in (None, m.variant)]


def one_line(text: str) -> str:
    """``text`` with every run of whitespace, line breaks included, as one space."""
    return re.sub(r"\s+", " ", text)
