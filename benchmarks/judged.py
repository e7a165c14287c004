"""Speakers judged by reading: how many of the extractor's "wrong" speakers on PolNeAR are wrong.

The PolNeAR score counts a speaker right when it names the annotated Source or a mention of
the Source's CoreNLP coreference chain. For a pronoun Source ("he said") the chain decides,
and CoreNLP's chains are often wrong or name nobody; a name can also fail to match a Source
written another way. So a "wrong speaker" may be the extractor's error or the gold's. This
module draws a random sample of the disagreements (matched direct quotes whose found speaker
the scorer calls wrong), writes a sheet for a person to judge each by reading the article, and
reads the verdicts back:

- ``right``: the found speaker is the one who says the quotation, by reading the article;
- ``wrong``: it is not;
- ``unclear``: the article does not settle it.

The sheet holds PolNeAR's text (the context of each quote) and must not be shared or
committed; the verdict file keeps only where each quote is, the speaker found, the verdict
and a short reason, and is committed (``data/benchmarks/``). A verdict is checked again
against the extractor's current answer: one whose quote is no longer a disagreement, or whose
found speaker changed, is reported as out of date, never counted.

The verdicts may judge a random sample of the disagreements or every one of them; the
interval of an estimate narrows with the share judged (:func:`wilson`'s finite population
correction) and is the value itself when all are judged. After the rules change, the
disagreements left to judge (:func:`unjudged`) are the changed ones: judging them keeps every
disagreement judged. (Judging only the changed ones of a sample would not: the changed ones
are no random draw.)
"""

from __future__ import annotations

import csv
import io
import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from pathlib import Path

from benchmarks.polnear import SPEAKER_KINDS, Gold, SplitResult
from benchmarks.polnear import summary as polnear_summary
from framekit.story.rows import QuoteRow

VERDICTS = ("right", "wrong", "unclear")
VERDICT_COLUMNS = ("article", "start", "end", "kind", "found", "verdict", "reason")
SHEET_COLUMNS = (*VERDICT_COLUMNS, "gold", "chain", "context")
CONTEXT = 1200  # characters of the article before the quote that the sheet shows


class VerdictError(Exception):
    """A verdict file that cannot be read; the message is ``path:line: what is wrong``."""


@dataclass(frozen=True)
class Verdict:
    """One judged disagreement, as the verdict file keeps it."""

    article: str
    start: int
    end: int
    kind: str
    found: str
    verdict: str
    reason: str

    @property
    def key(self) -> tuple[str, int, int]:
        return self.article, self.start, self.end


Disagreement = tuple[QuoteRow, Gold]


def disagreements(result: SplitResult) -> list[Disagreement]:
    """The matched direct quotes whose found speaker the scorer calls wrong, in order of position."""
    scored = result.direct
    pairs = [(scored.found[i], scored.gold[j]) for (i, j), ok in zip(scored.pairs, scored.right, strict=True) if not ok]
    return sorted(pairs, key=lambda pair: (pair[1].row["article"], pair[1].row["start"]))


def unjudged(result: SplitResult, verdicts: Sequence[Verdict]) -> list[Disagreement]:
    """The disagreements that ``verdicts`` do not judge with the current found speaker: what is
    left to judge for a sheet of every disagreement, or after a change of the rules."""
    judged = {v.key for v in check(result, verdicts).current}
    return [(found, gold) for found, gold in disagreements(result)
            if (gold.row["article"], gold.row["start"], gold.row["end"]) not in judged]


def sample(items: Sequence[Disagreement], count: int, seed: int) -> list[Disagreement]:
    """``count`` of ``items`` drawn at random with ``seed``, in order of position: the same
    sample for the same extractor, split and seed."""
    chosen = random.Random(seed).sample(range(len(items)), min(count, len(items)))
    return [items[i] for i in sorted(chosen)]


