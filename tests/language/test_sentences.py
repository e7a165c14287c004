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


def test_punkts_patterns_compiled_with_re_find_what_punkts_own_find() -> None:
    # framekit runs Punkt's two patterns with Python's re rather than NLTK's regex engine: the
    # spaces (a no-break space, a line separator, the control characters \x1c-\x1f only re
    # calls spaces), the marks and the brackets must be read alike
    from nltk.tokenize.punkt import PunktLanguageVars

    from framekit.language.sentences import _PERIOD_CONTEXT, _REALIGNMENT

    punkt = PunktLanguageVars()
    text = "End. Next! “Quote.” (Aside.)\x1cX. Y?\u00a0Z.\u2028W.\x1f V.--U. \"T.\" ‘S.’ R.)\n Q»."
    assert ([(m.span(), m.groupdict()) for m in _PERIOD_CONTEXT.finditer(text)]
            == [(m.span(), m.groupdict()) for m in punkt.period_context_re().finditer(text)])
    for i in range(len(text)):
        ours, theirs = _REALIGNMENT.match(text[i:]), punkt.re_boundary_realignment.match(text[i:])
        assert (ours and ours.group()) == (theirs and theirs.group())
