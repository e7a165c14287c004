"""framekit.language.tags: words split with their offsets and tagged offline (Penn Treebank tags)."""

from __future__ import annotations

from framekit.language.tags import QUOTE, Token, Words, read_once, tag, words


def _words(text: str) -> list[str]:
    return [text[start:end] for start, end in words(text)]


def _tags(text: str) -> list[tuple[str, str]]:
    return [(token.text, token.tag) for token in tag(text)]


def test_abbreviations_and_initials_keep_their_period_but_a_sentence_end_does_not() -> None:
    assert _words("Rep. J. Okafor met U.S. envoys on Tuesday.") == [
        "Rep.", "J.", "Okafor", "met", "U.S.", "envoys", "on", "Tuesday", ".",
    ]
    assert _words("Gen. Dahl arrived at 9 a.m. on Jan. 3.") == ["Gen.", "Dahl", "arrived", "at", "9", "a.m.", "on", "Jan.", "3", "."]


def test_a_possessive_s_is_a_word_of_its_own_with_either_apostrophe() -> None:
    assert _words("Voss’s aide met Brandt's driver.") == ["Voss", "’s", "aide", "met", "Brandt", "'s", "driver", "."]


def test_a_negation_is_split_from_its_verb() -> None:
    assert _words("The pier wasn't safe and the gate isn’t either.") == [
        "The", "pier", "was", "n't", "safe", "and", "the", "gate", "is", "n’t", "either", ".",
    ]


def test_inner_hyphens_ampersands_and_dots_stay_inside_a_word() -> None:
    assert _words("The so-called AT&T deal, said Rep. Voss (D-N.M.).") == [
        "The", "so-called", "AT&T", "deal", ",", "said", "Rep.", "Voss", "(", "D-N.M.", ")", ".",
    ]


def test_every_token_is_the_text_between_its_offsets() -> None:
    text = "  Ms. Ilse Brandt’s ferry didn't sail,\n“said” the clerk (R-Utah)."
    tokens = tag(text)
    assert len(tokens) == 18 and tokens[0].start == 2
    assert all(text[token.start : token.end] == token.text for token in tokens)


def test_an_offset_shifts_the_tokens_into_a_longer_text() -> None:
    body = "Headline.\n\nHana Ruiz spoke."
    start = body.index("Hana")
    tokens = tag(body[start:], offset=start)
    assert tokens[0] == Token(11, 15, "Hana", "NNP")
    assert [body[t.start : t.end] for t in tokens] == ["Hana", "Ruiz", "spoke", "."]


def test_words_are_tagged_with_penn_treebank_tags() -> None:
    assert _tags("The senator said she would stay in Lund.") == [
        ("The", "DT"), ("senator", "NN"), ("said", "VBD"), ("she", "PRP"), ("would", "MD"),
        ("stay", "VB"), ("in", "IN"), ("Lund", "NNP"), (".", "."),
    ]


def test_a_number_after_a_month_is_a_number() -> None:
    assert _tags("They met on April 4.")[3:5] == [("April", "NNP"), ("4", "CD")]


def test_a_capitalised_word_inside_a_sentence_is_a_proper_noun_not_the_common_word() -> None:
    assert _tags("the will of George Will") == [("the", "DT"), ("will", "MD"), ("of", "IN"), ("George", "NNP"), ("Will", "NNP")]
    assert _tags("Mike Lux spoke")[1] == ("Lux", "NNP")


def test_a_plural_noun_opening_a_sentence_stays_a_common_noun() -> None:
    assert _tags("Representatives of the union voted.")[0] == ("Representatives", "NNS")
    assert _tags("The Representatives voted.")[1] == ("Representatives", "NNPS")


def test_an_unknown_capitalised_word_is_a_proper_noun() -> None:
    assert _tags("Zorblatt spoke to Kessendorf.") == [("Zorblatt", "NNP"), ("spoke", "VBD"), ("to", "TO"), ("Kessendorf", "NNP"), (".", ".")]


def test_curly_quotation_marks_are_tagged_like_straight_ones_and_never_as_a_quote() -> None:
    curly = [token.tag for token in tag("He called it “fair.”")]
    assert curly == [token.tag for token in tag('He called it "fair."')]
    assert curly[3] == '"' and QUOTE not in curly


def test_an_em_dash_and_a_horizontal_bar_are_tagged_as_a_double_hyphen_not_as_a_noun() -> None:
    dashes = [token.tag for token in tag("The mayor — and the council ― left -- at once.")]
    assert dashes[2] == dashes[6] == dashes[8] == ":"


def test_text_without_words_has_no_tokens() -> None:
    assert tag("") == []
    assert tag("   \n\t ", offset=7) == []
    assert words("") == []


