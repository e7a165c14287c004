"""Views for lesson 01 (selection and salience): what each article leads with, the fact
checklist as a table and a chart, what each article omits, and one fact across the articles.

Pure functions from the story to a :class:`~framekit.show.table.Table`, HTML or a chart, tested
without a browser; the widget in :mod:`framekit.show.widgets` only wires a control to
:func:`fact_html`. Story text is untrusted: every piece of it is HTML-escaped.
"""

from __future__ import annotations

import html

from framekit.selection.facts import Mention, facts, matrix, mentions, omitted
from framekit.selection.leads import leads
from framekit.show.charts import NOT_MENTIONED, Chart, selection_chart
from framekit.show.pages import PAGE_SIZE, page_note, page_of
from framekit.show.palette import HIGHLIGHT_STYLE
from framekit.show.table import Table
from framekit.story.model import Story

NO_HEADLINE = "no headline in the copy that reached us"
NO_STANDFIRST = "no standfirst in the copy that reached us"
NO_FACTS = ("This story has no fact checklist (annotations/facts.csv in its folder), so the sections on "
            "selection, omission and salience are skipped. data/README.md (facts.csv) says how to make one: "
            "read the articles, list the facts a reader could need, and mark where each article states each.")


def lead_table(story: Story) -> Table:
    """Headline, standfirst and first paragraph of every article, side by side; a missing one is
    named as missing from the copy, never filled in."""
    return Table(
        ("article", "outlet", "headline", "standfirst", "first paragraph"),
        tuple((lead.article, lead.outlet, lead.headline or NO_HEADLINE, lead.standfirst or NO_STANDFIRST,
               lead.first_paragraph) for lead in leads(story)),
        caption="What each article leads with",
    )


def checklist_table(story: Story) -> Table:
    """The checklist: each fact's id and wording, and how many of the articles state it."""
    found, count = mentions(story), len(story.articles)
    return Table(("fact", "wording", "articles that state it"),
                 tuple((fact.id, fact.wording, f"{len(found[fact.id])} of {count}") for fact in facts(story)),
                 caption="The fact checklist (hand annotation, annotations/facts.csv)")


def matrix_table(story: Story) -> Table:
    """The fact × article matrix as text (the chart's text alternative): where each article first
    states each fact, as the share of the article before it, or "not mentioned"."""
    lines = matrix(story)
    cells = tuple(
        (fact.id, *(NOT_MENTIONED if mention is None else f"at {mention.position:.0%}" for mention in where.values()))
        for fact, where in lines
    )
    return Table(("fact", *(article.id for article in story.articles)), cells,
                 caption="Where each article first states each fact (0% = its first word)")


def matrix_chart(story: Story) -> Chart:
    """The fact × article matrix as a chart (:func:`framekit.show.charts.selection_chart`)."""
    lines = matrix(story)
    grid = [[None if mention is None else mention.position for mention in where.values()] for _, where in lines]
    return selection_chart(grid, [fact.id for fact, _ in lines], [article.id for article in story.articles],
                           title="Selection and salience: which article states which fact, and how early",
                           xlabel="article", ylabel="fact (hand annotation)")


def omission_table(story: Story) -> Table:
    """For each article, how many of the checklist's facts it leaves out, and which."""
    total = len(facts(story))
    return Table(("article", "facts left out", "which"),
                 tuple((article_id, f"{len(missing)} of {total}", ", ".join(missing) or "-")
                       for article_id, missing in omitted(story).items()),
                 caption="What each article leaves out of the checklist")


def fact_html(story: Story, fact_id: str, page: int = 0, found: dict[str, dict[str, Mention]] | None = None) -> str:
    """One fact across the articles: for each, its outlet and the sentence that first states the
    fact with the passage highlighted, or "not mentioned" (the widget's view), one page of
    :data:`~framekit.show.pages.PAGE_SIZE` articles at a time. ``found`` is the story's
    :func:`~framekit.selection.facts.mentions`, when the caller keeps them (finding them splits
    every article into sentences: most of a second at 1,000 articles)."""
    chosen = next((fact for fact in facts(story) if fact.id == fact_id), None)
    if chosen is None:
        return f"<p>The checklist has no fact {html.escape(fact_id)}.</p>"
    mentioned = (mentions(story) if found is None else found)[fact_id]
    shown = page_of(story.articles, page, PAGE_SIZE)
    items = []
    for article in shown.items:
        mention = mentioned.get(article.id)
        where = f"<strong>{html.escape(article.id)}</strong> ({html.escape(article.outlet)})"
        if mention is None:
            items.append(f"<li>{where}: <em>{NOT_MENTIONED}</em></li>")
            continue
        offset = mention.start - mention.sentence_start
        before, after = mention.sentence[:offset], mention.sentence[offset + len(mention.text):]
        marked = (f"{html.escape(before)}<mark style=\"{HIGHLIGHT_STYLE}\">{html.escape(mention.text)}</mark>"
                  f"{html.escape(after)}")
        items.append(f"<li>{where}, at {mention.position:.0%} of the article: “{marked}”</li>")
    stated = sum(1 for article in story.articles if article.id in mentioned)
    return (f"<p>{html.escape(chosen.wording)} ({stated} of {len(story.articles)} articles)</p>" + page_note(shown, "articles") +
            f'<ul>{"".join(items)}</ul>')
