"""Speed of quote extraction (lesson 02): the seed story, and the seed articles repeated 1,000 times.

Run from the kit's folder with `python -m benchmarks.bench_quotes`. Targets from the issue: the seed story well under
50 ms; a story of 1,000 articles under 10 s on one core.
"""

from __future__ import annotations

from benchmarks.timing import extraction_times
from framekit import load_story
from framekit.quotes.extraction import extract_story


def main() -> None:
    story = load_story("crocus-call-2024")
    seed, large = extraction_times(story, extract_story)
    print(f"seed story ({len(story.articles)} articles): {seed * 1000:.1f} ms (target: well under 50 ms)")
    print(f"1,000 articles: {large:.2f} s (target: under 10 s)")


if __name__ == "__main__":
    main()
