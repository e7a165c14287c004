"""How the time of each function that reads user text grows with the text: CPU time at n and at 4n.

Run from the kit's folder with `python -m benchmarks.bench_linear` (options: `--n 5000` for the smaller
size, `--only figures` for the cases whose name holds a word). The cases are those of
tests/test_linear_time.py: adversarial inputs built from a repeated unit, in the shapes that made
some functions quadratic. Target from the kit's rule: time linear in the length of the text, so a
ratio near 4 (a quadratic function gives 16, and a cubic one 64); a ratio above 6 is flagged.

These machines are shared and noisy: each figure is the least CPU time (time.process_time) of
several runs, both sizes are measured in this one run, and what counts is the ratio. A case
under 10 ms at 4n is too fast for its ratio to mean much, and is marked so.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from tests.test_linear_time import CASES, Case, N, arguments, resolve

RUNS = 3
FLAGGED = 6.0  # a ratio above this is not linear growth, noise allowed for
TOO_FAST = 0.01  # seconds at 4n under which the ratio is mostly noise


def cpu_time(case: Case, n: int, runs: int = RUNS) -> float:
    """The least CPU time, in seconds, of ``runs`` calls of the case's function at size n; the
    input is built afresh before each call, outside the timing."""
    function = resolve(case.function)
    times = []
    for _ in range(runs):
        args = arguments(case, n)
        start = time.process_time()
        function(*args)
        times.append(time.process_time() - start)
    return min(times)


def verdict(small: float, large: float) -> str:
    """What the ratio of the two times says: linear, flagged, or too fast to tell."""
    if large < TOO_FAST:
        return "too fast to tell"
    return "FLAGGED: grows faster than linear" if large / max(small, 1e-6) > FLAGGED else "linear"


def report(cases: Sequence[Case], n: int) -> list[tuple[str, float, float]]:
    """Time each case at n and 4n (after one small warm-up call, which loads what is loaded once:
    NLTK's Punkt, the kit's terms), print a line per case, and return (name, time at n, at 4n)."""
    rows = []
    print(f"CPU time, least of {RUNS} runs, at n = {n:,} and 4n = {4 * n:,} repetitions of each case's unit")
    print(f"{'case':<58} {'n':>9} {'4n':>9} {'ratio':>6}")
    for case in cases:
        cpu_time(case, 8, runs=1)
        small, large = cpu_time(case, n), cpu_time(case, 4 * n)
        print(f"{case.name:<58} {small:8.3f}s {large:8.3f}s {large / max(small, 1e-6):6.1f}  {verdict(small, large)}",
              flush=True)
        rows.append((case.name, small, large))
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=N // 4, help=f"the smaller size (default {N // 4:,}: 4n is the test's size)")
    parser.add_argument("--only", default="", help="only the cases whose name contains this text")
    args = parser.parse_args(argv)
    report([case for case in CASES if args.only in case.name], args.n)


if __name__ == "__main__":
    main()
