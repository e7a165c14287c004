"""Reading a story folder into a :class:`~framekit.story.model.Story`, checking every file.

A story is a folder ``<story-id>/`` with a ``story.yaml`` and ``articles/<article-id>.md``
files (the format is documented in ``data/README.md``). :func:`load_story` returns a
:class:`Story` or raises :class:`StoryError` listing every problem found; :func:`check_story`
returns the problems without raising, for ``framekit validate``. Neither ever writes a file.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from framekit.story.annotations import read_annotations
from framekit.story.files import (
    outside_link,
    Problem,
    YamlData,
    key_lines,
    list_folder,
    parse_yaml,
    read_text,
    shown,
    split_front_matter,
    unknown_key,
)
from framekit.story.locate import data_dir
from framekit.story.model import Article, ReferenceFact, Story, StoryError
from framekit.story.terms import Family, read_terms

STORY_REQUIRED = ("id", "title", "event_date", "summary")
STORY_OPTIONAL = ("language", "reference")
REFERENCE_REQUIRED = ("date", "kind", "value", "source", "url")
REFERENCE_OPTIONAL = ("note",)
ARTICLE_REQUIRED = ("id", "outlet", "published")
ARTICLE_OPTIONAL = (
    "headline", "standfirst", "byline", "country", "outlet_identified",
    "translated_from", "url", "notes",
)
OUTLET_IDENTIFIED = ("stated", "inferred", "unknown")
DATE_KEYS = ("event_date", "published", "date")
LANGUAGE_KEYS = ("language", "translated_from")

# A value that ``framekit new-story`` could not know is written as PLACEHOLDER, then what to
# write; the check below refuses it, with PLACEHOLDER_HELP's advice for its key, until filled.
PLACEHOLDER = "FILL IN:"
PLACEHOLDER_HELP = {
    "title": "write a short, neutral title for the event",
    "event_date": "write the date of the event, like 2024-04-03",
    "summary": "write two to four neutral sentences on what happened",
    "outlet": ("write who published the article, as the page names it; if the text does not say, "
               "a description ending in '?' and outlet_identified: unknown, with the evidence in notes"),
    "published": ("write the publication date, like 2024-04-03, from the page; if the text gives none, "
                  "the date it implies, and say in notes how you found it"),
}

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LANGUAGE = re.compile(r"[a-z]{2}")


def load_story(story: str | Path) -> Story:
    """Load a story by id (from the kit's ``data/stories/``, found as :mod:`framekit.story.locate`
    says) or from a folder path. Raises :class:`StoryError` listing every problem."""
    loaded, problems = read_story(story_path(story, strict=True))
    if problems or loaded is None:
        raise StoryError(problems)
    return loaded


def story_path(story: str | Path, strict: bool = False) -> Path:
    """The folder of ``story``: a folder path as given, or a story id (a bare name that is no
    folder here) in the kit's ``data/stories/``. Where no kit data is found, an id raises
    :class:`StoryError` if ``strict``, else stays as given, so that the caller's message names it."""
    path = Path(story)
    if path.is_dir() or not isinstance(story, str) or path.name != story:
        return path
    try:
        return data_dir() / "stories" / path.name
    except StoryError:
        if strict:
            raise
        return path


def check_story(path: Path) -> list[Problem]:
    """Every problem in the story folder at ``path``; empty if it is valid."""
    return read_story(path)[1]


def read_story(path: Path) -> tuple[Story | None, list[Problem]]:
    """The story at ``path`` and every problem found; the story is None if any."""
    path = Path(path)
    if not path.is_dir():
        return None, [Problem(path, 1, "no such story folder")]
    try:
        return _read_story(path)
    except OSError as err:  # a folder or file the system will not let us look at (permissions)
        where = Path(err.filename) if err.filename else path
        return None, [Problem(where, 1, f"cannot read: {err.strerror or err}")]


def _read_story(path: Path) -> tuple[Story | None, list[Problem]]:
    _, unreadable = list_folder(path)
    if unreadable:
        return None, unreadable
    meta_path = path / "story.yaml"
    meta, problems = _read_meta(path, meta_path)
    articles, article_problems = _read_articles(path, meta_path)
    annotations, drafts = {}, frozenset()
    if not article_problems:
        annotations, drafts, annotation_problems = read_annotations(path, {a.id: a.body for a in articles})
        article_problems += annotation_problems
    terms, term_problems = _read_terms(path)
    problems = sorted(problems + article_problems + term_problems)
    if problems or meta is None:
        return None, problems
    references = tuple(ReferenceFact(**fact) for fact in meta.pop("reference", None) or ())
    return Story(path=path, articles=articles, reference=references, annotations=annotations,
                 draft_annotations=drafts, terms=terms, **meta), []


def _read_terms(root: Path) -> tuple[tuple[Family, ...], list[Problem]]:
    """The story's term families (lesson 03), or none when it has no terms.yaml."""
    path = root / "terms.yaml"
    if not path.exists() and not path.is_symlink():
        return (), []
    problems = outside_link(root, path)
    return ((), problems) if problems else read_terms(path)


def _read_meta(root: Path, meta_path: Path) -> tuple[dict[str, Any] | None, list[Problem]]:
    if not meta_path.is_file() and not meta_path.is_symlink():
        return None, [Problem(meta_path, 1, "missing: every story needs a story.yaml with id, title, event_date and summary")]
    problems = outside_link(root, meta_path)
    text, read_problems = (None, []) if problems else read_text(meta_path)
    if text is None:
        return None, problems + read_problems
    parsed, problems = parse_yaml(text, meta_path)
    if parsed is None:
        return None, problems
    problems += _check_mapping(parsed, meta_path, STORY_REQUIRED, STORY_OPTIONAL, 1)
    problems += _check_reference(parsed, meta_path)
    return (None if problems else dict(parsed.data)), problems


