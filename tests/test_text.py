"""framekit.text: offline sentences, words and phrase search with offsets."""

from __future__ import annotations

import nltk
import pytest

from framekit import text


def test_sentences_keep_abbreviations_together() -> None:
    sample = "Mr. Macron spoke. Gen. Smith met Dr. Jones in the U.S. on Jan. 3. It was “bad,” he said."
    assert [s.text for s in text.sentences(sample)] == [
        "Mr. Macron spoke.",
        "Gen. Smith met Dr. Jones in the U.S. on Jan. 3.",
        "It was “bad,” he said.",
    ]


def test_sentence_offsets_index_the_text() -> None:
    sample = "  First one.\n\nSecond one!  Third?"
    spans = text.sentences(sample)
    assert [sample[s.start : s.end] for s in spans] == [s.text for s in spans]
    assert len(spans) == 3


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


def test_sentiment_works_without_corpora() -> None:
    polarity, subjectivity = text.sentiment("A terrible and threatening statement.")
    assert polarity < 0 and 0 <= subjectivity <= 1


def test_corpora_ready_is_false_without_data(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    text.corpora_ready.cache_clear()
    try:
        assert text.corpora_ready() is False
    finally:
        text.corpora_ready.cache_clear()
    assert "python -m textblob.download_corpora" in text.CORPORA_HELP


def test_where_lexicon_sentiment_misleads_as_lesson_03_says() -> None:
    for silent in ("terrorist attack", "massacre", "mass shooting", "tragedy", "the Kiev regime", "baroque and threatening",
                   "All of this has no reason meaning and does not correspond to reality.",
                   "The terrorist attack in March that shook the country claimed over 140 lives."):
        assert text.sentiment(silent)[0] == 0.0, silent
    assert text.sentiment("bizarre and threatening")[0] > 0 and text.assessments("bizarre and threatening") == (("bizarre", 0.4),)
    assert text.assessments("They are not behind this.") == (("not behind", 0.2),)
