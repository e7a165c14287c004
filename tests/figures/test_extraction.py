"""framekit.figures.extraction: casualty figures in sentences of our own making, and on the seed story."""

from __future__ import annotations

import pytest

from framekit.figures.extraction import (
    derived_totals,
    extract,
    extract_story,
    extract_text,
    figure_rows,
)
from framekit.story.load import load_story
from framekit.teach.evaluate import score

ROW_KEYS = ["article", "text", "value", "low", "high", "hedge", "category", "source", "start", "end"]


def figures(sentence: str) -> list[dict]:
    """The figures of one sentence, as rows, each checked to be the text at its offsets."""
    rows = [figure.as_row() for figure in extract_text(sentence)]
    assert all(sentence[row["start"] : row["end"]] == row["text"] for row in rows)
    return rows


def only(rows: list[dict]) -> dict:
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("144 people were killed.", "144", 144),
        ("The blast killed 1,200 people.", "1,200", 1200),
        ("Thirty-one people died.", "Thirty-one", 31),
        ("The fire killed thirty-one people.", "thirty-one", 31),
        ("A hundred people were injured.", "A hundred", 100),
        ("One hundred and forty-four people died.", "One hundred and forty-four", 144),
        ("Two dozen people were wounded.", "Two dozen", 24),
        ("A dozen people are missing.", "A dozen", 12),
        ("Police detained four suspects.", "four", 4),
    ],
)
def test_numbers_in_digits_and_in_words(sentence: str, text: str, value: int) -> None:
    row = only(figures(sentence))
    assert (row["text"], row["value"], row["low"], row["high"], row["hedge"]) == (text, value, value, value, None)


@pytest.mark.parametrize(
    ("sentence", "low"),
    [("Dozens of people were injured.", 24), ("Scores were killed.", 40), ("Hundreds were hurt.", 200),
     ("Thousands were evacuated.", 2000)],
)
def test_a_vague_quantity_has_no_value_only_the_least_it_can_mean(sentence: str, low: int) -> None:
    row = only(figures(sentence))
    assert (row["text"], row["value"], row["low"], row["high"]) == (sentence.split()[0], None, low, None)


@pytest.mark.parametrize(
    ("sentence", "hedge", "low", "high"),
    [
        ("At least 144 people were killed.", "at least", 144, None),
        ("Over 140 people died.", "over", 141, None),
        ("The attack killed more than 140 people.", "more than", 141, None),
        ("Nearly 30 people were hospitalised.", "nearly", None, 29),
        ("Almost 30 people were hurt.", "almost", None, 29),
        ("About 30 people were injured.", "about", None, None),
        ("Around 30 people were injured.", "around", None, None),
        ("Some 30 people were injured.", "some", None, None),
        ("Up to 14 people are missing.", "up to", None, 14),
        ("As many as 14 people are missing.", "as many as", None, 14),
        ("Fewer than 10 people were hurt.", "fewer than", None, 9),
        ("Exactly 31 people died.", "exactly", 31, 31),
    ],
)
def test_each_hedge_gives_its_interval(sentence: str, hedge: str, low, high) -> None:
    row = only(figures(sentence))
    assert (row["hedge"], row["low"], row["high"]) == (hedge, low, high)
    assert row["text"].lower().startswith(hedge) and row["value"] is not None


def test_a_hedge_in_front_of_a_word_number() -> None:
    row = only(figures("Nearly two dozen people were wounded."))
    assert (row["text"], row["value"], row["high"], row["category"]) == ("Nearly two dozen", 24, 23, "injured")


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Gunmen killed 60 people.", "killed"),
        ("60 people died.", "killed"),
        ("The attack left 60 dead.", "killed"),
        ("The death toll stands at 60.", "killed"),
        ("The attack claimed the lives of 60 people.", "killed"),
        ("The attack claimed 60 lives.", "killed"),
        ("The 60 victims died in the fire.", "killed"),
        ("145 people were injured.", "injured"),
        ("The attack wounded 145.", "injured"),
        ("145 people were hurt.", "injured"),
        ("145 people were hospitalised.", "injured"),
        ("Twelve people are still missing.", "missing"),
        ("Police detained eleven people.", "detained"),
        ("Eleven people were arrested.", "detained"),
        ("The attack left 200 victims.", "other"),
        ("Hundreds of victims were hospitalised.", "injured"),
        ("695 people were affected.", "other"),
    ],
)
def test_category_from_the_words_around_the_number(sentence: str, category: str) -> None:
    assert only(figures(sentence))["category"] == category


