"""A new story from pasted article texts, with draft annotations (``framekit new-story``).

:mod:`framekit.story.new` builds the story folder (articles, story.yaml, terms.yaml and the
list of removed lines); it sits below the extractors, so the draft annotations are made here,
from the quote and figure extractors, and handed to it. Each annotation file opens with the
line :data:`~framekit.story.annotations.DRAFT_MARK`: the story loads, and
:func:`~framekit.story.annotations.is_machine_draft` tells a lesson that the "answer key" is
machine output until the instructor has checked every row and deleted that line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from framekit.figures import extraction as figures
from framekit.quotes import extraction as quotes
from framekit.story.annotations import COLUMNS, DRAFT_MARK, row_problems
from framekit.story.files import Problem
from framekit.story.load import PLACEHOLDER, check_story
from framekit.story.model import Article
from framekit.story.new import REPORT, Plan, check_target, plan_story, write_story
from framekit.story.terms import parse_terms

DRAFT_LINE = (f"{DRAFT_MARK}: written by framekit new-story from the extractors, not reviewed. Check every "
              "row against its article, correct or delete it, then delete this line.")
EXTRACTORS: dict[str, Callable[[Article], Iterable]] = {"quotes.csv": quotes.extract, "figures.csv": figures.extract}
SHOWN = 40  # lines of each list printed; the files hold them all


@dataclass(frozen=True)
class Made:
    """A story folder written by :func:`new_story`, and what the instructor must do next."""

    plan: Plan
    backup: Path | None  # where the folder it replaced went
    rows: dict[str, int]  # rows drafted per annotation file
    left_out: tuple[str, ...]  # extractor rows that would not pass framekit validate
    to_fill: tuple[Problem, ...]  # what framekit validate finds now: the placeholders

    def summary(self) -> str:
        """What was written, what was removed, and what to fill in, for the terminal."""
        plan, target = self.plan, self.plan.target
        families, _ = parse_terms(plan.files["terms.yaml"], target / "terms.yaml")
        proposed = sum(family.proposed for family in families)
        drafted = ", ".join(f"annotations/{name} ({count} rows)" for name, count in self.rows.items())
        count = len(plan.drafts)
        lines = [f"wrote {target}: {count} article{'' if count == 1 else 's'}, terms.yaml ({proposed} proposed "
                 f"famil{'y' if proposed == 1 else 'ies'}), "
                 f"{drafted}, machine drafts not reviewed"]
        if self.backup is not None:
            lines.append(f"the folder it replaced was moved to {self.backup}")
        lines += _listed(f"{len(plan.removed)} lines removed or moved to the front matter (all in {target / REPORT}):",
                         [str(line) for line in plan.removed], f"in {REPORT}")
        lines += _listed("rows left out of the draft annotations (they would not pass framekit validate):",
                         list(self.left_out), "")
        lines += _listed(f"to do: fill in each {PLACEHOLDER} value (framekit validate {target} lists them):",
                         [str(problem) for problem in self.to_fill], f"with framekit validate {target}")
        lines.append("then review the proposed families in terms.yaml and the draft annotations "
                     "(data/README.md, 'Teach your own story').")
        return "\n".join(lines)


def _listed(title: str, items: list[str], where: str) -> list[str]:
    if not items:
        return []
    more = [f"  … and {len(items) - SHOWN} more{' ' + where if where else ''}"] if len(items) > SHOWN else []
    return [title] + [f"  {item}" for item in items[:SHOWN]] + more


def new_story(target: Path, sources: Sequence[Path], force: bool = False) -> tuple[Made | None, list[Problem]]:
    """Write a story folder at ``target`` from the article files ``sources`` (files or folders),
    with draft annotations; returns what was made, or None and every problem with the inputs
    (nothing is then written). Raises :class:`~framekit.story.new.NewStoryError` when ``target``
    exists (without ``force``) or cannot be written."""
    check_target(target, sources, force)
    plan, problems = plan_story(target, sources)
    if plan is None:
        return None, problems
    articles = [Article(d.id, d.id, date.today(), d.body, target / "articles" / f"{d.id}.md", 1) for d in plan.drafts]
    files, rows, left_out = draft_annotations(articles)
    backup = write_story(plan, force, {f"annotations/{name}": text for name, text in files.items()})
    return Made(plan, backup, rows, tuple(left_out), tuple(check_story(target))), []


def draft_annotations(articles: Sequence[Article]) -> tuple[dict[str, str], dict[str, int], list[str]]:
    """The annotation files the extractors draft for ``articles`` (name -> CSV text, opening with
    :data:`DRAFT_LINE`), the rows in each, and the rows left out because ``framekit validate``
    would refuse them (an extractor's row that an annotation may not hold)."""
    bodies = {article.id: article.body for article in articles}
    files, counts, left_out = {}, {}, []
    for name, extract in EXTRACTORS.items():
        kept = []
        for row in (item.as_row() for article in articles for item in extract(article)):
            problems = row_problems(name, row, bodies)
            if problems:
                left_out.append(f"annotations/{name}: article {row['article']}, {row['text']!r}: {problems[0]}")
            else:
                kept.append(row)
        files[name], counts[name] = csv_text(name, kept), len(kept)
    return files, counts, left_out


def csv_text(name: str, rows: Sequence[dict]) -> str:
    """``rows`` as the CSV of ``annotations/<name>``, under :data:`DRAFT_LINE` (empty cells for None)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS[name])
    writer.writerows(["" if row[column] is None else row[column] for column in COLUMNS[name]] for row in rows)
    return DRAFT_LINE + "\n" + out.getvalue()

