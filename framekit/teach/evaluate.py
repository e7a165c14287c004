"""How well an extractor agrees with a hand annotation: precision, recall and F1.

Both sides are rows with ``article``, ``start`` and ``end`` (offsets into the article's
body), as framekit's extractors and ``annotations/*.csv`` give them. A found row and an
annotated row match when they are in the same article and their spans overlap by at least
half of the shorter one, so that a quote found with or without its final comma still counts.
Each row matches at most one row on the other side. Used by lessons 02 and 04 to show the
scores and, just as important, the misses.

:func:`recorded` reads a benchmark's result kept in ``data/benchmarks/`` (counts only, with the
command that measured them), so that a lesson can set the score on its own story beside a
score measured on text the rules were never tuned on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from framekit.show.table import Table
from framekit.story.files import Problem
from framekit.story.locate import data_dir
from framekit.story.model import StoryError
from framekit.story.rows import Row


@dataclass(frozen=True)
class Score:
    """Counts behind precision and recall; ``correct`` found rows out of ``found`` and ``expected``."""

    correct: int
    found: int
    expected: int

    @property
    def precision(self) -> float:
        """Share of found rows that are right (1.0 when nothing was found)."""
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Share of annotated rows that were found (1.0 when nothing was annotated)."""
        return self.correct / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _overlap(a: Row, b: Row) -> int:
    if a["article"] != b["article"]:
        return 0
    shared = min(a["end"], b["end"]) - max(a["start"], b["start"])
    shorter = min(a["end"] - a["start"], b["end"] - b["start"])
    return shared if shorter > 0 and shared * 2 >= shorter else 0


def pairs(found: Sequence[Row], expected: Sequence[Row]) -> list[tuple[Row, Row]]:
    """One-to-one matches (found, expected), the largest overlaps first.

    Only rows of the same article can overlap, so each found row is compared with the expected
    rows of its own article: linear in the story (comparing every pair held 268 million
    candidates at 1,000 articles and ran the kernel out of memory)."""
    of_article: dict[str, list[int]] = {}
    for j, e in enumerate(expected):
        of_article.setdefault(e["article"], []).append(j)
    candidates = sorted(
        ((overlap, i, j) for i, f in enumerate(found) for j in of_article.get(f["article"], ())
         if (overlap := _overlap(f, expected[j]))),
        reverse=True,
    )
    used_found, used_expected, matched = set(), set(), []
    for overlap, i, j in candidates:
        if overlap and i not in used_found and j not in used_expected:
            used_found.add(i)
            used_expected.add(j)
            matched.append((found[i], expected[j]))
    return matched


def score(found: Sequence[Row], expected: Sequence[Row], agree: Callable[[Row, Row], bool] | None = None) -> Score:
    """Score ``found`` against ``expected``; with ``agree``, a match counts only if it agrees too.

    For instance ``agree=lambda f, e: f["speaker"] == e["speaker"]`` scores quotes with the
    correct speaker.
    """
    matched = pairs(found, expected)
    correct = sum(1 for f, e in matched if agree is None or agree(f, e))
    return Score(correct, len(found), len(expected))


def misses(found: Sequence[Row], expected: Sequence[Row]) -> tuple[list[Row], list[Row]]:
    """(annotated rows nobody found, found rows the annotation does not have)."""
    matched = pairs(found, expected)
    found_ids = {id(f) for f, _ in matched}
    expected_ids = {id(e) for _, e in matched}
    return [e for e in expected if id(e) not in expected_ids], [f for f in found if id(f) not in found_ids]


def disagreements(found: Sequence[Row], expected: Sequence[Row], field: str) -> list[tuple[Row, Row]]:
    """Matched (found, expected) pairs whose ``field`` differs, in the order of ``expected``."""
    order = {id(row): index for index, row in enumerate(expected)}
    differing = [(f, e) for f, e in pairs(found, expected) if f[field] != e[field]]
    return sorted(differing, key=lambda pair: order[id(pair[1])])