def test_a_capital_inside_a_word_makes_a_proper_noun_even_opening_a_sentence() -> None:
    assert _tags("FactCheckr rated it.")[0] == ("FactCheckr", "NNP")
    assert _tags("Results came in.")[0] == ("Results", "NNS")


def test_a_number_written_with_slashes_is_one_number() -> None:
    assert _words("the 9/11 families, on 2/26/2012.") == ["the", "9/11", "families", ",", "on", "2/26/2012", "."]
    assert _tags("a 9/11 survivor")[1] == ("9/11", "CD")
    assert _words("and/or") == ["and", "/", "or"]  # words with a slash stay apart


def test_us_in_capitals_is_the_country_and_us_in_lower_case_the_pronoun() -> None:
    tags = {t.text: t.tag for t in tag("US Senator Ada Moss thanked us.")}
    assert tags["US"] == "NNP" and tags["us"] == "PRP"


def test_neighbours_correct_a_past_tense_and_a_hyphenated_title() -> None:
    tags = {t.text: t.tag for t in tag("Ruiz belittled the plan. Dockside co-host Remy Vance laughed.")}
    assert tags["belittled"] == "VBD" and tags["co-host"] == "NN"
    assert [t.tag for t in tag("A belittled man left.")][1] == "JJ"  # an adjective after an article stays one
    assert [t.tag for t in tag("She is a close adviser.")][3] == "JJ"  # no verb follows an article


def test_a_hyphenated_name_ends_a_name_but_a_hyphenated_adjective_does_not() -> None:
    assert [t.tag for t in tag("Chairman Kim Jae-sung condemned it.")][2] == "NNP"
    assert [t.tag for t in tag("The Texas-based Ana Ruiz said so.")][1] == "JJ"


def test_a_capitalised_word_known_as_a_verb_is_a_name_where_a_name_stands() -> None:
    assert [t.tag for t in tag("“No,” Shook said.")][4] == "NNP"
    assert [t.tag for t in tag("Columnist Ai Jun wrote.")][1] == "NNP"
    assert [t.tag for t in tag("The plan. Shook by it, Ruiz left.")][3] == "VBD"  # a sentence's first word


def test_words_keep_what_is_read_in_them_once_and_a_plain_sequence_is_read_every_time() -> None:
    asked: list[int] = []

    @read_once
    def last_noun(tokens, before: int, plural: bool = False) -> int:
        asked.append(before)
        return max((j for j in range(before) if tokens[j].tag.startswith("NNS" if plural else "NN")), default=-1)

    sentence = Words(tag("The ferry captain waved."))
    assert [last_noun(sentence, 4), last_noun(sentence, 4), last_noun(sentence, 2)] == [2, 2, 1]
    assert asked == [4, 2]  # the second question with the same words is answered from the memo
    assert last_noun(Words(sentence), 4) == 2 and asked == [4, 2, 4]  # new words, a memo of their own
    plain = tuple(sentence)
    assert [last_noun(plain, 4), last_noun(plain, 4)] == [2, 2] and asked == [4, 2, 4, 4, 4]
    assert sentence == plain and type(sentence[1:3]) is tuple  # a slice is plain words, with no memo
    assert [last_noun(sentence, 4, plural=True), last_noun(sentence, 4, plural=True)] == [-1, -1]
    assert asked == [4, 2, 4, 4, 4, 4]  # a named argument too: asked once


def test_the_lexicon_read_from_textblobs_file_is_textblobs_own() -> None:
    # tags reads TextBlob's lexicon file itself (quicker than TextBlob's lazy loader): the two
    # must agree word for word, or an upgrade of TextBlob changed the file's format
    from textblob.en import parser

    from framekit.language.tags import _lexicon

    assert _lexicon() == dict(parser.lexicon)


def test_a_peoples_plural_name_is_known_from_a_surname_ending_in_s() -> None:
    from framekit.language.tags import plural_name

    assert plural_name("Democrats") and plural_name("Kurds")
    assert not plural_name("Sanders") and not plural_name("Jones")


def test_no_keeps_its_period_before_a_number_only() -> None:
    # as the sentence splitter reads it: "No. 2" is one word and a number, "said No." ends
    assert [t.text for t in tag("the No. 2 in the party")][:3] == ["the", "No.", "2"]
    assert [t.text for t in tag("She said No.")][-2:] == ["No", "."]


def test_a_text_of_one_character_is_tagged_as_the_general_way_tags_it() -> None:
    # tag() tags a one-character text at once (a lone quotation mark between quotations): the
    # same token as the general way, which a space after the character takes
    for char in "“”\"'’«».,;:!?-—()[]aZ7é$%&*":
        assert tag(char, 10) == tag(char + " ", 10), char
