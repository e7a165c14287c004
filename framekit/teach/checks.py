"""Feedback for students in the check cell that follows each exercise.

A check compares a *fingerprint* of the student's answer with the fingerprint the
instructor pasted into the notebook, so the expected answer never appears in the
exercise. The feedback says "Correct.", "Not yet." with a hint, or "Not answered yet"
while the placeholder ``...`` is still there; it never shows the expected answer.

For instructors: compute a fingerprint once, from the solution, and paste it::

    >>> from framekit.teach import checks
    >>> checks.fingerprint(3)
    '38de5c4cb73b34ec'

then write the check cell::

    checks.check(answer, "<that fingerprint>", hint="Count the articles, not the outlets.")
    checks.check_function(count_mentions, [(("Kiev is Kiev",), "<fingerprint of 2>")], hint="...")

Fingerprints forgive what should not matter: text is compared without regard to case or
extra whitespace, numbers to 3 decimals (``2.0`` equals ``2``), tuples equal lists, and
with ``unordered=True`` the order of a list's items is ignored.

Checks that depend on the story (issue: any story) compute the expected answer from the story
the notebook has loaded, at check time, with a key function of :mod:`framekit.teach.keys`::

    checks.check_story(direct_counts, keys.direct_counts, story, quotes, hint="...")
    checks.check_story_function(relays, keys.relays, keys.relay_cases(story, quotes), hint="...")

The key's result is fingerprinted and compared like a pasted fingerprint, so the feedback is
the same and never shows it; but a student can read the key functions, so these checks are
formative, not an exam. An exercise that is about the seed story only (a worked answer that
is its text) is skipped on any other story, with a message saying what to do instead::

    checks.skip_unless_seed(story, instead="...") or check_annotation(...)
"""

from __future__ import annotations

import copy
import hashlib
import html
import json
import math
import numbers
import reprlib
from collections.abc import Callable
from dataclasses import dataclass

from framekit.show.palette import BLUE, BLUISH_GREEN, GREY, VERMILLION, tint
from framekit.story.locate import SEED_STORY
from framekit.story.model import Article, Story

EXPECTED_TYPES = "a number, text, True/False, None, or a list, tuple, set or dict of those"

ICONS = {"correct": "✅", "not yet": "❌", "not answered": "✏️", "skipped": "⏭️"}
# The icon and the text carry the meaning too, not only the colour.
COLOURS = {"correct": BLUISH_GREEN, "not yet": VERMILLION, "not answered": BLUE, "skipped": GREY}

NOT_ANSWERED = "Not answered yet: replace the ... with your answer."

# Arguments are named in feedback; an article's repr would fill the screen, so shorten it.
_SHORT = reprlib.Repr()
_SHORT.maxstring, _SHORT.maxother = 60, 100


@dataclass(frozen=True, repr=False)
class Feedback:
    """The result of a check: ``status`` is "correct", "not yet", "not answered", or "skipped"
    (an exercise about the seed story, on another story)."""

    status: str
    message: str

    def __post_init__(self) -> None:
        if self.status not in ICONS:
            raise ValueError(f"status must be one of {sorted(ICONS)}, not {self.status!r}")

    def __repr__(self) -> str:
        return f"{ICONS[self.status]} {self.message}"

    def _repr_html_(self) -> str:
        style = (
            f"border-left:6px solid {COLOURS[self.status]};background:{tint(COLOURS[self.status], 0.08)};"
            "padding:0.5em 0.8em;margin:0.25em 0;border-radius:2px"
        )
        return f'<div class="framekit-feedback" style="{style}">{html.escape(repr(self))}</div>'


