"""framekit.language.sentences: sentences split with offsets and no downloaded data."""

from __future__ import annotations

from framekit.language.sentences import sentences


def test_sentences_keep_abbreviations_together() -> None:
    sample = "Mr. Macron spoke. Gen. Smith met Dr. Jones in the U.S. on Jan. 3. It was “bad,” he said."
    assert [s.text for s in sentences(sample)] == [
        "Mr. Macron spoke.",
        "Gen. Smith met Dr. Jones in the U.S. on Jan. 3.",
        "It was “bad,” he said.",
    ]


def test_sentence_offsets_index_the_text() -> None:
    sample = "  First one.\n\nSecond one!  Third?"
    spans = sentences(sample)
    assert [sample[s.start : s.end] for s in spans] == [s.text for s in spans]
    assert len(spans) == 3
