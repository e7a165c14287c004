"""framekit.language.quotemarks: quoted spans, apostrophes, nesting and missing marks."""

from __future__ import annotations

import pytest

from framekit.language.quotemarks import quote_spans


def texts(body: str) -> list[str]:
    spans = quote_spans(body)
    assert all(body[s.start : s.end] == s.text for s in spans)
    return [s.text for s in spans]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("“We hope so,” said Shoigu.", ["We hope so,"]),
        ('He said: "It is ridiculous." Then he left.', ["It is ridiculous."]),
        ("Il a dit « non » hier.", ["non"]),
        ("She called it ‘absurd’ and left.", ["absurd"]),
        ("Macron called the statements “ridiculous,” “baroque and threatening.”", ["ridiculous,", "baroque and threatening."]),
    ],
)
def test_marks_of_every_kind(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


@pytest.mark.parametrize(
    "body",
    ["Kyiv’s allies and Paris’ willingness.", "France's readiness, Kiev's backers.", "The rock ’n’ roll era.", "", "No quotes here."],
)
def test_apostrophes_are_not_quotes(body: str) -> None:
    assert texts(body) == []


def test_apostrophe_inside_a_single_quoted_span() -> None:
    assert texts("He said ‘Kyiv’s allies know’ it.") == ["Kyiv’s allies know"]


def test_nested_quote_is_part_of_the_outer_one() -> None:
    assert texts("“He told me ‘never’ twice,” she said.") == ["He told me ‘never’ twice,"]


def test_unclosed_mark_closes_at_the_end_of_its_sentence() -> None:
    body = "He said “this is wrong. The next sentence is narration.\n\nA new paragraph, “closed”."
    assert texts(body) == ["this is wrong.", "closed"]


def test_unbalanced_straight_quotes_do_not_swallow_the_article() -> None:
    body = 'Paris said he had "recalled the offer for "increased exchanges" with Russia. Then "radical Islamists" struck.'
    assert texts(body) == ['recalled the offer for "increased exchanges" with Russia.', "radical Islamists"]


def test_quote_continued_over_paragraphs() -> None:
    body = "“The first part goes on.\n\n“And the second part ends here,” he said."
    assert texts(body) == ["The first part goes on.", "And the second part ends here,"]


def test_stray_closing_mark_is_ignored() -> None:
    assert texts("Nothing opened” here, then “a quote”.") == ["a quote"]