def _check_reference(parsed: YamlData, path: Path) -> list[Problem]:
    reference = parsed.data.get("reference") if isinstance(parsed.data, dict) else None
    if reference is None:
        return []
    line = parsed.key_lines["reference"]
    if not isinstance(reference, list):
        return [Problem(path, line, "reference must be a list of facts (lines starting with '- ')")]
    problems = []
    sequence = next(value for key, value in parsed.node.value if key.value == "reference")
    for fact, node in zip(reference, sequence.value):
        lines, duplicates = key_lines(node, path, 1)
        fact_line = 1 + node.start_mark.line
        item = YamlData(fact, lines, node)
        problems += duplicates + _check_mapping(item, path, REFERENCE_REQUIRED, REFERENCE_OPTIONAL, fact_line)
    return problems


def _read_articles(root: Path, meta_path: Path) -> tuple[tuple[Article, ...], list[Problem]]:
    folder = root / "articles"
    if not folder.is_dir():
        return (), [Problem(meta_path, 1, "the story has no articles/ folder: add articles/<article-id>.md files")]
    problems = outside_link(root, folder)
    entries, unreadable = list_folder(folder)
    if unreadable:
        return (), problems + unreadable
    if not entries:
        problems.append(Problem(meta_path, 1, "articles/ is empty: add articles/<article-id>.md files"))
    articles = []
    for entry in entries:
        article, article_problems = _read_article(root, entry)
        problems += article_problems
        if article is not None:
            articles.append(article)
    return tuple(articles), problems


def _read_article(root: Path, path: Path) -> tuple[Article | None, list[Problem]]:
    if path.suffix != ".md" or path.is_dir():
        return None, [Problem(path, 1, "not an article: articles/ holds only <article-id>.md files")]
    problems = outside_link(root, path)
    if problems:
        return None, problems
    if not path.exists():
        return None, [Problem(path, 1, "broken link: the file it points to does not exist")]
    text, problems = read_text(path)
    if text is None:
        return None, problems
    front, body, body_line, problems = split_front_matter(text, path)
    if problems:
        return None, problems
    parsed, problems = parse_yaml(front, path, first_line=2)
    if parsed is None:
        return None, problems
    problems += _check_mapping(parsed, path, ARTICLE_REQUIRED, ARTICLE_OPTIONAL, 1)
    if not body:
        closing_line = front.count("\n") + 3
        problems.append(Problem(path, closing_line, "the article has no body: put its text after the closing '---'"))
    article_id = parsed.data.get("id") if isinstance(parsed.data, dict) else None
    if isinstance(article_id, str) and article_id != path.stem:
        line = parsed.key_lines.get("id", 2)
        problems.append(Problem(path, line, f"id '{article_id}' must equal the file name '{path.stem}'"))
    if problems:
        return None, problems
    return Article(path=path, body=body, body_line=body_line, **parsed.data), []


def _check_mapping(parsed: YamlData, path: Path, required: tuple, optional: tuple, line: int) -> list[Problem]:
    """Required and unknown keys and each value's form; valid dates become ``date``s."""
    if not isinstance(parsed.data, dict):
        return [Problem(path, line, "expected keys and values (key: value), one per line")]
    problems = [
        Problem(path, line, f"missing required key '{key}'") for key in required if key not in parsed.data
    ]
    allowed = required + optional
    for key, value in parsed.data.items():
        key_line = parsed.key_lines.get(str(key), line)
        if key not in allowed:
            problems.append(Problem(path, key_line, unknown_key(str(key), allowed)))
        else:
            message = _value_problem(key, value)
            if message:
                problems.append(Problem(path, key_line, message))
            elif key in DATE_KEYS:
                parsed.data[key] = date.fromisoformat(value)
    return problems


def _value_problem(key: str, value: Any) -> str | None:
    """What is wrong with one value, or None."""
    if key == "reference":
        return None
    if isinstance(value, str) and value.startswith(PLACEHOLDER):
        advice = PLACEHOLDER_HELP.get(key, f"replace it with the {key}")
        return f"{key} is a placeholder left by framekit new-story: {advice}"
    if key == "value":
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        return None if ok else f"value must be a whole number of people, like 144 (got {shown(value)})"
    if key in DATE_KEYS:
        return _date_problem(key, value)
    if not isinstance(value, str) or not value.strip():
        return f"{key} must be text (got {_describe(value)}); put it in quotes if needed"
    if key in LANGUAGE_KEYS and not _LANGUAGE.fullmatch(value):
        return f"{key} must be a two-letter ISO 639-1 code such as 'fr' or 'ru' (got {shown(value)})"
    if key == "outlet_identified" and value not in OUTLET_IDENTIFIED:
        return f"outlet_identified must be one of {', '.join(OUTLET_IDENTIFIED)} (got {shown(value)})"
    if key == "url" and not value.startswith(("http://", "https://")):
        return f"url must start with http:// or https:// (got {shown(value)})"
    return None


def _date_problem(key: str, value: Any) -> str | None:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return f"{key} must be a date like 2024-04-03 (got {shown(value)})"
    try:
        date.fromisoformat(value)
    except ValueError:
        return f"{key} is not a real date (got {shown(value)})"
    return None


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{value!r}, a yes/no value"
    if isinstance(value, (int, float)):
        return f"the number {shown(value)}"
    return "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else shown(value)
