"""The chain of relays a statement passes through before the reader sees it (lesson 02).

A statement often reaches the reader through intermediaries: Shoigu's words through his
ministry's readout, then TASS, then the outlet. :func:`chains` spells that path out, and
:func:`relayed_share` says how much of an article's speech comes second-hand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from framekit.quotes.voices import statements
from framekit.story.model import Story
from framekit.story.rows import QuoteRow


@dataclass(frozen=True)
class Chain:
    """Who said it, who relayed it, and which outlet printed it."""

    article: str
    speaker: str
    via: str | None
    outlet: str
    cue: str | None
    text: str

    def __str__(self) -> str:
        links = [self.speaker, self.via, self.outlet] if self.via else [self.speaker, self.outlet]
        return " → ".join(links)


def chains(story: Story, rows: Sequence[QuoteRow], relayed_only: bool = False) -> list[Chain]:
    """One :class:`Chain` per statement (see :func:`statements`), in article order."""
    outlets = {article.id: article.outlet for article in story.articles}
    found = [
        Chain(row["article"], row["speaker"], row["via"], outlets[row["article"]], row["cue"], row["text"])
        for row in statements(rows)
        if row["via"] or not relayed_only
    ]
    order = {article.id: index for index, article in enumerate(story.articles)}
    return sorted(found, key=lambda chain: order[chain.article])


def relayed_share(story: Story, rows: Sequence[QuoteRow]) -> dict[str, float]:
    """Article id -> share of its statements that name an intermediary (0 when it has none)."""
    statements = Counter(chain.article for chain in chains(story, rows))
    relayed = Counter(chain.article for chain in chains(story, rows, relayed_only=True))
    return {a.id: relayed[a.id] / statements[a.id] if statements[a.id] else 0.0 for a in story.articles}
