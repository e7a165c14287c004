"""Speed of quote extraction (lesson 02) in words per second of CPU time on one core.

Run from the kit's folder with ``python -m benchmarks.bench_quotes [STORY_FOLDER ...] [--runs N]``: the seed
story, the seed articles repeated to 1,000, and each story folder given. A folder that holds story folders
rather than being one (a PolNeAR split written by ``python -m benchmarks.bench_polnear PATH --out DIR``, which
cuts a large split into ``part-1``, ``part-2``…) counts as one story.

Targets from the issues: the seed story well under 50 ms, 1,000 articles under 10 s, and at least 80,000
words per second per core, tagging included, on any text.

Each speed is the story's words (``Article.words``) over the median CPU time (``time.process_time``) of
several runs of :func:`framekit.quotes.extraction.extract_story`, after one run outside the timing that loads
the tagger's lexicon and the sentence splitter; the slowest and fastest runs are in brackets. The machine may
be shared: compare figures measured in one run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.timing import repeated
from framekit import load_story
from framekit.quotes.extraction import extract_story
from framekit.story.model import Story, StoryError

SEED = "crocus-call-2024"
TARGET = 80_000  # words per second of CPU time on one core, tagging included
SEED_RUNS = 100  # the seed story takes milliseconds: many runs (about 2 s in all), for a median that a burst of load on a shared machine moves little


def cpu_times(stories: Sequence[Story], runs: int) -> list[float]:
    """CPU seconds of each of ``runs`` extractions of all ``stories``, after one untimed run."""
    for story in stories:
        extract_story(story)
    times = []
    for _ in range(runs):
        start = time.process_time()
        for story in stories:
            extract_story(story)
        times.append(time.process_time() - start)
    return times


def line(name: str, stories: Sequence[Story], runs: int) -> str:
    """One line of the report: the stories' size, the median time and the words per second."""
    articles = sum(len(story.articles) for story in stories)
    words = sum(article.words for story in stories for article in story.articles)
    times = cpu_times(stories, runs)
    median = statistics.median(times)
    speed = f"{words / median:,.0f} words/s ({words / max(times):,.0f}–{words / min(times):,.0f})"
    verdict = "yes" if words / median >= TARGET else "NO"
    return f"{name} ({articles:,} articles, {words:,} words): {median:.3f} s, {speed}; ≥ {TARGET:,} words/s: {verdict}"


def stories_in(folder: Path) -> list[Story]:
    """The story at ``folder``, or the stories in its subfolders when it is not one itself."""
    if (folder / "story.yaml").is_file():
        return [load_story(folder)]
    found = [load_story(path.parent) for path in sorted(folder.glob("*/story.yaml"))]
    if not found:
        raise StoryError(message=f"{folder}: no story.yaml in it or in its subfolders")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Print a line per story; 2, with what is wrong, when a folder holds no story or a broken one."""
    parser = argparse.ArgumentParser(description="Quote extraction speed in words per second of CPU time.")
    parser.add_argument("folders", nargs="*", type=Path, help="story folders (or folders of story folders) to time too")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each story but the seed (default 3)")
    args = parser.parse_args(argv)
    try:
        given = [(str(folder), stories_in(folder)) for folder in args.folders]
    except StoryError as problem:
        print(f"bench_quotes: {problem}", file=sys.stderr)  # each problem as path:line: what is wrong
        return 2
    seed = load_story(SEED)
    print("Quote extraction: median CPU time of the runs on one core, words per second (slowest–fastest run)")
    runs = f"{args.runs} run{'s' if args.runs != 1 else ''}"
    print(line(f"seed story {SEED}, {SEED_RUNS} runs", [seed], SEED_RUNS) + " (time target: well under 0.050 s)", flush=True)
    print(line(f"1,000 articles, {runs}", [repeated(seed)], args.runs) + " (time target: under 10 s)", flush=True)
    for name, stories in given:
        print(line(f"{name}, {runs}", stories, args.runs), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
