"""The lesson list: README table, notebooks on disk and the start notebook agree."""

from __future__ import annotations

import re
from pathlib import Path

from framekit.lessons import LESSONS, NOTEBOOKS, lesson_plan_html

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_rows() -> list[list[str]]:
    rows = re.findall(r"^\| *(\d\d) *\|(.+)\|\s*$", README, flags=re.MULTILINE)
    return [[number, *[cell.strip() for cell in rest.split("|")]] for number, rest in rows]


def test_readme_lists_every_lesson_in_order() -> None:
    assert [row[0] for row in readme_rows()] == [lesson.number for lesson in LESSONS]


def test_readme_links_exactly_the_lessons_that_exist() -> None:
    for (_number, title, question, time), lesson in zip(readme_rows(), LESSONS):
        assert lesson.question == question and f"{lesson.minutes} min" == time
        if lesson.available:
            assert title == f"[{lesson.title}](notebooks/{lesson.notebook})"
        else:
            assert title == f"{lesson.title} (coming soon)"


def test_every_numbered_notebook_is_a_listed_lesson() -> None:
    listed = {lesson.notebook for lesson in LESSONS}
    assert {path.name for path in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")} <= listed


def test_plan_links_available_lessons_only() -> None:
    plan = lesson_plan_html()
    for lesson in LESSONS:
        assert (f'href="{lesson.notebook}"' in plan) == lesson.available