def score_table(
    found: Sequence[Row], expected: Sequence[Row], kinds: Sequence[str], agree_on: Sequence[str] = (), caption: str = "",
    by: str = "kind",
) -> Table:
    """Precision, recall and F1 per kind of row, and per kind with each field of ``agree_on`` right too.

    For quotes: ``score_table(found, expected, ("direct", "indirect"), ("speaker",))`` gives
    rows "direct", "direct + speaker", "indirect", "indirect + speaker". ``by`` names the field
    that holds the kind: casualty figures are sorted by ``by="category"`` (killed, injured, …).
    """
    rows = []
    for kind in kinds:
        mine = [row for row in found if row[by] == kind]
        theirs = [row for row in expected if row[by] == kind]
        rows.append(_score_row(kind, score(mine, theirs)))
        for field in agree_on:
            agreed = score(mine, theirs, agree=lambda f, e, field=field: f[field] == e[field])
            rows.append(_score_row(f"{kind} + {field}", agreed))
    columns = ("rows", "found", "annotated", "right", "precision", "recall", "F1")
    return Table(columns, tuple(rows), caption=caption)


def _score_row(name: str, result: Score) -> tuple[str, ...]:
    counts = (result.found, result.expected, result.correct)
    return (name, *(str(n) for n in counts), *(f"{v:.2f}" for v in (result.precision, result.recall, result.f1)))


# --- recorded benchmarks ------------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """A benchmark result as ``data/benchmarks/<name>.json`` keeps it: the corpus and split it
    was measured on, a :class:`Score` per row ("direct", "direct + speaker"…), speaker accuracy
    as (right, matched) by kind of speaker, other shares as (right, of) ("killed count found"),
    and the command that measured it, and when. A benchmark keeps what it measures: a missing
    part is empty."""

    corpus: str
    split: str
    articles: int
    words: int
    scores: Mapping[str, Score]
    speaker_accuracy: Mapping[str, tuple[int, int]]
    shares: Mapping[str, tuple[int, int]]
    command: str
    measured: str

    def table(self, caption: str = "") -> Table:
        """The scores as :func:`score_table` shows a lesson's own."""
        columns = ("rows", "found", "annotated", "right", "precision", "recall", "F1")
        return Table(columns, tuple(_score_row(name, score) for name, score in self.scores.items()), caption=caption)


def recorded(name: str, folder: Path | None = None) -> Recorded:
    """The benchmark result ``<name>.json`` in ``folder`` (default: the kit's ``data/benchmarks/``).

    Raises :class:`StoryError` with ``path:line: what is wrong`` when the file is missing,
    is not JSON, or lacks a field.
    """
    path = (folder or data_dir() / "benchmarks") / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoryError([Problem(path, 1, "no such benchmark result: run the command in data/README.md")]) from None
    except (OSError, UnicodeDecodeError) as problem:
        raise StoryError([Problem(path, 1, f"cannot read it ({problem})")]) from None
    except json.JSONDecodeError as problem:
        raise StoryError([Problem(path, problem.lineno, f"not JSON: {problem.msg}")]) from None
    try:
        return Recorded(
            corpus=str(data["corpus"]), split=str(data["split"]), articles=int(data["articles"]), words=int(data["words"]),
            scores={row: Score(int(c["correct"]), int(c["found"]), int(c["expected"])) for row, c in data.get("scores", {}).items()},
            speaker_accuracy={kind: (int(c["right"]), int(c["matched"])) for kind, c in data.get("speaker accuracy", {}).items()},
            shares={name: (int(c["right"]), int(c["of"])) for name, c in data.get("shares", {}).items()},
            command=str(data["command"]), measured=str(data["measured"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as problem:
        raise StoryError([Problem(path, 1, f"not a benchmark result: a field is missing or not a number ({problem})")]) from None


def in_ten(score: Score | tuple[int, int]) -> int:
    """How many of ten annotated rows were found right, rounded: the number a student reads
    in "it names the right speaker for 7 of 10 quotes". A share (right, of) is read the same way."""
    right, of = (score.correct, score.expected) if isinstance(score, Score) else score
    return round(10 * right / of) if of else 0
