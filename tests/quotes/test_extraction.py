"""framekit.quotes.extraction: direct and indirect quotes and their speakers, on sentences of our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from framekit.quotes.extraction import extract, extract_story, extract_text, quote_rows
from framekit.story.load import load_story
from framekit.story.model import Article
from framekit.teach.evaluate import disagreements, misses, score


def article(body: str) -> Article:
    return Article("t", "Test Times", date(2024, 4, 4), body, Path("t.md"), 1)


def found(body: str) -> list[tuple]:
    quotes = extract(article(body))
    assert all(body[q.start : q.end] == q.text for q in quotes)
    return [(q.kind, q.speaker, q.cue, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("“We hope so,” said Sergei Shoigu, the defence minister.", ("direct", "Sergei Shoigu", "said", "We hope so,")),
        ("“It is absurd,” Anna Kovač said.", ("direct", "Anna Kovač", "said", "It is absurd,")),
        ("Anna Kovač said: “It is absurd.”", ("direct", "Anna Kovač", "said", "It is absurd.")),
        (
            "Anna Kovač, a spokeswoman for the port authority, said “the port is closed.”",
            ("direct", "Anna Kovač", "said", "the port is closed."),
        ),
        ("“Nothing was agreed,” a source close to Mr. Lecornu told AFP.", ("direct", "a source close to Mr. Lecornu", "told", "Nothing was agreed,")),
    ],
)
def test_say_before_after_colon_and_appositive(body: str, expected: tuple) -> None:
    assert found(body) == [expected]


def test_pronoun_and_later_quote_take_the_named_speaker() -> None:
    body = "French President Emmanuel Macron spoke on Thursday.\n\n“It makes no sense,” he said. “It does not correspond to reality.”"
    speakers = [(kind, speaker) for kind, speaker, _, _ in found(body)]
    assert speakers == [("direct", "Emmanuel Macron"), ("direct", "Emmanuel Macron")]


def test_mr_surname_resolves_to_the_full_name() -> None:
    body = "President Emmanuel Macron travelled.\n\n“We had useful information,” Mr. Macron said."
    assert found(body)[0][1] == "Emmanuel Macron"


def test_names_in_quotation_marks_are_terms() -> None:
    assert found("The group announced an attack on “Crocus City Hall”.") == [("term", None, None, "Crocus City Hall")]


def test_apostrophes_are_not_quotes() -> None:
    assert found("Kyiv’s allies and Paris’ willingness matter, and it's late.") == []


def test_nested_quote_stays_inside_the_outer_one() -> None:
    kind, speaker, cue, text = found("“He told me ‘never’ twice,” Anna Kovač said.")[0]
    assert (speaker, text) == ("Anna Kovač", "He told me ‘never’ twice,")


def test_unbalanced_mark_is_recovered_at_the_sentence_end() -> None:
    quotes = found("Anna Kovač said: “the port is closed. Ships wait outside.\n\nThe end.")
    assert quotes[0][3] == "the port is closed."


def test_quote_over_two_paragraphs() -> None:
    body = "Anna Kovač said: “The first part.\n\n“The second part,” she added."
    assert [(q[1], q[3]) for q in found(body)] == [("Anna Kovač", "The first part."), ("Anna Kovač", "The second part,")]


def test_indirect_speech() -> None:
    body = "Russian Foreign Minister Sergey Lavrov stated on Thursday that the connection was obvious."
    assert found(body) == [("indirect", "Sergey Lavrov", "stated", "the connection was obvious")]


def test_indirect_speech_in_an_opening_subordinate_clause_ends_where_the_main_clause_begins() -> None:
    body = "When Lund suggested that the port would sue the city, Ruiz fired back: “They will lose.”"
    assert found(body) == [("indirect", "Lund", "suggested", "the port would sue the city"),
                           ("direct", "Ruiz", None, "They will lose.")]
    # a list in the reported words is no main clause; a subordinate clause inside them ends nothing
    body = "When Lund said that the port, the city and the state would sue, he was ignored."
    assert found(body)[0][3] == "the port, the city and the state would sue"
    assert found("Lund said that if the port sued, Ruiz would lose.")[0][3] == "if the port sued, Ruiz would lose"


def test_according_to() -> None:
    quotes = found("France was ready to step up exchanges, according to the French Defence Ministry.")
    assert quotes == [("indirect", "the French Defence Ministry", "according to", "France was ready to step up exchanges")]


@pytest.mark.parametrize("body", ["", "The weather was fine and the talks lasted an hour.", "The attack claimed over 140 lives."])
def test_no_quotes(body: str) -> None:
    assert found(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "“It is over,” said  ; and more.",  # a verb after the quote and no speaker, only spaces
        "“It is over,” said \n\n; the end.",
        "“Open ‘nested « marks, said that, according to , and that “ ” \"",
        "This was reported by",
        "According to ,",
    ],
)
def test_odd_input_does_not_crash(body: str) -> None:
    for kind, _, _, _ in found(body):
        assert kind in ("direct", "indirect", "term")


def seed_scores(kind: str):
    story = load_story("crocus-call-2024")
    found = [q.as_row() for q in extract_story(story) if q.kind == kind]
    expected = [row for row in story.annotations["quotes.csv"] if row["kind"] == kind]
    same_speaker = score(found, expected, agree=lambda f, e: f["speaker"] == e["speaker"])
    return score(found, expected), same_speaker


def test_direct_quotes_on_the_seed_story() -> None:
    spans, with_speaker = seed_scores("direct")
    assert spans.f1 >= 0.95
    assert with_speaker.f1 >= 0.9


def test_indirect_quotes_on_the_seed_story_do_not_regress() -> None:
    # Measured with the rules of framekit.quotes.reported: precision 1.00, recall 0.97, F1 0.99, and
    # F1 0.94 with the correct speaker (F1 0.67 and 0.47 before them). The floor sits a little
    # lower, so that a regression fails while a small, explained change of rules does not.
    spans, with_speaker = seed_scores("indirect")
    assert spans.precision >= 0.9 and spans.f1 >= 0.9
    assert with_speaker.f1 >= 0.85


def test_two_reported_statements_in_one_sentence() -> None:
    body = "Anna Kovač said that the talks were useful, while Sergey Lavrov claimed that nothing was agreed."
    assert found(body) == [
        ("indirect", "Anna Kovač", "said", "the talks were useful"),
        ("indirect", "Sergey Lavrov", "claimed", "nothing was agreed"),
    ]


def speakers_of(body: str, kind: str = "indirect") -> list[str | None]:
    return [speaker for k, speaker, _, _ in found(body) if k == kind]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a relative clause between subject and verb is not the subject
        ("The port authority, which runs the docks in Rotterdam, announced that the cranes would stop on Friday.", "the port authority"),
        # an adverb between subject and verb is not part of the subject
        ("Olga Petrenko bluntly said that the border would stay open.", "Olga Petrenko"),
        # an active auxiliary ("has declared") belongs to the verb
        ("Olga Petrenko visited the border. It is reported that Petrenko has declared a state of emergency there.", "Olga Petrenko"),
        # a name followed by a prepositional phrase: the name speaks, not the place
        ("Olga Petrenko flew in. Petrenko on behalf of Ukraine expressed concern about the grain deliveries.", "Olga Petrenko"),
        # "X and its allies" is one subject
        ("Warsaw and its allies said that the sanctions would stay in place.", "Warsaw and its allies"),
        # "the message" stands for the statement named before, and speaks for its author
        (
            "As stated in the statement of the Polish Ministry, talks went well. The message also notes that the trucks will be checked at night.",
            "the Polish Ministry",
        ),
        # a surname misspelt by one letter is still the person named before
        ("Interior Minister Olga Petrenko visited the border. Petrenka said that the checks would end soon.", "Olga Petrenko"),
    ],
)
def test_subject_and_speaker_rules(body: str, speaker: str) -> None:
    assert speakers_of(body)[-1] == speaker


def indirect(body: str) -> list[tuple]:
    return [(q.speaker, q.cue, q.via, q.text) for q in extract(article(body)) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # without "that", beside a partial quote: both an indirect statement and a direct quote
        (
            "Anna Kovač said the port had “no room left” for the ships.",
            [("Anna Kovač", "said", None, "the port had “no room left” for the ships")],
        ),
        # a time or a listener between the verb and "that"
        ("Olga Petrenko said on 12 May that the border would reopen.", [("Olga Petrenko", "said", None, "the border would reopen")]),
        (
            "Olga Petrenko told her Polish counterpart that the talks were over.",
            [("Olga Petrenko", "told", None, "the talks were over")],
        ),
        # "…, and that …" goes on with the same reporter
        (
            "Olga Petrenko said that the dam was safe and that the village would stay.",
            [("Olga Petrenko", "said", None, "the dam was safe"), ("Olga Petrenko", "said", None, "the village would stay")],
        ),
        # a reporter closing the sentence relays; alone, it speaks
        (
            "Olga Petrenko told the mayor that the dam was safe, the agency reported.",
            [("Olga Petrenko", "told", "the agency", "the dam was safe")],
        ),
        ("The dam will be inspected on Monday, the mayor said.", [("the mayor", "said", None, "The dam will be inspected on Monday")]),
        # the closing reporter is read by the same grammar as a quote's speaker: a title off, three names kept
        (
            "The dam will be inspected on Monday, Harbour Chief Ana Lucia Perez said.",
            [("Ana Lucia Perez", "said", None, "The dam will be inspected on Monday")],
        ),
        # "according to" and "As reported by" name the relay when the sentence has its own reporter
        (
            "Olga Petrenko warned that the dam was unsafe, according to a statement from the ministry.",
            [("Olga Petrenko", "warned", "a statement from the ministry", "the dam was unsafe")],
        ),
        (
            "As reported by the agency, Olga Petrenko declared a state of emergency in the region.",
            [("Olga Petrenko", "declared", "the agency", "a state of emergency in the region")],
        ),
        ("According to the harbour master, the ships will wait until dawn.", [("the harbour master", "according to", None, "the ships will wait until dawn")]),
        # the reported clause ends at a concession, at a closing quotation and before an aside
        (
            "Anna Kovač suggested that the port was safe, even though three ships had sunk there.",
            [("Anna Kovač", "suggested", None, "the port was safe")],
        ),
        ("Anna Kovač stated that the port was safe, “at least for now.”", [("Anna Kovač", "stated", None, "the port was safe")]),
        ("Anna Kovač said that the port was closed (it reopened a week later).", [("Anna Kovač", "said", None, "the port was closed")]),
        # verbs whose object is what was said; a participle shares the sentence's subject
        (
            "The union denounced the closure of the mine, while acknowledging the losses of the company.",
            [("the union", "denounced", None, "the closure of the mine"), ("the union", "acknowledging", None, "the losses of the company")],
        ),
        # a statement described by a noun: "with the claim that"
        (
            "In 2019, when Olga Petrenko wrote to the mayors with the claim that the dam would hold, nobody answered.",
            [("Olga Petrenko", "with the claim", None, "the dam would hold, nobody answered")],
        ),
        # the passive: "This was confirmed by X"
        ("This was confirmed by the port authority, and ships were turned away.", [("the port authority", "confirmed", None, "This")]),
        # "referred to" reports; "he" is the last person who spoke
        (
            "Olga Petrenko said that the river was rising. She referred to the floods of 2010 as a warning.",
            [("Olga Petrenko", "said", None, "the river was rising"), ("Olga Petrenko", "referred to", None, "the floods of 2010 as a warning")],
        ),
        # an agency that speaks is not its own relay
        ("Reuters claimed that the port was closed.", [("Reuters", "claimed", None, "the port was closed")]),
        (
            "The border stays open, according to the Polish Interior Ministry.",
            [("the Polish Interior Ministry", "according to", None, "The border stays open")],
        ),
    ],
)
def test_reported_speech_rules(body: str, expected: list[tuple]) -> None:
    assert indirect(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # reported speech inside a quotation is the named person's, relayed by whoever is quoted
        (
            "“Olga Petrenko warned that the bridge would close on Monday,” the agency said.",
            [("Olga Petrenko", "warned", "the agency", "the bridge would close on Monday")],
        ),
        (
            'Petrenko "also sharply condemned the shelling of the dam and recalled the treaty of 1997," the agency said.',
            [("Petrenko", "condemned", "the agency", "the shelling of the dam"), ("Petrenko", "recalled", "the agency", "the treaty of 1997")],
        ),
        # but not "I" or "we": that is the quoted speaker's own speech
        ("“I said that we would win the vote,” Anna Kovač said.", []),
    ],
)
def test_reported_speech_inside_a_quotation(body: str, expected: list[tuple]) -> None:
    assert indirect(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The council announced a new bridge over the river.",  # an event, not words
        "Anna Kovač condemned the mayor's remarks as “shameful”.",  # the quote is the statement
        "“The port is closed,” she explained in a letter to the council.",  # the quote's own attribution
        "The court dismissed the case against the mayor.",  # a denial of no claim
        "Russia shot down a drone over the sea.",
        "The plan was announced on Monday by the mayor of the town.",
    ],
)
def test_not_reported_speech(body: str) -> None:
    assert indirect(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The mayor rejected claims that the water was unsafe.", [("the mayor", "rejected", None, "claims that the water was unsafe")]),
        ("Oslo and its allies firmly deny this.", [("Oslo and its allies", "deny", None, "this")]),
        ("The ministry shot down that rumour.", [("the ministry", "shot down", None, "that rumour")]),
    ],
)
def test_denials_report_claims_and_this(body: str, expected: list[tuple]) -> None:
    assert indirect(body) == expected


def directs(body: str) -> list[tuple]:
    return [(q.speaker, q.cue, q.via, q.text) for q in extract(article(body)) if q.kind == "direct"]


def test_quote_opening_the_next_paragraph_goes_on_with_the_same_speaker_and_cue() -> None:
    body = "“The port stays shut,” Anna Kovač said.\n\n“We will review it in May.”\n\nThe council wanted to “calm the markets” first."
    assert directs(body) == [
        ("Anna Kovač", "said", None, "The port stays shut,"),
        ("Anna Kovač", "said", None, "We will review it in May."),
        ("the council", None, None, "calm the markets"),  # a partial quote: the subject of the verb that governs it
    ]


def test_document_named_after_the_verb_relays_the_quote() -> None:
    body = "Anna Kovač spoke late. “The port stays shut,” she explained in a statement from her office on Friday."
    assert directs(body) == [("Anna Kovač", "explained", "a statement from her office", "The port stays shut,")]


def test_reporter_closing_the_sentence_says_the_quote() -> None:
    body = "“Nothing was agreed,” and the talks on the new port would go on until May, the agency claimed."
    assert directs(body) == [("the agency", "claimed", None, "Nothing was agreed,")]


def test_partial_quote_inside_reported_speech_takes_its_speaker_and_cue() -> None:
    body = "The union denounced the closure of the mine, while recognizing the “serious losses” of the company."
    assert directs(body) == [("the union", "recognizing", None, "serious losses")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "…”, saying" is a participle, not the attribution of the quote before it
        (
            "Carla Ruiz dismissed the forecast as “political theatre”, saying the government had hidden the numbers.",
            [("Carla Ruiz", "saying", None, "the government had hidden the numbers")],
        ),
        # a name before a title belongs to the title: the person is the name after it
        (
            "Union spokesman Pedro Lagos called the strike “the only option left” and said workers would stay out.",
            [("Pedro Lagos", "said", None, "workers would stay out")],
        ),
        # a participle phrase between commas describes the subject; it is not the subject
        (
            "Mario Ortega flew north. Ortega, speaking in Valparaíso, said the budget would be balanced.",
            [("Mario Ortega", "said", None, "the budget would be balanced")],
        ),
        ("The report, published by the Copper Commission, said prices had peaked.", [("the report", "said", None, "prices had peaked")]),
        # a relative clause without "that": "a decision the club said …" is the club's
        (
            "The league fined the club, a decision the club said it would appeal.",
            [("the club", "said", None, "it would appeal")],
        ),
        # a closing reporter without an article: "…, local authorities said."
        (
            "The storm destroyed hundreds of homes, local authorities said.",
            [("local authorities", "said", None, "The storm destroyed hundreds of homes")],
        ),
    ],
)
def test_reporters_found_on_held_out_sentences(body: str, expected: list[tuple]) -> None:
    assert indirect(body) == expected


def test_extract_text_runs_the_rules_on_a_sentence_of_ones_own() -> None:
    (quote,) = extract_text("“The port is closed,” said Anna Kovač.")
    assert (quote.article, quote.speaker, quote.text) == ("text", "Anna Kovač", "The port is closed,")
    assert extract_text("") == []


def test_seed_story_hard_cases_lesson_02_names() -> None:
    """The extractor's remaining mistakes on the seed story, as lesson 02 describes them."""
    story = load_story("crocus-call-2024")
    found = [q.as_row() for q in extract_story(story)]
    expected = list(story.annotations["quotes.csv"])
    missed, extra = misses([r for r in found if r["kind"] == "indirect"], [r for r in expected if r["kind"] == "indirect"])
    assert [(r["cue"], r["speaker"]) for r in missed] == [("believing", "Emmanuel Macron")] and extra == []
    wrong = {(f["speaker"], e["speaker"]) for f, e in disagreements(found, expected, "speaker")}
    assert wrong == {("Vladimir Putin's country", "Russia")}
    # "echoed Emmanuel Macron's recent controversial remarks, believing that … “be ruled out”":
    # the quotation goes to Macron by the rule for a speech noun's possessor, not by "believing"
    (ruled_out,) = [r for r in found if r["text"] == "be ruled out"]
    assert (ruled_out["speaker"], ruled_out["cue"]) == ("Emmanuel Macron", "remarks")