def test_two_figures_in_one_sentence_each_take_their_own_word() -> None:
    rows = figures("The attack killed 60 and injured 145; 551 people were hurt in all, and 95 are missing.")
    assert [(row["value"], row["category"]) for row in rows] == [(60, "killed"), (145, "injured"), (551, "injured"), (95, "missing")]
    rows = figures("144 people were killed and 551 injured.")
    assert [(row["value"], row["category"]) for row in rows] == [(144, "killed"), (551, "injured")]


def test_an_aside_does_not_cut_the_figure_from_its_verb() -> None:
    row = figures("At least 144 people, including five children, were killed.")[0]
    assert (row["text"], row["category"]) == ("At least 144", "killed")


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack on 22 March 2024 killed many.",  # a date and a year
        "On March 22, the attack killed many.",
        "The attack on 22 last March killed many.",
        "The ministers spoke in October 2022; the attack killed many.",
        "A 25-year-old man was killed.",  # ages
        "A man aged 25 was killed and a man of 30 years was hurt.",
        "He was killed at 2:21 p.m. and she died at 10 pm.",  # times
        "The one-hour talks came two weeks after the attack that killed many.",  # durations
        "Two thirds of the dead were men; a third of the injured were women; 1/3 of them died.",  # fractions
        "The fire 20 km away killed many, and 3 tonnes of debris hurt others.",  # distances, weights
        "The families of the dead got 5,000 roubles and $100.",  # money
        "The two ministers met after the attack that killed many.",  # people, but not a casualty count
        "The hall holds 6,200 people; the attack killed many.",
        "One of the victims died.",
        "No one claimed the attack.",  # "no one", but no casualty word
    ],
)
def test_numbers_that_are_not_casualty_counts(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [("Between 30 and 40 people were injured.", "Between 30 and 40"), ("30 to 40 people were injured.", "30 to 40"),
     ("From 30 to 40 people were injured.", "30 to 40"), ("30 – 40 people were injured.", "30 – 40"),
     ("30-40 people were injured.", "30-40")],
)
def test_a_range_is_one_figure_whose_numbers_are_its_bounds(sentence: str, text: str) -> None:
    row = only(figures(sentence))
    assert (row["text"], row["value"], row["low"], row["high"], row["hedge"], row["category"]) == (
        text, None, 30, 40, "between", "injured")


@pytest.mark.parametrize(
    ("sentence", "read_as"),
    [
        ("Three people were killed and 17 people were injured.", [(3, "killed"), (17, "injured")]),
        ("The bombs kill 52 people and injure 40.", [(52, "killed"), (40, "injured")]),
        ("The blast killed a woman and 17 others.", [(17, "killed")]),  # the word before "and" when its own has none
        ("38 assailants were killed.", [(38, "killed")]),
        ("Three police officers and seven assailants were killed.", [(3, "killed"), (7, "killed")]),
        ("Nine people, including five assailants and four soldiers were killed.", [(9, "killed"), (5, "killed"), (4, "killed")]),
        ("25 personnel belonging to the Border Guard Unit (BGU) of the district were killed.", [(25, "killed")]),
        ("Three people were in a mobile home when it hit and received minor injuries.", [(3, "injured")]),
        ("Two people in the house were blown into the field and killed.", [(2, "killed")]),
    ],
)
def test_each_clause_of_a_list_has_its_own_category_and_people_their_verb(sentence: str, read_as: list) -> None:
    assert [(row["value"], row["category"]) for row in figures(sentence)] == read_as


