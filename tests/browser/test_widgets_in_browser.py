"""Every lesson notebook run in JupyterLab in a real browser: no errors, every widget drawn, one
real interaction per widget that shows what it should (see harness.lesson_steps), and then no
WCAG finding of axe-core's in the lesson's own content (see accessibility.ALLOWED)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from accessibility import axe_findings, kit_findings, report
from framekit.teach.lessons import lessons
from harness import JUPYTERLAB_NOTEBOOK, act, explain_failure, lesson_steps, open_notebook, run_all, widget_cells

NOTEBOOKS = [lesson.notebook for lesson in lessons() if lesson.available]  # as lessons.yaml lists them
STEPS = lesson_steps()


def test_every_lesson_has_its_interactions() -> None:
    """A lesson of lessons.yaml must get its steps in harness.lesson_steps (one interaction per widget)."""
    assert sorted(STEPS) == sorted(NOTEBOOKS)


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_lesson_runs_its_widgets_respond_and_axe_finds_nothing(lab, browser, artifacts: Path, notebook: str) -> None:
    """One Run All per lesson serves both checks: the lesson as a student has used it, every
    widget changed once, is what axe checks (a results view after a change included)."""
    page = browser.new_page()
    try:
        open_notebook(page, lab, notebook)
        cells = run_all(page)
        errors = [error for cell in cells for error in cell["errors"]]
        assert errors == [], f"{notebook}: cells raised {errors}"
        widgets = [cell for cell in cells if cell["widget"]]
        assert widgets and all(cell["rendered"] for cell in widgets), f"{notebook}: a widget was not drawn"
        shown = widget_cells(page)
        assert len(shown) == len(widgets)
        for step in STEPS[notebook]:
            expect(shown[step.widget]).not_to_contain_text(step.expected)
            act(shown[step.widget], step)
            expect(shown[step.widget]).to_contain_text(step.expected, timeout=15_000)
        for index, cell in enumerate(shown):
            cell.scroll_into_view_if_needed()
            cell.screenshot(path=str(artifacts / f"{Path(notebook).stem}-widget{index}.png"))
        found = kit_findings(axe_findings(page, JUPYTERLAB_NOTEBOOK))
        assert found == [], f"{notebook} in JupyterLab: axe-core finds\n{report(found)}"
    except Exception as problem:
        raise AssertionError(f"{notebook}: {explain_failure(page, artifacts, Path(notebook).stem)}") from problem
    finally:
        page.close()
