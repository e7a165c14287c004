"""Lesson 01 on a story with no fact checklist: the leads are compared, the fact sections say
that they are skipped, and nothing fails."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbclient
import nbformat
import pytest

from framekit.show.selection import NO_FACTS

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "norhaven-ferry-fire"


def test_lesson_01_without_a_checklist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bare = tmp_path / "no-facts"
    shutil.copytree(FIXTURE, bare)
    (bare / "annotations" / "facts.csv").unlink()
    monkeypatch.setenv("FRAMEKIT_STORY", str(bare))
    notebook = nbformat.read(ROOT / "notebooks" / "01_selection.ipynb", as_version=4)
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    shown = "".join(output.get("text", "") + "".join(str(v) for v in output.get("data", {}).values())
                    for cell in notebook.cells if cell.cell_type == "code" for output in cell.get("outputs", []))
    assert NO_FACTS in shown and "Skipped: this story has no fact checklist." in shown
    assert "no headline in the copy that reached us" in shown  # the leads are still compared
    assert "Traceback" not in shown and "Error" not in shown
