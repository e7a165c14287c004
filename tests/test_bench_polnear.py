"""The PolNeAR benchmark (benchmarks/polnear.py, bench_polnear.py) on a tiny PolNeAR-shaped folder.

The folder is written here with invented sentences: BRAT .ann files, metadata.tsv and CoreNLP
XML reduced to the fields the benchmark reads. No PolNeAR text is used.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks import bench_polnear, polnear
from framekit.story.load import check_story, load_story
from framekit.story.rows import QuoteRow

BRIDGE = "usa-today_2016-01-02_mayor-opens-bridge"
BUDGET = "nyt_2016-01-03_council-votes-on-budget"
BRIDGE_TEXT = (
    "Roe Hails “Great Day” at Bridge.\n\n"
    "Mayor Jane Roe opened the new bridge on Friday. “It is a great day for the town,” Roe said.\n\n"
    "She added that the bridge “will carry ten thousand cars a day.”\n\n"
    "Officials said the work took two years.\n"
)
BUDGET_TEXT = (
    "Council Votes on Budget.\n\n"
    "''We will balance the books,'' said Tom Poe, the council leader.\n\n"
    "''Nobody likes cuts,'' he said, ''but they are needed.''\n\n"
    "It was reported that the vote was close.\n"
)
PROPER = {"Roe", "Hails", "Great", "Day", "Bridge", "Mayor", "Jane", "Friday", "Council", "Votes", "Budget", "Tom", "Poe"}


def at(text: str, phrase: str, occurrence: int = 1) -> tuple[int, int]:
    """The offsets of the ``occurrence``-th ``phrase`` in ``text``, as whole words."""
    matches = list(re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text))
    return matches[occurrence - 1].span()


def ann(text: str, attributions: list[dict[str, list[tuple[str, int]]]]) -> str:
    """A BRAT standoff file: for each attribution, its roles as (phrase, occurrence) pieces."""
    lines, number = [], 0
    for event, roles in enumerate(attributions, start=1):
        arguments = []
        for role, pieces in roles.items():
            number += 1
            spans = [at(text, phrase, occurrence) for phrase, occurrence in pieces]
            offsets = ";".join(f"{start} {end}" for start, end in spans)
            lines.append(f"T{number}\t{role} {offsets}\t{' '.join(text[s:e] for s, e in spans)}")
            arguments.append(f"{role}:T{number}")
        lines.append(f"E{event}\tAttribution:T0 {' '.join(arguments)}")
    return "\n".join(lines) + "\n"


def corenlp(text: str, chains: list[list[tuple[str, int]]]) -> str:
    """CoreNLP XML with one sentence of tokens (a capitalised word of PROPER is NNP) and the chains."""
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    xml = ['<?xml version="1.0" encoding="UTF-8"?>\n<root><document><sentences><sentence id="1"><tokens>']
    for index, (start, end, word) in enumerate(tokens, start=1):
        pos = "NNP" if word in PROPER else "NN"
        xml.append(f'<token id="{index}"><word>{word}</word><lemma>{word}</lemma><CharacterOffsetBegin>{start}'
                   f"</CharacterOffsetBegin><CharacterOffsetEnd>{end}</CharacterOffsetEnd><POS>{pos}</POS></token>")
    xml.append("</tokens></sentence></sentences><coreference>")
    starts = [start for start, _, _ in tokens]
    for chain in chains:
        xml.append("<coreference>")
        for phrase, occurrence in chain:
            start, end = at(text, phrase, occurrence)
            first = starts.index(start) + 1
            last = max(i for i, (s, _, _) in enumerate(tokens, start=1) if s < end) + 1
            xml.append(f"<mention><sentence>1</sentence><start>{first}</start><end>{last}</end>"
                       f"<head>{first}</head><text>{phrase}</text></mention>")
        xml.append("</coreference>")
    xml.append("</coreference></document></root>\n")
    return "\n".join(xml)


@pytest.fixture
def polnear_copy(tmp_path: Path) -> Path:
    """A PolNeAR-shaped folder: a dev split of two articles, the second annotated twice."""
    root = tmp_path / "PolNeAR"
    dev = root / "data" / "dev"
    for folder in ("text", "attributions", "corenlp"):
        (dev / folder).mkdir(parents=True)
    (root / "data" / "metadata.tsv").write_text(
        "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle\n"
        f"dev\t{BRIDGE}\t1\tz9\tusa-today\t2016-01-02\tAnn Writer\tRoe Hails “Great Day” at Bridge\n"
        f"dev\t{BUDGET}\t1\tb2|a1\tnyt\t2016-01-03\tNone\tCouncil Votes on Budget\n",
        encoding="utf-8",
    )
    (dev / "text" / f"{BRIDGE}.txt").write_text(BRIDGE_TEXT, encoding="utf-8")
    (dev / "text" / f"{BUDGET}.txt").write_text(BUDGET_TEXT, encoding="utf-8")
    bridge = [
        {"Source": [("Roe", 1)], "Cue": [("Hails", 1)], "Content": [("“Great Day”", 1)]},  # in the headline
        {"Source": [("Roe", 3)], "Cue": [("said", 1)], "Content": [("“It is a great day for the town,”", 1)]},
        {"Source": [("She", 1)], "Cue": [("added", 1)],
         "Content": [("that the bridge “will carry ten thousand cars a day.”", 1)]},
        {"Source": [("Officials", 1)], "Cue": [("said", 2)], "Content": [("the work took two years", 1)]},
    ]
    budget = [
        {"Source": [("Tom Poe, the council leader", 1)], "Cue": [("said", 1)],
         "Content": [("''We will balance the books,''", 1)]},
        {"Source": [("he", 1)], "Cue": [("said", 2)],
         "Content": [("''Nobody likes cuts,''", 1), ("''but they are needed.''", 1)]},
        {"Cue": [("was reported", 1)], "Content": [("that the vote was close", 1)]},  # no source
    ]
    (dev / "attributions" / f"{BRIDGE}_z9.ann").write_text(ann(BRIDGE_TEXT, bridge), encoding="utf-8")
    (dev / "attributions" / f"{BUDGET}_a1.ann").write_text(ann(BUDGET_TEXT, budget), encoding="utf-8")
    (dev / "attributions" / f"{BUDGET}_b2.ann").write_text(ann(BUDGET_TEXT, budget[:1]), encoding="utf-8")
    (dev / "corenlp" / f"{BRIDGE}.txt.xml").write_text(
        corenlp(BRIDGE_TEXT, [[("Mayor Jane Roe", 1), ("Roe", 3), ("She", 1)]]), encoding="utf-8")
    (dev / "corenlp" / f"{BUDGET}.txt.xml").write_text(
        corenlp(BUDGET_TEXT, [[("Tom Poe", 1), ("he", 1)]]), encoding="utf-8")
    return root


@pytest.fixture
def converted(polnear_copy: Path, tmp_path: Path) -> polnear.Conversion:
    return polnear.convert(polnear_copy, "dev", tmp_path / "out")


def gold(conversion: polnear.Conversion, kind: str) -> dict[str, polnear.Gold]:
    return {g.row["text"]: g for g in conversion.gold if g.row["kind"] == kind}


def test_conversion_writes_a_valid_story_whose_offsets_survive(converted: polnear.Conversion) -> None:
    [path] = converted.paths
    assert check_story(path) == []
    story = load_story(path)
    bridge = story.article(BRIDGE)
    assert bridge.headline == "Roe Hails “Great Day” at Bridge"
    assert bridge.outlet == "USA Today" and str(bridge.published) == "2016-01-02"
    assert bridge.body.startswith("Mayor Jane Roe")  # the headline line went to the front matter
    rows = story.annotations["quotes.csv"]
    assert [dict(row) for row in rows] == [dict(g.row) for g in converted.gold]
    for row in rows:
        assert story.article(row["article"]).body[row["start"] : row["end"]] == row["text"]


def test_curly_quotes_and_doubled_apostrophes_make_direct_gold(converted: polnear.Conversion) -> None:
    assert set(gold(converted, "direct")) == {
        "It is a great day for the town,", "will carry ten thousand cars a day.",
        "We will balance the books,", "Nobody likes cuts,", "but they are needed.",
    }
    assert set(gold(converted, "indirect")) == {
        "that the bridge “will carry ten thousand cars a day.”", "the work took two years", "that the vote was close",
    }
    assert sum(c.in_headline for c in converted.articles) == 1


def test_the_lowest_annotator_id_is_used(converted: polnear.Conversion) -> None:
    budget = next(c.article for c in converted.articles if c.article.id == BUDGET)
    assert (budget.annotator, budget.annotators) == ("a1", ("a1", "b2"))
    assert "lowest id" in converted.notes()[0]


def test_quoted_stretches_pair_marks_and_run_open_ones_to_the_line_end() -> None:
    text = "A “b” and ''c'' and \"d\" then “e\nnext"
    assert [text[s:e] for s, e in polnear.quoted_stretches(text)] == ["b", "c", "d", "e"]


def test_token_f1_matching_is_one_to_one_best_pairs_first() -> None:
    body = "one two three four five six seven eight"

    def row(phrase: str) -> QuoteRow:
        start = body.index(phrase)
        return QuoteRow(article="a", speaker="X", text=phrase, kind="direct", cue=None, via=None,
                        start=start, end=start + len(phrase))

    found = [row("one two three"), row("one two three four"), row("seven eight")]
    expected = [row("one two three four"), row("six seven eight")]
    assert polnear.match(found, expected, {"a": body}) == [(1, 0), (2, 1)]
    assert polnear.match([row("one")], [row("one two three four five")], {"a": body}) == []  # F1 1/3
    assert polnear.token_f1(range(2), range(5)) == pytest.approx(4 / 7)


def test_speaker_names_match_on_last_name_but_not_another_first_name() -> None:
    assert polnear.same_speaker("Jane Roe", "Roe")
    assert polnear.same_speaker("Mrs. Roe's", "Mayor Jane Q. Roe")
    assert polnear.same_speaker("Jane Roe", "Deputy Mayor Jane Roe")
    assert not polnear.same_speaker("John Roe", "Jane Roe")
    assert not polnear.same_speaker("Roe campaign", "Roe")
    assert not polnear.same_speaker("Tom Poe", "Roe")
    assert polnear.same_speaker("a source familiar with the talks", "But a source familiar with the talks")
    assert polnear.same_speaker("Jane Roe", "Roe herself") and not polnear.same_speaker("Jane Roe", "Poe himself")
    assert "a nurse" in polnear.name_parts("a nurse who asked not to be named")
    assert "Jane Roe" in polnear.name_parts("Jane Roe at the Harbour Ledger")


def test_a_speaker_of_titles_only_matches_the_same_titles() -> None:
    assert polnear.same_speaker("the senator", "The senator")
    assert polnear.same_speaker("the vice president", "the vice president")
    assert not polnear.same_speaker("the senator", "the governor")
    assert not polnear.same_speaker("the president", "the vice president")
    assert not polnear.same_speaker("the", "a")


def test_a_description_matches_its_head_before_a_clause_or_a_participle() -> None:
    parts = polnear.name_parts("one of the aides, who spoke on condition of anonymity")
    assert "one of the aides" in parts
    assert "a source" in polnear.name_parts("a source involved in the talks")
    assert "one" not in polnear.name_parts("one unnamed official")  # a participle's part has two words
    assert "a crowd that cheered when Ruiz" not in polnear.name_parts("a crowd that cheered when Ruiz spoke", heads=False)


def test_a_source_of_titles_only_goes_by_the_names_the_article_gives_that_title() -> None:
    text = "President Ana Roe spoke. Former President Tom Poe and Vice President Lu Bo came. Sen. Ida Marsh left."
    assert polnear._titled(text, "the president") == ["Ana Roe"]
    assert polnear._titled(text, "The former president") == ["Tom Poe"]
    assert polnear._titled(text, "the vice president") == ["Lu Bo"]
    assert polnear._titled(text, "the senator") == ["Ida Marsh"]
    assert polnear._titled(text, "a spokesman") == [] and polnear._titled(text, "President Roe") == []
    assert polnear._titled("Pres. Ana Roe spoke.", "the president") == ["Ana Roe"]  # abbreviated as "Sen." is


def test_source_and_cue_swapped_by_the_annotator_are_read_swapped() -> None:
    text = "“No,” said Hester. Roe said it was “late.”"
    swapped = polnear.Attribution(source=((6, 10),), cue=((11, 17),), content=((1, 3),))
    usual = polnear.Attribution(source=((19, 22),), cue=((23, 27),), content=((37, 41),))
    assert polnear._swapped(text, swapped) and not polnear._swapped(text, usual)
    according = "According to Roe, it was “late.”"
    assert polnear._swapped(according, polnear.Attribution(((0, 9),), ((13, 16),), ((25, 29),)))
    assert not polnear._swapped(according, polnear.Attribution(((13, 16),), ((0, 12),), ((25, 29),)))


def test_speaker_rule_accepts_coreference_and_appositions(converted: polnear.Conversion) -> None:
    direct = gold(converted, "direct")
    he = direct["Nobody likes cuts,"]
    assert he.speaker_kind == "pronoun, named chain"
    assert polnear.speaker_right("Tom Poe", he) and polnear.speaker_right("Mr. Poe", he)
    assert not polnear.speaker_right("Jane Roe", he) and not polnear.speaker_right(None, he)
    leader = direct["We will balance the books,"]
    assert polnear.speaker_right("Poe", leader) and not polnear.speaker_right("the council", leader)
    assert polnear.speaker_right("Jane Roe", direct["will carry ten thousand cars a day."])
    no_source = gold(converted, "indirect")["that the vote was close"]
    assert no_source.speaker_kind == "no source" and no_source.row["speaker"] == polnear.NO_SOURCE
    assert polnear.speaker_right(None, no_source) and not polnear.speaker_right("Tom Poe", no_source)
    assert gold(converted, "indirect")["the work took two years"].speaker_kind == "description"


def test_scores_count_spans_and_speakers(converted: polnear.Conversion) -> None:
    story = load_story(converted.paths[0])
    body = story.article(BUDGET).body

    def found(phrase: str, speaker: str | None, kind: str = "direct") -> QuoteRow:
        start = body.index(phrase)
        return QuoteRow(article=BUDGET, speaker=speaker, text=phrase, kind=kind, cue="said", via=None,
                        start=start, end=start + len(phrase))

    rows = [found("We will balance the books", "Tom Poe"), found("Nobody likes cuts", "Jane Roe"),
            found("council leader", "Tom Poe")]
    result = polnear.score_split(converted, [story], rows, cpu_seconds=0.5)
    assert result.direct.score() == polnear.Score(2, 3, 5)
    assert result.direct.score(speaker=True) == polnear.Score(1, 3, 5)
    assert result.direct.speaker_accuracy("pronoun, named chain") == (0, 1)
    report = polnear.report(result)
    assert "direct + speaker" in report and "words per second" in report


def test_the_checkable_score_leaves_out_gold_whose_speaker_cannot_be_checked() -> None:
    def row(speaker: str | None) -> QuoteRow:
        return QuoteRow(article="a", speaker=speaker, text="x", kind="direct", cue=None, via=None, start=0, end=1)

    gold = tuple(polnear.Gold(row("he"), names, kind) for names, kind in
                 [(("Tom Poe",), "name"), (("he",), "pronoun, no name"), ((), "no source"), (("a nurse",), "description")])
    found = tuple(row(name) for name in ("Tom Poe", "Jane Roe", "Tom Poe", "Ana Ruiz", "Lee Ebb"))
    # found 0-3 matched to gold 0-3 (right, unknowable, wrong: a speaker where none was, wrong); found 4 matches nothing
    result = polnear.KindResult(found, gold, pairs=((0, 0), (1, 1), (2, 2), (3, 3)), right=(True, False, False, False))
    assert result.score(speaker=True) == polnear.Score(1, 5, 4)
    assert result.checkable_score() == polnear.Score(1, 3, 2)  # found 1 and 2 go with their gold


def test_the_command_scores_a_split_and_shows_errors(polnear_copy: Path, capsys: pytest.CaptureFixture) -> None:
    assert bench_polnear.main([str(polnear_copy), "--split", "dev", "--errors", "2"]) == 0
    out = capsys.readouterr().out
    assert "PolNeAR dev" in out and "indirect + speaker" in out and "== missed direct quotes" in out


@pytest.mark.parametrize("where", ["missing", "empty", "no-split"])
def test_a_bad_path_gives_one_line_and_status_2(where: str, polnear_copy: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture) -> None:
    path = {"missing": tmp_path / "nowhere", "empty": tmp_path, "no-split": polnear_copy}[where]
    assert bench_polnear.main([str(path), "--split", "train" if where == "no-split" else "dev"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("bench_polnear: ") and "Traceback" not in error
    assert "github.com/networkdynamics/PolNeAR" in error


def test_an_existing_folder_is_never_replaced_unless_the_benchmark_wrote_it(polnear_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "polnear-dev").mkdir(parents=True)
    with pytest.raises(polnear.PolnearError):
        polnear.convert(polnear_copy, "dev", out)
    (out / "polnear-dev").rmdir()
    polnear.convert(polnear_copy, "dev", out)
    assert polnear.convert(polnear_copy, "dev", out).paths == (out / "polnear-dev",)


def test_a_large_split_is_written_as_several_valid_stories(polnear_copy: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(polnear, "MAX_CSV_BYTES", 10)
    conversion = polnear.convert(polnear_copy, "dev", tmp_path / "out")
    assert [p.name for p in conversion.paths] == ["part-1", "part-2"]
    assert all(check_story(path) == [] for path in conversion.paths)


def test_a_numeral_after_a_surname_is_dropped_like_jr() -> None:
    assert polnear.same_speaker("Brent Bozell III", "Bozell")
    assert polnear.same_speaker("Pate", "Luther Stan Pate IV")
    assert not polnear.same_speaker("Brent Bozell III", "Ivy Bozell")
