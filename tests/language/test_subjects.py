"""framekit.language.subjects: the subject of a verb, minus asides, fillers and auxiliaries."""

from __future__ import annotations

import pytest

from framekit.language.subjects import subject


@pytest.mark.parametrize(
    ("before_the_verb", "who"),
    [
        ("Lecornu has repeatedly", "Lecornu"),  # an auxiliary and a filler before the verb
        ("For its part, Paris", "Paris"),
        ("Islamic State, which claimed the attack,", "Islamic State"),  # a relative clause
        ("the minister  has  ", "the minister"),
        ("Lecornu\n\n  also", "Lecornu"),  # spaces of any kind and length before a filler
        ("Lecornu" + " " * 5000 + "also", "Lecornu"),
        ("also", ""),  # a filler alone is no subject
    ],
)
def test_subject(before_the_verb: str, who: str) -> None:
    assert subject(before_the_verb) == who


def test_a_long_run_of_spaces_is_kept_inside_a_name() -> None:
    assert subject("Lecornu" + " " * 5000 + "Smith").split() == ["Lecornu", "Smith"]
