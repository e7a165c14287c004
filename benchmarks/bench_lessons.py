"""What a student waits for: each lesson's Run All against the kernel's own start-up, each
widget's callbacks, and the kernel's memory, on the seed story and on a generated large one.

Run from the kit's folder with `python -m benchmarks.bench_lessons` (options: `--runs 3`,
`--articles 1000`, `--output benchmarks/RESULTS.md`). It writes RESULTS.md with:

- the machine (CPU model, cores, Python, OS);
- extraction speed (quotes, figures) in words per second of CPU time, on the seed story;
- per lesson and story: Run All of notebooks/*.ipynb with nbclient (kernel start to shutdown),
  divided by the same for an empty notebook in the same run (the kernel start-up floor) and for
  a notebook that only imports the core packages (matplotlib, ipywidgets, TextBlob: the floor
  of any lesson), wall and kernel CPU time, median and spread (min–max) over the runs, and the
  kernel's RSS after the last cell;
- per widget, on both stories: the callbacks' p50 and p95 measured inside a kernel, and the most
  HTML one interaction sent.

The large story is the seed's articles repeated (:func:`benchmarks.timing.write_repeated`), in a
temporary data folder that the lessons are pointed at with FRAMEKIT_DATA and FRAMEKIT_STORY.
Targets (issue 13): each lesson at most 1.5x the empty notebook on the seed story; at 1,000
articles Run All under 30 s and kernel RSS under 250 MB; every widget callback under 250 ms
at the 95th percentile and under ~100 KB of HTML.

These machines are shared and noisy: only ratios measured in one run compare across machines.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import nbclient
import nbformat
import psutil

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SEED = "crocus-call-2024"
CELL_TIMEOUT = 600  # seconds; a lesson that takes longer is reported as failed
TARGET_RATIO, TARGET_RUN_ALL, TARGET_RSS_MB, TARGET_P95_MS, TARGET_HTML_KB = 1.5, 30.0, 250, 250, 100


@dataclass
class Run:
    """One notebook executed in a fresh kernel."""

    wall: float
    cpu: float  # the kernel's user + system CPU seconds
    rss_mb: float  # the kernel's resident memory after the last cell
    error: str = ""


@dataclass
class Measured:
    runs: list[Run] = field(default_factory=list)

    def median(self, key: str) -> float:
        return statistics.median(getattr(r, key) for r in self.runs)

    def spread(self, key: str) -> str:
        values = [getattr(r, key) for r in self.runs]
        return f"{min(values):.2f}–{max(values):.2f}"


def machine() -> dict[str, str]:
    """CPU model, cores, Python and OS of this machine."""
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    return {"CPU": model, "cores": str(os.cpu_count()), "Python": platform.python_version(), "OS": platform.platform(),
            "memory": f"{psutil.virtual_memory().total / 2**30:.1f} GiB"}


def execute(notebook: nbformat.NotebookNode, folder: Path, env: dict[str, str]) -> Run:
    """Run every cell of ``notebook`` in a fresh kernel started in ``folder``: wall time from
    kernel start to shutdown, and the kernel's CPU time and RSS read just before shutdown."""
    client = nbclient.NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3",
                                     resources={"metadata": {"path": str(folder)}})
    start, error, cpu, rss = time.perf_counter(), "", 0.0, 0.0
    try:
        with client.setup_kernel(env=env):
            try:
                for index, cell in enumerate(notebook.cells):
                    client.execute_cell(cell, index)
            finally:
                try:
                    kernel = psutil.Process(client.km.provisioner.process.pid)
                    times = kernel.cpu_times()
                    cpu, rss = times.user + times.system, kernel.memory_info().rss / 2**20
                except (psutil.Error, AttributeError):
                    pass
    except Exception as err:  # a lesson that fails is reported, and the others still run
        error = f"{type(err).__name__}: {str(err).strip().splitlines()[-1][:120] if str(err).strip() else ''}"
    return Run(time.perf_counter() - start, cpu, rss, error)


# The core packages every lesson imports (the developers' guide names them): importing them in a
# fresh kernel is a second floor, below which no lesson that draws a chart or tags a word can go.
CORE_IMPORTS = "import matplotlib.pyplot, ipywidgets, textblob"
FLOORS = {"empty": "pass", "core imports": CORE_IMPORTS}


def floor_notebook(label: str) -> nbformat.NotebookNode:
    """A one-cell notebook: ``pass`` (the kernel's start-up floor) or the core packages' imports."""
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOORS[label])])