def test_a_revision_written_after_the_later_figure() -> None:
    rises = extract_text("The toll rose to 18 from 11.")
    assert [(f.value, f.revised_from) for f in rises] == [(18, 11), (11, None)]
    assert [(f.value, f.revised_from) for f in extract_text("The toll is now 20, down from 26.")] == [(20, 26), (26, None)]


@pytest.mark.parametrize(
    ("sentence", "text", "category"),
    [
        ("The two ministers said nobody was killed.", "nobody", "killed"),
        ("One of the victims died. No one was hurt.", "No one", "injured"),
        ("There were no casualties.", "no", "other"),
        ("No serious injuries were reported.", "No", "injured"),
        ("None of the passengers was hurt.", "None", "injured"),
    ],
)
def test_a_count_of_none_is_a_figure_of_zero(sentence: str, text: str, category: str) -> None:
    row = only(figures(sentence))
    assert (row["text"], row["value"], row["low"], row["high"], row["category"]) == (text, 0, 0, 0, category)


def test_the_size_of_a_group_none_of_whom_was_harmed_is_no_casualty_count() -> None:
    assert [(row["text"], row["value"]) for row in figures("None of the 40 passengers was hurt.")] == [("None", 0)]


def test_a_revision_gives_both_figures_and_the_latest_knows_the_earlier(stories) -> None:
    article = stories({"a": "The death toll rose from 28 to 31 on Sunday."}).article("a")
    earlier, latest = extract(article)
    assert (earlier.value, earlier.low, earlier.high, earlier.category) == (28, 28, 28, "killed")
    assert (latest.value, latest.low, latest.high, latest.hedge, latest.revised_from) == (31, 31, 31, None, 28)


def test_rose_to_is_a_revision_not_a_hedge() -> None:
    row = only(figures("The death toll rose to 31."))
    assert (row["text"], row["hedge"], row["low"], row["high"], row["category"]) == ("31", None, 31, 31, "killed")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("At least 144 people were killed, officials said.", "officials"),
        ("144 people were killed, said the ministry.", "the ministry"),
        ("Over 140 people died, according to the health office.", "the health office"),
        ("According to Russia's emergencies ministry, 144 people died.", "Russia's emergencies ministry"),
        ("The Investigative Committee said 137 people had died.", "the Investigative Committee"),
        ("For its part, Paris affirmed that the attack killed at least 144 people.", "Paris"),
        ("As stated in the statement of the ministry, the attack killed 144 people.", "the statement of the ministry"),
        ("The attack claimed over 140 lives.", None),
        ("The attack, claimed by Islamic State, killed 144 people.", None),
        ("The attack killed 144 people.", None),
    ],
)
def test_source_when_the_sentence_gives_one(sentence: str, source) -> None:
    assert only(figures(sentence))["source"] == source


def test_rows_have_exactly_the_contract_keys_and_offsets_in_the_body(stories) -> None:
    body = "First paragraph, no figures.\n\nAt least 144 people died.\n\nOfficials said 551 were hurt."
    rows = [figure.as_row() for figure in extract(stories({"a": body}).article("a"))]
    assert [list(row) for row in rows] == [ROW_KEYS, ROW_KEYS]
    assert [body[row["start"] : row["end"]] for row in rows] == ["At least 144", "551"]


def test_seed_story_extractor_against_the_hand_annotation() -> None:
    """Lesson 04: the extractor finds the five annotated figures, every field right."""
    story = load_story("crocus-call-2024")
    found = [figure.as_row() for figure in extract_story(story)]
    expected = story.annotations["figures.csv"]
    for field in ("value", "category", "low", "high", "hedge", "source"):
        result = score(found, expected, agree=lambda f, e, field=field: f[field] == e[field])
        assert result.f1 >= 0.9, (field, result)
    assert found == [dict(row) for row in expected]


