"""Hand annotations of a story: ``annotations/<name>.csv``, checked against the articles.

An annotation row marks a span of an article's body (``start``/``end`` character offsets)
and says what it is. Instructors make these files by hand as answer keys, so every row is
checked: the article exists, the offsets fall inside its body, and the ``text`` column is
exactly the text at those offsets. The columns of each file are documented in
``data/README.md``.

A file whose first line starts with :data:`DRAFT_MARK` is a machine draft: ``framekit
new-story`` wrote it from the extractors and nobody has reviewed it yet. It is checked and
loaded like a hand annotation, and :func:`is_machine_draft` tells a lesson to say so; the
instructor deletes the line once every row has been checked.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from framekit.language.hedges import HEDGES, RANGE, interval
from framekit.story.files import MAX_TABLE_BYTES, Problem, list_folder, outside_link, read_text
from framekit.story.model import Story
from framekit.story.rows import FACT_COLUMNS, FIGURE_COLUMNS, QUOTE_COLUMNS, Row

QUOTE_KINDS = ("direct", "indirect", "term")
FIGURE_CATEGORIES = ("killed", "injured", "missing", "detained", "other")
FIGURE_NUMBERS = ("value", "low", "high")
COLUMNS = {"quotes.csv": QUOTE_COLUMNS, "figures.csv": FIGURE_COLUMNS, "facts.csv": FACT_COLUMNS}
FACT_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # a fact's id: lower-case words joined by hyphens
SOURCES = ("annotation", "draft", "extractor")  # "draft": an annotation file that is a machine draft
BRIEF = 40  # characters of a text quoted in a problem
DRAFT_MARK = "# machine draft"  # the first line of an annotation file nobody has reviewed yet


def is_machine_draft(story: Story, name: str) -> bool:
    """Whether ``annotations/<name>`` of ``story`` is an extractor's draft that nobody has
    reviewed (its first line starts with :data:`DRAFT_MARK`), so that a lesson showing it as
    an answer key can say that it is machine output."""
    return name in story.draft_annotations


def best_source(story: Story, name: str) -> str:
    """The source a lesson shows for ``name`` ("quotes.csv", "figures.csv"): "annotation" when
    the story has a hand annotation, "draft" when its file is a machine draft nobody has
    reviewed (:func:`is_machine_draft`), else "extractor"."""
    if name not in story.annotations:
        return "extractor"
    return "draft" if is_machine_draft(story, name) else "annotation"


def source_label(source: str) -> str:
    """How a lesson names a source, so that machine output is never mistaken for an answer key."""
    return {
        "annotation": "hand annotation",
        "draft": "machine draft of an annotation (framekit new-story), not yet reviewed by a person",
        "extractor": "extractor (machine output, not checked by a person)",
    }[source]


def story_rows(story: Story, name: str, source: str, extract: Callable[[Story], Iterable]) -> list[Row]:
    """Rows of one kind from the annotation file ``annotations/<name>`` (source "annotation", or
    "draft" when it is a machine draft: the same rows, named differently) or from ``extract``
    (whose items have ``as_row()``), so that a lesson can ask the same question of both.

    Raises ValueError when ``source`` is unknown or the story has no such annotation file.
    """
    if source == "extractor":
        return [item.as_row() for item in extract(story)]
    if source not in SOURCES:
        raise ValueError(f"source must be one of {', '.join(SOURCES)} (got {source!r})")
    if name not in story.annotations:
        raise ValueError(f"story {story.id!r} has no annotations/{name}: see data/README.md to make one")
    return [dict(row) for row in story.annotations[name]]


def read_annotations(root: Path, bodies: dict[str, str]) -> tuple[dict[str, tuple[Row, ...]], frozenset[str], list[Problem]]:
    """Every annotation file of the story at ``root``, checked against ``bodies`` (id -> body).

    Returns the rows by file name (offsets as ints, empty cells as None), the names of the
    files that are machine drafts (:data:`DRAFT_MARK`) and the problems.
    """
    folder = root / "annotations"
    if not folder.is_dir():
        return {}, frozenset(), []
    problems = outside_link(root, folder)
    if problems:
        return {}, frozenset(), problems
    entries, problems = list_folder(folder)
    tables, drafts = {}, set()
    for path in entries:
        linked = outside_link(root, path)
        rows, draft, file_problems = ((), False, linked) if linked else _read_file(path, bodies)
        problems += file_problems
        if not file_problems:
            tables[path.name] = rows
            drafts |= {path.name} if draft else set()
    return tables, frozenset(drafts), problems


def _read_file(path: Path, bodies: dict[str, str]) -> tuple[tuple[Row, ...], bool, list[Problem]]:
    if path.name not in COLUMNS or path.is_dir():
        known = ", ".join(COLUMNS)
        return (), False, [Problem(path, 1, f"not a known annotation file: annotations/ holds {known}")]
    text, problems = read_text(path, MAX_TABLE_BYTES)
    if text is None:
        return (), False, problems
    draft = text.startswith(DRAFT_MARK)
    skipped = 1 if draft else 0  # the mark's line, before the header
    table = text.partition("\n")[2] if draft else text
    reader = csv.reader(io.StringIO(table, newline=""))
    header = next(reader, [])
    columns = COLUMNS[path.name]
    if tuple(header) != columns:
        got = _brief(",".join(header), 2 * BRIEF)
        message = f"the first line{' after the draft mark' if draft else ''} must be the columns {','.join(columns)} (got {got})"
        return (), draft, [Problem(path, 1 + skipped, message)]
    rows, lines, line = [], [], 2 + skipped
    try:
        for cells in reader:
            if any(cells):
                row, row_problems = _check_row(cells, columns, bodies)
                problems += [Problem(path, line, message) for message in row_problems]
                rows.append(row)
                lines.append(line)
            line = reader.line_num + 1 + skipped
    except csv.Error as err:  # a cell over the csv module's field limit (131,072 characters), a NUL
        problems.append(Problem(path, line, f"this row cannot be read as CSV ({err}): a cell is too long or holds a "
                                            "character CSV does not allow; check its quotes"))
    if path.name == "facts.csv":
        problems += [Problem(path, at, message) for at, message in _fact_table_problems(rows, lines)]
    return tuple(rows), draft, problems


def row_problems(name: str, row: Row, bodies: dict[str, str]) -> list[str]:
    """What ``framekit validate`` would find wrong with ``row`` as a line of ``annotations/<name>``
    (empty if nothing), so that a row can be checked before it is written."""
    cells = ["" if row.get(column) is None else str(row[column]) for column in COLUMNS[name]]
    return _check_row(cells, COLUMNS[name], bodies)[1]


def _check_row(cells: list[str], columns: tuple[str, ...], bodies: dict[str, str]) -> tuple[Row, list[str]]:
    row = dict(zip(columns, cells))
    if len(cells) != len(columns):
        return row, [f"expected {len(columns)} comma-separated values, got {len(cells)}; put text with commas in double quotes"]
    problems = _kind_problems(row) if "kind" in row else []
    problems += _fact_problems(row) if "fact" in row else []
    numbers = _figure_numbers(row, problems) if "category" in row else {}
    body = bodies.get(row["article"])
    if body is None:
        problems.append(f"unknown article '{row['article']}'")
    offsets = _offsets(row, problems)
    if body is not None and offsets is not None:
        problems += _span_problems(row["text"], body, *offsets)
    typed: Row = {key: (value if value != "" else None) for key, value in row.items()}
    typed.update(numbers)
    if offsets is not None:
        typed["start"], typed["end"] = offsets
    return typed, problems


def _kind_problems(row: dict[str, str]) -> list[str]:
    kind = row["kind"]
    if kind not in QUOTE_KINDS:
        return [f"kind must be one of {', '.join(QUOTE_KINDS)} (got '{kind}')"]
    if kind == "term" and (row["speaker"] or row["cue"] or row["via"]):
        return ["a term is nobody's speech: leave speaker, cue and via empty"]
    if kind != "term" and not row["speaker"]:
        return [f"a {kind} quote needs a speaker"]
    return []


def _fact_problems(row: dict[str, str]) -> list[str]:
    problems = []
    if not FACT_ID.fullmatch(row["fact"]):
        problems.append(f"fact must be a short id of lower-case words and digits joined by hyphens, "
                        f"like claim-of-responsibility (got {_brief(row['fact'])})")
    if not row["wording"].strip():
        problems.append("wording must say the fact in a few neutral words")
    return problems


def _fact_table_problems(rows: list[Row], lines: list[int]) -> list[tuple[int, str]]:
    """Problems between rows of facts.csv, each on the later row's line: a fact worded two ways,
    or a second row for the same fact and article (a row marks the article's first mention)."""
    wordings: dict[str, tuple[str, int]] = {}
    seen: dict[tuple[str, str], int] = {}
    problems = []
    for row, line in zip(rows, lines):
        fact, wording, pair = row.get("fact"), row.get("wording"), (row.get("fact"), row.get("article"))
        first = wordings.setdefault(fact, (wording, line))
        if first[0] != wording:
            problems.append((line, f"fact {_brief(fact)} is worded differently on line {first[1]}: give every row "
                                   "of a fact the same wording"))
        if pair in seen:
            problems.append((line, f"fact {_brief(fact)} already has a row for article {_brief(pair[1])} on line "
                                   f"{seen[pair]}: keep one row per fact and article, the first passage that states it"))
        seen.setdefault(pair, line)
    return problems


def _figure_numbers(row: dict[str, str], problems: list[str]) -> dict[str, int | None]:
    """The figure's value, low and high as ints (None when empty); what is wrong goes to ``problems``."""
    if row["category"] not in FIGURE_CATEGORIES:
        problems.append(f"category must be one of {', '.join(FIGURE_CATEGORIES)} (got '{row['category']}')")
    hedge = row["hedge"] or None
    if hedge is not None and hedge not in (*HEDGES, RANGE):
        problems.append(f"hedge must be empty or one of {', '.join((*HEDGES, RANGE))} (got '{hedge}')")
    bad = [key for key in FIGURE_NUMBERS if row[key] and not (row[key].isascii() and row[key].isdigit())]
    problems += [f"{key} must be a whole number of people, like 144, or empty (got '{row[key]}')" for key in bad]
    if bad:
        return {}
    value, low, high = (int(row[key]) if row[key] else None for key in FIGURE_NUMBERS)
    if hedge == RANGE and (value is not None or low is None or high is None):
        problems.append(f"a range ('{RANGE}') has no single value: give low and high, and leave value empty")
    elif value is None and low is None:
        problems.append("a figure needs a value (144) or, for a vague quantity such as 'dozens', a low bound")
    elif value is not None and hedge in HEDGES + (None,) and (low, high) != interval(value, hedge):
        wanted = interval(value, hedge)
        problems.append(f"'{hedge or 'no hedge'}' with value {value} means low {_cell(wanted[0])} and high "
                        f"{_cell(wanted[1])} (got low {_cell(low)}, high {_cell(high)})")
    elif low is not None and high is not None and low > high:
        problems.append(f"low {low} is above high {high}")
    return {"value": value, "low": low, "high": high}


def _cell(number: int | None) -> str:
    return "empty" if number is None else str(number)


def _offsets(row: dict[str, str], problems: list[str]) -> tuple[int, int] | None:
    try:
        return int(row["start"]), int(row["end"])
    except ValueError:
        problems.append(f"start and end must be whole numbers (got '{row['start']}', '{row['end']}')")
        return None


def _span_problems(text: str, body: str, start: int, end: int) -> list[str]:
    if not 0 <= start < end <= len(body):
        return [f"offsets {start}..{end} fall outside the article's body (0..{len(body)})"]
    # compared in place: a copy of each row's span would make many rows over a long body quadratic
    if end - start != len(text) or not body.startswith(text, start):
        found = body[start : min(end, start + BRIEF + 1)]  # enough for _brief to see that it is longer
        return [f"text does not match the body at {start}..{end}: the body has {_brief(found)}, the row {_brief(text)}"]
    return []


def _brief(text: str, limit: int = BRIEF) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
