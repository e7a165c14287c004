"""Speed of quote extraction (lesson 02): the seed story, and the seed articles repeated 1,000 times.

Run with `python benchmarks/bench_quotes.py`. Targets from the issue: the seed story well under
50 ms; a story of 1,000 articles under 10 s on one core.
"""

from __future__ import annotations

import dataclasses

from timing import best_of

from framekit import load_story
from framekit.quotes import extract, extract_story


def main() -> None:
    story = load_story("crocus-call-2024")
    extract_story(story)  # warm up the sentence splitter
    seed = best_of(20, lambda: extract_story(story))
    articles = [dataclasses.replace(a, id=f"{a.id}-{i}") for i in range(200) for a in story.articles]
    large = best_of(3, lambda: [extract(article) for article in articles])
    print(f"seed story ({len(story.articles)} articles): {seed * 1000:.1f} ms (target: well under 50 ms)")
    print(f"{len(articles)} articles: {large:.2f} s (target: under 10 s)")


if __name__ == "__main__":
    main()
