"""framekit.language.reporting: who reports what, read from tagged words (speech verbs and their
subjects, the name to show for a speaker), on sentences of our own."""

from __future__ import annotations

from framekit.language import phrases, reporting
from framekit.language.phrases import Phrase
from framekit.language.tags import QUOTE, Token, tag


def _index(tokens: list[Token], word: str) -> int:
    return next(j for j, token in enumerate(tokens) if token.text == word)


def _text(text: str, tokens: list[Token], first: int, last: int) -> str:
    return text[tokens[first].start : tokens[last - 1].end]


def _speaker(text: str, verb: str) -> tuple[str, str] | None:
    """(the subject's words as written, the name to show) of the speech verb ``verb`` in ``text``."""
    tokens = tag(text)
    phrase = reporting.cue_subject(tokens, _index(tokens, verb))
    if phrase is None:
        return None
    return _text(text, tokens, phrase.first, phrase.last), phrases.speaker_name(tokens, phrase, text)


def _with_quote(text: str, quoted: str) -> tuple[list[Token], int]:
    """The tokens of ``text`` with ``quoted`` as one QUOTE token (as the quote extractor makes
    them), and the index of that token."""
    start = text.index(quoted)
    end = start + len(quoted)
    before = tag(text[:start])
    return [*before, Token(start, end, quoted, QUOTE), *tag(text[end:], end)], len(before)


def test_the_subject_before_the_verb_skips_words_and_a_time_between() -> None:
    assert _speaker("Mr. Halvorsen has repeatedly said the mill would stay.", "said") == ("Mr. Halvorsen", "Halvorsen")
    assert _speaker("Lena Ortiz on Tuesday said the pier was unsafe.", "said") == ("Lena Ortiz", "Lena Ortiz")
    assert _speaker("Lindqvist continues to insist the mill is safe.", "insist") == ("Lindqvist", "Lindqvist")


def test_titles_and_a_party_code_are_not_part_of_the_name_shown() -> None:
    assert _speaker("Rep. Tove Aalto (D-Minn.) said the count was fair.", "said") == ("Rep. Tove Aalto", "Tove Aalto")
    assert _speaker("House Speaker Dana Pike said the vote was close.", "said") == ("House Speaker Dana Pike", "Dana Pike")
    assert _speaker("Port chief economist Priya Nandakumar said trade was slow.", "said")[1] == "Priya Nandakumar"


def test_the_name_speaks_not_the_description_beside_it() -> None:
    text = "Mira Solberg, a spokeswoman for the ferry company, said the boats were idle."
    tokens = tag(text)
    phrase = reporting.cue_subject(tokens, _index(tokens, "said"))
    assert _text(text, tokens, phrase.first, phrase.last) == "Mira Solberg"
    assert _text(text, tokens, *phrase.appositive) == "a spokeswoman for the ferry company"
    assert phrases.speaker_name(tokens, phrase, text) == "Mira Solberg"
    # and the other way round: a name between commas names the description before it
    assert _speaker("The mayor's campaign manager, Ruth Ellery, said the polls were wrong.", "said") == (
        "The mayor's campaign manager", "Ruth Ellery",
    )


def test_a_relative_clause_between_commas_is_skipped() -> None:
    text = "Ilse Brandt, who has run the port for years, said the dam held."
    tokens = tag(text)
    assert reporting.cue_subject(tokens, _index(tokens, "said")) == Phrase(0, 2, None)


def test_a_participle_a_second_verb_and_a_verb_opening_the_sentence_find_their_speaker() -> None:
    assert _speaker("Greta Lind spoke to the farmers, saying the price was fair.", "saying") == ("Greta Lind", "Greta Lind")
    assert _speaker("Greta Lind met the farmers and said the price was fair.", "said") == ("Greta Lind", "Greta Lind")
    # a verb that opens the sentence reports for the phrase after it
    assert _speaker("Said Tomas Brandt, the town clerk, nothing was lost.", "Said") == ("Tomas Brandt", "Tomas Brandt")


def test_a_description_is_shown_as_written_in_mid_sentence() -> None:
    assert _speaker("Officials said the road was shut.", "said") == ("Officials", "officials")
    assert _speaker("The senator told reporters the bridge would reopen.", "told") == ("The senator", "the senator")
    assert _speaker("The Harbour Authority said the pier was closed.", "said") == ("The Harbour Authority", "the Harbour Authority")
    assert _speaker("A spokesman for the port authority said the dam held.", "said") == (
        "A spokesman for the port authority", "a spokesman for the port authority",
    )


