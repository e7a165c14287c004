"""Feedback for students in the check cell that follows each exercise.

A check compares a *fingerprint* of the student's answer with the fingerprint the
instructor pasted into the notebook, so the expected answer never appears in the
exercise. The feedback says "Correct.", "Not yet." with a hint, or "Not answered yet"
while the placeholder ``...`` is still there; it never shows the expected answer.

For instructors: compute a fingerprint once, from the solution, with a salt that names the
check (the exercise's number), and paste it::

    >>> from framekit.teach import checks
    >>> checks.fingerprint(3, salt="00.1")
    'b5d8e0b0c1b4d2d3'

then write the check cell with the same salt::

    checks.check(answer, "<that fingerprint>", salt="00.1", hint="Count the articles, not the outlets.")
    checks.check_function(count_mentions, [(("Kiev is Kiev",), "<fingerprint of 2>")], salt="00.3", hint="...")

The salt makes a fingerprint good for its own check only, and the hash is slow on purpose
(:data:`ROUNDS`), so that trying every possible answer against a pasted fingerprint takes a
while. It does not make a check an exam: an answer with few possible values (a count) is
found by trying them, and the key functions below are in the package for anyone to read.

Fingerprints forgive what should not matter: text is compared without regard to case or
extra whitespace, numbers to 3 decimals (``2.0`` equals ``2``), tuples equal lists, and
with ``unordered=True`` the order of a list's items is ignored.

Checks that depend on the story (issue: any story) compute the expected answer from the story
the notebook has loaded, at check time, with a key function of :mod:`framekit.teach.keys`::

    checks.check_story(direct_counts, keys.direct_counts, story, quotes, hint="...")
    checks.check_story_function(relays, keys.relays, keys.relay_cases(story, quotes), hint="...")

The key's result is normalised and compared like a fingerprinted answer, so the feedback is
the same and never shows it; but a student can read the key functions, so these checks are
formative, not an exam. An exercise that is about the seed story only (a worked answer that
is its text) is skipped on any other story, with a message saying what to do instead::

    checks.skip_unless_seed(story, instead="...") or check_annotation(...)
"""

from __future__ import annotations

import copy
import decimal
import fractions
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


ROUNDS = 1_000_000  # PBKDF2-SHA256 rounds per fingerprint: about a quarter of a second here


def fingerprint(value: object, salt: str, unordered: bool = False) -> str:
    """A short hex digest of ``value`` after normalising it, salted with ``salt`` (the check's
    name) and slow to compute; see the module docstring.

    ``unordered`` ignores the order of the items of a top-level list or tuple (the items
    themselves keep their order). Raises TypeError for values it cannot normalise.
    """
    canonical = _canonical(_normal_form(value, unordered)).encode("utf-8")
    return hashlib.pbkdf2_hmac("sha256", canonical, ("framekit:" + salt).encode("utf-8"), ROUNDS).hex()[:16]


def digest(value: object, unordered: bool = False) -> str:
    """A fast, unsalted digest of ``value`` normalised as for :func:`fingerprint`: for tests that
    pin what a key computes on the seed story, never for a check cell."""
    return hashlib.sha256(("framekit:" + _canonical(_normal_form(value, unordered))).encode("utf-8")).hexdigest()[:16]


def _normal_form(value: object, unordered: bool) -> object:
    normal = _normalise(value)
    if unordered and isinstance(value, (list, tuple)):
        normal = sorted(normal, key=_canonical)
    return normal


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


MAX_DEPTH = 50  # nesting of an answer: deeper, or a list that contains itself, cannot be checked
MAX_DIGITS = 1000  # digits of a whole number an answer may have


def _normalise(value: object, depth: int = 0) -> object:
    """Plain JSON data in which answers that should count as equal are equal. Raises TypeError
    for what cannot be compared (its message says why, never the expected answer)."""
    if depth > MAX_DEPTH:
        raise TypeError(f"nested more than {MAX_DEPTH} levels deep (or it contains itself)")
    if value is None or isinstance(value, bool):
        return value
    if type(value).__name__ in ("bool_", "bool") and type(value).__module__ == "numpy":
        return bool(value)  # NumPy's True and False, from comparisons on arrays
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    # numbers.* also accept numpy and pandas scalars, which students get from sums and counts
    if isinstance(value, (numbers.Integral, decimal.Decimal, fractions.Fraction)) and _is_whole(value):
        if abs(int(value)).bit_length() > MAX_DIGITS * 3.33:
            raise TypeError(f"a number with more than {MAX_DIGITS} digits")
        return int(value)
    if isinstance(value, (numbers.Real, decimal.Decimal)):
        return _normalise_float(float(value))
    if isinstance(value, (list, tuple)):
        return [_normalise(item, depth + 1) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_normalise(item, depth + 1) for item in value), key=_canonical)
    if isinstance(value, dict):
        return {_normalise_key(key, depth + 1): _normalise(item, depth + 1) for key, item in value.items()}
    raise TypeError(f"cannot fingerprint a value of type {type(value).__name__}: use {EXPECTED_TYPES}")


