"""Speed of term matching (lesson 03): every family of the seed story over 1,000 articles.

Run from the kit's folder with `python -m benchmarks.bench_terms`. Target from the issue: matching all families over
a 1,000-article story under 2 s on one core.
"""

from __future__ import annotations

from benchmarks.timing import best_of, repeated
from framekit import load_story
from framekit.words.matching import counts, matches


def main() -> None:
    story = load_story("crocus-call-2024")
    large = repeated(story)
    articles = large.articles
    found = best_of(3, lambda: matches(large, story.terms))
    counted = best_of(3, lambda: counts(large, story.terms))
    variants = sum(len(f.variants) for f in story.terms)
    print(f"{len(story.terms)} families, {variants} variants, {len(articles)} articles")
    print(f"matches: {found:.2f} s; counts per article and variant: {counted:.2f} s (target: under 2 s)")


if __name__ == "__main__":
    main()
