"""Reading story files safely: UTF-8 text, YAML with line numbers, front matter.

Everything here reports problems as :class:`Problem` values (``path:line: message``)
instead of raising, so that ``framekit validate`` can list every problem in one run.
YAML is read with PyYAML's safe loader only: a tag that would build a Python object is
refused, and nothing in a story file is ever executed. Where PyYAML has libyaml (its wheels
do), the loader parses in C, several times faster, with the same safety and the same
``path:line`` of each problem; the wording of a syntax error's detail is libyaml's.

Files are untrusted, so reading is bounded: only regular files (a FIFO would block, a device
never ends) and never more than a size limit; YAML at most :data:`MAX_DEPTH` levels deep, with
no anchors or aliases (a few hundred bytes of nested aliases stand for gigabytes) and no number
longer than :data:`MAX_DIGITS` digits; and a value quoted in a message is shortened (:func:`shown`).
"""

from __future__ import annotations

import difflib
import os
import re
import reprlib
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MAX_FILE_BYTES = 2 * 1024 * 1024  # an article, story.yaml, terms.yaml: far more than any real one
MAX_TABLE_BYTES = 20 * 1024 * 1024  # an annotation table: one row per quote or figure of every article
MAX_DEPTH = 50  # levels of YAML keys and lists: a story file has four; libyaml's composer crashes near 100,000
MAX_DIGITS = 100  # a number in a story is a count, a date or an id; Python refuses to read over 4,300 digits
SHOWN = 60  # characters of a value quoted in a message
NOT_REGULAR = "not a regular file (a pipe, a device or a socket): story files are plain files"
# What YAML does not allow in a file: control characters (C0 but tab and line ends, DEL, C1 but
# NEL), surrogates and two non-characters; PyYAML refuses them without a line number.
_NOT_YAML = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# A plain YAML scalar that PyYAML reads as a decimal whole number.
_DECIMAL = re.compile(r"[-+]?[0-9][0-9_]*")
_ALIASES = ("YAML anchors and aliases (&name, *name) are not allowed in story files: write the value out "
            "where it is used again")
_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = _SHORT.maxlong = SHOWN
_SHORT.maxlevel, _SHORT.maxlist, _SHORT.maxdict = 2, 4, 4


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
    over ``limit`` bytes is refused unread (:data:`MAX_FILE_BYTES`, :data:`MAX_TABLE_BYTES`),
    and so is anything but a regular file."""
    raw, problem = _read_bytes(path, limit)
    if raw is None:
        return None, [Problem(path, 1, problem)]
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


def _read_bytes(path: Path, limit: int) -> tuple[bytes | None, str]:
    """The bytes of the regular file at ``path``, at most ``limit`` of them; else None and why.
    Opened without blocking (a FIFO would wait for a writer), checked on the open file (it may
    have been replaced since it was listed), and read no further than the limit (it may grow)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None, NOT_REGULAR
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (OSError, RuntimeError) as err:
        return None, _cannot_read(err)
    with os.fdopen(handle, "rb") as file:
        try:
            status = os.fstat(file.fileno())
            if not stat.S_ISREG(status.st_mode):
                return None, NOT_REGULAR
            raw = file.read(limit + 1) if status.st_size <= limit else b""
        except OSError as err:
            return None, _cannot_read(err)
    if status.st_size > limit or len(raw) > limit:
        size = max(status.st_size, len(raw)) / 1024 / 1024
        return None, f"file is {size:.1f} MB; files of this kind are limited to {limit // 1024 // 1024} MB"
    return raw, ""


def _cannot_read(err: OSError | RuntimeError) -> str:
    if isinstance(err, RuntimeError) or err.errno == getattr(os, "ELOOP", None):  # RuntimeError: a loop, in Path
        return "cannot read the file: it is a link that leads back to itself (a loop)"
    return f"cannot read the file: {getattr(err, 'strerror', None) or err}"


def list_folder(folder: Path) -> tuple[list[Path], list[Problem]]:
    """The entries of ``folder`` that do not start with a dot, sorted; a problem if it cannot be read."""
    try:
        return sorted(p for p in folder.iterdir() if not p.name.startswith(".")), []
    except OSError as err:
        return [], [Problem(folder, 1, f"cannot read the folder: {err.strerror or err}")]


