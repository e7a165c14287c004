"""A small story in memory with a fact checklist, for the selection tests."""

from __future__ import annotations

import dataclasses

import pytest

from framekit.story.model import Story
from tests.conftest import story_of

BODIES = {
    "early": "A storm hit Riverton. Two people died.\n\nThe mayor blamed the dam.",
    "late": "The mayor spoke on Monday about the town.\n\nA storm hit Riverton, and two people died.",
    "silent": "Nothing in this text states any fact of the list.",
}
WORDINGS = {"storm": "A storm hit Riverton.", "deaths": "Two people died.", "dam": "The mayor blamed the dam."}
ROWS = [("storm", "early", "A storm hit Riverton"), ("deaths", "early", "Two people died"),
        ("dam", "early", "The mayor blamed the dam"), ("storm", "late", "A storm hit Riverton"),
        ("deaths", "late", "two people died")]


def checklist_story(rows=ROWS, bodies=BODIES) -> Story:
    """``bodies`` with a facts.csv of ``rows`` (fact, article, text), offsets found in the bodies."""
    story = story_of(bodies)
    table = []
    for fact, article, text in rows:
        start = bodies[article].index(text)
        table.append({"fact": fact, "wording": WORDINGS[fact], "article": article, "start": start,
                      "end": start + len(text), "text": text})
    return dataclasses.replace(story, annotations={"facts.csv": tuple(table)} if rows else {})


@pytest.fixture
def checklist() -> Story:
    return checklist_story()
