"""Every lesson, solution and exercise runs on a story other than the seed (issue: any story).

``tests/fixtures/norhaven-ferry-fire`` is a small fictional story of our own: four short
articles, its own terms, a hand annotation of quotes but none of figures (so the lessons fall
back on the extractor), and a reference toll. Each notebook is executed against it with
``FRAMEKIT_STORY``; the tests assert that it runs, that no commentary about the seed story
shows, and that every check of a worked solution says "Correct" (or that the exercise is
about the seed story and is skipped, with a message).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbclient
import nbformat
import pytest

from framekit.story.load import check_story, load_story

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "norhaven-ferry-fire"
# Words that belong to the seed story only: none may show in a lesson run on the fixture.
SEED_WORDS = re.compile(r"Crocus|Shoigu|Lecornu|Macron|Kiev|Kyiv|TASS|crocus-call-2024|About this story only")
CHECK_CALL = re.compile(r"\bcheck(?:_\w+)?\(")
CORRECT, SKIPPED, NOT_ANSWERED = "✅", "⏭️", "✏️"


def notebooks(folder: str) -> list[Path]:
    return sorted((ROOT / folder).glob("*.ipynb"))


def run(path: Path, monkeypatch: pytest.MonkeyPatch) -> nbformat.NotebookNode:
    """``path`` executed on the fixture story (the kernel inherits ``FRAMEKIT_STORY``)."""
    monkeypatch.setenv("FRAMEKIT_STORY", str(FIXTURE))
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return notebook


def shown(cell: nbformat.NotebookNode) -> str:
    """Everything a code cell shows: streams, plain text, Markdown and HTML."""
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", ""))
        for kind in ("text/plain", "text/markdown", "text/html"):
            parts.append(output.get("data", {}).get(kind, ""))
    return "".join(parts)


def test_the_fixture_story_is_valid_and_not_the_seed() -> None:
    assert check_story(FIXTURE) == []
    story = load_story(FIXTURE)
    assert len(story.articles) == 4 and story.reference and "quotes.csv" in story.annotations
    assert "figures.csv" not in story.annotations  # partial: lesson 04 uses the extractor


@pytest.mark.parametrize("path", notebooks("notebooks"), ids=lambda p: p.name)
def test_every_lesson_runs_on_another_story_without_seed_commentary(path: Path, monkeypatch) -> None:
    notebook = run(path, monkeypatch)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            leaked = SEED_WORDS.search(shown(cell))
            assert leaked is None, f"{path.name}: a cell shows {leaked.group()!r} on another story:\n{cell.source}"


@pytest.mark.parametrize("path", notebooks("solutions"), ids=lambda p: p.name)
def test_every_check_of_a_solution_is_correct_on_another_story(path: Path, monkeypatch) -> None:
    notebook = run(path, monkeypatch)
    checks = [cell for cell in notebook.cells if cell.cell_type == "code" and CHECK_CALL.search(cell.source)]
    assert checks
    for cell in checks:
        assert shown(cell).startswith((CORRECT, SKIPPED)), f"{path.name}: {cell.source}\n-> {shown(cell)[:300]}"


@pytest.mark.parametrize("path", notebooks("exercises"), ids=lambda p: p.name)
def test_every_exercise_runs_on_another_story(path: Path, monkeypatch) -> None:
    notebook = run(path, monkeypatch)
    for cell in notebook.cells:
        if cell.cell_type == "code" and CHECK_CALL.search(cell.source):
            assert shown(cell).startswith((NOT_ANSWERED, SKIPPED)), f"{path.name}: {cell.source}\n-> {shown(cell)[:300]}"


def bare_story(folder: Path) -> Path:
    """The fixture with no annotation, no terms.yaml and no reference toll: the least a valid
    story holds."""
    bare = folder / "bare-story"
    shutil.copytree(FIXTURE, bare, ignore=shutil.ignore_patterns("annotations", "terms.yaml"))
    meta = (bare / "story.yaml").read_text(encoding="utf-8")
    (bare / "story.yaml").write_text(meta[: meta.index("reference:")], encoding="utf-8")
    assert check_story(bare) == []
    return bare


def run_on(story: Path, path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Everything the code cells of ``path`` show, executed on ``story``."""
    monkeypatch.setenv("FRAMEKIT_STORY", str(story))
    notebook = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    return "".join(shown(cell) for cell in notebook.cells if cell.cell_type == "code")


@pytest.mark.parametrize("name", ["02_quote_attribution.ipynb", "04_casualty_figures.ipynb"])
def test_a_story_with_no_annotation_and_no_toll_gets_machine_output_and_skips_the_comparison(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    everything = run_on(bare_story(tmp_path), ROOT / "notebooks" / name, monkeypatch)
    assert "machine output" in everything and "cannot be scored on it here" in everything
    if name.startswith("04"):
        assert "records no official death toll" in everything and "official toll: none" in everything


@pytest.mark.parametrize("path", [ROOT / "notebooks" / "00_start_here.ipynb", ROOT / "notebooks" / "03_word_choice.ipynb",
                                  ROOT / "solutions" / "03_word_choice.ipynb"], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_story_without_terms_yaml_reads_the_kits_own_families(path: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    everything = run_on(bare_story(tmp_path), path, monkeypatch)
    assert "Which verb introduces what someone says?" in everything  # the kit's first family
    if path.parent.name == "solutions":
        assert "Not yet" not in everything
