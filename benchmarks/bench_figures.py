"""Speed of casualty-figure extraction (lesson 04): the seed story, and the seed articles repeated 1,000 times.

Run from the kit's folder with `python -m benchmarks.bench_figures`. Target from the issue: a story of 1,000 articles
under 2 s on one core.
"""

from __future__ import annotations

from benchmarks.timing import extraction_times
from framekit import load_story
from framekit.figures.extraction import extract_story


def main() -> None:
    story = load_story("crocus-call-2024")
    seed, large = extraction_times(story, extract_story)
    print(f"seed story ({len(story.articles)} articles): {seed * 1000:.1f} ms")
    print(f"1,000 articles: {large:.2f} s (target: under 2 s)")


if __name__ == "__main__":
    main()
