"""The lesson benchmark's report: ratios to both floors are taken run by run, and the verdicts
follow the targets (the timings themselves are measured by the benchmark, never in tests)."""

from __future__ import annotations

from benchmarks.bench_lessons import FLOORS, LESSONS, Measured, Run, report


def _measured(*walls: float) -> Measured:
    return Measured([Run(wall=w, cpu=w / 2, rss_mb=100) for w in walls])


def _table(lesson_walls: tuple[float, ...]) -> dict[str, str]:
    lessons = {("seed", "empty"): _measured(1.0, 2.0), ("seed", "core imports"): _measured(2.0, 4.0)}
    lessons |= {("seed", path.stem): _measured(*lesson_walls) for path in LESSONS}
    text = report({"cores": "2"}, {}, lessons, {}, {"seed": "seed story"}, 2, "python -m benchmarks.bench_lessons")
    rows = [line.split(" | ") for line in text.splitlines() if line.startswith("| seed story |")]
    return {row[1]: row for row in rows}


def test_ratios_are_taken_within_each_run() -> None:
    rows = _table((1.5, 3.0))  # 1.5x the empty notebook in both runs, 0.75x the core imports
    first = rows[LESSONS[0].stem]
    assert first[3].startswith("1.50 (1.50–1.50)")
    assert first[4] == "0.75"
    assert first[8] == "yes"
    assert set(rows) == {*FLOORS, *(path.stem for path in LESSONS)}


def test_a_lesson_over_the_target_is_flagged() -> None:
    rows = _table((1.6, 3.4))
    assert rows[LESSONS[0].stem][8] == "**no**"
    assert rows["empty"][8] == "" and rows["core imports"][4] == "1.00"
