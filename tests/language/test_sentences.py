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


def test_a_blank_line_ends_a_sentence_unless_a_colon_introduces_the_next_paragraph() -> None:
    text = "It was time for Plan B.\n\nOkafor left. She said:\n\n“We stay.”\n \nJ.T. Morrow agreed."
    assert [s.text for s in sentences(text)] == ["It was time for Plan B.", "Okafor left.", "She said:\n\n“We stay.”",
                                                 "J.T. Morrow agreed."]


def test_initials_of_a_person_do_not_end_a_sentence() -> None:
    assert len(sentences("The bill passed, said Sen. J.T. Morrow of Maine.")) == 1
    assert len(sentences("The bill passed. Sen. Morrow voted for it.")) == 2


def test_no_before_a_number_ends_no_sentence_but_no_alone_does() -> None:
    texts = [s.text for s in sentences("Ana Ruiz, the No. 2 in the party, spoke. She said No. The end.")]
    assert texts == ["Ana Ruiz, the No. 2 in the party, spoke.", "She said No.", "The end."]
