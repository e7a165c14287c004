"""The list of lessons: one source for the README table and the start notebook's plan."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


@dataclass(frozen=True)
class Lesson:
    """A numbered lesson notebook, the question it answers and its teaching time."""

    number: str
    title: str
    question: str
    minutes: int

    @property
    def notebook(self) -> str:
        """File name of the lesson in ``notebooks/``."""
        return f"{self.number}_{self.title.lower().replace(' ', '_')}.ipynb"

    @property
    def available(self) -> bool:
        """Whether the lesson's notebook exists yet."""
        return (NOTEBOOKS / self.notebook).is_file()


LESSONS = (
    Lesson("00", "Start here", "What does the kit hold, and how do I work with it?", 20),
    Lesson("02", "Quote attribution", "Who speaks, through whom, with which verb?", 50),
    Lesson("03", "Word choice", "What does each outlet call the same thing?", 50),
    Lesson("04", "Casualty figures", "How many, according to whom, how sure?", 50),
)


def lesson_plan_html() -> str:
    """The lesson plan as an HTML list, linking the lessons that exist so far."""
    items = []
    for lesson in LESSONS:
        name = f"{lesson.number} {lesson.title}"
        if lesson.available:
            name = f'<a href="{lesson.notebook}">{name}</a>'
        else:
            name += " (coming soon)"
        items.append(f"<li>{name}: <em>{lesson.question}</em> ({lesson.minutes} min)</li>")
    return "<ul>" + "".join(items) + "</ul>"