def sheet(items: Sequence[Disagreement], bodies: dict[str, str]) -> str:
    """The judging sheet for ``items`` as TSV: the verdict columns (verdict and reason empty),
    then the gold Source, its chain's names and the article's text up to the end of the quote,
    the quote in [[ ]]. It holds PolNeAR's text: for the judge only."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(SHEET_COLUMNS)
    for found, gold in items:
        row = gold.row
        body = bodies[row["article"]]
        start, end = row["start"], row["end"]
        context = body[max(0, start - CONTEXT) : start] + "[[" + body[start:end] + "]]" + body[end : end + 300]
        writer.writerow((row["article"], start, end, gold.speaker_kind, found["speaker"] or "", "", "",
                         row["speaker"], "; ".join(dict.fromkeys(gold.names)), " ".join(context.split())))
    return out.getvalue()


def read_verdicts(path: Path) -> list[Verdict]:
    """The verdicts of a verdict file (TSV with :data:`VERDICT_COLUMNS`; a sheet's further
    columns are ignored). Raises :class:`VerdictError` with ``path:line: what is wrong``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise VerdictError(f"{path}: cannot read it ({error})") from None
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    if not rows or tuple(rows[0][: len(VERDICT_COLUMNS)]) != VERDICT_COLUMNS:
        raise VerdictError(f"{path}:1: the header must open with {', '.join(VERDICT_COLUMNS)}")
    verdicts, lines = [], {}
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cells):
            continue
        verdict = _verdict(path, number, cells)
        if verdict.key in lines:
            raise VerdictError(f"{path}:{number}: this quote is judged already on line {lines[verdict.key]}")
        lines[verdict.key] = number
        verdicts.append(verdict)
    return verdicts


def _verdict(path: Path, number: int, cells: list[str]) -> Verdict:
    """One row of a verdict file as a :class:`Verdict`."""
    if len(cells) < len(VERDICT_COLUMNS):
        raise VerdictError(f"{path}:{number}: {len(cells)} columns, expected {len(VERDICT_COLUMNS)}")
    article, start, end, kind, found, verdict, reason = cells[: len(VERDICT_COLUMNS)]
    if not (start.isdigit() and end.isdigit()):
        raise VerdictError(f"{path}:{number}: start and end must be whole numbers, not {start!r} and {end!r}")
    if kind not in SPEAKER_KINDS:
        raise VerdictError(f"{path}:{number}: kind {kind!r} is none of {', '.join(SPEAKER_KINDS)}")
    if verdict not in VERDICTS:
        raise VerdictError(f"{path}:{number}: verdict {verdict!r} is none of {', '.join(VERDICTS)}")
    return Verdict(article, int(start), int(end), kind, found, verdict, reason)


def write_verdicts(verdicts: Sequence[Verdict]) -> str:
    """The verdict file's text (TSV), without any of PolNeAR's text but the names found."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(VERDICT_COLUMNS)
    for v in verdicts:
        writer.writerow((v.article, v.start, v.end, v.kind, v.found, v.verdict, v.reason))
    return out.getvalue()


def merged(first: Sequence[Verdict], second: Sequence[Verdict]) -> list[Verdict]:
    """Two readers' verdicts on the same sheet as one: the verdict they agree on, with the first
    reader's reason, or ``unclear`` where they differ, with both verdicts and the first reason.
    Raises :class:`VerdictError` when the two are not verdicts on the same quotes in the same order."""
    if [(v.key, v.found) for v in first] != [(v.key, v.found) for v in second]:
        raise VerdictError("the two verdict files do not judge the same quotes in the same order")
    return [a if a.verdict == b.verdict else
            Verdict(*astuple(a)[:5], "unclear", f"the two readers differ ({a.verdict}, {b.verdict}): {a.reason}")
            for a, b in zip(first, second, strict=True)]


@dataclass(frozen=True)
class Counts:
    """Matched direct quotes of one kind of gold speaker (or all), as scored."""

    matched: int
    right: int  # with the speaker the scorer calls right

    @property
    def disagreements(self) -> int:
        return self.matched - self.right


@dataclass(frozen=True)
class Judged:
    """The verdicts that still hold for the extractor's current answers, the out-of-date rest,
    and the split's counts the verdicts are read against."""

    current: tuple[Verdict, ...]
    stale: tuple[Verdict, ...]
    kinds: dict[str, Counts]  # by kind of gold speaker
    found: int  # direct quotes found, matched or not
    expected: int  # gold direct quotes, matched or not

    def counts(self, kind: str | None = None) -> Counts:
        """The counts of one kind of gold speaker, or of all."""
        if kind is not None:
            return self.kinds.get(kind, Counts(0, 0))
        return Counts(sum(c.matched for c in self.kinds.values()), sum(c.right for c in self.kinds.values()))

    def verdicts(self, kind: str | None = None) -> list[Verdict]:
        """The current verdicts on quotes of one kind of gold speaker, or all of them."""
        return [v for v in self.current if kind is None or v.kind == kind]