def lesson_times(stories: dict[str, dict[str, str]], runs: int) -> dict[tuple[str, str], Measured]:
    """(story name, notebook name or "empty") -> runs; in each run, the empty notebook and every
    lesson on each story, interleaved so that a busy moment of the machine touches them all."""
    results: dict[tuple[str, str], Measured] = {}
    for number in range(runs):
        for name, env in stories.items():
            for path in (*FLOORS, *LESSONS):
                notebook = floor_notebook(path) if path in FLOORS else nbformat.read(path, as_version=4)
                label = path if path in FLOORS else path.stem
                run = execute(notebook, ROOT / "notebooks", env)
                results.setdefault((name, label), Measured()).runs.append(run)
                print(f"run {number + 1}/{runs} {name:>6} {label:28} {run.wall:7.2f} s wall {run.cpu:7.2f} s CPU "
                      f"{run.rss_mb:6.0f} MB {run.error}", flush=True)
    return results


# Widget callbacks, timed inside a kernel --------------------------------------------------------

def widget_callbacks(story_path: str) -> dict[str, list[tuple[str, float, float, int]]]:
    """Per widget: (interaction, wall seconds, CPU seconds, characters of HTML shown) of each
    interaction a student makes. Called in a kernel by :func:`kernel_widget_times`."""
    from framekit import load_story
    from framekit.quotes.extraction import quote_rows
    from framekit.show import widgets
    from framekit.story.annotations import best_source
    from framekit.tone.scores import sentence_tones

    story = load_story(story_path)
    ids = [a.id for a in story.articles]
    picks = [ids[(i * 97) % len(ids)] for i in range(20)]  # articles spread over the story
    timed: dict[str, list[tuple[str, float, float, int]]] = {}

    def time_it(widget: str, label: str, act: Callable[[], object], view) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        act()
        timed.setdefault(widget, []).append((label, time.perf_counter() - wall, time.process_time() - cpu, len(view.value)))

    def set_value(control, value) -> Callable[[], None]:
        return lambda: setattr(control, "value", value)

    def next_page(widget: str, box, view, times: int) -> None:
        """Click "Next page" up to ``times`` times while it leads somewhere, if the widget has a
        pager (its last child; a list that fits on one page has its pager disabled and hidden)."""
        buttons = [child for child in getattr(box.children[-1], "children", ()) if getattr(child, "description", "") == "Next page"]
        for _ in range(times):
            if not buttons or buttons[0].disabled:
                return
            time_it(widget, "next page", buttons[0].click, view)

    reader = widgets.article_reader(story)
    (first, _second), query, view = reader.children[0].children, reader.children[1], reader.children[2]
    for article in picks:
        time_it("article_reader", "select article", set_value(first, article), view)
    for typed in ("K", "Ki", "Kie", "Kiev", "t", "th", "the"):
        time_it("article_reader", "type highlight", set_value(query, typed), view)

    quotes = widgets.quote_view(story)
    (article, source), view = quotes.children[0].children, quotes.children[1]
    for index, pick in enumerate(picks):
        time_it("quote_view", "select article", set_value(article, pick), view)
        time_it("quote_view", "switch source", set_value(source, "extractor" if index % 2 == 0 else "annotation"), view)

    explorer = widgets.quote_explorer(story)
    (speaker, article), source, view = explorer.children[0].children, explorer.children[1], explorer.children[2]
    for name in list(speaker.options)[:10]:
        time_it("quote_explorer", "select speaker", set_value(speaker, name), view)
        next_page("quote_explorer", explorer, view, 1)
    for pick in picks[:10]:
        time_it("quote_explorer", "select article", set_value(article, pick), view)
    time_it("quote_explorer", "switch source (whole story extracted once)", set_value(source, "extractor"), view)
    time_it("quote_explorer", "switch source", set_value(source, "annotation"), view)

    concordance = widgets.concordance_view(story)
    (family, variant), (query, article) = concordance.children[0].children, concordance.children[1].children
    view = concordance.children[2]
    for name in family.options:
        time_it("concordance_view", "select family", set_value(family, name), view)
        for label in variant.options[1:]:
            time_it("concordance_view", "select variant", set_value(variant, label), view)
    for typed in ("r", "re", "reg", "regi", "regime", "t", "th", "the"):
        time_it("concordance_view", "type query", set_value(query, typed), view)
    next_page("concordance_view", concordance, view, 5)
    for pick in picks[:5]:
        time_it("concordance_view", "select article", set_value(article, pick), view)

    facts = widgets.fact_explorer(story)
    fact, view = facts.children[:2]
    for _label, fact_id in [*list(fact.options)[1:], *list(fact.options)[:1]]:
        time_it("fact_explorer", "select fact", set_value(fact, fact_id), view)
        next_page("fact_explorer", facts, view, 2)

    tones = sentence_tones(story, quote_rows(story, best_source(story, "quotes.csv")))  # the lesson's own, passed in
    reader = widgets.tone_reader(story, tones)
    article, voice, view = reader.children
    for pick in picks[:10]:
        time_it("tone_reader", "select article", set_value(article, pick), view)
    for label in [*voice.options[1:], voice.options[0]]:
        time_it("tone_reader", "select voice", set_value(voice, label), view)

    toll = widgets.toll_slider(story)
    slider, view = toll.children[:2]
    for _label, day in slider.options:
        time_it("toll_slider", "slide date", set_value(slider, day), view)
    next_page("toll_slider", toll, view, 5)
    return timed


