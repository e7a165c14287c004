"""The reporting verbs of statements, grouped by what they signal (lesson 02).

The reporting verb (the quote's ``cue``) is a choice the writer makes. Journalism style
guides treat *said* as the neutral verb; others add a judgement. :data:`SIGNALS` sorts the
cues of the kit's stories into a few groups so that students can compare outlets; it is a
teaching aid, not a fixed truth: "suggested" can be neutral in one sentence and insinuating
in the next, and students should argue with it. Cues not listed count as "other".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from framekit.quotes.voices import statements
from framekit.story.rows import QuoteRow

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


def cue_counts(rows: Sequence[QuoteRow]) -> dict[str, Counter]:
    """Article id -> how often each reporting verb introduces a statement (terms left out)."""
    counts: dict[str, Counter] = {}
    for row in statements(rows):
        counts.setdefault(str(row["article"]), Counter())[row["cue"] or NO_CUE] += 1
    return counts


def signal_counts(rows: Sequence[QuoteRow]) -> dict[str, Counter]:
    """Article id -> how many statements each group of :data:`SIGNALS` introduces."""
    grouped: dict[str, Counter] = {}
    for article, counts in cue_counts(rows).items():
        grouped[article] = Counter()
        for cue, n in counts.items():
            grouped[article][signal(cue)] += n
    return grouped


def cues_by_speaker(rows: Sequence[QuoteRow], article: str) -> dict[str, Counter]:
    """Speaker (labelled) -> the verbs that introduce their statements in one article."""
    result: dict[str, Counter] = {}
    for row in statements(rows):
        if row["article"] == article:
            result.setdefault(str(row["speaker"]), Counter())[row["cue"] or NO_CUE] += 1
    return result
