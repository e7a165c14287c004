"""The lesson registry: the kit's ``lessons.yaml``, one source for every list of lessons.

``lessons.yaml`` sits at the kit's root, beside ``notebooks/``, and is found wherever framekit
is installed as :mod:`framekit.story.locate` says. It lists each lesson's number, notebook,
title, question and teaching time. The README's lesson table, the start notebook's lesson plan
(:func:`lesson_plan_html`) and the browser tests are checked against it, so that no list of
lessons can fall out of step with the others. Problems are reported as ``path:line: message``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from framekit.story.files import Problem, parse_yaml, read_text, unknown_key
from framekit.show.picker import show_story
from framekit.story.load import load_story
from framekit.story.locate import HOW_TO_POINT, chosen_story, kit_file
from framekit.story.model import Story

LESSONS_FILE = "lessons.yaml"
KEYS = ("number", "notebook", "title", "question", "minutes")
_NUMBER = re.compile(r"\d\d")


@dataclass(frozen=True)
class Lesson:
    """A numbered lesson notebook, the question it answers and its teaching time."""

    number: str
    notebook: str
    title: str
    question: str
    minutes: int
    path: Path  # where the notebook is, or will be: the kit's notebooks/<notebook>

    @property
    def available(self) -> bool:
        """Whether the lesson's notebook exists yet."""
        return self.path.is_file()


class LessonError(Exception):
    """The kit's lessons.yaml cannot be found or read; the message says why and how to fix it."""


def lessons() -> tuple[Lesson, ...]:
    """The kit's lessons in teaching order, from its ``lessons.yaml``; raises :class:`LessonError`."""
    path = kit_file(LESSONS_FILE)
    if path is None:
        raise LessonError(f"no {LESSONS_FILE} found in {Path.cwd()} or any folder above it. To fix it, {HOW_TO_POINT}")
    found, problems = read_lessons(path)
    if problems:
        raise LessonError("\n".join(str(problem) for problem in problems))
    return found


def read_lessons(path: Path) -> tuple[tuple[Lesson, ...], list[Problem]]:
    """The lessons listed in the file at ``path`` and every problem found in it."""
    text, problems = read_text(path)
    parsed, problems = parse_yaml(text, path) if text is not None else (None, problems)
    if parsed is None:
        return (), problems
    if not isinstance(parsed.node, yaml.SequenceNode) or not parsed.node.value:
        return (), problems + [Problem(path, 1, "lessons.yaml must be a list of lessons, each starting with '- number:'")]
    found, first_line = [], {}
    for node, item in zip(parsed.node.value, parsed.data):
        lesson, lesson_problems = _lesson(path, node, item)
        problems += lesson_problems
        if lesson is None:
            continue
        line = node.start_mark.line + 1
        if lesson.number in first_line:
            problems.append(Problem(path, line, f"lesson {lesson.number} is listed twice (first on line {first_line[lesson.number]})"))
        first_line.setdefault(lesson.number, line)
        found.append(lesson)
    return (() if problems else tuple(found)), problems


def _lesson(path: Path, node: yaml.Node, item: object) -> tuple[Lesson | None, list[Problem]]:
    line = node.start_mark.line + 1
    if not isinstance(item, dict):
        return None, [Problem(path, line, f"each lesson must have the keys {', '.join(KEYS)}")]
    lines = {str(key.value): key.start_mark.line + 1 for key, _ in node.value}
    problems = [Problem(path, line, f"missing key '{key}'") for key in KEYS if key not in item]
    problems += [Problem(path, lines[str(key)], unknown_key(str(key), KEYS, "a lesson")) for key in item if key not in KEYS]
    for key in KEYS:
        message = _value_problem(key, item.get(key), item) if key in item else None
        if message:
            problems.append(Problem(path, lines[key], message))
    if problems:
        return None, problems
    notebook = path.parent / "notebooks" / item["notebook"]
    return Lesson(item["number"], item["notebook"], item["title"], item["question"], item["minutes"], notebook), []


def _value_problem(key: str, value: object, item: dict) -> str | None:
    """What is wrong with one value of a lesson, or None."""
    if key == "number":
        ok = isinstance(value, str) and _NUMBER.fullmatch(value)
        return None if ok else f'number must be two digits in quotes, like "02" (got {value!r})'
    if key == "minutes":
        ok = isinstance(value, int) and not isinstance(value, bool) and value > 0
        return None if ok else f"minutes must be a whole number of minutes, like 50 (got {value!r})"
    if not isinstance(value, str) or not value.strip():
        return f"{key} must be text (got {'nothing' if value is None else repr(value)})"
    if key == "notebook" and not (value.startswith(f"{item.get('number')}_") and value.endswith(".ipynb")):
        return f"notebook must be the file name in notebooks/, starting with the lesson's number and '_' and ending in .ipynb (got {value!r})"
    return None


def lesson_plan_html() -> str:
    """The lesson plan as an HTML list, linking the lessons whose notebooks exist so far."""
    items = []
    for lesson in lessons():
        name = html.escape(f"{lesson.number} {lesson.title}")
        if lesson.available:
            name = f'<a href="{html.escape(lesson.notebook)}">{name}</a>'
        else:
            name += " (coming soon)"
        items.append(f"<li>{name}: <em>{html.escape(lesson.question)}</em> ({lesson.minutes} min)</li>")
    return "<ul>" + "".join(items) + "</ul>"


def open_story(show: bool = True) -> Story:
    """The story a lesson reads, chosen in one place: ``$FRAMEKIT_STORY`` (an id or a folder
    path), else the story picked in this kernel, else the seed story. With ``show``, display
    the picker and a line saying where the story's quotes, figures and toll come from."""
    story = load_story(chosen_story())
    if show:
        show_story(story)
    return story