def test_seed_story_figures() -> None:
    """Claims lesson 04 makes about what each outlet states, how sure, and on whose word."""
    story = load_story("crocus-call-2024")
    rows = figure_rows(story)
    assert len(rows) == len(story.articles) == 5 and {row["article"] for row in rows} == {a.id for a in story.articles}
    assert {row["category"] for row in rows} == {"killed"}  # no article gives the injured, or anything else
    by_text = {text: sorted(row["article"] for row in rows if row["text"] == text) for text in {r["text"] for r in rows}}
    assert by_text == {
        "at least 144": ["kremlin-tense-conversation", "macron-bizarre-threatening", "minister-spoke-with-shoigu"],
        "over 140": ["kyiv-independent-first-call", "macron-dismisses-claims"],
    }
    # the two that round: a Ukrainian outlet, and one whose outlet the text does not name (lesson 04
    # builds no argument on a guess at it)
    kyiv, unnamed = (story.article(a) for a in by_text["over 140"])
    assert (kyiv.outlet, kyiv.country, kyiv.outlet_identified) == ("The Kyiv Independent", "Ukraine", "stated")
    assert unnamed.outlet_identified == "unknown"
    precise = [story.article(a) for a in by_text["at least 144"]]
    assert all(a.outlet_identified == "unknown" for a in precise)
    sources = {row["article"]: row["source"] for row in rows}
    assert sources == {
        "kremlin-tense-conversation": "Paris", "macron-bizarre-threatening": "Mr. Macron",
        "minister-spoke-with-shoigu": "the statement of the French Ministry",
        "kyiv-independent-first-call": None, "macron-dismisses-claims": None,
    }
    assert not set(sources.values()) & {fact.source for fact in story.reference}  # none credited to a counting body


def test_figure_rows_from_both_sources_and_a_clear_error_otherwise(make_story) -> None:
    seed = load_story("crocus-call-2024")
    assert list(figure_rows(seed)[0]) == list(figure_rows(seed, "extractor")[0]) == ROW_KEYS
    with pytest.raises(ValueError, match="source must be one of annotation, draft, extractor"):
        figure_rows(seed, "guess")
    with pytest.raises(ValueError, match="has no annotations/figures.csv"):
        figure_rows(load_story(make_story()))


@pytest.mark.parametrize(
    ("sentence", "read_as"),
    [
        ("Three police officers were among the 17 killed.", [(17, 17, "killed")]),  # three of the seventeen
        # the next sentence says what happened to them, but with no casualty word ("All of them had died"
        # and "None of them survived" are read)
        ("Rescuers pulled 19 people from the rubble. Not one was still breathing.", []),
        ("Doctors could not save 40 people.", []),  # no casualty word
    ],
)
def test_known_limits_lesson_04_shows(sentence: str, read_as: list) -> None:
    """Lesson 04 shows these misreadings; if the rules learn them, change the lesson too."""
    assert [(f.low, f.high, f.category) for f in extract_text(sentence)] == read_as


@pytest.mark.parametrize(
    ("sentence", "text", "hedge"),
    [("At least\n 144 people were killed.", "At least\n 144", "at least"),  # spaces of any kind and length
     ("At least   144 people were killed.", "At least   144", "at least"),
     ("No fewer than 10 people died.", "No fewer than 10", "no fewer than"),  # the longest hedge that ends there
     ("ſome 30 people died.", "ſome 30", "some")],  # a long s, as in old print: the hedge is still known
)
def test_the_hedge_right_before_the_number(sentence: str, text: str, hedge: str) -> None:
    row = only(figures(sentence))
    assert (row["text"], row["hedge"]) == (text, hedge)


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("The death toll rose from 1,200 to 1,500.", 1200),
        ("The death toll rose from twenty-eight to thirty-one.", 28),
        # the words from the first "from" to the "to" before the number must be a number
        ("The death toll rose from from 28 to 31.", None),
        ("The death toll rose from 28 to 30 to 31 dead.", None),
    ],
)
def test_a_revision_is_what_lies_between_from_and_to(sentence: str, earlier) -> None:
    assert extract_text(sentence)[-1].revised_from == earlier


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("144 people were killed, officials said on Sunday.", "officials"),
        ("144 people were killed, officials said, in the attack.", None),  # the closing attribution ends the sentence
        ("Officials said 5 people were killed, the ministry said.", "Officials"),  # the outermost one
    ],
)
def test_a_closing_attribution_is_the_last_clause(sentence: str, source) -> None:
    assert extract_text(sentence)[0].source == source


