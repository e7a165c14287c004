"""framekit.quotes.attribution: relays and "according to", on sentences of our own."""

from __future__ import annotations

from framekit.quotes.attribution import according_to, noun_before, via_in


def test_a_relay_is_named_as_a_whole_word_and_the_first_of_the_list_wins() -> None:
    assert via_in("The harbour office told AFP and TASS that the pier was shut.") == "TASS"
    assert via_in("The AFPX index of ferry fares fell.") is None  # inside a longer word: no relay
    assert via_in("The pier was shut, according to a ministry readout.") == "a ministry readout"
    assert via_in("The pier was shut, according to the harbour master.") is None


def test_according_to_is_found_from_a_position() -> None:
    text = "According to nobody, the pier, according to the mayor, was shut."
    match = according_to(text)
    assert match is not None and match.group("who") == "the mayor"
    assert according_to(text, match.end()) is None and according_to("The mayor agreed.") is None


def test_a_possessive_or_a_determiner_ending_the_text_makes_the_next_word_a_noun() -> None:
    assert noun_before("Falk’s ") and noun_before("the harbour master rejected his  ") and noun_before("such\n")
    assert not noun_before("the pier was closed and ") and not noun_before("his")  # no space after it
    assert not noun_before("she said it was bathe ") and not noun_before("")  # "the" inside a word


def test_no_cue_can_match_more_characters_than_cue_length() -> None:
    # reported._cue_at_end looks back only CUE_LENGTH characters for a cue: the bound holds while
    # no alternative of the cue pattern repeats a part (a "+", a "*" or a "{n,m}" would break it)
    from framekit.quotes.attribution import _CUE_ALTERNATIVES, CUE_LENGTH

    assert not [alternative for alternative in _CUE_ALTERNATIVES if any(mark in alternative for mark in "+*{")]
    assert CUE_LENGTH >= len("with the allegations")
