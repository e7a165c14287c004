"""Accuracy of framekit's quote extractor on PolNeAR, a public corpus of hand-annotated attributions.

Run from the kit's folder::

    python -m benchmarks.bench_polnear /path/to/PolNeAR --split dev [--split train] [--out DIR] [--errors N]

What it measures, per split: precision, recall and F1 for direct quotes and for indirect
(reported) speech, each with and without the right speaker; speaker accuracy on matched
direct quotes by kind of gold speaker (a name, a pronoun, a description such as "a
spokeswoman", no source); the same by publisher; and the extractor's speed in words per
second of CPU time. ``--errors N`` prints up to N missed quotes, extra quotes and wrong
speakers of the first split, for development.

Matching: a found quote and a gold quote of the same kind and article pair when the token-level
F1 of their spans is at least 0.5, one to one, the best pairs first. A speaker is right when
it names the annotated Source or any mention of the Source's CoreNLP coreference chain,
compared without case, titles (Mr., Sen., President…) or a possessive 's, a last name
sufficing ("Donald Trump" for "Trump", or for "he" whose chain holds "Donald J. Trump"); a
Source of titles only is compared word for word ("the senator"), a description by its head too
("a source" for "a source involved in the talks"), and a Source the annotator swapped with
its Cue ("said" as Source, "Hester" as Cue) is read swapped; a Source of titles only ("the
president") also goes by the names the article writes with those titles ("President Barack
Obama"), where CoreNLP's chain often holds none.
How PolNeAR's annotation becomes gold quotes is in :mod:`benchmarks.polnear`.

Getting PolNeAR (Newell, Margolin & Ruths, LREC 2018): clone the public GitHub repository
networkdynamics/PolNeAR (``git clone https://github.com/networkdynamics/PolNeAR``) and pass
the path of the clone. Its texts are copyrighted and not redistributed: nothing of it is kept
in this repository, and the converted story folder goes to a temporary folder (or to
``--out``) that must not be shared.

Develop on train and dev; score the test split only for the numbers you report.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.polnear import (
    SPLITS,
    PolnearError,
    SplitResult,
    convert,
    errors,
    report,
    score_split,
    summary,
)
from benchmarks.records import save_record
from framekit.quotes.extraction import extract_story, extract_text
from framekit.story.load import load_story


def parser() -> argparse.ArgumentParser:
    """The command's options."""
    command = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_polnear",
        description="Score framekit's quote extractor against PolNeAR's hand-annotated attributions. "
                    "Develop on train and dev; score test only for the numbers you report.",
    )
    command.add_argument("polnear", type=Path, metavar="PATH", help="a clone of github.com/networkdynamics/PolNeAR")
    command.add_argument("--split", action="append", choices=SPLITS, metavar="SPLIT",
                         help="train, dev or test; repeat for several (default: dev). Develop on train and "
                              "dev; score test only for the numbers you report.")
    command.add_argument("--out", type=Path, metavar="DIR",
                         help="write the converted story folders here and keep them (default: a temporary "
                              "folder, removed at the end); never share them, the texts are copyrighted")
    command.add_argument("--errors", type=int, default=0, metavar="N",
                         help="print up to N errors of each sort (missed, extra, wrong speaker) for the first split")
    command.add_argument("--errors-kind", choices=("direct", "indirect"), default="direct",
                         help="which quotes --errors shows (default: direct)")
    command.add_argument("--save", type=Path, metavar="FILE",
                         help="write the last split's counts (no text) as JSON to FILE, such as "
                              "data/benchmarks/quotes-polnear.json, which lesson 02 reports")
    return command


def run_split(root: Path, split: str, out: Path) -> SplitResult:
    """Convert ``split``, load it as a story, time the extractor on it and score it."""
    conversion = convert(root, split, out)
    stories = [load_story(path) for path in conversion.paths]
    extract_text("Warm-up, she said.")  # loads the sentence splitter outside the timing
    start = time.process_time()
    found = [quote.as_row() for story in stories for quote in extract_story(story)]
    cpu = time.process_time() - start
    return score_split(conversion, stories, found, cpu)


def save(result: SplitResult, path: Path) -> None:
    """Write the split's counts to ``path`` as JSON, with the command that measured them."""
    record = summary(result)
    save_record(record, f"python -m benchmarks.bench_polnear PATH --split {record['split']} --save {path.as_posix()}", path)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; 2 with a one-line message when PolNeAR is not where the path says."""
    args = parser().parse_args(argv)
    splits = list(dict.fromkeys(args.split or ["dev"]))
    try:
        with tempfile.TemporaryDirectory(prefix="polnear-") as temporary:
            out = args.out or Path(temporary)
            for index, split in enumerate(splits):
                result = run_split(args.polnear, split, out)
                if args.save and index == len(splits) - 1:
                    save(result, args.save)
                print(report(result))
                if args.out:
                    print(f"  story folder: {out / f'polnear-{split}'}")
                if index == 0 and args.errors > 0:
                    print()
                    print(errors(result, args.errors, args.errors_kind))
                print()
    except PolnearError as problem:
        print(f"bench_polnear: {problem}", file=sys.stderr)
        return 2
    except OSError as problem:  # unreadable files, an --out that is a file
        print(f"bench_polnear: {problem.filename or ''}: {problem.strerror or problem}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
