"""The story model: a news event, the articles that cover it, and the official figures.

A :class:`Story` is what :func:`framekit.story.load.load_story` returns for a story folder
(the format is documented in ``data/README.md``); every lesson starts from one. Offsets into
an article always index its ``body``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from framekit.language.text import Span, word_count
from framekit.story.files import Problem
from framekit.story.rows import Row
from framekit.story.terms import Family

_PARAGRAPH = re.compile(r"\S(?:.|\n(?!\s*\n))*")  # from a non-space to before a blank line


@dataclass(frozen=True, repr=False)
class Article:
    """One article as published, with its metadata. Offsets index into ``body``."""

    id: str
    outlet: str
    published: date
    body: str
    path: Path
    body_line: int
    headline: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    country: str | None = None
    outlet_identified: str | None = None
    translated_from: str | None = None
    url: str | None = None
    notes: str | None = None

    def __repr__(self) -> str:
        return f"<Article {self.id}: {self.outlet}, {self.published}>"

    @property
    def paragraphs(self) -> list[Span]:
        """Paragraphs of the body, split at blank lines."""
        return [Span(m.start(), m.end(), m.group()) for m in _PARAGRAPH.finditer(self.body)]

    @property
    def words(self) -> int:
        """Number of words in the body."""
        return word_count(self.body)


@dataclass(frozen=True)
class ReferenceFact:
    """An official figure on a date, with who published it and where it was reported."""

    date: date
    kind: str
    value: int
    source: str
    url: str
    note: str | None = None


@dataclass(frozen=True, repr=False)
class Story:
    """A news event and the articles that cover it."""

    id: str
    title: str
    event_date: date
    summary: str
    path: Path
    articles: tuple[Article, ...]
    language: str | None = None
    reference: tuple[ReferenceFact, ...] = ()
    annotations: dict[str, tuple[Row, ...]] = field(default_factory=dict)  # by file name: "quotes.csv"
    draft_annotations: frozenset[str] = frozenset()  # the annotation files that are unreviewed machine drafts
    terms: tuple[Family, ...] = ()

    def __repr__(self) -> str:
        return f"<Story {self.id}: {len(self.articles)} articles>"

    def article(self, article_id: str) -> Article:
        """The article with this id."""
        if article_id not in self._by_id:
            raise KeyError(f"story {self.id!r} has no article {article_id!r}")
        return self._by_id[article_id]

    @cached_property
    def _by_id(self) -> dict[str, Article]:
        """The articles by id (the first, should two share one), built once: lessons look up the
        article of each of thousands of matches, and a scan each time would be quadratic."""
        by_id: dict[str, Article] = {}
        for article in self.articles:
            by_id.setdefault(article.id, article)
        return by_id


class StoryError(Exception):
    """A story that cannot be found or loaded: ``problems`` lists what is wrong in its files
    (``path:line: message``), ``message`` says what else went wrong (no data folder found)."""

    def __init__(self, problems: Sequence[Problem] = (), message: str = ""):
        self.problems = list(problems)
        super().__init__(message or "\n".join(str(problem) for problem in self.problems))