def outside_link(root: Path, path: Path) -> list[Problem]:
    """A problem if ``path`` (a file or folder of the story at ``root``) is a link that leads
    outside the story folder, or a loop: a story reads no file from elsewhere, so that a link
    cannot make it show another file's lines (``/etc/passwd``) in a message."""
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # Python 3.11 and 3.12 raise RuntimeError for a loop
        return [Problem(path, 1, "a link that leads back to itself (a loop): replace it with the file")]
    if target == root.resolve() or root.resolve() in target.parents:
        return []
    return [Problem(path, 1, f"links to {target}, outside the story folder: copy the file into the story instead")]


def shown(value: Any) -> str:
    """``repr(value)`` shortened to about :data:`SHOWN` characters, for a message."""
    return _SHORT.repr(value)


def parse_yaml(text: str, path: Path, first_line: int = 1, loader_class: type = LOADERS[0]) -> tuple[YamlData | None, list[Problem]]:
    """Parse YAML ``text`` that starts at ``first_line`` of ``path`` (with the fastest safe
    loader, unless ``loader_class`` is one of :data:`LOADERS`). Text YAML does not allow, too
    deep a nesting, aliases and over-long numbers are refused before anything is built."""
    bad = _NOT_YAML.search(text)
    if bad:
        code = ord(bad.group())
        pasted = " (often a curly quote pasted from elsewhere)" if 0x80 <= code <= 0x9F else ""
        message = f"character U+{code:04X} is not allowed in YAML: a control character{pasted}; type it again"
        return None, [Problem(path, first_line + text.count("\n", 0, bad.start()), message)]
    try:
        problems = _structure_problems(text, path, first_line, loader_class)
        if problems:
            return None, problems
        loader = loader_class(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.constructor.ConstructorError as err:
        return None, [Problem(path, _error_line(err, first_line), _construction_problem(err))]
    except yaml.YAMLError as err:
        detail = getattr(err, "problem", None) or str(err)
        return None, [Problem(path, _error_line(err, first_line), f"YAML syntax error: {detail}")]
    lines, problems = key_lines(node, path, first_line)
    return YamlData(data, lines, node), problems


def _structure_problems(text: str, path: Path, first_line: int, loader_class: type) -> list[Problem]:
    """The first anchor or alias, nesting deeper than :data:`MAX_DEPTH` or over-long number,
    read from the parser's events (a flat stream, so that the check itself cannot overflow)."""
    depth = 0
    for event in yaml.parse(text, Loader=loader_class):
        line = first_line + event.start_mark.line
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            return [Problem(path, line, _ALIASES)]
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return [Problem(path, line, f"nested more than {MAX_DEPTH} levels deep: story files hold a few levels "
                                            "of keys and lists")]
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.ScalarEvent) and event.implicit[0] and len(event.value) > MAX_DIGITS \
                and _DECIMAL.fullmatch(event.value):
            return [Problem(path, line, f"a number of {len(event.value):,} digits: numbers in story files have at "
                                        f"most {MAX_DIGITS}; put it in quotes if it is text")]
    return []


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
    key = key if len(key) <= SHOWN else key[: SHOWN - 1] + "…"
    if close:
        return f"unknown key '{key}' (did you mean '{close[0]}'?)"
    return f"unknown key '{key}'; {what + ' has the keys' if what else 'allowed keys:'} {', '.join(allowed)}"


def _error_line(err: yaml.YAMLError, first_line: int) -> int:
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    return first_line + mark.line if mark is not None else first_line


def _construction_problem(err: yaml.constructor.ConstructorError) -> str:
    """What is wrong, in words: a key that is a list or mapping, a merge key (``<<``), or a tag."""
    problem = err.problem or ""
    if "unhashable key" in problem:
        return "a key must be plain text or a number, not a list or mapping (a '? [a, b]' or '{[1]: 2}' key)"
    if "for merging" in problem:
        return "'<<' merges mappings, which story files do not use: write each key out"
    return f"YAML tag not allowed ({_tag_of(err)}): story files hold plain data only"


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
