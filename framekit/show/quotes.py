"""Views of quotes for lesson 02: an article with its quotes marked, a speaker's quotes across
articles, one statement's renderings side by side, and tables of quotes and verbs per article.

Pure functions from rows to HTML or a :class:`~framekit.show.table.Table`, so that they are
tested without a browser; the widgets in :mod:`framekit.show.widgets` only wire controls to
them. All article text is HTML-escaped. Colour is never the only signal: every marked quote
carries a written label, and the kinds differ in line style as well as colour.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Mapping, Sequence

from framekit.quotes.renderings import Rendering, changed_words
from framekit.quotes.verbs import OTHER, SIGNALS, cue_counts, signal_counts
from framekit.quotes.voices import quoted_words, speaker_labels
from framekit.show.pages import page_note, page_of
from framekit.show.palette import BLACK, BLUE, DARK_GREY, GREY, HIGHLIGHT_STYLE, LIGHT_GREY, SKY_BLUE, YELLOW, tint
from framekit.show.table import Table
from framekit.story.model import Article, Story
from framekit.story.rows import QuoteRow

STYLES = {
    "direct": f"background:{YELLOW};color:{BLACK};border-bottom:2px solid {BLACK}",
    "indirect": f"background:{tint(SKY_BLUE, 0.25)};color:{BLACK};border-bottom:2px dashed {BLUE}",
    "term": f"color:{BLACK};border-bottom:2px dotted {GREY};font-style:italic",
}
LABEL_STYLE = f"font-size:75%;color:{DARK_GREY};background:{LIGHT_GREY};border-radius:3px;padding:0 3px;margin:0 2px"
CLOSING_MARKS = "”\"’»"
COLUMN_STYLE = "flex:1;min-width:16em;padding:0 0.8em"
ARTICLES_PER_PAGE = 10  # columns of a speaker's statements at a time


def legend() -> str:
    """What the marks mean."""
    samples = {"direct": "direct quote", "indirect": "reported speech", "term": "term (nobody's speech)"}
    return "<p>" + " · ".join(f'<span style="{STYLES[kind]}">{text}</span>' for kind, text in samples.items()) + "</p>"


def _label(row: QuoteRow) -> str:
    if row["kind"] == "term":
        return ""
    parts = [str(row["speaker"] or "speaker unknown"), str(row["cue"] or "no verb")]
    if row["via"]:
        parts.append(f"via {row['via']}")
    return f'<span style="{LABEL_STYLE}">{html.escape(" · ".join(parts))}</span>'


def _marked(body: str, start: int, end: int, rows: list[QuoteRow], outer_label: str = "") -> str:
    """body[start:end] with ``rows`` (sorted by start, longest first) marked, nested ones inside.

    A nested quote with the same label as the quote around it is not labelled twice.
    """
    pieces, cursor, index = [], start, 0
    while index < len(rows):
        row = rows[index]
        row_start, row_end = max(row["start"], cursor), min(row["end"], end)
        inner = [r for r in rows[index + 1 :] if r["start"] < row_end]
        index += 1 + len(inner)
        if row_start >= row_end:
            continue
        pieces.append(html.escape(body[cursor:row_start]))
        label = _label(row)
        content = _marked(body, row_start, row_end, inner, label)
        cursor = row_end
        if cursor < end and body[cursor] in CLOSING_MARKS:  # the label goes after the closing mark
            content, cursor = f"{content}</span>{html.escape(body[cursor])}", cursor + 1
        else:
            content += "</span>"
        shown = "" if label == outer_label else label
        pieces.append(f'<span style="{STYLES.get(row["kind"], "")}">{content}{shown}')
    pieces.append(html.escape(body[cursor:end]))
    return "".join(pieces)


def article_quotes_html(article: Article, rows: Sequence[QuoteRow]) -> str:
    """The article's body with every quote of ``rows`` in it marked and labelled."""
    mine = sorted((r for r in rows if r["article"] == article.id), key=lambda r: (r["start"], -r["end"]))
    counts = {kind: sum(1 for r in mine if r["kind"] == kind) for kind in STYLES}
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    body = _marked(article.body, 0, len(article.body), mine).replace("\n", "<br>")
    heading = html.escape(article.headline or f"{article.id} (no headline)")
    meta = html.escape(f"{article.id} · {article.outlet} · {article.published} · {summary}")
    return f"<h3>{heading}</h3><p><small>{meta}</small></p>{legend()}<div style='line-height:1.8'>{body}</div>"


