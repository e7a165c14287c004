"""framekit.language.text: words, word counts and phrase search with offsets."""

from __future__ import annotations

import pytest

from framekit.language import text


def test_words_keep_apostrophes_and_hyphens() -> None:
    sample = "Kiev’s so-called ‘dirty bomb’, France's 144 dead."
    assert [w.text for w in text.words(sample)] == [
        "Kiev’s", "so-called", "dirty", "bomb", "France's", "144", "dead",
    ]
    assert all(sample[w.start : w.end] == w.text for w in text.words(sample))
    assert text.word_count(sample) == 7


def test_find_phrase_ignores_case_and_matches_whole_words() -> None:
    sample = "Kiev, the kiev regime, Kiev’s allies and Kievan Rus."
    assert [s.text for s in text.find_phrase(sample, "KIEV")] == ["Kiev", "kiev", "Kiev’s"]


def test_find_phrase_across_a_line_break() -> None:
    sample = "the Kiev\nregime does nothing"
    (span,) = text.find_phrase(sample, "Kiev regime")
    assert (span.start, span.end) == (4, 15)


@pytest.mark.parametrize(
    ("sample", "phrase", "found"),
    [
        ("a mass-shooting and a mass  shooting", "mass shooting", ["mass-shooting", "mass  shooting"]),
        ("the so called bomb, the so-called bomb", "so-called", ["so called", "so-called"]),
        ("France’s readiness and France's aim", "France's", ["France’s", "France's"]),
        ("Kyiv’s allies; Kyiv's allies", "Kyiv's allies", ["Kyiv’s allies", "Kyiv's allies"]),
        ("Islamic State’s wing", "Islamic State wing", ["Islamic State’s wing"]),
    ],
)
def test_find_phrase_hyphens_apostrophes_and_possessives(sample: str, phrase: str, found: list[str]) -> None:
    assert [s.text for s in text.find_phrase(sample, phrase)] == found


@pytest.mark.parametrize("query", ["", "   ", "(", "a.b", "-"])
def test_find_phrase_treats_input_literally(query: str) -> None:
    assert text.find_phrase("a b c", query) == []
