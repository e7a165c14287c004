"""framekit.language.sentiment: TextBlob's tone with no corpora, and where it misleads."""

from __future__ import annotations

import nltk
import pytest

from framekit.language import sentiment


def test_sentiment_works_without_corpora() -> None:
    polarity, subjectivity = sentiment.sentiment("A terrible and threatening statement.")
    assert polarity < 0 and 0 <= subjectivity <= 1


def ready_with_nltk_data_in(folder, monkeypatch: pytest.MonkeyPatch) -> bool:
    """corpora_ready() when NLTK looks for its data in ``folder`` only (its cache cleared around)."""
    monkeypatch.setattr(nltk.data, "path", [str(folder)])
    sentiment.corpora_ready.cache_clear()
    try:
        return sentiment.corpora_ready()
    finally:
        sentiment.corpora_ready.cache_clear()


def test_corpora_ready_is_false_without_data(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    assert ready_with_nltk_data_in(tmp_path, monkeypatch) is False
    assert "python -m textblob.download_corpora" in sentiment.CORPORA_HELP


def test_corpora_ready_is_false_with_a_broken_download(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """A download cut short leaves a zip that is not one: answer False, as for no data."""
    for name in ("punkt", "punkt_tab"):
        (tmp_path / "tokenizers").mkdir(exist_ok=True)
        (tmp_path / "tokenizers" / f"{name}.zip").write_bytes(b"PK\x03\x04 cut short")
    for name in ("brown", "wordnet"):
        (tmp_path / "corpora").mkdir(exist_ok=True)
        (tmp_path / "corpora" / f"{name}.zip").write_bytes(b"PK\x03\x04 cut short")
    assert ready_with_nltk_data_in(tmp_path, monkeypatch) is False


def test_where_lexicon_sentiment_misleads_as_lesson_03_says() -> None:
    for silent in ("terrorist attack", "massacre", "mass shooting", "tragedy", "the Kiev regime", "baroque and threatening",
                   "All of this has no reason meaning and does not correspond to reality.",
                   "The terrorist attack in March that shook the country claimed over 140 lives."):
        assert sentiment.sentiment(silent)[0] == 0.0, silent
    assert sentiment.sentiment("bizarre and threatening")[0] > 0 and sentiment.assessments("bizarre and threatening") == (("bizarre", 0.4),)
    assert sentiment.assessments("They are not behind this.") == (("not behind", 0.2),)


def test_the_lexicon_knows_adjectives_and_not_the_words_of_violence() -> None:
    assert sentiment.lexicon_entry("attack") is None and sentiment.lexicon_entry("massacre") is None
    assert sentiment.lexicon_entry("Bizarre") == (0.4, 0.6)  # any case
    assert sentiment.lexicon_entry("behind") == (-0.4, 0.7)
    words, adjectives, adverbs = sentiment.lexicon_size()
    assert 0 < adjectives < words and adverbs >= adjectives - 10  # an adverb for (nearly) each adjective
    assert sentiment.lexicon_entry("terribly") == sentiment.lexicon_entry("terrible")
    assert "not" in sentiment.negations()

