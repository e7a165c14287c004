"""framekit.language.phrases: noun phrases and names read from tagged words (pronouns, who can
speak, a name's words and title), on sentences of our own."""

from __future__ import annotations

from framekit.language import phrases
from framekit.language.tags import Token, tag


def _index(tokens: list[Token], word: str) -> int:
    return next(j for j, token in enumerate(tokens) if token.text == word)


def _text(text: str, tokens: list[Token], first: int, last: int) -> str:
    return text[tokens[first].start : tokens[last - 1].end]


def test_a_noun_phrase_ends_before_a_party_code_a_time_and_a_relative_clause() -> None:
    for text, expected in [
        ("Rep. Lena Voss (D-N.M.) on Tuesday voted no.", "Rep. Lena Voss"),
        ("a nurse who asked not to be named", "a nurse"),
        ("Robert Mason, a professor at Halden University, said", "Robert Mason"),
    ]:
        tokens = tag(text)
        phrase = phrases.noun_phrase_after(tokens, 0)
        assert _text(text, tokens, phrase.first, phrase.last) == expected
    assert phrase.appositive is not None and _text(text, tokens, *phrase.appositive) == "a professor at Halden University"
    assert phrases.noun_phrase_after(tag("quickly left"), 0) is None


def test_only_subject_pronouns_are_pronouns() -> None:
    tokens = tag("He she They it I we you him her them its Moreau")
    assert [token.text for token in tokens if phrases.is_pronoun(token)] == ["He", "she", "They", "it", "I", "we", "you"]


def test_names_pronouns_and_speaker_nouns_can_speak_but_things_cannot() -> None:
    def can_speak(text: str) -> bool:
        tokens = tag(text)
        return phrases.can_speak(tokens, phrases.noun_phrase_after(tokens, 0))

    assert [can_speak(text) for text in ("Helga Marsh", "she", "the billionaire mogul", "the report", "the committee")] == [True] * 5
    assert [can_speak(text) for text in ("it", "the plan", "the bridge", "the town")] == [False] * 4


def test_a_name_that_only_modifies_the_head_is_not_the_speakers() -> None:
    text = "The White House spokesman said nothing."
    tokens = tag(text)
    assert phrases.name_of(tokens, phrases.noun_phrase_before(tokens, _index(tokens, "said"))) is None
    text = "Bank of Lisbon said the loan was repaid."
    tokens = tag(text)
    assert phrases.name_of(tokens, phrases.noun_phrase_before(tokens, _index(tokens, "said"))) == (0, 3)


def test_names_lists_each_name_with_the_title_written_before_it() -> None:
    text = "Mr. Okafor met Sen. Lena Voss and Pedro Lagos in Lund."
    tokens = tag(text)
    assert [(_text(text, tokens, first, last), title) for first, last, title in phrases.names(tokens)] == [
        ("Okafor", "Mr."), ("Lena Voss", "Sen."), ("Pedro Lagos", ""), ("Lund", ""),
    ]


def test_a_run_of_proper_nouns_gets_the_name_the_general_reading_gives() -> None:
    # phrases._proper_name is a quicker _name for a run of proper nouns alone: every run of
    # these sentences (titles, "of" titles, a month, a possessive after) must get the same name
    texts = ["Defense Minister Sébastien Lecornu said.", "In June Trump said it.", "Sen. Ana Ruiz of Ohio spoke.",
             "Minister of Armed Forces Sébastien Lecornu agreed.", "President Emmanuel Macron's office wrote.",
             "House Speaker Paul Ryan told CNN.", "The Kremlin and TASS reported it.", "Rep. Joseph Crowley (D-N.Y.) said."]
    runs = 0
    for text in texts:
        tokens = tag(text)
        for first in range(len(tokens)):
            for last in range(first + 1, len(tokens) + 1):
                if all(t.tag.startswith("NNP") for t in tokens[first:last]):
                    runs += 1
                    assert phrases._proper_name(tokens, first, last) == phrases._name(tokens, first, last), (text, first, last)
    assert runs > 40


def test_an_s_form_read_as_a_plural_noun_is_a_verb_after_a_singular_pronoun_or_an_adverb() -> None:
    for text, word, finite in (("She lobbies for a wage.", "lobbies", True), ("Another notes her job.", "notes", True),
                               ("Ruiz also campaigns for it.", "campaigns", True), ("Trump supporters said it.", "supporters", False),
                               ("Ruiz has campaigns in Lund.", "campaigns", False), ("Another featured five photos.", "featured", True),
                               ("Some elected officials spoke.", "elected", False), ("The Rove ad hits Clinton.", "hits", True), ("The paper notes the figures.", "notes", True),
                               ("The party leaders Ruiz and Vance spoke.", "leaders", False)):
        tokens = tag(text)
        assert phrases.is_finite(tokens, _index(tokens, word)) is finite, text


def test_the_auxiliary_of_a_perfect_participle_is_no_subject() -> None:
    tokens = tag("(Having said that, some economists argue it.)")
    assert phrases.noun_phrase_before(tokens, _index(tokens, "said")) is None
