"""Shared by the benchmark scripts: CPU time of work in this process or in a child process, and a
large story made of the seed's articles.

These machines are shared and noisy: benchmarks report CPU time (not wall-clock time), the best
of several runs, and ratios between two things measured in the same run.
"""

from __future__ import annotations

import dataclasses
import resource
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


def repeated(story: Story, articles: int = 1000) -> Story:
    """``story`` with its articles repeated (ids made unique) until it has ``articles`` of them."""
    copies = -(-articles // len(story.articles))
    many = [dataclasses.replace(a, id=f"{a.id}-{i}") for i in range(copies) for a in story.articles]
    return dataclasses.replace(story, articles=tuple(many[:articles]))


def extraction_times(story: Story, extract_story: Callable[[Story], object]) -> tuple[float, float]:
    """(CPU seconds for ``story``, for it repeated to 1,000 articles), each the best of several runs."""
    extract_story(story)  # warm up caches such as the sentence splitter
    large = repeated(story)
    return best_of(20, lambda: extract_story(story)), best_of(3, lambda: extract_story(large))