def _is_whole(value: object) -> bool:
    if isinstance(value, numbers.Integral):
        return True
    try:
        return value == int(value)  # Decimal("3"), Fraction(6, 2); NaN and infinity are not
    except (ValueError, OverflowError):
        return False


def _normalise_float(value: float) -> float | int:
    if not math.isfinite(value):
        return value
    rounded = round(value, 3)
    return int(rounded) if rounded.is_integer() else rounded


def _normalise_key(key: object, depth: int = 0) -> str:
    normal = _normalise(key, depth)
    return normal if isinstance(normal, str) else _canonical(normal)


def _contains_ellipsis(value: object, depth: int = 0) -> bool:
    if value is Ellipsis:
        return True
    if depth > MAX_DEPTH:
        return False  # too deep to be an answer: normalising it says so
    if isinstance(value, dict):
        return any(_contains_ellipsis(k, depth + 1) or _contains_ellipsis(v, depth + 1) for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(_contains_ellipsis(item, depth + 1) for item in value)
    return False


# A matcher says whether a value is the expected answer, without ever holding it in the clear.
Matcher = Callable[[object], bool]


def _pasted(expected: str, salt: str, unordered: bool = False) -> Matcher:
    _require_fingerprint(expected)
    return lambda value: fingerprint(value, salt, unordered) == expected.strip().lower()


def _computed(expected: object, unordered: bool = False) -> Matcher:
    form = _canonical(_normal_form(expected, unordered))
    return lambda value: _canonical(_normal_form(value, unordered)) == form


def check(answer: object, expected: str, *, salt: str, hint: str, unordered: bool = False) -> Feedback:
    """Feedback on ``answer`` against the fingerprint ``expected`` made with ``salt``; see
    :func:`fingerprint`."""
    return _verdict(answer, _pasted(expected, salt, unordered), hint)


def _verdict(answer: object, matches: Matcher, hint: str) -> Feedback:
    if _contains_ellipsis(answer):
        return Feedback("not answered", NOT_ANSWERED)
    try:
        same = matches(answer)
    except (TypeError, ValueError, RecursionError) as err:
        return _not_yet(f"Your answer, of type {type(answer).__name__}, cannot be checked ({err}): "
                        f"give {EXPECTED_TYPES}.", hint)
    return Feedback("correct", "Correct.") if same else _not_yet("", hint)


def check_function(func: Callable, cases: list[tuple[tuple, str]], *, salt: str, hint: str) -> Feedback:
    """Feedback on ``func``: each case is (arguments, fingerprint of the expected result, made
    with ``salt``).

    Whatever the student's function does (raise, exit, return the wrong type), this returns
    feedback instead of an error, and it reports the first case that fails.
    """
    if not cases:
        raise ValueError("check_function needs at least one (arguments, fingerprint) case")
    return _check_calls(func, [(args, _pasted(expected, salt)) for args, expected in cases], hint)


def _check_calls(func: Callable, cases: list[tuple[tuple, Matcher]], hint: str) -> Feedback:
    if func is Ellipsis:
        return Feedback("not answered", NOT_ANSWERED)
    if not callable(func):
        return _not_yet(f"This check expects a function (defined with def), but got a value of type "
                        f"{type(func).__name__}.", hint)
    for args, matches in cases:
        feedback = _check_call(func, args, matches, hint)
        if feedback is not None:
            return feedback
    return Feedback("correct", "Correct.")


def _check_call(func: Callable, args: tuple, matches: Matcher, hint: str) -> Feedback | None:
    """Feedback when calling ``func(*args)`` does not give the expected result; None when it does."""
    try:
        # a copy, so that a function that changes its arguments cannot change the cases
        result = func(*copy.deepcopy(args))
    except (Exception, SystemExit) as err:  # the student's code may raise anything, even exit: report it
        detail = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
        return _not_yet(f"Your function raised {detail} when called with {_SHORT.repr(args)}.", hint)
    if _contains_ellipsis(result):
        return Feedback("not answered", NOT_ANSWERED)
    try:
        same = matches(result)
    except (TypeError, ValueError, RecursionError) as err:
        return _not_yet(f"Called with {_SHORT.repr(args)}, your function returned a value of type {type(result).__name__}, "
                        f"which this check cannot use ({err}): return {EXPECTED_TYPES}.", hint)
    if not same:
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
    return _verdict(answer, _computed(key(*args), unordered), hint)


def check_story_function(func: Callable, key: Callable[..., object], cases: list[tuple], *, hint: str) -> Feedback:
    """Feedback on ``func``, called with each argument tuple of ``cases`` (built from the story's
    own articles), against ``key`` called with the same arguments. Skipped when the story gives
    no case to try."""
    if not cases:
        return Feedback("skipped", "Skipped: your story has nothing this check can call your function on "
                                   "(see the exercise for what it needs). Try your function on rows of your own.")
    # the keys change no argument; the student's function gets a copy of each (_check_call)
    return _check_calls(func, [(args, _computed(key(*args))) for args in cases], hint)


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
