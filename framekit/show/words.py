"""Views for lesson 03: a concordance (keyword in context) with the match highlighted, and tables
of term families, their counts per article and the tone around each match.

Pure functions to HTML or a :class:`~framekit.show.table.Table`, tested without a browser;
:mod:`framekit.show.widgets` wires controls to them. Article text is always HTML-escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from framekit.show.pages import PAGE_SIZE, page_note, page_of
from framekit.show.palette import GREY, HIGHLIGHT_STYLE
from framekit.show.table import Table
from framekit.story.model import Story
from framekit.story.terms import Family
from framekit.words.concordance import concordance, one_line
from framekit.words.matching import Count, counts

if TYPE_CHECKING:  # a type only: importing the module would load TextBlob for `framekit terms`
    from framekit.words.tone import Tone

TABLE_STYLE = "font-family:monospace;white-space:pre;border-collapse:collapse"


def concordance_html(
    story: Story, spans: Sequence[tuple[str, int, int]], what: str, width: int = 50, page: int = 0
) -> str:
    """The (article id, start, end) ``spans`` in context, one page of :data:`PAGE_SIZE` lines:
    ``left`` right-aligned, the match highlighted, under a count of every match of ``what``.

    Only the page's lines are cut from the articles, so that a page costs the same however
    many matches there are (a query for "the" in a large story).
    """
    articles = len({article for article, _, _ in spans})
    summary = f"<p>{html.escape(what)}: {len(spans)} match(es) in {articles} article(s)</p>"
    if not spans:
        return summary
    shown = page_of(spans, page, PAGE_SIZE)
    lines = concordance(story, shown.items, width)
    rows = "".join(
        f"<tr><td style='text-align:right;color:{GREY}'>{html.escape(line.article)}</td>"
        f"<td style='text-align:right'>{html.escape(line.left)}</td>"
        f'<td><mark style="{HIGHLIGHT_STYLE}">{html.escape(line.match)}</mark></td>'
        f"<td>{html.escape(line.right)}</td></tr>"
        for line in lines
    )
    return f"{summary}{page_note(shown, 'matches')}<table style='{TABLE_STYLE}'>{rows}</table>"


def count_table(story: Story, family: Family, found: Sequence[Count] | None = None) -> Table:
    """One family's counts: a row per article, a column per variant (``found`` from :func:`counts`)."""
    found = counts(story, [family]) if found is None else found
    cells = {(c.article, c.variant): c.count for c in found if c.family == family.id}
    labels = [variant.label for variant in family.variants]
    rows = tuple((a.id, *(str(cells.get((a.id, label), 0)) for label in labels)) for a in story.articles)
    return Table(("article", *labels), rows, caption=f"{family.id}: {family.question}")


def family_table(families: Sequence[Family]) -> Table:
    """The families: id, question and variant labels."""
    rows = tuple((f.id, f.question, ", ".join(v.label for v in f.variants)) for f in families)
    return Table(("family", "question", "variants"), rows, caption="Term families")


def tone_table(tones: Sequence[Tone], width: int = 70) -> Table:
    """One row per distinct (article, variant, sentence): the scores and what drove them."""
    rows, seen = [], set()
    for t in tones:
        if (t.article, t.variant, t.sentence) in seen:
            continue
        seen.add((t.article, t.variant, t.sentence))
        drivers = ", ".join(f"{words} {polarity:+.2f}" for words, polarity in t.drivers if polarity) or "-"
        sentence = one_line(t.sentence)
        sentence = sentence if len(sentence) <= width else sentence[: width - 1] + "…"
        rows.append((t.article, t.variant, f"{t.polarity:+.2f}", f"{t.subjectivity:.2f}",
                     "quoted" if t.quoted else "narrated", drivers, sentence))
    columns = ("article", "variant", "polarity", "subjectivity", "match is", "words that scored", "sentence")
    return Table(columns, tuple(rows), caption="TextBlob's tone of the sentence around each match")