def fingerprint(value: object, unordered: bool = False) -> str:
    """A short hex digest of ``value`` after normalising it; see the module docstring.

    ``unordered`` ignores the order of the items of a top-level list or tuple (the items
    themselves keep their order). Raises TypeError for values it cannot normalise.
    """
    normal = _normalise(value)
    if unordered and isinstance(value, (list, tuple)):
        normal = sorted(normal, key=_canonical)
    digest = hashlib.sha256(("framekit:" + _canonical(normal)).encode("utf-8"))
    return digest.hexdigest()[:16]


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _normalise(value: object) -> object:
    """Plain JSON data in which answers that should count as equal are equal."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    # numbers.* also accept numpy and pandas scalars, which students get from sums and counts
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return _normalise_float(float(value))
    if isinstance(value, (list, tuple)):
        return [_normalise(item) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_normalise(item) for item in value), key=_canonical)
    if isinstance(value, dict):
        return {_normalise_key(key): _normalise(item) for key, item in value.items()}
    raise TypeError(f"cannot fingerprint a value of type {type(value).__name__}: use {EXPECTED_TYPES}")


def _normalise_float(value: float) -> float | int:
    if not math.isfinite(value):
        return value
    rounded = round(value, 3)
    return int(rounded) if rounded.is_integer() else rounded


def _normalise_key(key: object) -> str:
    normal = _normalise(key)
    return normal if isinstance(normal, str) else _canonical(normal)


def _contains_ellipsis(value: object) -> bool:
    if value is Ellipsis:
        return True
    if isinstance(value, dict):
        return any(_contains_ellipsis(k) or _contains_ellipsis(v) for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(_contains_ellipsis(item) for item in value)
    return False


def check(answer: object, expected: str, *, hint: str, unordered: bool = False) -> Feedback:
    """Feedback on ``answer`` against the fingerprint ``expected``; see :func:`fingerprint`."""
    _require_fingerprint(expected)
    if _contains_ellipsis(answer):
        return Feedback("not answered", NOT_ANSWERED)
    try:
        actual = fingerprint(answer, unordered=unordered)
    except TypeError:
        return _not_yet(f"Your answer is of type {type(answer).__name__}, which this check cannot use: "
                        f"give {EXPECTED_TYPES}.", hint)
    if actual == expected.strip().lower():
        return Feedback("correct", "Correct.")
    return _not_yet("", hint)


def check_function(func: Callable, cases: list[tuple[tuple, str]], *, hint: str) -> Feedback:
    """Feedback on ``func``: each case is (arguments, fingerprint of the expected result).

    Whatever the student's function does (raise, return the wrong type), this returns
    feedback instead of an error, and it reports the first case that fails.
    """
    if not cases:
        raise ValueError("check_function needs at least one (arguments, fingerprint) case")
    for _, expected in cases:
        _require_fingerprint(expected)
    if func is Ellipsis:
        return Feedback("not answered", NOT_ANSWERED)
    if not callable(func):
        return _not_yet(f"This check expects a function (defined with def), but got a value of type "
                        f"{type(func).__name__}.", hint)
    for args, expected in cases:
        feedback = _check_call(func, args, expected, hint)
        if feedback is not None:
            return feedback
    return Feedback("correct", "Correct.")


def _check_call(func: Callable, args: tuple, expected: str, hint: str) -> Feedback | None:
    """Feedback when calling ``func(*args)`` does not give ``expected``; None when it does."""
    try:
        # a copy, so that a function that changes its arguments cannot change the cases
        result = func(*copy.deepcopy(args))
    except Exception as err:  # the student's code may raise anything; report it, never crash
        detail = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
        return _not_yet(f"Your function raised {detail} when called with {_SHORT.repr(args)}.", hint)
    if _contains_ellipsis(result):
        return Feedback("not answered", NOT_ANSWERED)
    try:
        actual = fingerprint(result)
    except TypeError:
        return _not_yet(f"Called with {_SHORT.repr(args)}, your function returned a value of type {type(result).__name__}, "
                        f"which this check cannot use: return {EXPECTED_TYPES}.", hint)
    if actual != expected.strip().lower():
        return _not_yet(f"Called with {_SHORT.repr(args)}, your function gives a different result.", hint)
    return None


def _not_yet(detail: str, hint: str) -> Feedback:
    return Feedback("not yet", " ".join(part for part in ("Not yet.", detail, hint) if part))


def _require_fingerprint(expected: object) -> None:
    """Catch an instructor's slip (a raw answer instead of its fingerprint) without showing it."""
    if not (isinstance(expected, str) and len(expected.strip()) == 16
            and all(c in "0123456789abcdef" for c in expected.strip().lower())):
        raise ValueError("the expected value must be a fingerprint: 16 hex digits from framekit.teach.checks.fingerprint()")