def kernel_widget_times(story_path: Path, env: dict[str, str]) -> dict[str, list[tuple[str, float, float, int]]]:
    """:func:`widget_callbacks` run in a fresh kernel, its result read back as JSON."""
    code = f"import json\nfrom benchmarks.bench_lessons import widget_callbacks\nprint(json.dumps(widget_callbacks({str(story_path)!r})))"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    env = {**env, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))}
    client = nbclient.NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3",
                                     resources={"metadata": {"path": str(ROOT / "notebooks")}})
    with client.setup_kernel(env=env):
        client.execute_cell(notebook.cells[0], 0)
    text = "".join(output.get("text", "") for output in notebook.cells[0].outputs if output.get("name") == "stdout")
    return json.loads(text)


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` percentile (0 to 1) of ``values``, by the nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


# Extraction speed ----------------------------------------------------------------------------

def extraction_speed(runs: int) -> dict[str, tuple[float, float, float]]:
    """Per extractor: (median, least, most) words per second of CPU time on the seed story."""
    from framekit import load_story
    from framekit.figures.extraction import extract_story as figures
    from framekit.quotes.extraction import extract_story as quotes

    story = load_story(SEED)
    words = sum(article.words for article in story.articles)
    speeds = {}
    for name, extract in (("quotes", quotes), ("figures", figures)):
        extract(story)  # loads the tagger and the sentence splitter once
        times = []
        for _ in range(max(runs, 5)):
            start = time.process_time()
            extract(story)
            times.append(time.process_time() - start)
        speeds[name] = (words / statistics.median(times), words / max(times), words / min(times))
    return speeds


# The report ----------------------------------------------------------------------------------

def verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


def report(info: dict[str, str], speeds, lessons: dict[tuple[str, str], Measured], widgets_by_story, names: dict[str, str],
           runs: int, command: str) -> str:
    lines = ["# Benchmark results", "",
             f"Written by `{command}` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. "
             "The machine is shared: compare the ratios, which are measured in the same run.", "",
             "## Machine", "", *(f"- {key}: {value}" for key, value in info.items()), "",
             "## Extraction speed (seed story, CPU time of one core)", "",
             "| extractor | words/s (median) | least–most |", "|---|---:|---:|"]
    lines += [f"| {name} | {median:,.0f} | {low:,.0f}–{high:,.0f} |" for name, (median, low, high) in speeds.items()]
    lines += ["", f"## Lessons: Run All with nbclient, {runs} run(s), median (min–max)", "",
              "Wall time runs from kernel start to shutdown; the ratio divides it by the same for an empty notebook in "
              f"the same run (the kernel start-up floor). CPU is the kernel's. Targets: ratio ≤ {TARGET_RATIO} on the "
              f"seed story; at the large story Run All under {TARGET_RUN_ALL:.0f} s and kernel RSS under {TARGET_RSS_MB} MB. "
              f"The second floor, *core imports*, is a notebook whose one cell is `{CORE_IMPORTS}`: the packages "
              "every lesson needs, so no lesson can be faster than it.", "",
              "| story | notebook | wall s | ratio to empty | ratio to core imports | kernel CPU s | CPU ratio to empty "
              "| kernel RSS MB | meets target | error |",
              "|---|---|---:|---:|---:|---:|---:|---:|---|---|"]
    for story in names:
        floor, core = lessons[(story, "empty")], lessons[(story, "core imports")]
        for label in (*FLOORS, *(p.stem for p in LESSONS)):
            measured = lessons[(story, label)]
            ratios = [r.wall / f.wall for r, f in zip(measured.runs, floor.runs)]
            core_ratio = statistics.median(r.wall / f.wall for r, f in zip(measured.runs, core.runs))
            ratio = f"{statistics.median(ratios):.2f} ({min(ratios):.2f}–{max(ratios):.2f})"
            cpu_ratio = statistics.median(r.cpu / max(f.cpu, 1e-6) for r, f in zip(measured.runs, floor.runs))
            errors = "; ".join(sorted({r.error for r in measured.runs if r.error}))
            if label in FLOORS:
                target = ""
            elif story == "seed":
                target = verdict(statistics.median(ratios) <= TARGET_RATIO and not errors)
            else:
                target = verdict(measured.median("wall") < TARGET_RUN_ALL and measured.median("rss_mb") < TARGET_RSS_MB
                                 and not errors)
            lines.append(f"| {names[story]} | {label} | {measured.median('wall'):.2f} ({measured.spread('wall')}) | {ratio} | {core_ratio:.2f} "
                         f"| {measured.median('cpu'):.2f} ({measured.spread('cpu')}) | {cpu_ratio:.2f} | {measured.median('rss_mb'):.0f} "
                         f"| {target} | {errors} |")
    lines += ["", "## Widget callbacks, timed inside a kernel", "",
              f"Each interaction's wall time (CPU time beside it) and the HTML it left in the view. Targets: p95 under "
              f"{TARGET_P95_MS} ms, at most ~{TARGET_HTML_KB} KB of HTML per interaction. Slowest: the slowest "
              "interaction, named.", "",
              "| story | widget | interactions | p50 ms | p95 ms | p95 CPU ms | slowest | most HTML KB | meets target |",
              "|---|---|---:|---:|---:|---:|---|---:|---|"]
    for story, timed in widgets_by_story.items():
        for widget, samples in timed.items():
            walls, cpus = [s[1] for s in samples], [s[2] for s in samples]
            slowest = max(samples, key=lambda s: s[1])
            most = max(s[3] for s in samples) / 1000
            ok = percentile(walls, 0.95) * 1000 < TARGET_P95_MS and most <= TARGET_HTML_KB
            lines.append(f"| {names[story]} | {widget} | {len(samples)} | {percentile(walls, 0.5) * 1000:.0f} "
                         f"| {percentile(walls, 0.95) * 1000:.0f} | {percentile(cpus, 0.95) * 1000:.0f} "
                         f"| {slowest[0]}: {slowest[1] * 1000:.0f} ms | {most:.0f} | {verdict(ok)} |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each notebook (default 3)")
    parser.add_argument("--articles", type=int, default=1000, help="articles of the large story (default 1,000)")
    parser.add_argument("--only", choices=("seed", "large"), help="measure one story only")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    args = parser.parse_args(argv)
    from benchmarks.timing import write_repeated
    from framekit.story.load import story_path

    info = machine()
    print(info, flush=True)
    speeds = extraction_speed(args.runs)
    print(speeds, flush=True)
    with tempfile.TemporaryDirectory() as temporary:
        data = Path(temporary) / "data"
        large = write_repeated(story_path(SEED, strict=True), data / "stories", args.articles)
        shutil.copytree(ROOT / "data" / "benchmarks", data / "benchmarks")
        shutil.copyfile(ROOT / "lessons.yaml", data.parent / "lessons.yaml")
        base = {key: value for key, value in os.environ.items() if key not in ("FRAMEKIT_DATA", "FRAMEKIT_STORY")}
        stories = {"seed": {**base, "FRAMEKIT_STORY": SEED},
                   "large": {**base, "FRAMEKIT_DATA": str(data), "FRAMEKIT_STORY": str(large)}}
        names = {"seed": f"seed ({SEED})", "large": f"{args.articles:,} articles"}
        if args.only:
            stories, names = {args.only: stories[args.only]}, {args.only: names[args.only]}
        lessons = lesson_times(stories, args.runs)
        paths = {"seed": story_path(SEED, strict=True), "large": large}
        timed = {name: kernel_widget_times(paths[name], env) for name, env in stories.items()}
    command = "python -m benchmarks.bench_lessons" + (" " + " ".join(argv if argv is not None else sys.argv[1:])).rstrip()
    text = report(info, speeds, lessons, timed, names, args.runs, command)
    args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
