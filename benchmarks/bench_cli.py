"""How fast the framekit command starts, and how much libyaml's C loader saves in story loading.

Run from the kit's folder with `python -m benchmarks.bench_cli`. Target from the layout issue:
the command starts in under 0.5 s of CPU time (`framekit --help`, `framekit validate`), which
means it loads neither the exercise builder (nbformat) nor NLTK until a command needs them.
Each figure is the least CPU time (user + system) of several runs, measured in this one run
beside the start of a bare Python for scale.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.timing import best_of, child_cpu
from framekit.story.files import LOADERS, parse_yaml, split_front_matter

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "stories" / "crocus-call-2024"
RUNS = 5
TARGET = 0.5


def yaml_texts() -> list[str]:
    """Every YAML text of the seed story: story.yaml, terms.yaml and each article's front matter."""
    texts = [(SEED / name).read_text(encoding="utf-8") for name in ("story.yaml", "terms.yaml")]
    for path in sorted((SEED / "articles").glob("*.md")):
        texts.append(split_front_matter(path.read_text(encoding="utf-8"), path)[0])
    return texts


def main() -> None:
    python = child_cpu([sys.executable, "-c", "pass"], RUNS)
    print(f"CPU time, least of {RUNS} runs (a bare Python starts in {python:.2f} s):")
    for args in (["--help"], ["validate", str(SEED)], ["terms", str(SEED)], ["quotes", str(SEED)]):
        seconds = child_cpu([sys.executable, "-m", "framekit", *args], RUNS, cwd=ROOT)
        target = f" (target: under {TARGET} s)" if args[0] in ("--help", "validate") else " (with the work itself)"
        print(f"  framekit {args[0]:<9} {seconds:.2f} s{target}")
    texts = yaml_texts()
    times = {loader.__name__: best_of(20, lambda loader=loader: [parse_yaml(t, SEED, loader_class=loader) for t in texts])
             for loader in LOADERS}
    print(f"parsing the seed story's {len(texts)} YAML texts: "
          + ", ".join(f"{name} {seconds * 1000:.1f} ms" for name, seconds in times.items()))
    if len(times) == 2:
        (_, c_time), (_, python_time) = times.items()
        print(f"  the C loader takes {c_time / python_time:.2f} of the pure-Python loader's time")


if __name__ == "__main__":
    main()
