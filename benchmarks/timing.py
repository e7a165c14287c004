"""Shared by the benchmark scripts: CPU time of work in this process or in a child process, and a
large story made of the seed's articles.

These machines are shared and noisy: benchmarks report CPU time (not wall-clock time), the best
of several runs, and ratios between two things measured in the same run.
"""

from __future__ import annotations

import csv
import dataclasses
import re
import resource
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from framekit.story.model import Story


def best_of(repeats: int, work: Callable[[], object]) -> float:
    """The least CPU time, in seconds, of ``repeats`` calls of ``work`` in this process."""
    times = []
    for _ in range(repeats):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def child_cpu(command: Sequence[str], repeats: int, cwd: Path | None = None) -> float:
    """The least CPU time (user + system), in seconds, of ``repeats`` runs of ``command`` as a
    child process, its output discarded; each run has at most 120 s."""
    times = []
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=120)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(times)


def copy_id(article_id: str, copy: int) -> str:
    """The id of an article's ``copy``-th copy in a repeated story: the first copy keeps its id,
    so that a lesson naming a seed article still finds it."""
    return article_id if copy == 0 else f"{article_id}-{copy}"


def repeated(story: Story, articles: int = 1000) -> Story:
    """``story`` with its articles repeated (ids made unique) until it has ``articles`` of them."""
    copies = -(-articles // len(story.articles))
    many = [dataclasses.replace(a, id=copy_id(a.id, i)) for i in range(copies) for a in story.articles]
    return dataclasses.replace(story, articles=tuple(many[:articles]))


FRONT_MATTER_ID = re.compile(r"^id: .*$", re.MULTILINE)


def write_repeated(story: Path, folder: Path, articles: int = 1000) -> Path:
    """:func:`repeated` as a story folder on disk: ``folder/<story's folder name>``, with the
    story's ``story.yaml``, ``terms.yaml`` and the rows of its annotations repeated with the
    articles. ``folder`` must not exist. Returns the new story's folder."""
    target = folder / story.name
    (target / "articles").mkdir(parents=True)
    for name in ("story.yaml", "terms.yaml"):
        if (story / name).is_file():
            shutil.copyfile(story / name, target / name)
    files = sorted((story / "articles").glob("*.md"))
    chosen = [(path, copy) for copy in range(-(-articles // len(files))) for path in files][:articles]
    ids = {}
    for path, copy in chosen:
        new_id = copy_id(path.stem, copy)
        text = FRONT_MATTER_ID.sub(f"id: {new_id}", path.read_text(encoding="utf-8"), count=1)
        (target / "articles" / f"{new_id}.md").write_text(text, encoding="utf-8", newline="")
        ids.setdefault(path.stem, []).append(new_id)
    for table in sorted((story / "annotations").glob("*.csv")):
        _repeat_rows(table, target / "annotations" / table.name, ids)
    return target


def _repeat_rows(source: Path, target: Path, ids: dict[str, list[str]]) -> None:
    """Each row of the annotation table ``source`` once per copy of its article (column ``article``)."""
    target.parent.mkdir(exist_ok=True)
    with source.open(encoding="utf-8", newline="") as read, target.open("w", encoding="utf-8", newline="") as write:
        rows = csv.DictReader(read)
        out = csv.DictWriter(write, rows.fieldnames or [])
        out.writeheader()
        for row in rows:
            for new_id in ids.get(row["article"], ()):
                out.writerow({**row, "article": new_id})


def extraction_times(story: Story, extract_story: Callable[[Story], object]) -> tuple[float, float]:
    """(CPU seconds for ``story``, for it repeated to 1,000 articles), each the best of several runs."""
    extract_story(story)  # warm up caches such as the sentence splitter
    large = repeated(story)
    return best_of(20, lambda: extract_story(story)), best_of(3, lambda: extract_story(large))
