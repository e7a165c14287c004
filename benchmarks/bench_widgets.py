"""Speed of the lesson widgets in a real browser (issue: widgets tested as students meet them).

Run from the kit's folder with `python -m benchmarks.bench_widgets` (needs Debian's chromium).
For each lesson notebook in JupyterLab: the time from Run All to the last widget drawn, and
the browser round trip of each interaction of the browser tests (from the student's action to
the new text on screen), median of 10. Aim: interaction round trip under 300 ms median.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from tests.browser.harness import (
    act,
    chromium,
    chromium_path,
    current,
    jupyterlab,
    lesson_steps,
    open_notebook,
    run_all,
    widget_cells,
)

REPEATS = 10


def wait_for_text(cell, text: str, present: bool, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while (text in cell.inner_text()) != present:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{text!r} {'never appeared' if present else 'never went away'}")
        time.sleep(0.005)


def round_trips(cell, step) -> list[float]:
    """Seconds from each action to its text on screen, going back between actions."""
    before = current(cell, step)
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        act(cell, step)
        wait_for_text(cell, step.expected, True)
        times.append(time.perf_counter() - start)
        act(cell, step, before)
        wait_for_text(cell, step.expected, False)
    act(cell, step)  # leave the widget as the next step expects it
    wait_for_text(cell, step.expected, True)
    return times


def main() -> None:
    if chromium_path() is None:
        raise SystemExit("Chromium not found: install Debian's chromium package first")
    steps = lesson_steps()
    with tempfile.TemporaryDirectory() as base, jupyterlab(Path(base) / "lab") as server, \
            chromium(Path(base) / "profile") as browser:
        for notebook in sorted(steps):
            page = browser.new_page()
            open_notebook(page, server, notebook)
            start = time.perf_counter()
            run_all(page)
            widgets = widget_cells(page)
            ready = time.perf_counter() - start
            print(f"{notebook}: Run All to last widget drawn {ready:.2f} s ({len(widgets)} widget(s))")
            for step in steps[notebook]:
                times = round_trips(widgets[step.widget], step)
                print(f"  {step.action} {step.control} = {step.value!r}: median {statistics.median(times) * 1000:.0f} ms"
                      f" (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}; target under 300 ms)")
            page.close()


if __name__ == "__main__":
    main()
