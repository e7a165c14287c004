"""Views of a story's articles for lesson 00: the outlets in a table, one article, articles side
by side with a phrase highlighted.

Pure functions from articles to HTML or a :class:`~framekit.show.table.Table`, tested without a
browser; :mod:`framekit.show.widgets` wires controls to them. Article text is always
HTML-escaped before display.
"""

from __future__ import annotations

import html

from framekit.language.text import Span, find_phrase
from framekit.show.palette import HIGHLIGHT_STYLE
from framekit.show.table import Table
from framekit.story.model import Article, Story


def highlight(text: str, spans: list[Span]) -> str:
    """``text`` as escaped HTML with each span wrapped in ``<mark>``."""
    pieces, cursor = [], 0
    for span in spans:
        pieces.append(html.escape(text[cursor : span.start]))
        pieces.append(f'<mark style="{HIGHLIGHT_STYLE}">{html.escape(text[span.start : span.end])}</mark>')
        cursor = span.end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


def _marked(text: str, query: str) -> str:
    return highlight(text, find_phrase(text, query)).replace("\n", "<br>")


def match_count(article: Article, query: str) -> int:
    """How often ``query`` occurs in the headline, standfirst and body of ``article``."""
    shown = (article.headline, article.standfirst, article.body)
    return sum(len(find_phrase(text, query)) for text in shown if text)


def article_html(article: Article, query: str = "") -> str:
    """One article as a readable column, with ``query`` highlighted (lesson 00)."""
    heading = _marked(article.headline, query) if article.headline else f"({html.escape(article.id)}: no headline)"
    standfirst = f"<p><em>{_marked(article.standfirst, query)}</em></p>" if article.standfirst else ""
    meta = html.escape(f"{article.outlet} · {article.published} · outlet {article.outlet_identified or 'not stated'}")
    paragraphs = "".join(f"<p>{_marked(p.text, query)}</p>" for p in article.paragraphs)
    return (
        "<div style='flex:1;min-width:18em;padding:0 0.8em'>"
        f"<h3>{heading}</h3>{standfirst}<p><small>{meta}</small></p>{paragraphs}</div>"
    )


def reader_html(articles: list[Article], query: str = "") -> str:
    """Articles side by side, with a count of ``query`` in each."""
    counts = ""
    if query.strip():
        parts = [f"{match_count(a, query)} in {html.escape(a.id)}" for a in articles]
        counts = f"<p>“{html.escape(query.strip())}”: {'; '.join(parts)}</p>"
    columns = "".join(article_html(article, query) for article in articles)
    return f"{counts}<div style='display:flex;flex-wrap:wrap'>{columns}</div>"


def outlet_table(story: Story) -> Table:
    """One row per article: who published it, how we know, where, when, in what language.

    Used in lesson 00 to introduce the outlets. Facts the text does not show are shown
    as "not stated" rather than guessed.
    """
    rows = []
    for article in sorted(story.articles, key=lambda a: (a.published, a.id)):
        language = story.language or "not stated"
        if article.translated_from:
            language += f" (translated from {article.translated_from})"
        rows.append((
            article.id,
            article.outlet,
            article.outlet_identified or "not stated",
            article.country or "not stated",
            str(article.published),
            language,
            f"{article.words:,}",
        ))
    columns = ("article", "outlet", "outlet identified", "country", "published", "language", "words")
    return Table(columns, tuple(rows), caption=f"The articles of {story.id}")
