"""framekit.teach.readings: a student's readings of their own sentences, checked with the extractor."""

from __future__ import annotations

import pytest

from framekit.teach.readings import check_readings

GOOD = [
    ("At least 31 people died.", 31, None, "killed"),
    ("Nearly 30 people were hurt.", None, 29, "injured"),
    ("Police detained four suspects.", 4, 4, "detained"),
]


def test_not_answered_and_correct() -> None:
    assert check_readings(..., hint="h").status == "not answered"
    feedback = check_readings(GOOD, hint="h")
    assert feedback.status == "correct" and "Sentence 2: agreed, 29 or fewer injured." in feedback.message


def test_a_different_reading_is_shown_beside_the_extractors() -> None:
    answer = [GOOD[0], ("Nearly 30 people were hurt.", 30, 30, "injured"), GOOD[2]]
    feedback = check_readings(answer, hint="Look at the hedge.")
    assert feedback.status == "not yet"
    assert "Sentence 2: you read 30 injured; framekit reads “Nearly 30” as 29 or fewer injured." in feedback.message
    assert feedback.message.endswith("Look at the hedge.")


def test_a_sentence_without_a_figure_and_too_few_hedges() -> None:
    answer = [GOOD[0], ("The talks lasted two hours.", 2, 2, "other"), ("At least 5 were hurt.", 5, None, "injured")]
    feedback = check_readings(answer, hint="h")
    assert feedback.status == "not yet" and "Sentence 2: framekit finds no casualty figure." in feedback.message
    assert "at least 2 different hedges (framekit finds 1)" in feedback.message
    assert "at least 3 sentences" in check_readings(GOOD[:2], hint="h").message


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("At least 31 people died.", "Give a list of (sentence, low, high, category) tuples"),
        ([], "Give a list"),
        ([("At least 31 people died.", 31, None)], "Each item must be (sentence, low, high, category)"),
        ([("At least 31 people died.", "31", None, "killed")], "low and high must be whole numbers"),
        ([("At least 31 people died.", 31, None, "dead")], "The category must be one of killed, injured"),
    ],
)
def test_answers_of_the_wrong_form_say_what_is_expected(answer, message: str) -> None:
    feedback = check_readings(answer, hint="h")
    assert feedback.status == "not yet" and message in feedback.message
