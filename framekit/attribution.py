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
from framekit.tables import Table
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


def statements(rows: Sequence[Row]) -> list[Row]:
    """The speech rows that are statements of their own, speakers labelled.

    A partial quote inside reported speech with the same speaker and verb ("adding that any
    suggestions … were “ridiculous”") is part of that one statement, not a second one.
    """
    speech = [row for row in labelled(rows) if row["kind"] in SPEECH]
    return [row for row in speech if not any(_wraps(other, row) for other in speech)]


def _wraps(outer: Row, inner: Row) -> bool:
    same = all(outer[key] == inner[key] for key in ("article", "speaker", "cue"))
    contains = outer["start"] <= inner["start"] and inner["end"] <= outer["end"]
    return same and contains and (outer["start"], outer["end"]) != (inner["start"], inner["end"])


def cue_counts(rows: Sequence[Row]) -> dict[str, Counter]:
    """Article id -> how often each reporting verb introduces a statement (terms left out)."""
    counts: dict[str, Counter] = {}
    for row in statements(rows):
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


def verb_table(story: Story, rows: Sequence[Row]) -> Table:
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


def cues_by_speaker(rows: Sequence[Row], article: str) -> dict[str, Counter]:
    """Speaker (labelled) -> the verbs that introduce their statements in one article."""
    result: dict[str, Counter] = {}
    for row in statements(rows):
        if row["article"] == article:
            result.setdefault(str(row["speaker"]), Counter())[row["cue"] or NO_CUE] += 1
    return result


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
    """One :class:`Chain` per statement (see :func:`statements`), in article order."""
    outlets = {article.id: article.outlet for article in story.articles}
    found = [
        Chain(row["article"], row["speaker"], row["via"], outlets[row["article"]], row["cue"], row["text"])
        for row in statements(rows)
        if row["via"] or not relayed_only
    ]
    order = {article.id: index for index, article in enumerate(story.articles)}
    return sorted(found, key=lambda chain: order[chain.article])


def relayed_share(story: Story, rows: Sequence[Row]) -> dict[str, float]:
    """Article id -> share of its statements that name an intermediary (0 when it has none)."""
    statements = Counter(chain.article for chain in chains(story, rows))
    relayed = Counter(chain.article for chain in chains(story, rows, relayed_only=True))
    return {a.id: relayed[a.id] / statements[a.id] if statements[a.id] else 0.0 for a in story.articles}
