"""framekit.language.quotemarks: quoted spans, apostrophes, nesting, missing, doubled, mixed and wrong-way marks."""

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


# --- doubled apostrophes: the NYT archive's ''…'' -------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("''We will win,'' he said.", ["We will win,"]),
        ("''They call it 'the plan,' and it works,'' she said.", ["They call it 'the plan,' and it works,"]),
        ("''It's the '90s all over again,'' he said.", ["It's the '90s all over again,"]),
        ("''He told me, 'Stay home,''' she recalled.", ["He told me, 'Stay home,'"]),
        ("She said, '''No' is an answer,'' and left.", ["'No' is an answer,"]),
        ("The mayor called it ''a disgrace'' and ''a waste.''", ["a disgrace", "a waste."]),
        ("''This is wrong. The next sentence is narration.", ["This is wrong."]),
    ],
)
def test_doubled_apostrophes_are_a_double_mark(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


def test_doubled_apostrophes_continue_over_paragraphs() -> None:
    body = "''The first part goes on.\n\n''And the second part ends here,'' he said."
    assert texts(body) == ["The first part goes on.", "And the second part ends here,"]


@pytest.mark.parametrize("body", ["The 'plan' is Kiev's.", "The rock 'n' roll years of the '60s.", "A 'quote,' she said."])
def test_single_straight_apostrophes_are_never_quotes(body: str) -> None:
    assert texts(body) == []


# --- mixed marks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('She kept the "work-related” emails apart from “personal ones."', ["work-related", "personal ones."]),
        ('“It is noise," he said. "Show me the names.”', ["It is noise,", "Show me the names."]),
    ],
)
def test_double_marks_of_any_style_close_one_another(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


# --- an apostrophe typed as an opening quote ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("“We loved the ‘90s,” he said.", ["We loved the ‘90s,"]),
        ("“I’ve got six of ‘em at home,” she said, “and more.”", ["I’ve got six of ‘em at home,", "and more."]),
        ("He sang ‘rock ’n’ roll never dies’ twice.", ["rock ’n’ roll never dies"]),
        ("“Clinton is ‘unpredictable,” he said, “and Trump too.”", ["Clinton is ‘unpredictable,", "and Trump too."]),
    ],
)
def test_apostrophe_typed_as_an_opening_quote_opens_nothing(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


@pytest.mark.parametrize(
    "body",
    ["He voted in ‘08 and again in ’12.", "The ‘70s and the '80s.", "Give ‘em a chance.", "The rock ‘n’ roll era.", "Obama‘s aides left."],
)
def test_abbreviated_years_and_elided_words_are_not_quotes(body: str) -> None:
    assert texts(body) == []


def test_single_quote_before_a_word_that_only_starts_like_an_elision_opens() -> None:
    assert texts("He called it ‘embarrassing’ and said ‘no’ twice.") == ["embarrassing", "no"]


# --- curly marks typed the wrong way round ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("She called it “Frozen“ and left.", ["Frozen"]),
        ("“It is unusual,“ said the lawyer. “Very.”", ["It is unusual,", "Very."]),
        ("Aides could not ”get close to him” at all.", ["get close to him"]),
        ("You should have said ‘over their bodies‘, she wrote.", ["over their bodies"]),
    ],
)
def test_curly_marks_typed_the_wrong_way_round(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


@pytest.mark.parametrize("body", ["The word“ stands alone here.", "Nothing is open before this‘, or this“."])
def test_wrong_way_mark_with_nothing_open_is_stray(body: str) -> None:
    assert texts(body) == []


# --- straight marks squeezed against a word, and no-break spaces ------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"We are ready,"the spokesman said.', ["We are ready,"]),
        ('The aide wrote:"We are done." Then,"Not yet," came the reply.', ["We are done.", "Not yet,"]),
        ('He said.\u00a0"Everybody sues, right?"', ["Everybody sues, right?"]),
        ("Il a dit\u00a0« non » hier.", ["non"]),
    ],
)
def test_straight_marks_without_a_plain_space(body: str, expected: list[str]) -> None:
    assert texts(body) == expected


def test_straight_mark_between_letters_is_not_a_quote() -> None:
    assert texts('He wrote 5"9 and 6"1 on the form.') == []