def check(result: SplitResult, verdicts: Sequence[Verdict]) -> Judged:
    """Sort ``verdicts`` into those whose quote is still a disagreement with the same found
    speaker, and the out-of-date rest."""
    now = {(gold.row["article"], gold.row["start"], gold.row["end"]): found["speaker"] or ""
           for found, gold in disagreements(result)}
    current = tuple(v for v in verdicts if now.get(v.key) == v.found)
    stale = tuple(v for v in verdicts if now.get(v.key) != v.found)
    scored = result.direct
    kinds = {kind: Counts(matched, right) for kind in SPEAKER_KINDS
             for right, matched in [scored.speaker_accuracy(kind)] if matched}
    return Judged(current, stale, kinds, len(scored.found), len(scored.gold))


def wilson(successes: int, total: int, population: int | None = None, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion: honest for a small sample and for shares
    near 0 or 1, where the plain ± interval is not. ``population``: how many there are to draw
    from, when the sample is a fair share of them (the finite population correction, as a
    larger effective sample): the interval narrows as the sample grows to all of them, and is
    the share itself when every one is judged."""
    if total == 0:
        return 0.0, 1.0
    share = successes / total
    if population is not None and total >= population:
        return share, share
    if population is not None and population > 1:
        total = total * (population - 1) / (population - total)
    centre = share + z * z / (2 * total)
    spread = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total))
    return (centre - spread) / (1 + z * z / total), (centre + spread) / (1 + z * z / total)


Estimate = tuple[float, float, float]  # the value, and the low and high ends of its 95% interval


def _scaled(base: float, extra: float, successes: int, total: int, population: int) -> Estimate:
    """``base + extra × share`` for the share ``successes / total`` of a sample drawn from
    ``population``, and for the ends of its Wilson interval."""
    low, high = wilson(successes, total, population)
    share = successes / total if total else 0.0
    return base + extra * share, base + extra * low, base + extra * high


def estimate(judged: Judged, kind: str | None = None) -> Estimate:
    """The speaker accuracy on matched direct quotes by reading (of one kind of gold speaker, or
    of all), estimated from the sample: the scorer's right ones plus the disagreements in the
    share judged right. Unclear verdicts count as wrong."""
    counts, verdicts = judged.counts(kind), judged.verdicts(kind)
    right = sum(1 for v in verdicts if v.verdict == "right")
    if not counts.matched:
        return 0.0, 0.0, 0.0
    return _scaled(counts.right / counts.matched, counts.disagreements / counts.matched, right, len(verdicts),
                   counts.disagreements)


def f1_by_reading(judged: Judged) -> Estimate:
    """Direct + speaker F1 with the speaker accuracy by reading: 2 × right / (found + gold)."""
    matched = judged.counts().matched
    return tuple(2 * accuracy * matched / (judged.found + judged.expected) for accuracy in estimate(judged))


def ceiling(judged: Judged) -> Estimate:
    """The direct + speaker F1 that a perfect extractor would get from the scorer, at most: it
    finds every gold quote and nothing else, and fixes every disagreement judged wrong or
    unclear, except where the gold's chain names nobody ("pronoun, no name"), which the scorer
    counts wrong whatever the answer; the disagreements judged right stay scored wrong."""
    counts, verdicts = judged.counts(), judged.verdicts()
    fixable = sum(1 for v in verdicts if v.verdict != "right" and v.kind != "pronoun, no name")
    missed = judged.expected - counts.matched
    if not judged.expected:
        return 0.0, 0.0, 0.0
    return _scaled((counts.right + missed) / judged.expected, counts.disagreements / judged.expected, fixable, len(verdicts),
                   counts.disagreements)


def report(judged: Judged, split: str) -> str:
    """What the verdicts say, by kind of gold speaker, and the accuracy and F1 they imply."""
    counts = judged.counts()
    lines = [f"Speakers judged by reading, PolNeAR {split}",
             (f"  {counts.disagreements} disagreements (found speaker scored wrong) of {counts.matched} matched"
              f" direct quotes; {len(judged.current)} judged and current, {len(judged.stale)} out of date"),
             f"  {'kind of gold speaker':22}" + "".join(f"{name:>8}" for name in VERDICTS)
             + "   speaker accuracy: as scored, by reading"]
    for kind in (*SPEAKER_KINDS, None):
        verdicts = Counter(v.verdict for v in judged.verdicts(kind))
        if kind is not None and not verdicts:
            continue
        kind_counts = judged.counts(kind)
        value, low, high = estimate(judged, kind)
        lines.append(f"  {kind or 'all':22}" + "".join(f"{verdicts[name]:>8}" for name in VERDICTS)
                     + f"   {kind_counts.right / kind_counts.matched:.3f}, {value:.3f}{_interval(low, high)}")
    lines.append("  (unclear counts as wrong)")
    if judged.current:
        value, low, high = f1_by_reading(judged)
        scored = 2 * counts.right / (judged.found + judged.expected)
        lines.append(f"  direct + speaker F1: {scored:.3f} as scored, {value:.3f} by reading{_interval(low, high)}")
        value, low, high = ceiling(judged)
        lines.append(f"  a perfect extractor, as scored: F1 at most {value:.3f}{_interval(low, high)}: every quote found,"
                     " every speaker judged wrong or unclear fixed")
    for v in judged.stale:
        lines.append(f"  out of date: {v.article} @{v.start} (judged with {v.found!r})")
    return "\n".join(lines)


def _interval(low: float, high: float) -> str:
    """An estimate's 95% interval as the report writes it; nothing when every disagreement is
    judged and there is no sampling error."""
    return "" if low == high else f" (95% interval {low:.3f}-{high:.3f})"


def record(judged: Judged, result: SplitResult) -> dict:
    """The verdicts' counts and the scores they imply, for ``--save``: the format
    :func:`framekit.teach.evaluate.recorded` reads (no text of PolNeAR's). A "by reading" row
    counts the estimated right speakers (rounded), and so do its ", low" and ", high" rows,
    from the ends of the interval; "perfect extractor" is :func:`ceiling`."""
    summary = polnear_summary(result)
    counts = judged.counts()
    direct = {"found": judged.found, "expected": judged.expected}
    perfect = {"found": judged.expected, "expected": judged.expected}
    ends = ("", ", low", ", high")
    scores = {"direct + speaker": {**direct, "correct": counts.right}}
    scores |= {f"direct + speaker, by reading{end}": {**direct, "correct": round(value * counts.matched)}
               for end, value in zip(ends, estimate(judged), strict=True)}
    scores |= {f"direct + speaker, perfect extractor as scored{end}": {**perfect, "correct": round(value * judged.expected)}
               for end, value in zip(ends, ceiling(judged), strict=True)}
    accuracy = {kind: {"right": c.right, "matched": c.matched} for kind, c in judged.kinds.items()}
    for kind in (*judged.kinds, None):
        matched = judged.counts(kind).matched
        accuracy |= {f"{kind or 'all'}, by reading{end}": {"right": round(value * matched), "matched": matched}
                     for end, value in zip(ends, estimate(judged, kind), strict=True)}
    verdicts = Counter(v.verdict for v in judged.current)
    shares = {f"judged {verdict}": {"right": verdicts[verdict], "of": len(judged.current)} for verdict in VERDICTS}
    shares["judged"] = {"right": len(judged.current), "of": counts.disagreements}
    return {**{key: summary[key] for key in ("corpus", "split", "articles", "words")},
            "scores": scores, "speaker accuracy": accuracy, "shares": shares}
