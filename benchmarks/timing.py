"""Shared by the benchmark scripts: the best of several runs, and a large story made of the seed's articles."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

from framekit.story.model import Story


def best_of(repeats: int, work: Callable[[], object]) -> float:
    """The shortest wall-clock time, in seconds, of ``repeats`` calls of ``work``."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def repeated(story: Story, articles: int = 1000) -> Story:
    """``story`` with its articles repeated (ids made unique) until it has ``articles`` of them."""
    copies = -(-articles // len(story.articles))
    many = [dataclasses.replace(a, id=f"{a.id}-{i}") for i in range(copies) for a in story.articles]
    return dataclasses.replace(story, articles=tuple(many[:articles]))


def extraction_times(story: Story, extract_story: Callable[[Story], object]) -> tuple[float, float]:
    """(seconds for ``story``, seconds for it repeated to 1,000 articles), each the best of several runs."""
    extract_story(story)  # warm up caches such as the sentence splitter
    large = repeated(story)
    return best_of(20, lambda: extract_story(story)), best_of(3, lambda: extract_story(large))
