"""Speed of casualty-figure extraction (lesson 04): the seed story, and the seed articles repeated 1,000 times.

Run from the kit's folder with `python -m benchmarks.bench_figures`. Target from the issue: a story of 1,000 articles
under 2 s on one core.
"""

from __future__ import annotations

import dataclasses

from benchmarks.timing import best_of
from framekit import load_story
from framekit.figures import extract, extract_story


def main() -> None:
    story = load_story("crocus-call-2024")
    extract_story(story)  # warm up the sentence splitter
    seed = best_of(20, lambda: extract_story(story))
    articles = [dataclasses.replace(a, id=f"{a.id}-{i}") for i in range(200) for a in story.articles]
    large = best_of(3, lambda: [extract(article) for article in articles])
    print(f"seed story ({len(story.articles)} articles): {seed * 1000:.1f} ms")
    print(f"{len(articles)} articles: {large:.2f} s (target: under 2 s)")


if __name__ == "__main__":
    main()
