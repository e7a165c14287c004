"""Term families: the words outlets choose for one referent (lesson 03).

A story's ``terms.yaml`` lists *families*. A family names one referent ("Ukraine's
capital"), the question it answers ("How does the outlet spell the capital's name?") and
its *variants*, each a label and one or more patterns. A pattern is a phrase, matched as
:func:`framekit.language.text.phrase_pattern` says (whole words, any case, across line breaks and
hyphens, with possessives), or a regular expression written ``regex:...``, used as written
(so case-sensitive unless it says ``(?i)``: ``regex:\\bIS\\b`` finds the acronym, not "is").

``extends: default`` adds the kit's own families (``framekit/story/default_terms.yaml``: reporting
verbs, markers of doubt); a story family with the same id replaces the default one. The format
is documented in ``data/README.md``. :func:`read_terms` reports every problem as
``path:line: message`` and never raises.

A family marked ``proposed: true`` was drafted by ``framekit new-story`` from the story's
texts and not yet reviewed: it loads like any other (:attr:`Family.proposed` says which), and
the instructor deletes the mark, or the family, after reading its matches. A file that
``extends: default`` may list no families of its own (``families: []``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from framekit.language.text import phrase_pattern
from framekit.story.files import Problem, key_lines, parse_yaml, read_text, shown, unknown_key

try:  # the regular expression parser of the re module, to check a pattern before it runs
    from re import _parser as _regex_parser  # Python 3.11 and later
except ImportError:  # Python 3.10
    import sre_parse as _regex_parser

REGEX_PREFIX = "regex:"
DEFAULT_TERMS = Path(__file__).resolve().parent / "default_terms.yaml"
FILE_KEYS = (("families",), ("extends",))
FAMILY_KEYS = (("id", "question", "referent", "variants"), ("proposed",))
VARIANT_KEYS = (("label", "patterns"), ("note",))
_APOSTROPHE = re.compile(r"['’]")


@dataclass(frozen=True)
class Variant:
    """One way of naming the referent: a label and the patterns that find it."""

    label: str
    patterns: tuple[str, ...]
    note: str | None = None

    @cached_property
    def searches(self) -> tuple[tuple[re.Pattern, str | None], ...]:
        """Each pattern's regular expression, with a word that text must contain (lower case)
        for a phrase to match, so that matching can skip articles without it; None for a regex."""
        return tuple((compile_pattern(p), None if p.startswith(REGEX_PREFIX) else _first_word(p)) for p in self.patterns)


@dataclass(frozen=True)
class Family:
    """One referent, the question it answers, and the variants that name it."""

    id: str
    question: str
    referent: str
    variants: tuple[Variant, ...]
    proposed: bool = False  # drafted by framekit new-story from the texts, not yet reviewed

    def variant(self, label: str) -> Variant:
        """The variant with this label."""
        for variant in self.variants:
            if variant.label == label:
                return variant
        raise KeyError(f"family {self.id!r} has no variant {label!r}")


def compile_pattern(pattern: str) -> re.Pattern:
    """The regular expression for one pattern; raises ValueError with a readable reason.

    A ``regex:`` pattern runs on untrusted text, so it must not be able to take forever (no
    repetition of something that itself varies in length, such as ``(a+)+``: on some texts the
    matcher would try exponentially many ways) and must find at least one character (``\\b`` or a
    lookahead alone would count nothing, silently)."""
    if not pattern.startswith(REGEX_PREFIX):
        compiled = phrase_pattern(pattern)
        if compiled is None:
            raise ValueError("empty pattern: write a phrase, or regex: then a regular expression")
        return compiled
    source = pattern[len(REGEX_PREFIX) :]
    try:
        parsed = _regex_parser.parse(source)
        compiled = re.compile(source)
        shortest = parsed.getwidth()[0]
    except re.error as err:
        raise ValueError(f"invalid regular expression {shown(source)}: {err}") from err
    except (OverflowError, RecursionError, MemoryError) as err:
        raise ValueError(f"regular expression {shown(source)} is too large or too deeply nested: "
                         "write a shorter one") from err
    if shortest == 0:
        raise ValueError(f"regular expression {shown(source)} matches empty text (alone, \\b, a lookahead or "
                         "x? find nothing to count): it must match at least one character")
    if _nested_repetition(parsed):
        raise ValueError(f"regular expression {shown(source)} has a nested repetition, such as (a+)+: on some texts "
                         "it would never finish. Repeat the inner part only (a+), or give it a fixed count (\\d{3})")
    return compiled


def _nested_repetition(parsed: Any) -> bool:
    """True when a repetition that may repeat more than once holds one of variable length."""
    repeats = {_regex_parser.MAX_REPEAT, _regex_parser.MIN_REPEAT, getattr(_regex_parser, "POSSESSIVE_REPEAT", None)}
    stack = [(parsed, False)]  # a parsed (sub)pattern, and whether it sits inside a repetition
    while stack:
        items, repeated = stack.pop()
        for op, argument in items:
            if op in repeats:
                low, high, inner = argument
                if repeated and low != high:
                    return True
                stack.append((inner, repeated or high > 1))
            else:
                stack.extend((part, repeated) for part in _parts(argument))
    return False


def _parts(argument: Any) -> list:
    """The parsed subpatterns inside one node's argument (a group, a branch, a lookaround)."""
    if isinstance(argument, _regex_parser.SubPattern):
        return [argument]
    if isinstance(argument, (tuple, list)):
        return [part for item in argument for part in _parts(item)]
    return []


