"""What each outlet calls the same thing: term families matched over a story (lesson 03).

:func:`matches` finds every variant of every family in each article's body. Within one
family, where patterns overlap, the longest match wins and a stretch of text counts once
("Kiev regime" is not also "Kiev"); different families may count the same words, since
they ask different questions. :func:`counts` turns matches into counts and rates per 1,000
words, per article and per outlet. Each match is read in its context with
:mod:`framekit.words.concordance`, and the tone around it with :mod:`framekit.words.tone`.
"""

from __future__ import annotations

import json
import re

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from framekit.story.model import Article, Story
from framekit.story.terms import Family


@dataclass(frozen=True)
class Match:
    """One variant of one family found in an article's body."""

    article: str
    family: str
    variant: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Count:
    """How often a variant occurs in an article (or an outlet's articles)."""

    article: str
    family: str
    variant: str
    count: int
    per_1000_words: float
    spans: tuple[tuple[int, int], ...]

    def as_row(self) -> dict:
        """The count as the ``framekit terms --json`` contract gives it."""
        return {
            "article": self.article, "family": self.family, "variant": self.variant, "count": self.count,
            "per_1000_words": round(self.per_1000_words, 2), "spans": [list(span) for span in self.spans],
        }


def family_matches(family: Family, article: Article, lowered: str | None = None) -> list[Match]:
    """The matches of one family in ``article``: longest first where patterns overlap.

    ``lowered`` is the body in lower case, if the caller has it already.
    """
    lowered = article.body.lower() if lowered is None else lowered
    candidates = [
        (m.start(), m.end(), variant.label)
        for variant in family.variants
        for regex, word in variant.searches
        if word is None or word in lowered
        for m in regex.finditer(article.body)
        if m.end() > m.start()
    ]
    return [Match(article.id, family.id, label, s, e, article.body[s:e]) for s, e, label in _longest_first(candidates)]


def _longest_first(candidates: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The (start, end, label) spans kept where spans overlap: the longest first (the leftmost
    of equals), then each span that overlaps none kept so far; in order of position.

    Which characters are taken is marked in a bytearray, so that checking a span costs its
    length, not the number of spans kept: many matches in one article stay linear.
    """
    ordered = sorted(candidates, key=lambda c: (c[0] - c[1], c[0]))
    taken = bytearray(max((end for _, end, _ in ordered), default=0))
    kept = []
    for start, end, label in ordered:
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end, label))
    return sorted(kept)


def matches(story: Story, families: Sequence[Family]) -> list[Match]:
    """Every match of every family in every article, in article and text order."""
    found = []
    for article in story.articles:
        lowered = article.body.lower()
        found += [m for family in families for m in family_matches(family, article, lowered)]
    return found


def counts(story: Story, families: Sequence[Family]) -> list[Count]:
    """One :class:`Count` per article, family and variant (zeros included), in that order."""
    spans: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
    for m in matches(story, families):
        spans.setdefault((m.article, m.family, m.variant), []).append((m.start, m.end))
    result = []
    for article in story.articles:
        words = article.words
        for family in families:
            for variant in family.variants:
                found = tuple(spans.get((article.id, family.id, variant.label), ()))
                result.append(Count(article.id, family.id, variant.label, len(found), _rate(len(found), words), found))
    return result


def rate_grid(story: Story, families: Sequence[Family], found: Sequence[Count]) -> tuple[list[str], list[list[float]]]:
    """Rows "family · variant" and, per row, the rate per 1,000 words in each article (story
    order); variants no article uses are left out (see :func:`unused`)."""
    rates = {(c.article, c.family, c.variant): c.per_1000_words for c in found}
    labels, grid = [], []
    for family in families:
        for variant in family.variants:
            row = [rates.get((a.id, family.id, variant.label), 0.0) for a in story.articles]
            if any(row):
                labels.append(f"{family.id} · {variant.label}")
                grid.append(row)
    return labels, grid


def unused(families: Sequence[Family], found: Sequence[Count]) -> list[str]:
    """"family · variant" for the variants that no article uses."""
    used = {(c.family, c.variant) for c in found if c.count}
    return [f"{f.id} · {v.label}" for f in families for v in f.variants if (f.id, v.label) not in used]


def by_outlet(story: Story, families: Sequence[Family]) -> dict[str, dict[tuple[str, str], float]]:
    """Outlet -> (family, variant) -> rate per 1,000 words over all the outlet's articles."""
    words: dict[str, int] = {}
    totals: dict[str, dict[tuple[str, str], int]] = {}
    for article in story.articles:
        words[article.outlet] = words.get(article.outlet, 0) + article.words
        totals.setdefault(article.outlet, {})
    for count in counts(story, families):
        outlet = story.article(count.article).outlet
        key = (count.family, count.variant)
        totals[outlet][key] = totals[outlet].get(key, 0) + count.count
    return {outlet: {key: _rate(n, words[outlet]) for key, n in cells.items()} for outlet, cells in totals.items()}


def _rate(count: int, words: int) -> float:
    return 1000 * count / words if words else 0.0


def name_family(full_name: str) -> str:
    """A term family, as ``terms.yaml`` text, for the ways an article can name one person: the
    full name, an honorific with the surname, the surname alone. A lesson builds it for the
    story's most quoted person, to show the format; a title used instead of the name ("the
    president") is left for the student to add. Values are JSON strings, which YAML reads as
    double-quoted scalars, so that any name is quoted safely."""
    surname = full_name.split()[-1]
    honorific = f"regex:\\b(?:Mr|Mrs|Ms|Dr)\\.? {re.escape(surname)}\\b"
    q = json.dumps
    return (
        f"id: person\nquestion: {q(f'How does the outlet name {full_name}?')}\nreferent: {q(full_name)}\nvariants:\n"
        f"  - label: {q(full_name)}\n    patterns: [{q(full_name)}]\n"
        f"  - label: honorific and surname\n    patterns: [{q(honorific)}]\n"
        f"  - label: {q(surname + ' alone')}\n    patterns: [{q(surname)}]\n"
    )
