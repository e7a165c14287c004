"""The rows lessons work with: one quote, one casualty figure, one fact, each marking a span of an article.

A row comes from either source, a story's hand annotation (``annotations/quotes.csv``,
``annotations/figures.csv``) or an extractor (``Quote.as_row()``, ``Figure.as_row()``), with the
same keys in the same order, so that a lesson can ask the same question of both. The keys of
each type are the columns of its annotation file and of the ``--json`` output of
``framekit quotes`` and ``framekit figures``. ``start`` and ``end`` are character offsets
into the article's body: ``text == body[start:end]``.
"""

from __future__ import annotations

from typing import TypedDict, Union


class QuoteRow(TypedDict):
    """A direct quote, a reported statement or a term (words in quotation marks nobody says)."""

    article: str
    speaker: str | None
    text: str
    kind: str  # "direct", "indirect" or "term"
    cue: str | None  # the reporting verb: "said", "claimed", "according to"
    via: str | None  # the intermediary it came through: TASS, a ministry's readout
    start: int
    end: int


class FigureRow(TypedDict):
    """A casualty figure: how many, how sure (the hedge and the interval it implies), of what,
    and whom the sentence credits."""

    article: str
    text: str
    value: int | None  # None for a vague quantity such as "dozens"
    low: int | None  # None where the wording sets no lower bound
    high: int | None  # None where the wording sets no upper bound
    hedge: str | None  # "at least", "nearly", …
    category: str  # "killed", "injured", "missing", "detained" or "other"
    source: str | None
    start: int
    end: int


class FactRow(TypedDict):
    """One fact of a story's checklist (``annotations/facts.csv``, lesson 01) as one article
    states it: the passage of the body where the article first states the fact. An article with
    no row for a fact does not mention it."""

    fact: str  # a short id, such as "claim-of-responsibility"
    wording: str  # the fact in neutral words, the same on every row of the fact
    article: str
    start: int
    end: int
    text: str


# A row of any kind, for what works on all: scoring against an annotation, picking a source.
Row = Union[QuoteRow, FigureRow, FactRow]
QUOTE_COLUMNS = tuple(QuoteRow.__annotations__)
FIGURE_COLUMNS = tuple(FigureRow.__annotations__)
FACT_COLUMNS = tuple(FactRow.__annotations__)
