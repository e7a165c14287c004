"""Views of casualty figures for lesson 04: the official toll on a date against what each
outlet states, each figure in its sentence, and tables of the toll and of the figures.

Pure functions from rows to HTML or a :class:`~framekit.show.table.Table`, tested without a
browser; :mod:`framekit.show.widgets` wires a date slider to :func:`toll_on_date_html`. All
article text is HTML-escaped. Every verdict is written in words with a symbol, so that colour
is never the only signal.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from framekit.figures.tolls import EARLIER, ComparedFigure, comparison, facts, official
from framekit.language.hedges import describe
from framekit.language.sentences import sentences
from framekit.language.text import Span
from framekit.show.pages import PAGE_SIZE, page_note, page_of
from framekit.show.palette import BLUISH_GREEN, GREY, RULE, VERMILLION
from framekit.show.reader import highlight
from framekit.show.table import Table
from framekit.story.model import Story
from framekit.story.rows import FigureRow

# The symbol and the words carry the verdict too, not only the colour.
VERDICTS = {
    "precise": ("✓", BLUISH_GREEN, "states the official figure"),
    "rounded": ("≈", BLUISH_GREEN, "holds the official figure, rounded"),
    "above": ("✗", VERMILLION, "is above the official figure"),
    "below": ("✗", VERMILLION, "is below the official figure"),
    "no official figure yet": ("–", GREY, "no official figure yet"),
    EARLIER: ("↺", GREY, "is the earlier figure of a revision, not judged"),
}
CELL = f"padding:2px 8px;border-bottom:1px solid {RULE};text-align:left"


def _verdict(item: ComparedFigure) -> str:
    if item["reading"] != "outside":
        return item["reading"]
    return "above" if item["low"] is not None and item["low"] > item["official"].value else "below"


def official_html(story: Story, day: date) -> str:
    """The official figures of every kind in force on ``day``, with who published them and when."""
    kinds = dict.fromkeys(fact.kind for fact in story.reference)
    lines = []
    for kind in kinds:
        fact = official(story, day, kind)
        lines.append(
            f"<li><b>{fact.value:,} {html.escape(kind)}</b> <small>({html.escape(fact.source)}, published {fact.date})</small></li>"
            if fact else f"<li>{html.escape(kind)}: no official figure yet</li>"
        )
    return f"<p>Official figures in force on <b>{day:%d %B %Y}</b>:</p><ul>{''.join(lines)}</ul>"


def stated(story: Story, rows: Sequence[FigureRow]) -> list[FigureRow]:
    """The figures of ``rows`` of a kind the story's reference gives, grouped by kind in the
    reference's order: the list that :func:`toll_on_date_html` shows a page of."""
    kinds = dict.fromkeys(fact.kind for fact in story.reference)
    return [row for kind in kinds for row in rows if row["category"] == kind]


def toll_on_date_html(story: Story, rows: Sequence[FigureRow], day: date, page: int = 0) -> str:
    """The official toll on ``day`` against each figure the articles state (lesson 04's slider),
    one page of :data:`PAGE_SIZE` figures of :func:`stated`."""
    shown = page_of(stated(story, rows), page, PAGE_SIZE)
    body = []
    for kind in dict.fromkeys(row["category"] for row in shown.items):
        for item in comparison(story, shown.items, kind, on=day):
            symbol, colour, words = VERDICTS[_verdict(item)]
            later = " <small>(not yet published on this date)</small>" if item["published"] > day else ""
            body.append(
                f"<tr><td style='{CELL}'>{html.escape(item['article'])}<br><small>{html.escape(item['outlet'])}</small></td>"
                f"<td style='{CELL}'>“{html.escape(item['text'])}” {html.escape(kind)}{later}</td>"
                f"<td style='{CELL}'>{describe(item['low'], item['high'])}</td>"
                f"<td style='{CELL};color:{colour}'><b>{symbol}</b> {words}</td></tr>"
            )
    head = "".join(f"<th style='{CELL}'>{name}</th>" for name in ("article", "states", "interval", f"on {day:%d %b %Y}"))
    if not body:
        return official_html(story, day) + "<p><em>No article states a figure of a kind the reference gives.</em></p>"
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    return official_html(story, day) + page_note(shown, "figures") + table


def figures_in_context_html(story: Story, rows: Sequence[FigureRow]) -> str:
    """Each figure marked in its sentence, with its interval, category and source."""
    items = []
    for row in rows:
        article = story.article(row["article"])
        sentence = next(s for s in sentences(article.body) if s.start <= row["start"] < s.end)
        mark = Span(row["start"] - sentence.start, row["end"] - sentence.start, row["text"])
        source = html.escape(row["source"]) if row["source"] else "<em>nobody: the outlet's own voice</em>"
        items.append(
            f"<li><small>{html.escape(article.id)} · {html.escape(article.outlet)}</small><br>"
            f"{highlight(sentence.text, [mark])}<br>"
            f"<small>{describe(row['low'], row['high'])} {html.escape(row['category'])} · attributed to {source}</small></li>"
        )
    return f"<ul style='line-height:1.6'>{''.join(items)}</ul>"


def timeline_table(story: Story, kind: str = "killed") -> Table:
    """The reference facts of ``kind``, one row each, with source and note."""
    rows = tuple((str(f.date), f"{f.value:,}", f.source, f.note or "") for f in facts(story, kind))
    return Table(("published", kind, "published by", "note"), rows, caption=f"Official figures ({kind}) by date")


def comparison_table(story: Story, rows: Sequence[FigureRow], kind: str = "killed") -> Table:
    """:func:`comparison` as a table: what each article states, how sure, from whom, against the toll."""
    table_rows = tuple(
        (
            item["article"],
            str(item["published"]),
            item["text"],
            describe(item["low"], item["high"]),
            str(item["official"].value) if item["official"] else "-",
            item["reading"],
            item["source"] or "(the outlet's own voice)",
        )
        for item in comparison(story, rows, kind)
    )
    columns = ("article", "published", "states", "interval", "official that day", "reading", "attributed to")
    return Table(columns, table_rows, caption=f"Each article's figure ({kind}) against the official toll on its publication date")