def test_a_speech_verb_is_a_cue_only_where_it_is_a_verb() -> None:
    def cues(text: str) -> list[str]:
        tokens = tag(text)
        found = [j for j in range(len(tokens)) if reporting.cue_at(tokens, j)]
        assert reporting.cues(tokens) == found and reporting.cues(tokens, 3) == [j for j in found if j >= 3]
        return [tokens[j].text for j in found]

    assert cues("Moreau’s claims were false.") == []
    assert cues("The claims were false.") == []
    assert cues("The phone call lasted an hour.") == []
    assert cues("A promising candidate lost.") == []
    assert cues("She wanted to say more but did not say why.") == ["say", "say"]
    assert cues("As Moreau put it, the town was tired.") == ["put"]
    assert cues("With Falk recently promising to stay, the town relaxed.") == ["promising"]
    assert cues("Officials warn that the pier is unsafe.") == ["warn"]  # a base form after a plural subject
    assert cues("Fishermen claim that the pier is unsafe.") == ["claim"]
    assert cues("The fishermen claim was false.") == []  # a noun: nothing said follows


def test_subjects_leave_out_reported_speech_and_subordinate_clauses() -> None:
    for text, expected in [
        ("Halvorsen said Dahl will resign.", ["Halvorsen"]),
        ("When Dahl left, Halvorsen locked the gate.", ["Halvorsen"]),
        ("Greta Lind met the farmers and said the price was fair.", ["Greta Lind", "Greta Lind"]),
        ("Greta Lind doesn't think Dahl can win.", ["Greta Lind", "Greta Lind"]),  # not Dahl, after "think"
        ("A fisherman named Ivo Sand has a boat.", ["A fisherman", "Ivo Sand"]),  # after a participle: a subject
        ("Then there's Ivo Sand.", ["Ivo Sand"]),  # the subject after an existential "there"
        ("There is a nurse, and she spoke.", ["a nurse", "she"]),
    ]:
        tokens = tag(text)
        assert [_text(text, tokens, p.first, p.last) for p in reporting.subjects(tokens)] == expected


def test_reporter_words_keep_titles_and_drop_the_appositive() -> None:
    text = "The Harbour Committee said 12 boats sank."
    assert reporting.reporter_words(text, text.index("said")) == "the Harbour Committee"
    text = "Mr. Okafor, the mayor of Lund, told reporters he would stay."
    assert reporting.reporter_words(text, text.index("told")) == "Mr. Okafor"
    assert reporting.reporter_words(text, text.index("told") + 1) == ""  # no word starts there


def test_attribution_by_a_speech_noun_by_according_to_and_not_across_even_though() -> None:
    tokens, quote = _with_quote("Lagos repeated his claim that the mill was “entirely safe.”", "entirely safe.")
    clause = reporting.speech_owner(tokens, quote)
    assert tokens[clause.cue].text == "claim" and tokens[clause.speaker.first].text == "his"
    tokens, quote = _with_quote("Her promise of “clean water for all” was repeated.", "clean water for all")
    clause = reporting.speech_owner(tokens, quote)  # the speech noun is the second word
    assert tokens[clause.cue].text == "promise" and tokens[clause.speaker.first].text == "Her"

    text = "The wards are full, according to the clinic's chief, Dr. Elena Marsh."
    tokens = tag(text)
    assert phrases.speaker_name(tokens, reporting.according_to(tokens, 0), text) == "Elena Marsh"

    tokens, quote = _with_quote("Halvard Dunn spoke for an hour, even though the hall was “half empty.”", "half empty.")
    assert reporting.clause_before(tokens, quote) is None
    tokens, quote = _with_quote("Halvard Dunn spoke for an hour and the hall was “half empty.”", "half empty.")
    assert reporting.clause_before(tokens, quote) == reporting.Clause(2, Phrase(0, 2, None))


def test_a_day_or_a_month_says_when_not_who() -> None:
    assert _speaker("Ana Ruiz issued a statement Tuesday saying the mill would close.", "saying") == ("Ana Ruiz", "Ana Ruiz")
    assert _speaker("It rained. Wednesday said nothing new.", "said") is None
    assert _speaker("Ada June said the talks would resume.", "said") == ("Ada June", "Ada June")  # a name ending in one


def test_a_reporting_clause_later_in_the_sentence_reports_the_quotation() -> None:
    """clause_later looks past the words right after the quotation, to a later comma."""
    text = "“The pier is unsafe” and closed, Comey said."
    tokens, k = _with_quote(text, "“The pier is unsafe”")
    clause = reporting.clause_later(tokens, k)
    assert clause is not None and tokens[clause.cue].text == "said"
    assert _text(text, tokens, clause.speaker.first, clause.speaker.last) == "Comey"
    assert reporting.clause_later(*_with_quote("“The pier is unsafe” and closed for good.", "“The pier is unsafe”")) is None
