"""What each outlet calls the same thing: term families matched over a story (lesson 03).

:func:`matches` finds every variant of every family in each article's body. Within one
family, where patterns overlap, the longest match wins and a stretch of text counts once
("Kiev regime" is not also "Kiev"); different families may count the same words, since
they ask different questions. :func:`counts` turns matches into counts and rates per 1,000
words, per article and per outlet; :func:`concordance` shows each match in its context
(keyword in context); :func:`tone` scores the sentences around a variant with TextBlob;
:func:`check_family` gives feedback on a family a student writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from framekit.checks import NOT_ANSWERED, Feedback
from framekit.corpus import Article, Story
from framekit.tables import Table
from framekit.quotemarks import quote_spans
from framekit.terms import Family, family_from_yaml
from framekit.text import Span, assessments, phrase_pattern, sentences, sentiment


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
    taken: list[tuple[int, int, str]] = []
    for start, end, label in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, label))
    return [Match(article.id, family.id, label, s, e, article.body[s:e]) for s, e, label in sorted(taken)]


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


def count_table(story: Story, family: Family, found: Sequence[Count] | None = None) -> Table:
    """One family's counts: a row per article, a column per variant (``found`` from :func:`counts`)."""
    found = counts(story, [family]) if found is None else found
    cells = {(c.article, c.variant): c.count for c in found if c.family == family.id}
    labels = [variant.label for variant in family.variants]
    rows = tuple((a.id, *(str(cells.get((a.id, label), 0)) for label in labels)) for a in story.articles)
    return Table(("article", *labels), rows, caption=f"{family.id}: {family.question}")


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


def family_table(families: Sequence[Family]) -> Table:
    """The families: id, question and variant labels."""
    rows = tuple((f.id, f.question, ", ".join(v.label for v in f.variants)) for f in families)
    return Table(("family", "question", "variants"), rows, caption="Term families")


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
    lines = []
    for article_id, start, end in spans:
        if articles is not None and article_id not in articles:
            continue
        body = story.article(article_id).body
        left = _one_line(body[max(0, start - width) : start])[-width:].rjust(width)
        right = _one_line(body[end : end + width])[:width]
        lines.append(Line(article_id, left, _one_line(body[start:end]), right, start))
    return lines


def query_spans(story: Story, query: str) -> list[tuple[str, int, int]]:
    """(article id, start, end) of a free query: a phrase, or ``regex:...`` as in terms.yaml."""
    if query.startswith("regex:"):
        try:
            regex = re.compile(query[len("regex:") :])
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


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@dataclass(frozen=True)
class Tone:
    """TextBlob's reading of the sentence around one match."""

    article: str
    family: str
    variant: str
    sentence: str
    polarity: float
    subjectivity: float
    quoted: bool
    drivers: tuple[tuple[str, float], ...]


def tone_table(tones: Sequence[Tone], width: int = 70) -> Table:
    """One row per distinct (article, variant, sentence): the scores and what drove them."""
    rows, seen = [], set()
    for t in tones:
        if (t.article, t.variant, t.sentence) in seen:
            continue
        seen.add((t.article, t.variant, t.sentence))
        drivers = ", ".join(f"{words} {polarity:+.2f}" for words, polarity in t.drivers if polarity) or "-"
        sentence = _one_line(t.sentence)
        sentence = sentence if len(sentence) <= width else sentence[: width - 1] + "…"
        rows.append((t.article, t.variant, f"{t.polarity:+.2f}", f"{t.subjectivity:.2f}",
                     "quoted" if t.quoted else "narrated", drivers, sentence))
    columns = ("article", "variant", "polarity", "subjectivity", "match is", "words that scored", "sentence")
    return Table(columns, tuple(rows), caption="TextBlob's tone of the sentence around each match")


def tone(story: Story, found: Iterable[Match]) -> list[Tone]:
    """The sentence around each match, its TextBlob polarity and subjectivity, whether the match
    is inside a quotation, and the words that drove the polarity (``sentiment_assessments``)."""
    result = []
    for article in story.articles:
        spans = sentences(article.body)
        quoted = quote_spans(article.body)
        for match in (m for m in found if m.article == article.id):
            sentence = next((s for s in spans if s.start <= match.start < s.end), Span(0, 0, ""))
            polarity, subjectivity = sentiment(sentence.text)
            inside = any(q.start <= match.start and match.end <= q.end for q in quoted)
            result.append(Tone(article.id, match.family, match.variant, sentence.text, polarity, subjectivity,
                               inside, assessments(sentence.text)))
    return result


def check_family(text: object, story: Story, *, hint: str) -> Feedback:
    """Feedback on a family a student writes in YAML (lesson 03): valid, with at least two
    variants that the story's articles use. The message gives the counts to interpret."""
    if text is Ellipsis:
        return Feedback("not answered", NOT_ANSWERED)
    if not isinstance(text, str):
        return Feedback("not yet", f"Not yet. Write your family as text in YAML, between triple quotes. {hint}")
    try:
        family = family_from_yaml(text)
    except ValueError as err:
        return Feedback("not yet", f"Not yet. Your family has problems: {err} {hint}")
    if len(family.variants) < 2:
        return Feedback("not yet", f"Not yet. A family compares labels: give it at least two variants. {hint}")
    found = counts(story, [family])
    totals = {v.label: sum(c.count for c in found if c.variant == v.label) for v in family.variants}
    articles = {v.label: sum(1 for c in found if c.variant == v.label and c.count) for v in family.variants}
    summary = "; ".join(f"{label}: {n} in {articles[label]} article(s)" for label, n in totals.items())
    if sum(1 for n in totals.values() if n) < 2:
        return Feedback("not yet", f"Not yet. Fewer than two of your variants occur in the story ({summary}). {hint}")
    return Feedback("correct", f"Correct: '{family.id}' is a valid family. {summary}.")
