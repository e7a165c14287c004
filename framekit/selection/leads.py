"""What each article leads with: its headline, its standfirst, its first paragraph, and the
checklist's facts that its first paragraph states.

The top of an article is what most readers see, and many see nothing else, so what an outlet
puts there is its strongest act of selection (Entman 1993 calls it making an aspect *salient*).
A copy of an article that reached us without its headline or standfirst has None there: a
lesson says so rather than guessing one.
"""

from __future__ import annotations

from dataclasses import dataclass

from framekit.selection.facts import mentions
from framekit.story.model import Story


@dataclass(frozen=True)
class Lead:
    """The top of one article; ``headline`` and ``standfirst`` are None when the copy has none."""

    article: str
    outlet: str
    headline: str | None
    standfirst: str | None
    first_paragraph: str


def leads(story: Story) -> list[Lead]:
    """The top of every article of the story, in the story's order."""
    return [
        Lead(article.id, article.outlet, article.headline, article.standfirst,
             article.paragraphs[0].text if article.paragraphs else "")
        for article in story.articles
    ]


def facts_in_lead(story: Story) -> dict[str, list[str]]:
    """article id -> the ids of the facts the article first states in its first paragraph,
    earliest first (empty when the story has no checklist or the paragraph states none)."""
    found: dict[str, list[tuple[int, str]]] = {article.id: [] for article in story.articles}
    for fact, where in mentions(story).items():
        for article_id, mention in where.items():
            if mention.paragraph == 0 and article_id in found:
                found[article_id].append((mention.start, fact))
    return {article_id: [fact for _, fact in sorted(pairs)] for article_id, pairs in found.items()}