def test_quote_rows_from_both_sources_and_a_clear_error_otherwise(make_story) -> None:
    seed = load_story("crocus-call-2024")
    assert quote_rows(seed)[0].keys() == quote_rows(seed, "extractor")[0].keys()
    with pytest.raises(ValueError, match="source must be one of annotation, draft, extractor"):
        quote_rows(seed, "guess")
    with pytest.raises(ValueError, match="has no annotations/quotes.csv"):
        quote_rows(load_story(make_story()))


def test_words_found_without_the_grammar_are_resolved_as_a_speaker_is() -> None:
    from framekit.quotes.coreference import People
    from framekit.quotes.extraction import resolve_words

    body = "President Emmanuel Macron spoke. The statement of the French Ministry followed. He left."
    people = People()
    people.named("Emmanuel Macron", 10, "President", subject=True)
    assert resolve_words(people, body, "Macron", 40) == "Emmanuel Macron"
    assert resolve_words(people, body, "Mr. Macron", 40) == "Emmanuel Macron"
    assert resolve_words(people, body, "he", 80) == "Emmanuel Macron"
    assert resolve_words(people, body, "the Head of State", 80) == "Emmanuel Macron"
    assert resolve_words(people, body, "the message", 80) == "the French Ministry"
    assert resolve_words(people, body, "local officials", 80) == "local officials"


def test_the_extractor_reads_a_story_once_and_gives_new_rows_each_time(monkeypatch) -> None:
    import framekit.quotes.extraction as extraction

    calls: list[str] = []
    real = extraction.extract_story
    monkeypatch.setattr(extraction, "extract_story", lambda story: calls.append(story.id) or real(story))
    story = load_story("crocus-call-2024")
    first, second = quote_rows(story, "extractor"), quote_rows(story, "extractor")
    assert first == second and first[0] is not second[0] and calls == ["crocus-call-2024"]
    first[0]["speaker"] = "changed by a student"
    assert quote_rows(story, "extractor")[0]["speaker"] != "changed by a student"
    quote_rows(load_story("crocus-call-2024"), "extractor")  # another story object: read again
    assert calls == ["crocus-call-2024"] * 2
