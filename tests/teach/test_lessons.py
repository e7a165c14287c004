"""framekit.teach.lessons: lessons.yaml is the one list; the README table, the notebooks on disk and
the start notebook's lesson plan agree with it."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from framekit.teach.lessons import LessonError, lesson_plan_html, lessons, read_lessons

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
LESSON = """\
- number: "02"
  notebook: 02_quote_attribution.ipynb
  title: Quote attribution
  question: Who speaks?
  minutes: 50
"""


def readme_rows() -> list[list[str]]:
    rows = re.findall(r"^\| *(\d\d) *\|(.+)\|\s*$", README, flags=re.MULTILINE)
    return [[number, *[cell.strip() for cell in rest.split("|")]] for number, rest in rows]


def test_readme_lists_every_lesson_in_order() -> None:
    assert [row[0] for row in readme_rows()] == [lesson.number for lesson in lessons()]


def test_readme_links_exactly_the_lessons_that_exist() -> None:
    for (_number, title, question, time), lesson in zip(readme_rows(), lessons()):
        assert lesson.question == question and f"{lesson.minutes} min" == time
        if lesson.available:
            assert title == f"[{lesson.title}](notebooks/{lesson.notebook})"
        else:
            assert title == f"{lesson.title} (coming soon)"


def test_every_numbered_notebook_is_a_listed_lesson() -> None:
    listed = {lesson.notebook for lesson in lessons()}
    assert {path.name for path in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")} <= listed
    assert all(lesson.path == ROOT / "notebooks" / lesson.notebook for lesson in lessons())


def test_plan_links_available_lessons_only() -> None:
    plan = lesson_plan_html()
    for lesson in lessons():
        assert (f'href="{lesson.notebook}"' in plan) == lesson.available


def test_the_start_notebook_shows_the_plan_of_lessons_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "notebooks")  # where the notebook runs
    cells = nbformat.read(ROOT / "notebooks" / "00_start_here.ipynb", as_version=4).cells
    (shown,) = [cell for cell in cells if "lesson_plan_html()" in cell.get("source", "")]
    assert "".join(output["data"]["text/html"] for output in shown.outputs) == lesson_plan_html()


def test_found_from_a_notebook_folder_or_beside_framekit_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "kit" / "notebooks").mkdir(parents=True)
    (tmp_path / "kit" / "lessons.yaml").write_text(LESSON, encoding="utf-8")
    monkeypatch.delenv("FRAMEKIT_DATA", raising=False)
    monkeypatch.chdir(tmp_path / "kit" / "notebooks")
    (lesson,) = lessons()
    assert (lesson.number, lesson.minutes, lesson.available) == ("02", 50, False)
    assert "02 Quote attribution (coming soon)" in lesson_plan_html()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FRAMEKIT_DATA", str(tmp_path / "kit" / "data"))
    assert lessons()[0].path == tmp_path / "kit" / "notebooks" / "02_quote_attribution.ipynb"


def test_no_lessons_yaml_says_where_it_looked_and_how_to_point_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FRAMEKIT_DATA", raising=False)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(LessonError, match=f"no lessons.yaml found in {re.escape(str(tmp_path))}.*FRAMEKIT_DATA"):
        lessons()


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("- [\n", 2, "YAML syntax error"),
        ("lessons: 1\n", 1, "must be a list of lessons"),
        (LESSON.replace('"02"', "02"), 1, 'number must be two digits in quotes, like "02" (got 2)'),
        (LESSON.replace("minutes: 50", "minutes: fifty"), 5, "minutes must be a whole number of minutes"),
        (LESSON.replace("02_quote", "2_quote"), 2, "notebook must be the file name in notebooks/"),
        (LESSON.replace("  minutes: 50\n", ""), 1, "missing key 'minutes'"),
        (LESSON + "  time: 50\n", 6, "unknown key 'time'"),
        (LESSON.replace("title: Quote attribution", "title:"), 3, "title must be text (got nothing)"),
        (LESSON + LESSON, 6, "lesson 02 is listed twice (first on line 1)"),
        ("- 02_quote_attribution.ipynb\n", 1, "each lesson must have the keys number, notebook"),
    ],
)
def test_a_malformed_lessons_yaml_gives_path_line_and_what_is_wrong(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "lessons.yaml"
    path.write_text(text, encoding="utf-8")
    found, problems = read_lessons(path)
    assert found == () and any(p.line == line and message in p.message for p in problems), problems
    assert all(str(p).startswith(f"{path}:") for p in problems)