def _first_word(phrase: str) -> str:
    return _APOSTROPHE.split(phrase.split()[0].split("-")[0])[0].lower()


def read_terms(path: Path) -> tuple[tuple[Family, ...], list[Problem]]:
    """The families of the ``terms.yaml`` at ``path`` (defaults included if it extends them)."""
    text, problems = read_text(path)
    if text is None:
        return (), problems
    return parse_terms(text, path)


def parse_terms(text: str, path: Path) -> tuple[tuple[Family, ...], list[Problem]]:
    """The families in ``text``, the content of a ``terms.yaml`` (``path`` names it in problems)."""
    parsed, problems = parse_yaml(text, path)
    if parsed is None:
        return (), problems
    node = parsed.node
    if not isinstance(node, yaml.MappingNode):
        return (), problems + [Problem(path, 1, "terms.yaml must have the keys families (a list) and, optionally, extends")]
    fields = _fields(node)
    problems += _unknown_keys(path, node, FILE_KEYS, "terms.yaml")
    extends = fields.get("extends")
    families, family_problems = _families(path, fields.get("families"), node, _extends_default(extends))
    problems += family_problems
    if extends is not None:
        if not (isinstance(extends, yaml.ScalarNode) and extends.value == "default"):
            problems.append(Problem(path, _line(extends), "extends must be 'default' (the kit's own families) or left out"))
        else:
            families = _with_defaults(families)
    return (() if problems else families), problems


def family_from_yaml(text: str) -> Family:
    """One family written in YAML, as an entry of ``families`` in terms.yaml (without the ``- ``).

    For trying a family of your own in a notebook (lesson 03); raises ValueError listing every
    problem as ``line N of your family: message`` (line 1 is the first line of ``text``
    that is not blank).
    """
    indented = "families:\n" + "".join(f"  {'- ' if i == 0 else '  '}{line}\n" for i, line in enumerate(text.strip("\n").split("\n")))
    families, problems = parse_terms(indented, Path("your family"))
    if problems:
        raise ValueError("\n".join(f"line {p.line - 1} of your family: {p.message}" for p in problems))
    return families[0]


@lru_cache(maxsize=1)
def default_families() -> tuple[Family, ...]:
    """The kit's own families, which any story's ``terms.yaml`` can extend: read once (the
    families are frozen), not at each call (lessons ask for them per family and per match)."""
    families, problems = read_terms(DEFAULT_TERMS)
    if problems:  # the kit's own file is tested; this only guards an edited installation
        raise ValueError("\n".join(str(problem) for problem in problems))
    return families


def own_families(families: tuple[Family, ...]) -> tuple[Family, ...]:
    """The families a story's ``terms.yaml`` defines itself (a default it replaces included),
    without the kit's defaults: what the story's own word choices are."""
    defaults = default_families()
    return tuple(family for family in families if family not in defaults)


def lesson_families(families: tuple[Family, ...]) -> tuple[Family, ...]:
    """The families a lesson reads: the story's (``terms.yaml``, with the kit's defaults if it
    extends them), or, for a story without a ``terms.yaml``, the kit's defaults, so that every
    lesson runs on any valid story."""
    return tuple(families) or default_families()


def featured_families(families: tuple[Family, ...]) -> tuple[Family, ...]:
    """The families a lesson shows first: those the story defines itself (:func:`own_families`),
    or, for a story with none of its own, :func:`lesson_families`."""
    return own_families(families) or lesson_families(families)


def _with_defaults(families: tuple[Family, ...]) -> tuple[Family, ...]:
    own = {family.id for family in families}
    return tuple(family for family in default_families() if family.id not in own) + families


def _extends_default(node: yaml.Node | None) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.value == "default"


def _families(path: Path, node: yaml.Node | None, parent: yaml.Node, may_be_empty: bool = False) -> tuple[tuple[Family, ...], list[Problem]]:
    """The families listed under ``node``; none is allowed only when the file extends the defaults."""
    if may_be_empty and isinstance(node, yaml.SequenceNode) and not node.value:
        return (), []
    if node is None:
        return (), [Problem(path, _line(parent), "missing key 'families': list the term families under it")]
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        return (), [Problem(path, _line(node), "families must be a non-empty list (lines starting with '- ')")]
    families, problems, seen = [], [], {}
    for item in node.value:
        family, family_problems = _family(path, item)
        problems += family_problems
        if family is None:
            continue
        if family.id in seen:
            problems.append(Problem(path, _line(item), f"duplicate family id '{family.id}' (first on line {seen[family.id]})"))
        seen.setdefault(family.id, _line(item))
        families.append(family)
    return tuple(families), problems


