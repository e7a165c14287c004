"""A story's fact checklist, read as a fact × article matrix: selection and salience.

``annotations/facts.csv`` (a hand annotation, documented in ``data/README.md``) has one row per
fact and article that states it, marking the first passage of the body that does. So an article
with no row for a fact does not mention it (*selection*: what it leaves out), and the position
of the passage in the body says how early a reader meets the fact (*salience*: what comes
first is what most readers see, since many stop after the first paragraphs). Headlines and
standfirsts are compared in :mod:`framekit.selection.leads`, not here: every offset is into the body.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from framekit.language.sentences import sentences
from framekit.story.model import Article, Story

FACTS_FILE = "facts.csv"


@dataclass(frozen=True)
class Fact:
    """One item of the checklist: a short id and the fact in neutral words."""

    id: str
    wording: str


@dataclass(frozen=True)
class Mention:
    """Where an article first states a fact: the passage, the sentence(s) holding it, and how far
    into the article it comes (``position``: the share of the body before it, 0 = the first
    word; ``paragraph``: 0 = the first paragraph)."""

    fact: str
    article: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int  # where ``sentence`` starts in the body
    position: float
    paragraph: int


def has_facts(story: Story) -> bool:
    """Whether the story has a fact checklist (``annotations/facts.csv``) with at least one row."""
    return bool(story.annotations.get(FACTS_FILE))


def facts(story: Story) -> list[Fact]:
    """The checklist's facts, each once, in the order the file first lists them (empty when the
    story has no ``facts.csv``)."""
    found: dict[str, Fact] = {}
    for row in story.annotations.get(FACTS_FILE, ()):
        found.setdefault(row["fact"], Fact(row["fact"], row["wording"]))
    return list(found.values())


def mentions(story: Story) -> dict[str, dict[str, Mention]]:
    """fact id -> {article id: its mention}, for the articles that state the fact; an article
    missing from a fact's dict does not mention it. Each body is split into sentences once."""
    by_article: dict[str, list[dict]] = {}
    for row in story.annotations.get(FACTS_FILE, ()):
        by_article.setdefault(row["article"], []).append(row)
    found: dict[str, dict[str, Mention]] = {fact.id: {} for fact in facts(story)}
    for article in story.articles:
        rows = by_article.get(article.id, [])
        if rows:
            for row, mention in zip(rows, _mentions_in(article, rows)):
                found[row["fact"]][article.id] = mention
    return found


def _mentions_in(article: Article, rows: list[dict]) -> list[Mention]:
    body = article.body
    spans = sentences(body)
    starts = [span.start for span in spans]
    paragraph_starts = [paragraph.start for paragraph in article.paragraphs]
    result = []
    for row in rows:
        first = max(bisect_right(starts, row["start"]) - 1, 0)
        last = max(bisect_right(starts, row["end"] - 1) - 1, first)
        begin, stop = (spans[first].start, max(spans[last].end, row["end"])) if spans else (row["start"], row["end"])
        begin = min(begin, row["start"])
        paragraph = max(bisect_right(paragraph_starts, row["start"]) - 1, 0)
        result.append(Mention(row["fact"], article.id, row["start"], row["end"], row["text"], body[begin:stop],
                              begin, row["start"] / len(body), paragraph))
    return result


def matrix(story: Story) -> list[tuple[Fact, dict[str, Mention | None]]]:
    """One line per fact: the fact and, for every article of the story in order, its mention or
    None (not mentioned). Empty when the story has no checklist."""
    found = mentions(story)
    return [(fact, {article.id: found[fact.id].get(article.id) for article in story.articles}) for fact in facts(story)]


def omitted(story: Story) -> dict[str, list[str]]:
    """article id -> the ids of the checklist's facts it does not mention, in checklist order."""
    found, checklist = mentions(story), facts(story)
    return {article.id: [fact.id for fact in checklist if article.id not in found[fact.id]] for article in story.articles}


def mentioned_by_all(story: Story) -> list[str]:
    """The ids of the facts that every article of the story states (the common core)."""
    count = len(story.articles)
    return [fact for fact, where in mentions(story).items() if count and len(where) == count]


def first_facts(story: Story) -> dict[str, Mention | None]:
    """article id -> the mention that comes first in its body (the fact it puts first), None for
    an article that states none of the checklist's facts."""
    firsts: dict[str, Mention | None] = {article.id: None for article in story.articles}
    for where in mentions(story).values():
        for article_id, mention in where.items():
            current = firsts.get(article_id)
            if current is None or (mention.start, mention.end) < (current.start, current.end):
                firsts[article_id] = mention
    return firsts
