"""framekit.quotes.voices: speakers across spellings, quoted words, and the voices an article leaves out."""

from __future__ import annotations

from framekit.quotes.extraction import quote_rows
from framekit.quotes.voices import (
    mixed_paragraph,
    left_out,
    quoted_shares,
    quoted_words,
    speaker_labels,
    speakers,
)
from framekit.story.load import load_story


def test_transliterations_accents_and_honorifics_share_one_label() -> None:
    names = ["Sergei Shoigu", "Sergey Shoigu", "Sergey Shoigu", "Sébastien Lecornu", "Sebastien Lecornu", "Mr. Lecornu"]
    labels = speaker_labels(names)
    assert labels["Sergei Shoigu"] == labels["Sergey Shoigu"] == "Sergey Shoigu"
    assert labels["Sébastien Lecornu"] == labels["Sebastien Lecornu"] == labels["Mr. Lecornu"]


def test_different_people_and_phrases_stay_apart() -> None:
    labels = speaker_labels(["Sergey Shoigu", "Sergey Lavrov", "Anna Shoigu", "the Kremlin", "Kremlin sources"])
    assert len(set(labels.values())) == 5


def test_a_bare_surname_shared_by_two_people_is_not_guessed() -> None:
    labels = speaker_labels(["Anna Kovač", "Ivan Kovač", "Kovač"])
    assert labels["Kovač"] == "Kovač"


def test_a_word_in_nested_quotes_counts_once_for_the_innermost_speaker(row, stories) -> None:
    body = "TASS said Shoigu stressed the probe will end soon."
    story = stories({"a": body})
    outer = row("a", "TASS", 0, len(body) - 1, kind="direct")  # 9 words
    inner = row("a", "Sergey Shoigu", body.index("the probe"), len(body) - 1, kind="indirect")  # 5 words
    term = row("a", None, 0, 4, kind="term")
    assert quoted_words(story, [outer, inner, term])["a"] == {"Sergey Shoigu": 5, "TASS": 4}
    assert quoted_shares(story, [outer, inner])["a"] == {"Sergey Shoigu": 5 / 9, "TASS": 4 / 9}


def test_an_article_without_quotes_has_no_shares(row, stories) -> None:
    story = stories({"a": "Nothing was said.", "b": "Anna spoke."})
    assert quoted_shares(story, [row("b", "Anna", 0, 4)]) == {"a": {}, "b": {"Anna": 1.0}}


def test_left_out_names_voices_that_other_articles_share(row, stories) -> None:
    story = stories({"a": "x y z", "b": "x y z", "c": "x y z"})
    rows = [row("a", "Anna", 0, 1), row("b", "Anna", 0, 1), row("b", "Ivan", 2, 3), row("c", "Olga", 0, 1)]
    assert left_out(story, rows) == {"a": [], "b": [], "c": ["Anna"]}
    assert left_out(story, rows, quoted_in_at_least=1)["c"] == ["Anna", "Ivan"]


def test_speakers_most_statements_first(row) -> None:
    rows = [row("a", "Ivan", 0, 1), row("a", "Anna", 0, 1), row("b", "Anna", 0, 1), row("a", None, 0, 1, kind="term")]
    assert speakers(rows) == ["Anna", "Ivan"]


def test_mixed_paragraph_has_the_most_kinds_then_the_most_rows(row, stories) -> None:
    story = stories({"a": "One two.\n\nThree four five six.", "b": "Seven eight nine."})
    second = "One two.\n\n".__len__()
    rows = [row("a", "Anna", 0, 3), row("a", "Anna", 4, 7), row("b", "Ivan", 0, 5), row("b", None, 6, 11, kind="term"),
            row("a", "Olga", second, second + 5)]
    assert mixed_paragraph(story, rows) == ("b", 0)  # two kinds beat two rows of one kind
    assert mixed_paragraph(story, rows[:2] + rows[4:]) == ("a", 0)
    assert mixed_paragraph(story, []) is None


def test_seed_story_voices() -> None:
    """Claims lesson 02 makes about who is quoted, on the hand annotation."""
    story = load_story("crocus-call-2024")
    rows = quote_rows(story)
    words = quoted_words(story, rows)
    by_article = {a: set(s) for a, s in words.items()}
    assert [a for a, s in by_article.items() if "Mykhailo Podolyak" in s] == ["kyiv-independent-first-call"]
    assert words["kyiv-independent-first-call"]["Mykhailo Podolyak"] == 1
    assert "Sergey Shoigu" in left_out(story, rows)["macron-bizarre-threatening"]
    assert "Russia" in by_article["macron-bizarre-threatening"]
    shares = quoted_shares(story, rows)
    assert max(shares["macron-bizarre-threatening"], key=shares["macron-bizarre-threatening"].get) == "Emmanuel Macron"
