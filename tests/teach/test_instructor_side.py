"""The instructor's side of every lesson (issue 14, section 5 and its acceptance): the instructor
guide has, for each lesson of lessons.yaml, the parts a teacher needs, and each lesson's solution
notebook has at least four exercises with feedback and two discussion prompts with sample answers.

Both read lessons.yaml, so a lesson added there fails here until its guide section and its
exercises are written."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from framekit.teach.lessons import lessons

ROOT = Path(__file__).resolve().parents[2]
GUIDE = (ROOT / "docs" / "instructor-guide.md").read_text(encoding="utf-8")
# The bold labels each lesson's section opens its paragraphs with (lessons 01 and 05 set the pattern).
PARTS = ("Prerequisites and level", "Timing", "Common misconceptions", "Sample answers", "Content note",
         "Further reading")
CHECK_CALL = re.compile(r"\bcheck(?:_\w+)?\(")  # checks.check(, check_story(, check_annotation(, ...
BEGIN = "### BEGIN SOLUTION"
MIN_CHECKS, MIN_DISCUSSIONS = 4, 2


def section(number: str, text: str = GUIDE) -> str:
    """The guide's section for lesson ``number``: from its ``### NN`` heading to the next heading."""
    found = re.search(rf"^### {number} .*?(?=^##)", text + "\n##", flags=re.MULTILINE | re.DOTALL)
    return found.group(0) if found else ""


def missing_parts(body: str) -> list[str]:
    """The parts of PARTS that ``body`` has no bold label for."""
    return [part for part in PARTS if not re.search(rf"^\*\*{re.escape(part)}\b", body, flags=re.MULTILINE)]


def counts(path: Path) -> tuple[int, int]:
    """(check cells, discussion prompts with a sample answer) of a solution notebook: a check cell is
    a code cell that calls a check and holds no solution; a sample answer is a Markdown cell with a
    solution block."""
    cells = nbformat.read(path, as_version=4).cells
    checks = sum(1 for c in cells if c.cell_type == "code" and CHECK_CALL.search(c.source) and BEGIN not in c.source)
    answers = sum(1 for c in cells if c.cell_type == "markdown" and BEGIN in c.source)
    return checks, answers


@pytest.mark.parametrize("lesson", lessons(), ids=lambda lesson: lesson.number)
def test_the_guide_has_every_part_for_each_lesson(lesson) -> None:
    body = section(lesson.number)
    assert body, f"docs/instructor-guide.md has no section '### {lesson.number} {lesson.title}'"
    assert missing_parts(body) == [], f"lesson {lesson.number}'s section lacks these parts"
    timing = re.search(r"^\*\*Timing.*?(?=^\*\*|\Z)", body, flags=re.MULTILINE | re.DOTALL).group(0)
    assert "self-study" in timing.lower(), f"lesson {lesson.number}'s timing has no plan for self-study"


@pytest.mark.parametrize("lesson", [lesson for lesson in lessons() if (ROOT / "solutions" / lesson.notebook).exists()],
                         ids=lambda lesson: lesson.number)
def test_each_solution_has_enough_exercises_with_feedback_and_discussion(lesson) -> None:
    checks, answers = counts(ROOT / "solutions" / lesson.notebook)
    assert checks >= MIN_CHECKS, f"solutions/{lesson.notebook}: {checks} check cells, want {MIN_CHECKS}"
    assert answers >= MIN_DISCUSSIONS, f"solutions/{lesson.notebook}: {answers} sample answers, want {MIN_DISCUSSIONS}"


def test_the_helpers_find_what_is_missing(tmp_path: Path) -> None:
    text = "### 07 A lesson\n\n**Timing.** Self-study.\n\n**Content note.** x\n\n### 08 Next\n\n**Further reading.** y\n"
    assert section("07", text).startswith("### 07") and "Further reading" not in section("07", text)
    assert section("09", text) == ""
    assert missing_parts(section("07", text)) == ["Prerequisites and level", "Common misconceptions",
                                                  "Sample answers", "Further reading"]
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell(f"{BEGIN}\nx = 1\n### END SOLUTION"),
        nbformat.v4.new_code_cell("checks.check_story(x, keys.k, story)"),
        nbformat.v4.new_markdown_cell("Discuss."),
        nbformat.v4.new_markdown_cell(f"{BEGIN}\nAn answer.\n### END SOLUTION"),
    ])
    path = tmp_path / "n.ipynb"
    nbformat.write(notebook, path)
    assert counts(path) == (1, 1)
