"""framekit.teach.annotate: a student's annotation of a paragraph, scored against the key."""

from __future__ import annotations

import pytest

from framekit.teach.annotate import check_annotation, locate

BODY = "Intro.\n\n“The port is closed,” Anna Kovač said, adding that ships would “wait”."


@pytest.fixture
def setup(row, stories):
    story = stories({"a": BODY})
    start = BODY.index("The port")
    adding = BODY.index("ships")
    key = [
        row("a", "Anna Kovač", start, start + 20, text="The port is closed,", cue="said"),
        row("a", "Anna Kovač", adding, BODY.index("”."), kind="indirect", cue="adding"),
        row("a", "Anna Kovač", BODY.index("wait"), BODY.index("wait") + 4, cue="adding"),
        row("a", None, 0, 5, kind="term"),
    ]
    return story.article("a"), key


def test_locate_ignores_the_kind_of_marks_spaces_and_surrounding_marks() -> None:
    text = "He said “it’s   over” twice."
    assert locate("\"it's over\"", text) == (text.index("it’s"), text.index("” twice"))
    assert locate("not here", text) is None and locate("  ", text) is None


def test_a_complete_annotation_is_correct_with_its_numbers(setup) -> None:
    article, key = setup
    answer = [("direct", "Kovač", '"The port is closed,"'), ("indirect", "Ms. Anna Kovač", "ships would “wait”"),
              ("direct", "Anna Kovač", "wait")]
    feedback = check_annotation(answer, key, article, 1, hint="H")
    assert feedback.status == "correct"
    assert "Precision 1.00" in feedback.message and "Recall 1.00" in feedback.message


def test_a_partial_annotation_gets_precision_recall_and_its_extras(setup) -> None:
    article, key = setup
    answer = [("direct", "Anna Kovač", "The port is closed,"), ("indirect", "Anna Kovač", "Anna Kovač said")]
    feedback = check_annotation(answer, key, article, 1, hint="Look for reported speech.")
    assert feedback.status == "not yet"
    assert "Precision 0.50: 1 of your 2" in feedback.message and "Recall 0.33: you found 1 of its 3" in feedback.message
    assert "Not in the key: “Anna Kovač said”" in feedback.message and feedback.message.endswith("Look for reported speech.")
    assert "ships" not in feedback.message  # the key's rows are never shown


def test_wrong_kind_or_speaker_is_not_correct(setup) -> None:
    article, key = setup
    answer = [("indirect", "Ivan", "The port is closed,"), ("indirect", "Anna Kovač", "ships would “wait”"),
              ("direct", "Anna Kovač", "wait")]
    feedback = check_annotation(answer, key, article, 1, hint="H")
    assert feedback.status == "not yet" and "2 have the same kind and 2 the same speaker" in feedback.message


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("quotes", "Give a list of (kind, speaker, text) tuples"),
        ([("direct", "Anna")], "three pieces of text"),
        ([("quoted", "Anna", "wait")], "must be 'direct' or 'indirect'"),
        ([("direct", "Anna", "the ships wait")], "is not in the paragraph: copy the words exactly"),
    ],
)
def test_malformed_answers_say_what_to_fix(setup, answer, message: str) -> None:
    article, key = setup
    feedback = check_annotation(answer, key, article, 1, hint="H")
    assert feedback.status == "not yet" and message in feedback.message


def test_placeholder_is_not_answered(setup) -> None:
    article, key = setup
    assert check_annotation(..., key, article, 1, hint="H").status == "not answered"
