"""Shared fixtures: small story folders written into a temporary directory."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from framekit.story.load import load_story
from framekit.story.model import Article, Story
from framekit.story.terms import Family, Variant

STORY_YAML = """\
id: test-story
title: A test story
event_date: 2024-04-03
summary: Two outlets report one event.
reference:
  - date: 2024-03-30
    kind: killed
    value: 144
    source: Ministry of Emergency Situations
    url: https://example.org/toll
"""

ARTICLE = """\
---
id: {id}
outlet: Example Times
published: 2024-04-03
---

The minister said the call was useful.

“We hope that the services are not behind this,” he added.
"""


def write_story(root: Path, articles: dict[str, str] | None = None, story_yaml: str = STORY_YAML) -> Path:
    """A story folder at ``root`` with ``articles`` (file name -> text); default: one article."""
    (root / "articles").mkdir(parents=True)
    (root / "story.yaml").write_text(story_yaml, encoding="utf-8")
    if articles is None:
        articles = {"one.md": ARTICLE.format(id="one")}
    for name, text in articles.items():
        (root / "articles" / name).write_text(text, encoding="utf-8", newline="")
    return root


@pytest.fixture
def make_story(tmp_path: Path):
    """Write a story folder: ``make_story(articles=..., story_yaml=...)`` returns its path."""

    def make(articles: dict[str, str] | None = None, story_yaml: str = STORY_YAML) -> Path:
        return write_story(tmp_path / "test-story", articles, story_yaml)

    return make


@pytest.fixture
def story_dir(make_story) -> Path:
    """A valid one-article story."""
    return make_story()


def quote_row(article: str, speaker: str | None, start: int, end: int, kind: str = "direct", **extra) -> dict:
    """A quote row (framekit.story.rows.QuoteRow); ``extra`` sets text, cue or via."""
    return {"article": article, "speaker": speaker, "text": "", "kind": kind, "cue": None, "via": None,
            "start": start, "end": end, **extra}


def story_of(bodies: dict[str, str]) -> Story:
    """A story in memory: article id -> body; each outlet is called '<id> Times'."""
    articles = tuple(Article(i, f"{i} Times", date(2024, 4, 4), body, Path(f"{i}.md"), 1) for i, body in bodies.items())
    return Story("s", "S", date(2024, 4, 3), "Summary.", Path("s"), articles)


@pytest.fixture
def row():
    """Make a quote row: ``row(article, speaker, start, end, kind="direct", cue=..., via=..., text=...)``."""
    return quote_row


@pytest.fixture
def stories():
    """Make a story in memory from {article id: body}."""
    return story_of


def make_family(id_: str, **variants: list[str]) -> Family:
    """A term family in memory: ``make_family("capital", Kiev=["Kiev"])``; "_" in a label is a space."""
    made = tuple(Variant(label.replace("_", " "), tuple(p)) for label, p in variants.items())
    return Family(id_, "Q?", "R", made)


@pytest.fixture
def family():
    """Make a term family: ``family("capital", Kiev=["Kiev"], Kyiv=["Kyiv"])``."""
    return make_family


@pytest.fixture(scope="session")
def seed() -> Story:
    """The seed story, loaded once."""
    return load_story("crocus-call-2024")
