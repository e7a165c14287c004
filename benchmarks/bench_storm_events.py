"""Accuracy and speed of the casualty-figure extractor on real reports: NOAA's Storm Events narratives.

Run from the kit's folder::

    python -m benchmarks.bench_storm_events FILE [FILE ...] [--misses N] [--category killed|injured]

FILE is a details file of the Storm Events Database (``StormEvents_details-ftp_v1.0_d2019_*.csv.gz``),
downloaded from https://www.ncei.noaa.gov/pub/data/swdi/stormevents/csvfiles/. What is scored is
in :mod:`benchmarks.storm_events`: for the killed and the injured, the share of events whose
count the narrative states and the extractor finds (value and category), and how many "killed"
figures are the injured count; then words per second of CPU time.

The files are public domain, but large: keep them outside the repository. Develop on some files
and report the others, scored once at the end. The development files: the 1993, 1994 and 1995
details files, the first 2017 file (``d2017_c20170616``, January to March) and a copy of the
Arkansas tornado events (read the same way, as a CSV with the same columns); 1995 and 2017 were
held out once, and became development files when their misses were read. So did, on 2026-12-03,
the two files held out and scored together for the record before: the first 2019 file
(``StormEvents_details-ftp_v1.0_d2019_c20190617.csv.gz``, January to March 2019) and
``StormEvents_public-copies_heldout.csv.gz``, events gathered from copies of the results of
NCEI's web search in public repositories (same columns), every event of a development file or of
the 2019 file left out (by ``EVENT_ID``), kept only from copies parsed whole and not edited in a
spreadsheet (7,042 events when first built; 5,644 when rebuilt, see below).

``StormEvents_fresh_heldout.csv.gz``, 16,629 events none of whose ``EVENT_ID`` is in a file
above (the first 2022 details file found in a public repository, ``c20220616``, and rows of
public copies of search results that the rule for the copies above left out, kept row by row
where the row parses to the header's width with integer ``EVENT_ID``, counts and
``ABSOLUTE_ROWNUMBER`` and an NCEI date), was held out and scored once on 2026-12-03 (killed
54 of 62, injured 66 of 71, with the rules of that day); its misses were then read, and it
became a development file too.

The held-out file now: ``StormEvents_fresh2_heldout.csv.gz``, 22,718 events of 1972 and
1997–2025 none of whose ``EVENT_ID`` is in a file above, and none whose narrative is word for
word one of theirs: the details files ``d2024_c20240516`` and ``d2025_c20250520`` (January and
February of each year) and a 1972 file, monthly and state-wide search exports of tornadoes and
floods, kept by the same row rule (copies re-saved by a spreadsheet or rewritten by a program
stay out). It states a killed count in 30 events and an injured count in 117, counted before
any extractor ran on it. Scored once on 2026-12-03: the killed count found in 27 of 30
(90.0%), the injured count in 109 of 117 (93.2%), 0 of 32 "killed" figures the injured count;
saved to ``data/benchmarks/figures-storm-events.json``, which lesson 04 reports. With 30
reports, one report more or less moves the killed share by 3 percentage points.

Where the files come from: ``benchmarks/storm_events_sources.tsv`` lists, for each file or copy
used, its role (``dev``, ``heldout``, ``heldout-copies``, ``fresh``, ``fresh2``; all but the
last are development files now), the public GitHub repository, commit and path it was read from, and how
many events with a narrative were kept, so that a later session can rebuild every set from the
same commits without searching. Rebuilt on a new machine on 2026-12-03: the 1993, 1994, 1995
and 2019 files were found again (the 2019 file scores as before); the copies found again hold
5,644 of the 7,042 events (their events of January to March 2017 and Arkansas tornadoes up to
2021 are left out, as the two development files that held them could not be found then). Those
two, the first 2017 file and the Arkansas tornado file, were found later the same day in other
repositories (listed); with them the development files score as they did when first used:
killed 35 of 35, injured 250 of 253.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.records import save_record
from benchmarks.storm_events import (
    Result,
    StormEventsError,
    misses,
    read_events,
    report,
    score,
    summary,
)
from framekit.figures.extraction import extract_text


def parser() -> argparse.ArgumentParser:
    """The command's options."""
    command = argparse.ArgumentParser(prog="python -m benchmarks.bench_storm_events",
                                      description="Score the casualty-figure extractor on NOAA Storm Events narratives.")
    command.add_argument("files", type=Path, nargs="+", metavar="FILE", help="Storm Events details files (.csv or .csv.gz)")
    command.add_argument("--misses", type=int, default=0, metavar="N",
                         help="print up to N events whose stated count was not found (for the files you develop on)")
    command.add_argument("--category", choices=("killed", "injured"), default="killed", help="which misses to print")
    command.add_argument("--save", type=Path, metavar="FILE",
                         help="write the counts as JSON to FILE, such as data/benchmarks/figures-storm-events.json, "
                              "which lesson 04 reports")
    return command


def save(result: Result, files: Sequence[Path], path: Path) -> None:
    """Write the result's counts to ``path`` as JSON, with the command that measured them."""
    names = " ".join(file.name for file in files)
    save_record(summary(result, [file.name for file in files]),
                f"python -m benchmarks.bench_storm_events {names} --save {path.as_posix()}", path)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; 2 with a one-line message when a file is not a details file."""
    args = parser().parse_args(argv)
    try:
        events = read_events(args.files)
    except StormEventsError as problem:
        print(f"bench_storm_events: {problem}", file=sys.stderr)
        return 2
    extract_text("Warm-up: 3 people were killed.")  # loads the sentence splitter outside the timing
    result = score(events, extract_text, time.process_time)
    print(report(result, ", ".join(path.name for path in args.files)))
    if args.save:
        save(result, args.files, args.save)
    if args.misses:
        print("\n".join(misses(result, args.category, args.misses)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