def _family(path: Path, node: yaml.Node) -> tuple[Family | None, list[Problem]]:
    if not isinstance(node, yaml.MappingNode):
        return None, [Problem(path, _line(node), "each family must have the keys id, question, referent and variants")]
    problems = _unknown_keys(path, node, FAMILY_KEYS, "a family")
    fields = _fields(node)
    texts = {key: _text(path, fields.get(key), node, key, problems) for key in ("id", "question", "referent")}
    variants, variant_problems = _variants(path, fields.get("variants"), node, texts["id"] or "?")
    problems += variant_problems
    proposed = _proposed(path, fields.get("proposed"), problems)
    if problems:
        return None, problems
    return Family(texts["id"], texts["question"], texts["referent"], variants, proposed), []


def _proposed(path: Path, node: yaml.Node | None, problems: list[Problem]) -> bool:
    """The family's ``proposed`` mark: true or false, False when absent."""
    if node is None:
        return False
    if not (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":bool")):
        problems.append(Problem(path, _line(node), "proposed must be true or false (or left out once the family is reviewed)"))
        return False
    return node.value.lower() in ("true", "yes", "on")


def _variants(path: Path, node: yaml.Node | None, parent: yaml.Node, family: str) -> tuple[tuple[Variant, ...], list[Problem]]:
    if node is None or (isinstance(node, yaml.SequenceNode) and not node.value):
        where = parent if node is None else node
        return (), [Problem(path, _line(where), f"family '{family}' is empty: list its variants under variants")]
    if not isinstance(node, yaml.SequenceNode):
        return (), [Problem(path, _line(node), f"variants of family '{family}' must be a list (lines starting with '- ')")]
    variants, problems, seen = [], [], {}
    for item in node.value:
        variant, variant_problems = _variant(path, item, family)
        problems += variant_problems
        if variant is None:
            continue
        if variant.label in seen:
            message = f"duplicate label '{variant.label}' in family '{family}' (first on line {seen[variant.label]})"
            problems.append(Problem(path, _line(item), message))
        seen.setdefault(variant.label, _line(item))
        variants.append(variant)
    return tuple(variants), problems


def _variant(path: Path, node: yaml.Node, family: str) -> tuple[Variant | None, list[Problem]]:
    if not isinstance(node, yaml.MappingNode):
        return None, [Problem(path, _line(node), f"each variant of family '{family}' must have the keys label and patterns")]
    problems = _unknown_keys(path, node, VARIANT_KEYS, "a variant")
    fields = _fields(node)
    label = _text(path, fields.get("label"), node, "label", problems)
    note = _text(path, fields["note"], node, "note", problems) if "note" in fields else None
    patterns = _patterns(path, fields.get("patterns"), node, problems)
    if problems:
        return None, problems
    return Variant(label, patterns, note), []


def _patterns(path: Path, node: yaml.Node | None, parent: yaml.Node, problems: list[Problem]) -> tuple[str, ...]:
    if node is None:
        problems.append(Problem(path, _line(parent), "missing key 'patterns': give a phrase or a list of them"))
        return ()
    items = [node] if isinstance(node, yaml.ScalarNode) else node.value if isinstance(node, yaml.SequenceNode) else None
    if not items:
        problems.append(Problem(path, _line(node), "patterns must be a phrase or a non-empty list of phrases"))
        return ()
    patterns = []
    for item in items:
        if not _is_text(item):
            problems.append(Problem(path, _line(item), "each pattern must be text"))
            continue
        try:
            compile_pattern(item.value)
            patterns.append(item.value)
        except ValueError as err:
            problems.append(Problem(path, _line(item), str(err)))
    return tuple(patterns)


def _text(path: Path, node: yaml.Node | None, parent: yaml.Node, key: str, problems: list[Problem]) -> str:
    if node is None:
        problems.append(Problem(path, _line(parent), f"missing key '{key}'"))
        return ""
    if not _is_text(node) or not node.value.strip():
        problems.append(Problem(path, _line(node), f"{key} must be text"))
        return ""
    return node.value


def _is_text(node: yaml.Node) -> bool:
    """A scalar that is not YAML's null (an empty value, ~ or null)."""
    return isinstance(node, yaml.ScalarNode) and not node.tag.endswith(":null")


def _fields(node: yaml.MappingNode) -> dict[str, yaml.Node]:
    return {str(key.value): value for key, value in node.value}


def _unknown_keys(path: Path, node: yaml.MappingNode, keys: tuple[tuple, tuple], what: str) -> list[Problem]:
    allowed = keys[0] + keys[1]
    problems = key_lines(node, path, 1)[1]
    for key_node, _ in node.value:
        key = str(key_node.value)
        if key not in allowed:
            problems.append(Problem(path, _line(key_node), unknown_key(key, allowed, what)))
    return problems


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1