def speaker_quotes_html(
    story: Story, rows: Sequence[QuoteRow], speaker: str, article_id: str | None = None, page: int = 0
) -> str:
    """Every statement of ``speaker`` (a label), one column per article, with cue and via: one
    page of :data:`ARTICLES_PER_PAGE` articles of the story (or only ``article_id``)."""
    labels = speaker_labels(row["speaker"] for row in rows)
    mine = [r for r in rows if r["kind"] != "term" and labels.get(r["speaker"], r["speaker"]) == speaker]
    by_article: dict[str, list[QuoteRow]] = {}
    for row in mine:
        by_article.setdefault(row["article"], []).append(row)
    articles = [a for a in story.articles if a.id == article_id] if article_id else story.articles
    shown = page_of(articles, page, ARTICLES_PER_PAGE)
    columns = []
    for article in shown.items:
        quotes = by_article.get(article.id, [])
        items = "".join(_quote_item(r) for r in quotes) or "<li><em>not quoted in this article</em></li>"
        title = f"<b>{html.escape(article.id)}</b><br><small>{html.escape(article.outlet)}</small>"
        columns.append(f"<div style='{COLUMN_STYLE}'><p>{title}</p><ul>{items}</ul></div>")
    count = f"<p>{html.escape(speaker)}: {len(mine)} statement(s) in {len(by_article)} article(s)</p>"
    return count + page_note(shown, "articles") + f"<div style='display:flex;flex-wrap:wrap'>{''.join(columns)}</div>"


def _quote_item(row: QuoteRow) -> str:
    text = html.escape(str(row["text"]))
    shown = f"“{text}”" if row["kind"] == "direct" else text
    via = f", via <b>{html.escape(str(row['via']))}</b>" if row["via"] else ""
    return (f'<li><span style="{STYLES[row["kind"]]}">{shown}</span><br>'
            f"<small>{row['kind']} · {html.escape(str(row['cue'] or 'no verb'))}{via}</small></li>")


def renderings_html(groups: Sequence[Sequence[Rendering]], outlets: Mapping[str, str]) -> str:
    """Each group of renderings as a small table, words that differ from the first rendering marked."""
    tables = []
    for group in groups:
        first = group[0]
        marks = {0: set()}
        for index, piece in enumerate(group[1:], start=1):
            in_first, in_piece = changed_words(first.text, piece.text)
            marks[0] |= in_first
            marks[index] = in_piece
        rows = "".join(
            f"<tr><td><small>{html.escape(piece.article)}<br>{html.escape(outlets.get(piece.article, ''))}</small></td>"
            f"<td>“{_words_marked(piece.text, marks[index])}”</td></tr>"
            for index, piece in enumerate(group)
        )
        tables.append(f"<table style='margin-bottom:1em'>{rows}</table>")
    return "".join(tables) or "<p><em>No statement is quoted by more than one article.</em></p>"


NO_RENDERINGS = "<p>No statement is printed differently by two articles in this story.</p>"


def speaker_renderings_html(shown: Sequence[tuple[str, Sequence[Sequence[Rendering]]]], outlets: Mapping[str, str]) -> str:
    """Each speaker with groups to show, as a heading, then :func:`renderings_html` of their
    groups (lesson 02). The heading is of level 3, under the lesson's sections (level 2), so
    that a screen reader's list of headings keeps the lesson's outline; the name is escaped.
    When no speaker has a group, it says so (a story whose outlets print no statement twice)."""
    return "".join(f"<h3>{html.escape(speaker)}</h3>{renderings_html(groups, outlets)}"
                   for speaker, groups in shown if groups) or NO_RENDERINGS


def _words_marked(text: str, marked: set[int]) -> str:
    words = text.split()
    return " ".join(
        f'<mark style="{HIGHLIGHT_STYLE}">{html.escape(w)}</mark>' if i in marked else html.escape(w)
        for i, w in enumerate(words)
    )


def statement_table(story: Story, rows: Sequence[QuoteRow]) -> Table:
    """Per article: how many direct quotes, reported statements and terms, and how much of
    the body is quoted speech."""
    words_quoted = quoted_words(story, rows)
    table_rows = []
    for article in story.articles:
        kinds = Counter(row["kind"] for row in rows if row["article"] == article.id)
        quoted = sum(words_quoted[article.id].values())
        share = f"{quoted / article.words:.0%}" if article.words else "-"
        table_rows.append((article.id, str(kinds["direct"]), str(kinds["indirect"]), str(kinds["term"]), f"{quoted}", share))
    columns = ("article", "direct", "indirect", "term", "quoted words", "share of the body")
    return Table(columns, tuple(table_rows), caption="Quotes per article")


def verb_table(story: Story, rows: Sequence[QuoteRow]) -> Table:
    """Per article: statements per group of :data:`SIGNALS`, and the verbs themselves."""
    groups = (*SIGNALS, OTHER)
    cues, signals = cue_counts(rows), signal_counts(rows)
    table_rows = []
    for article in story.articles:
        counts = signals.get(article.id, Counter())
        verbs = ", ".join(f"{cue} ×{n}" for cue, n in sorted(cues.get(article.id, Counter()).items(), key=lambda i: (-i[1], i[0])))
        table_rows.append((article.id, *(str(counts[group]) for group in groups), verbs))
    columns = ("article", *(group.split(":")[0] for group in groups), "verbs")
    return Table(columns, tuple(table_rows), caption="Reporting verbs per article, by what they signal")
