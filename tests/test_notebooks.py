"""The outputs policy of each notebook folder (see README), and exercises as students meet them."""

from __future__ import annotations

import re
from pathlib import Path

import nbclient
import nbformat
import pytest

from framekit.teach.handouts import CHECK_CALL  # the worksheets drop the same cells

ROOT = Path(__file__).resolve().parent.parent
WITH_OUTPUTS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "solutions").glob("*.ipynb"))
EXERCISES = sorted((ROOT / "exercises").glob("*.ipynb"))


def code_cells(path: Path) -> list:
    return [cell for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code"]


@pytest.mark.parametrize("path", WITH_OUTPUTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lessons_and_solutions_are_stored_executed(path: Path) -> None:
    """Strict nbval compares only executed cells: an unexecuted cell would escape the comparison."""
    for number, cell in enumerate(code_cells(path), start=1):
        assert cell.execution_count is not None, f"code cell {number} was not run before committing"


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_exercises_have_no_outputs(path: Path) -> None:
    for cell in code_cells(path):
        assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_every_check_says_not_answered_in_a_fresh_exercise(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    checks = [cell for cell in notebook.cells if cell.cell_type == "code" and CHECK_CALL.search(cell.source)]
    assert checks, "an exercise notebook without check cells"
    for cell in checks:
        shown = "".join(output.get("data", {}).get("text/plain", "") for output in cell.outputs)
        assert shown.startswith("✏️ Not answered yet"), cell.source


CHART_CALL = re.compile(r"\b(?:share_heatmap|heatmap|toll_timeline|interval_chart|selection_chart|grouped_bars)\(")


@pytest.mark.parametrize("path", sorted((ROOT / "notebooks").glob("*.ipynb")), ids=lambda p: p.name)
def test_every_chart_a_lesson_draws_is_shown(path: Path) -> None:
    """A chart made inside an ``if`` block is not the cell's value and shows only with display():
    each cell that draws one must have stored an image (on the seed story)."""
    for cell in code_cells(path):
        if CHART_CALL.search(cell.source):
            kinds = {kind for output in cell.outputs for kind in output.get("data", {})}
            assert kinds & {"image/png", "image/svg+xml"}, f"{path.name}: no chart shown by\n{cell.source}"