def test_every_figure_of_a_sentence_reads_the_same_attribution() -> None:
    """What a sentence says once (whom it credits) is read once and holds for each of its figures."""
    rows = figures("5 were killed, 6 were hurt and 2 are missing, officials said.")
    assert [(row["value"], row["category"], row["source"]) for row in rows] == [
        (5, "killed", "officials"), (6, "injured", "officials"), (2, "missing", "officials")]


def test_a_number_too_large_for_a_count_is_read_as_the_largest() -> None:
    from framekit.language.numbers import LARGEST

    assert [f.value for f in extract_text("1" * 5000 + " people were killed.")] == [LARGEST]


@pytest.mark.parametrize(
    ("sentence", "read_as"),
    [
        ("Two of the injured died in hospital.", [(2, "killed")]),  # what happened to the part wins
        ("Two of the five hostages were killed.", [(2, "killed")]),  # five is the group's size
        ("Forty people were injured, six of them seriously.", [(40, "injured"), (6, "injured")]),
        ("The injured, 27 in all, were flown out.", [(27, "injured")]),
        ("Records show 37 deaths, not the 50 the ministry cites.", [(37, "killed"), (50, "killed")]),
        ("Doctors treated 53 people for smoke inhalation.", [(53, "injured")]),
    ],
)
def test_parts_of_a_group_and_counts_set_against_another(sentence: str, read_as: list) -> None:
    assert [(figure.value, figure.category) for figure in extract_text(sentence)] == read_as


@pytest.mark.parametrize(
    ("sentence", "victims"),
    [
        ("38 assailants were killed.", ["perpetrators"]),
        ("Three police officers and seven assailants were killed.", ["security forces", "perpetrators"]),
        ("The blast killed at least 20 worshippers.", ["civilians"]),
        ("12 people died.", [None]),  # the text does not say who they were
        ("Four soldiers were killed and another 12 wounded.", ["security forces", None]),
    ],
)
def test_whom_a_figure_counts_when_the_noun_after_it_says(sentence: str, victims: list) -> None:
    found = extract_text(sentence)
    assert [figure.victims for figure in found] == victims
    assert all("victims" not in figure.as_row() for figure in found)  # not a column of figures.csv


@pytest.mark.parametrize(
    ("sentence", "totals"),
    [
        ("Three police officers and seven assailants were killed.", [("Three police officers and seven", 10, "killed")]),
        ("Four soldiers, two police officers and one civilian were killed.",
         [("Four soldiers, two police officers and one", 7, "killed")]),
        ("Nine people, including five assailants and four soldiers were killed.", []),  # the total is stated
        ("Three people were killed and 17 people were injured.", []),  # two categories
        ("At least 3 soldiers and 7 gunmen died.", []),  # a part that is no exact number
    ],
)
def test_a_total_of_exact_parts_is_derived_and_marked(sentence: str, totals: list) -> None:
    derived = derived_totals(extract_text(sentence), sentence)
    assert [(f.text, f.value, f.category) for f in derived] == totals
    assert all(f.derived and f.low == f.high == f.value and "derived" not in f.as_row() for f in derived)


def test_two_people_named_one_by_one_are_a_derived_figure_of_two() -> None:
    """"A man and his son were killed": the text states no number; the figure of 2 is marked derived,
    its text the two people as written."""
    sentence = "Near Dunlow a farmer and his wife were killed when the barn fell, officials said."
    (figure,) = extract_text(sentence)
    assert (figure.text, figure.value, figure.low, figure.high, figure.category) == ("a farmer and his wife", 2, 2, 2, "killed")
    assert figure.derived and sentence[figure.start : figure.end] == figure.text and figure.source == "officials"
