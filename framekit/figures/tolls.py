"""The official toll over time, and each article's figure set against it (lesson 04).

A story's ``reference`` facts (``story.yaml``) are official figures as published on a date,
with their source. Read in order they form a timeline: the figure *in force* on a date is the
last one of its kind published on or before that date. An article's figure is then judged
against the toll in force on the day it was published, not against what was known later.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from framekit.figures.extraction import extract_text
from framekit.language.hedges import contains
from framekit.language.sentences import sentences
from framekit.story.model import ReferenceFact, Story
from framekit.story.rows import FigureRow


class ComparedFigure(FigureRow):
    """A figure with its article's outlet and date, the official figure in force then, and how
    the figure reads against it (:func:`reading`)."""

    outlet: str
    published: date
    official: ReferenceFact | None
    reading: str


def facts(story: Story, kind: str = "killed") -> list[ReferenceFact]:
    """The reference facts of ``kind``, in the order listed (date order)."""
    return [fact for fact in story.reference if fact.kind == kind]


def official(story: Story, on: date, kind: str = "killed") -> ReferenceFact | None:
    """The official figure of ``kind`` in force on ``on``: the last one published by that day
    (of two on the same day, the one listed last)."""
    published = sorted((fact for fact in facts(story, kind) if fact.date <= on), key=lambda fact: fact.date)
    return published[-1] if published else None


def steps(story: Story, kind: str = "killed", until: date | None = None) -> list[tuple[date, int]]:
    """(date, figure in force at the end of that day) for each day the figure of ``kind`` changed,
    up to ``until``; a figure replaced the same day is left out (it is still in :func:`facts`)."""
    changed = sorted({fact.date for fact in facts(story, kind) if until is None or fact.date <= until})
    return [(day, official(story, day, kind).value) for day in changed]


def days(story: Story) -> list[date]:
    """The days of a date slider: every day from the first reference fact until the last article
    appeared (or the last fact, if there are no articles), then each later fact's date, so that
    the weeks that matter are not squeezed into a sliver of a year-long slider."""
    if not story.reference:
        return []
    dates = sorted({f.date for f in story.reference})
    until = max((a.published for a in story.articles), default=dates[-1])
    daily = [dates[0] + timedelta(days=n) for n in range((until - dates[0]).days + 1)]
    return daily + [day for day in dates if day > until]


EARLIER = "earlier figure of a revision"


def reading(row: FigureRow, toll: int, earlier: bool = False) -> str:
    """How a figure stands against the official ``toll``: "precise" when it states that number,
    "rounded" when it states another whose interval still holds it (*over 140* for 144), and
    "outside" when its interval leaves the toll out. The earlier figure of a revision in the
    same sentence ("rose from 12 to 14": the 12) is not the article's claim about the toll now,
    so it reads as :data:`EARLIER` instead of being judged."""
    if earlier:
        return EARLIER
    if not contains(row["low"], row["high"], toll):
        return "outside"
    return "precise" if row["value"] == toll else "rounded"


def comparison(story: Story, rows: Sequence[FigureRow], kind: str = "killed", on: date | None = None) -> list[ComparedFigure]:
    """Each figure of ``kind`` with its article's outlet and date, the official toll in force on
    that date (or on ``on`` when given) and the figure's :func:`reading` against it."""
    compared = []
    for row in rows:
        if row["category"] != kind:
            continue
        article = story.article(row["article"])
        fact = official(story, on or article.published, kind)
        compared.append({
            **row,
            "outlet": article.outlet,
            "published": article.published,
            "official": fact,
            "reading": reading(row, fact.value, _is_earlier(story, row)) if fact else "no official figure yet",
        })
    return compared


def _is_earlier(story: Story, row: FigureRow) -> bool:
    """Whether ``row`` is the earlier figure of a revision that its own sentence states: the
    extractor, run on that sentence only, finds a later figure revised from it."""
    body = story.article(row["article"]).body
    for start, end in _sentence_bounds(body):
        if start <= row["start"] < end:
            return any(start + at > row["start"] and earlier == row["value"] for at, earlier in _revisions(body[start:end]))
    return False


# Both cached on the text alone: a lesson compares the same figures several times (in the
# table, in the chart, on another date), and the answer depends on the text only.
@lru_cache(maxsize=256)
def _sentence_bounds(body: str) -> tuple[tuple[int, int], ...]:
    return tuple((span.start, span.end) for span in sentences(body))


@lru_cache(maxsize=1024)
def _revisions(sentence: str) -> tuple[tuple[int, int], ...]:
    """The revisions the extractor finds in ``sentence``: (where the later figure starts, the
    earlier figure's value)."""
    return tuple((f.start, f.revised_from) for f in extract_text(sentence) if f.revised_from is not None)


def unreported(story: Story, rows: Sequence[FigureRow]) -> list[ReferenceFact]:
    """The official figures in force when the last article was published whose kind no figure
    of ``rows`` reports (lesson 04: the injured)."""
    if not story.articles:
        return []
    last = max(article.published for article in story.articles)
    reported = {row["category"] for row in rows}
    kinds = dict.fromkeys(fact.kind for fact in story.reference)
    return [fact for kind in kinds if kind not in reported and (fact := official(story, last, kind))]
