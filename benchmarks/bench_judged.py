"""How many of the extractor's "wrong" speakers on PolNeAR are wrong by reading.

Run from the kit's folder::

    python -m benchmarks.bench_judged /path/to/PolNeAR --split train --verdicts data/benchmarks/speakers-judged-train.tsv
    python -m benchmarks.bench_judged /path/to/PolNeAR --split test --verdicts data/benchmarks/speakers-judged-test.tsv \
        --save data/benchmarks/speakers-judged-test.json
    python -m benchmarks.bench_judged /path/to/PolNeAR --split train --sheet FILE [--count 100] [--seed 1] [--skip VERDICTS]
    python -m benchmarks.bench_judged --merge FIRST SECOND OUT

The first two read verdicts given by readers and report them against the extractor's current
answers, with the speaker accuracy and F1 they imply (``--save`` keeps the counts, which
lesson 02 reports); the third writes a sheet of disagreements drawn at random, for a reader to
judge (it holds PolNeAR's text: keep it to yourself), leaving out with ``--skip`` the quotes a
verdict file already judges (so that, with a ``--count`` as large as the disagreements, every
one gets judged, and after a change of the rules only the changed ones are judged again), and
the last joins two readers' verdicts on one sheet: the verdict they agree on, else ``unclear``. Why a scored "wrong" speaker may be
right: :mod:`benchmarks.judged`; how to judge: ``benchmarks/judging.md``. Judging is scoring:
a sample of the test split is judged once, for the numbers reported, and its verdicts are not
read to change the rules; develop on train and dev as for :mod:`benchmarks.bench_polnear`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks.bench_polnear import run_split
from benchmarks.judged import (
    VerdictError,
    check,
    merged,
    read_verdicts,
    record,
    report,
    sample,
    sheet,
    unjudged,
    write_verdicts,
)
from benchmarks.polnear import SPLITS, PolnearError
from benchmarks.records import save_record


def parser() -> argparse.ArgumentParser:
    """The command's options."""
    command = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_judged",
        description="Report readers' verdicts on the speakers the PolNeAR scorer calls wrong, "
                    "write a sheet to judge, or merge two readers' verdicts.",
    )
    command.add_argument("polnear", type=Path, metavar="PATH", nargs="?",
                         help="a clone of github.com/networkdynamics/PolNeAR (not needed by --merge)")
    command.add_argument("--split", choices=SPLITS, default="train", help="the split (default: train)")
    what = command.add_mutually_exclusive_group(required=True)
    what.add_argument("--verdicts", type=Path, metavar="FILE", help="a verdict file to report")
    what.add_argument("--merge", type=Path, nargs=3, metavar=("FIRST", "SECOND", "OUT"),
                      help="write to OUT the verdicts two readers agree on, and unclear where they differ")
    what.add_argument("--sheet", type=Path, metavar="FILE",
                      help="write a sheet of disagreements to judge to FILE (it holds PolNeAR's text: never share it)")
    command.add_argument("--save", type=Path, metavar="FILE",
                         help="with --verdicts: write the counts (no text) as JSON to FILE, such as "
                              "data/benchmarks/speakers-judged-test.json, which lesson 02 reports")
    command.add_argument("--count", type=int, default=100, help="how many disagreements the sheet draws (default: 100)")
    command.add_argument("--seed", type=int, default=1, help="the seed of the draw (default: 1)")
    command.add_argument("--skip", type=Path, metavar="VERDICTS",
                         help="with --sheet: leave out the quotes this verdict file judges with the current found speaker")
    return command


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; 2 with a one-line message for a path without PolNeAR or a bad verdict file."""
    command = parser()
    args = command.parse_args(argv)
    if args.merge:
        return merge(*args.merge)
    if args.polnear is None:
        command.error("give the path of a PolNeAR clone")
    try:
        given = args.verdicts or args.skip  # the verdicts to report, or those a sheet leaves out
        verdicts = read_verdicts(given) if given else []
        with tempfile.TemporaryDirectory(prefix="polnear-") as temporary:
            result = run_split(args.polnear, args.split, Path(temporary))
    except (PolnearError, VerdictError) as problem:
        print(f"bench_judged: {problem}", file=sys.stderr)
        return 2
    if args.verdicts:
        checked = check(result, verdicts)
        print(report(checked, args.split))
        if args.save:
            save_record(record(checked, result), f"python -m benchmarks.bench_judged PATH --split {args.split} --verdicts "
                        f"{args.verdicts.as_posix()} --save {args.save.as_posix()}", args.save)
        return 0
    if args.sheet.exists():
        print(f"bench_judged: {args.sheet} exists; give a new file name (nothing was overwritten)", file=sys.stderr)
        return 2
    drawn = sample(unjudged(result, verdicts), args.count, args.seed)
    try:
        args.sheet.write_text(sheet(drawn, result.bodies), encoding="utf-8")
    except OSError as problem:
        print(f"bench_judged: {args.sheet}: {problem.strerror or problem}", file=sys.stderr)
        return 2
    print(f"wrote {len(drawn)} disagreements to judge to {args.sheet}: fill in verdict and reason as "
          f"benchmarks/judging.md says; keep the file to yourself, it holds PolNeAR's text")
    return 0


def merge(first: Path, second: Path, out: Path) -> int:
    """Write two readers' verdicts as one file (:func:`benchmarks.judged.merged`); 2 with a
    one-line message for a bad file or an ``out`` that exists (nothing is overwritten)."""
    try:
        verdicts = merged(read_verdicts(first), read_verdicts(second))
        if out.exists():
            raise VerdictError(f"{out} exists; give a new file name (nothing was overwritten)")
        out.write_text(write_verdicts(verdicts), encoding="utf-8")
    except (VerdictError, OSError) as problem:
        print(f"bench_judged: {problem}", file=sys.stderr)
        return 2
    agreed = sum(1 for v in verdicts if not v.reason.startswith("the two readers differ"))
    print(f"wrote {len(verdicts)} verdicts to {out}; the readers agree on {agreed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
