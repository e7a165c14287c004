"""Reading story files safely: UTF-8 text, YAML with line numbers, front matter.

Everything here reports problems as :class:`Problem` values (``path:line: message``)
instead of raising, so that ``framekit validate`` can list every problem in one run.
YAML is read with PyYAML's safe loader only: a tag that would build a Python object is
refused, and nothing in a story file is ever executed. Where PyYAML has libyaml (its wheels
do), the loader parses in C, several times faster, with the same safety and the same
``path:line`` of each problem; the wording of a syntax error's detail is libyaml's.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MAX_FILE_BYTES = 2 * 1024 * 1024  # an article, story.yaml, terms.yaml: far more than any real one
MAX_TABLE_BYTES = 20 * 1024 * 1024  # an annotation table: one row per quote or figure of every article


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a story, located by file and 1-based line."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def _plain(base: type) -> type:
    """``base`` (a safe loader), but dates stay text so that framekit checks them itself."""
    resolvers = {
        first: [(tag, rx) for tag, rx in found if tag != "tag:yaml.org,2002:timestamp"]
        for first, found in base.yaml_implicit_resolvers.items()
    }
    return type(f"Plain{base.__name__}", (base,), {"yaml_implicit_resolvers": resolvers})


# The C loader where libyaml is available, else the pure-Python one; both are safe loaders.
LOADERS = tuple(_plain(base) for base in (getattr(yaml, "CSafeLoader", None), yaml.SafeLoader) if base)


@dataclass(frozen=True)
class YamlData:
    """Parsed YAML and the file line of each top-level key (empty if not a mapping)."""

    data: Any
    key_lines: dict[str, int]
    node: yaml.Node | None


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> tuple[str | None, list[Problem]]:
    """The file's text with a byte-order mark removed and line endings made ``\\n``; a file
    over ``limit`` bytes is refused unread (:data:`MAX_FILE_BYTES`, :data:`MAX_TABLE_BYTES`)."""
    try:
        size = path.stat().st_size
        if size > limit:
            mb, most = size / 1024 / 1024, limit // 1024 // 1024
            return None, [Problem(path, 1, f"file is {mb:.1f} MB; files of this kind are limited to {most} MB")]
        raw = path.read_bytes()
    except OSError as err:
        return None, [Problem(path, 1, f"cannot read the file: {err.strerror}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        message = (
            f"not valid UTF-8: byte 0x{raw[err.start]:02x} at column {column}; "
            "save the file with UTF-8 encoding"
        )
        return None, [Problem(path, line, message)]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def parse_yaml(text: str, path: Path, first_line: int = 1, loader_class: type = LOADERS[0]) -> tuple[YamlData | None, list[Problem]]:
    """Parse YAML ``text`` that starts at ``first_line`` of ``path`` (with the fastest safe
    loader, unless ``loader_class`` is one of :data:`LOADERS`)."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.constructor.ConstructorError as err:
        message = f"YAML tag not allowed ({_tag_of(err)}): story files hold plain data only"
        return None, [Problem(path, _error_line(err, first_line), message)]
    except yaml.YAMLError as err:
        detail = getattr(err, "problem", None) or str(err)
        return None, [Problem(path, _error_line(err, first_line), f"YAML syntax error: {detail}")]
    finally:
        loader.dispose()
    lines, problems = key_lines(node, path, first_line)
    return YamlData(data, lines, node), problems


def key_lines(node: yaml.Node | None, path: Path, first_line: int) -> tuple[dict[str, int], list[Problem]]:
    """File lines of the keys of a mapping node, and a problem per duplicated key."""
    lines: dict[str, int] = {}
    problems = []
    if not isinstance(node, yaml.MappingNode):
        return lines, problems
    for key_node, _ in node.value:
        key = str(key_node.value)
        line = first_line + key_node.start_mark.line
        if key in lines:
            problems.append(Problem(path, line, f"duplicate key '{key}' (first on line {lines[key]})"))
        else:
            lines[key] = line
    return lines, problems


def unknown_key(key: str, allowed: Sequence[str], what: str = "") -> str:
    """The message for a key that is not one of ``allowed``: the nearest allowed key when one is
    close (a typo), else the allowed keys, as ``what`` has them ("a family has the keys …")."""
    close = difflib.get_close_matches(key, allowed, n=1)
    if close:
        return f"unknown key '{key}' (did you mean '{close[0]}'?)"
    return f"unknown key '{key}'; {what + ' has the keys' if what else 'allowed keys:'} {', '.join(allowed)}"


def _error_line(err: yaml.YAMLError, first_line: int) -> int:
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    return first_line + mark.line if mark is not None else first_line


def _tag_of(err: yaml.constructor.ConstructorError) -> str:
    problem = err.problem or ""
    tag = problem.split("tag", 1)[-1].strip(" '") if "tag" in problem else "unknown tag"
    return tag.replace("tag:yaml.org,2002:", "!!")


def split_front_matter(text: str, path: Path) -> tuple[str, str, int, list[Problem]]:
    """Split an article into (front matter YAML, body, body's first line, problems).

    The file must open with a line ``---`` and close the front matter with another.
    The body loses leading blank lines and trailing whitespace; ``body_line`` is the file
    line where it starts, so that later checks can point into the body.
    """
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        message = "missing front matter: an article starts with a line '---', its keys, then '---'"
        return "", "", 1, [Problem(path, 1, message)]
    for index in range(1, len(lines)):
        if lines[index].rstrip() == "---":
            break
    else:
        message = "front matter opened on line 1 is never closed: add a line '---' after the last key"
        return "", "", 1, [Problem(path, 1, message)]
    body_start = index + 1
    while body_start < len(lines) and not lines[body_start].strip():
        body_start += 1
    body = "\n".join(lines[body_start:]).rstrip()
    return "\n".join(lines[1:index]), body, body_start + 1, []
