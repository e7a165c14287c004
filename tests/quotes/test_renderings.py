"""framekit.quotes.renderings: one statement as several outlets print it."""

from __future__ import annotations

import pytest

from framekit.quotes.extraction import quote_rows
from framekit.quotes.renderings import (
    rendered_speakers,
    changed_words,
    differs,
    renderings,
    same_statement,
    word_diff,
)
from framekit.story.load import load_story


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("The regime does nothing without its Western supervisors.", "the regime does nothing without its Western backers.", True),
        ("baroque and threatening", "bizarre and threatening", True),
        ("ridiculous", "It is ridiculous to say so.", True),
        ("The port is closed.", "We will rebuild the school.", False),
        ("and the", "and the", False),
        ("useful talks", "The weather was fine.", False),
    ],
)
def test_same_statement(a: str, b: str, same: bool) -> None:
    assert same_statement(a, b) is same


def test_word_diff_and_changed_words_ignore_case_punctuation_and_excerpts() -> None:
    assert word_diff("Western supervisors.", "western backers") == [("same", "Western", "western"), ("changed", "supervisors.", "backers")]
    assert changed_words("We will have joint work with all.", "joint work") == (set(), set())
    assert changed_words("France could be behind, that", "France is behind it, that") == ({1, 2}, {1, 3})
    assert changed_words("send a message of solidarity", "I asked them to express a message of solidarity") == ({0}, {4})
    assert changed_words("the talks were useful", "the talks were useful and long, he said") == (set(), set())


def rows_of(row, *pieces: tuple[str, str]) -> list[dict]:
    return [{**row(article, "Anna Kovač", 0, len(text)), "text": text} for article, text in pieces]


def test_most_similar_pieces_group_first_one_per_article(row) -> None:
    rows = rows_of(
        row,
        ("a", "baroque and threatening"),
        ("b", "The comments were bizarre and threatening."),
        ("b", "bizarre and threatening"),
        ("c", "The port is closed."),
    )
    groups = renderings(rows, "Anna Kovač")
    assert [[(p.article, p.text) for p in g] for g in groups] == [[("a", "baroque and threatening"), ("b", "bizarre and threatening")]]
    assert differs(groups[0])


def test_rendered_speakers_most_shared_statements_first(row) -> None:
    rows = [
        row("a", "Ivan", 0, 10, text="The port is closed."), row("b", "Ivan", 0, 10, text="The port is shut."),
        row("a", "Olga", 0, 10, text="We will reopen soon."), row("b", "Olga", 0, 10, text="We will reopen it soon."),
        row("a", "Olga", 0, 10, text="Ships wait outside."), row("c", "Olga", 0, 10, text="Ships are waiting outside."),
        row("a", "Anna", 0, 10, text="Nobody was hurt."),  # one article only: not rendered twice
    ]
    found = rendered_speakers(rows)
    assert [(speaker, len(groups)) for speaker, groups in found] == [("Olga", 2), ("Ivan", 1)]


def test_a_quote_split_in_two_meets_both_sentences(row) -> None:
    rows = rows_of(row, ("a", "The port is closed. Ships wait outside."), ("b", "the port is closed,"), ("b", "ships wait outside"))
    groups = renderings(rows, "Anna Kovač")
    assert [[p.text for p in g] for g in groups] == [["The port is closed.", "the port is closed,"], ["Ships wait outside.", "ships wait outside"]]
    assert not any(differs(g) for g in groups)


def test_an_excerpt_does_not_differ_from_its_sentence(row) -> None:
    groups = renderings(rows_of(row, ("a", "We will have joint work with all."), ("b", "joint work")), "Anna Kovač")
    assert len(groups) == 1 and not differs(groups[0])


def test_no_groups_for_an_unknown_speaker(row) -> None:
    assert renderings(rows_of(row, ("a", "x y"), ("b", "x y")), "Nobody") == []


def test_seed_story_renderings() -> None:
    """The translation differences lesson 02 points to, found from the hand annotation."""
    rows = quote_rows(load_story("crocus-call-2024"))
    changed = set()
    for speaker in ("Sergey Shoigu", "Emmanuel Macron"):
        for group in renderings(rows, speaker):
            for piece in group[1:]:
                changed |= {(a, b) for tag, a, b in word_diff(group[0].text, piece.text) if tag == "changed"}
    assert {("supervisors.", "backers."), ("secret", "intelligence"), ("baroque", "bizarre"), ("could be", "is")} <= changed
