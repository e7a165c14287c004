"""How a statement is attributed: the reporting verb and the chain of relays (lesson 02).

The reporting verb (the quote's ``cue``) is a choice the writer makes. Journalism style
guides treat *said* as the neutral verb; others add a judgement. :data:`SIGNALS` sorts the
cues of the kit's stories into a few groups so that students can compare outlets; it is a
teaching aid, not a fixed truth: "suggested" can be neutral in one sentence and insinuating
in the next, and students should argue with it. Cues not listed count as "other".

A statement often reaches the reader through intermediaries: Shoigu's words through his
ministry's readout, then TASS, then the outlet. :func:`chains` spells that path out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from framekit.corpus import Story
from framekit.voices import SPEECH, labelled

Row = Mapping[str, object]

SIGNALS = {
    "neutral: reports": (
        "said", "says", "saying", "told", "tells", "stated", "added", "adds", "adding",
        "according to", "reported", "notes", "noted", "explained", "indicated", "replied",
        "expressed", "recalled", "referred to", "announced",
    ),
    "emphatic: insists": ("stressed", "insisted", "insist", "declared", "affirmed", "maintains", "warned"),
    "distancing: casts doubt": ("claimed", "claims", "claim", "alleged", "made allegations", "suggested"),
    "judging: condemns or rejects": ("denounced", "condemned", "dismissed", "called", "shot down", "reject"),
}
OTHER = "other"
NO_CUE = "(no verb)"


def signal(cue: str | None) -> str:
    """The group of :data:`SIGNALS` that ``cue`` belongs to, or "other"."""
    cue = (cue or "").lower()
    return next((name for name, cues in SIGNALS.items() if cue in cues), OTHER)


def cue_counts(rows: Sequence[Row]) -> dict[str, Counter]:
    """Article id -> how often each reporting verb introduces a statement (terms left out)."""
    counts: dict[str, Counter] = {}
    for row in rows:
        if row["kind"] in SPEECH:
            counts.setdefault(str(row["article"]), Counter())[row["cue"] or NO_CUE] += 1
    return counts


def signal_counts(rows: Sequence[Row]) -> dict[str, Counter]:
    """Article id -> how many statements each group of :data:`SIGNALS` introduces."""
    grouped: dict[str, Counter] = {}
    for article, counts in cue_counts(rows).items():
        grouped[article] = Counter()
        for cue, n in counts.items():
            grouped[article][signal(cue)] += n
    return grouped


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


def chains(story: Story, rows: Sequence[Row], relayed_only: bool = False) -> list[Chain]:
    """One :class:`Chain` per statement, in article order; speakers labelled across spellings."""
    outlets = {article.id: article.outlet for article in story.articles}
    found = [
        Chain(row["article"], row["speaker"], row["via"], outlets[row["article"]], row["cue"], row["text"])
        for row in labelled(rows)
        if row["kind"] in SPEECH and (row["via"] or not relayed_only)
    ]
    order = {article.id: index for index, article in enumerate(story.articles)}
    return sorted(found, key=lambda chain: order[chain.article])


def relayed_share(story: Story, rows: Sequence[Row]) -> dict[str, float]:
    """Article id -> share of its statements that name an intermediary (0 when it has none)."""
    statements = Counter(chain.article for chain in chains(story, rows))
    relayed = Counter(chain.article for chain in chains(story, rows, relayed_only=True))
    return {a.id: relayed[a.id] / statements[a.id] if statements[a.id] else 0.0 for a in story.articles}