def check_ratings(ratings: object, sentences: list[str], *, low: float = -1.0, high: float = 1.0, hint: str) -> Feedback:
    """Feedback on a reader's own ratings, which have no right answer: ``ratings`` must be a dict
    that rates each of ``sentences`` (and nothing else) with a number from ``low`` to ``high``.
    The feedback names what is wrong (a sentence left out, a rating out of range), never a value."""
    if _contains_ellipsis(ratings):
        return Feedback("not answered", NOT_ANSWERED)
    if not isinstance(ratings, dict):
        return _not_yet(f"Give a dict (sentence -> your rating), not a value of type {type(ratings).__name__}.", hint)
    missing = sum(1 for sentence in sentences if sentence not in ratings)
    extra = sum(1 for sentence in ratings if sentence not in sentences)
    if missing or extra:
        return _not_yet(f"{missing} of the sentences have no rating and {extra} of your keys are not one of them "
                        "(copy the sentences exactly, as the cell above prints them).", hint)
    wrong = [value for value in ratings.values()
             if isinstance(value, bool) or not isinstance(value, numbers.Real) or not low <= value <= high]
    if wrong:
        return _not_yet(f"{len(wrong)} of your ratings are not a number from {low:g} to {high:g}.", hint)
    return Feedback("correct", f"Correct: {len(sentences)} sentences rated. Compare your ratings with TextBlob's below.")


# --- checks whose answer depends on the story -------------------------------------------


def check_story(answer: object, key: Callable[..., object], *args: object, hint: str, unordered: bool = False) -> Feedback:
    """Feedback on ``answer`` against ``key(*args)``, the answer computed now from the story the
    notebook loaded (``key`` is a function of :mod:`framekit.teach.keys`); never shows it."""
    return check(answer, fingerprint(key(*args), unordered=unordered), hint=hint, unordered=unordered)


def check_story_function(func: Callable, key: Callable[..., object], cases: list[tuple], *, hint: str) -> Feedback:
    """Feedback on ``func``, called with each argument tuple of ``cases`` (built from the story's
    own articles), against ``key`` called with the same arguments. Skipped when the story gives
    no case to try."""
    if not cases:
        return Feedback("skipped", "Skipped: your story has nothing this check can call your function on "
                                   "(see the exercise for what it needs). Try your function on rows of your own.")
    # the keys change no argument; the student's function gets a copy of each (check_function)
    return check_function(func, [(args, fingerprint(key(*args))) for args in cases], hint=hint)


def is_seed(story: Story) -> bool:
    """Whether ``story`` is the seed story, the one the kit ships and some exercises are about."""
    return story.id == SEED_STORY


def skipped(story: Story, instead: str) -> Feedback:
    """The feedback of an exercise about the seed story, on ``story``: what to do instead."""
    return Feedback("skipped", f"This exercise is about the seed story ({SEED_STORY}); your story is "
                               f"{story.id}: {instead.strip()}")


def skip_unless_seed(story: Story, instead: str) -> Feedback | None:
    """:func:`skipped` on any story but the seed story, None on the seed story; a check cell
    writes ``checks.skip_unless_seed(story, instead="...") or <the check>``."""
    return None if is_seed(story) else skipped(story, instead)


def skip_unless(ready: bool, why: str) -> Feedback | None:
    """A "skipped" feedback saying ``why`` unless ``ready`` (the story has what the exercise
    needs, such as an official toll); None when ready. Used like :func:`skip_unless_seed`."""
    return None if ready else Feedback("skipped", f"Skipped: {why.strip()}")


def seed_article(story: Story, article_id: str) -> Article | None:
    """The seed story's article ``article_id`` when ``story`` is the seed story; on another
    story None, after printing a note, so that a cell about one seed article never fails."""
    if is_seed(story):
        return story.article(article_id)
    print(f"This exercise reads an article of the seed story ({SEED_STORY}); your story is {story.id}, "
          "so there is nothing to show here: read the exercise, then go on to the next one.")
    return None
