"""framekit: a Jupyter teaching kit on media framing.

The package has one subpackage per concern, each importing only from those listed before it
(docs/architecture.md draws the layers):

- :mod:`framekit.language`: words, sentences, quotation marks, hedges, numbers, subjects, tone
- :mod:`framekit.story`: the story model and its files, read safely and checked
- :mod:`framekit.quotes`, :mod:`framekit.words`, :mod:`framekit.figures`: one per lesson topic
- :mod:`framekit.show`: tables, charts, HTML views and widgets
- :mod:`framekit.teach`: exercise checks and feedback, the exercise builder, the lesson list
- :mod:`framekit.cli`: the ``framekit`` command

Lessons start with ``story = framekit.load_story("<story-id>")``.
"""

from framekit.story.load import check_story, load_story
from framekit.story.locate import story_ids
from framekit.story.model import Article, ReferenceFact, Story, StoryError

__all__ = ["Article", "ReferenceFact", "Story", "StoryError", "check_story", "load_story", "story_ids"]
