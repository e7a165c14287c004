"""framekit: helpers for a Jupyter teaching kit on media framing.

Lessons import what they need from here; widgets live in :mod:`framekit.widgets` and
exercise feedback in :mod:`framekit.checks`.
"""

from framekit.corpus import Article, Paragraph, ReferenceFact, Story, StoryError, check_story, load_story, story_ids
from framekit.lessons import LESSONS, lesson_plan_html
from framekit.tables import Table, outlet_table

__all__ = [
    "LESSONS",
    "Article",
    "Paragraph",
    "ReferenceFact",
    "Story",
    "StoryError",
    "Table",
    "check_story",
    "lesson_plan_html",
    "load_story",
    "outlet_table",
    "story_ids",
]
