"""HTML views of articles: highlighted phrases, one article, articles side by side (lesson 00).

Pure functions from articles to HTML, tested without a browser; :mod:`framekit.widgets`
wires controls to them. Article text is always HTML-escaped before display.
"""

from __future__ import annotations

import html

from framekit.corpus import Article
from framekit.text import Span, find_phrase

# Okabe–Ito yellow: readable under the common colour-vision deficiencies, with black text.
HIGHLIGHT_STYLE = "background:#F0E442;color:#000;font-weight:bold;padding:0 1px"


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
