"""framekit.story.annotations: hand annotations are checked against the article bodies."""

from __future__ import annotations

from pathlib import Path

import pytest

from framekit.story.annotations import is_machine_draft, row_problems
from framekit.story.load import check_story, load_story

HEADER = "article,speaker,text,kind,cue,via,start,end\n"
# The conftest article's body: "The minister said the call was useful.\n\n“We hope that ...,” he added."
GOOD = 'one,the minister,the call was useful,indirect,said,,18,37\none,the minister,"We hope that the services are not behind this,",direct,added,,41,87\n'


def annotated(make_story, text: str, name: str = "quotes.csv", articles: dict[str, str] | None = None) -> Path:
    root = make_story(articles=articles)
    (root / "annotations").mkdir()
    (root / "annotations" / name).write_text(text, encoding="utf-8")
    return root


def problems(root: Path) -> list[str]:
    return [str(problem) for problem in check_story(root)]


def test_valid_annotations_load_with_typed_offsets(make_story) -> None:
    story = load_story(annotated(make_story, HEADER + GOOD))
    rows = story.annotations["quotes.csv"]
    assert rows[0] == {
        "article": "one", "speaker": "the minister", "text": "the call was useful", "kind": "indirect",
        "cue": "said", "via": None, "start": 18, "end": 37,
    }
    body = story.article("one").body
    assert all(body[row["start"] : row["end"]] == row["text"] for row in rows)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("two,x,the call,direct,said,,22,30", "unknown article 'two'"),
        ("one,x,the call,direct,said,,500,508", "offsets 500..508 fall outside the article's body"),
        ("one,x,the call,direct,said,,30,22", "fall outside"),
        ("one,x,the cell,direct,said,,18,26", "text does not match the body at 18..26: the body has 'the call', the row 'the cell'"),
        ("one,x,the call,direct,said,,a,b", "start and end must be whole numbers"),
        ("one,x,the call,quote,said,,18,26", "kind must be one of direct, indirect, term"),
        ("one,,the call,direct,said,,18,26", "a direct quote needs a speaker"),
        ("one,x,the call,term,,,18,26", "a term is nobody's speech"),
        ("one,x,the call,direct,said,18,26", "expected 8 comma-separated values, got 7"),
    ],
)
def test_each_bad_row_is_reported_on_its_line(make_story, row: str, message: str) -> None:
    found = problems(annotated(make_story, HEADER + GOOD + row + "\n"))
    assert len(found) == 1 and "quotes.csv:4: " in found[0] and message in found[0], found


def test_wrong_header(make_story) -> None:
    found = problems(annotated(make_story, "article,speaker,quote,kind,cue,via,start,end\n"))
    assert len(found) == 1 and "quotes.csv:1: the first line must be the columns" in found[0]


def test_unknown_annotation_file(make_story) -> None:
    found = problems(annotated(make_story, HEADER, name="notes.csv"))
    assert len(found) == 1 and "notes.csv:1: not a known annotation file" in found[0]


def test_line_numbers_count_lines_inside_quoted_cells(make_story) -> None:
    text = HEADER + 'one,x,"two\nlines",direct,said,,0,9\none,x,the call,direct,said,,1,9\n'
    found = problems(annotated(make_story, text))
    assert [p.split(": ")[0].rsplit(":", 1)[1] for p in found] == ["2", "4"]


def test_annotations_are_not_checked_when_articles_are_broken(make_story) -> None:
    root = annotated(make_story, HEADER + "one,x,y,direct,said,,0,1\n")
    (root / "articles" / "one.md").write_text("no front matter\n", encoding="utf-8")
    assert len(problems(root)) == 1


FIGURES_HEADER = "article,text,value,low,high,hedge,category,source,start,end\n"
FIGURES_ARTICLE = "---\nid: one\noutlet: Example Times\npublished: 2024-04-03\n---\n\nAt least 144 people died, officials said, and dozens were hurt.\n"
# body offsets: "At least 144" 0..12, "dozens" 46..52
FIGURES_GOOD = "one,At least 144,144,144,,at least,killed,officials,0,12\none,dozens,,24,,,injured,,46,52\n"


def figures_story(make_story, text: str) -> Path:
    return annotated(make_story, text, "figures.csv", {"one.md": FIGURES_ARTICLE})


def test_valid_figures_load_with_typed_numbers(make_story) -> None:
    story = load_story(figures_story(make_story, FIGURES_HEADER + FIGURES_GOOD))
    first, vague = story.annotations["figures.csv"]
    assert first == {"article": "one", "text": "At least 144", "value": 144, "low": 144, "high": None,
                     "hedge": "at least", "category": "killed", "source": "officials", "start": 0, "end": 12}
    assert (vague["value"], vague["low"], vague["high"], vague["hedge"]) == (None, 24, None, None)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("two,At least 144,144,144,,at least,killed,,0,12", "unknown article 'two'"),
        ("one,At least 144,144,144,,at least,killed,,300,312", "offsets 300..312 fall outside the article's body"),
        ("one,At least 145,144,144,,at least,killed,,0,12", "text does not match the body at 0..12"),
        ("one,At least 144,14four,144,,at least,killed,,0,12", "value must be a whole number of people, like 144, or empty (got '14four')"),
        ("one,At least 144,144,-1,,at least,killed,,0,12", "low must be a whole number"),
        ("one,At least 144,144,144,,at least,dead,,0,12", "category must be one of killed, injured, missing, detained, other (got 'dead')"),
        ("one,At least 144,144,144,,at leest,killed,,0,12", "hedge must be empty or one of at least"),
        ("one,At least 144,144,145,,at least,killed,,0,12", "'at least' with value 144 means low 144 and high empty (got low 145, high empty)"),
        ("one,At least 144,144,,,,killed,,0,12", "'no hedge' with value 144 means low 144 and high 144"),
        ("one,At least 144,,,,at least,killed,,0,12", "a figure needs a value (144) or"),
        ("one,dozens,,40,24,,injured,,46,52", "low 40 is above high 24"),
        ("one,dozens,30,30,35,between,injured,,46,52", "a range ('between') has no single value: give low and high"),
        ("one,dozens,,30,,between,injured,,46,52", "a range ('between') has no single value: give low and high"),
        ("one,At least 144,144,144,,at least,killed,0,12", "expected 10 comma-separated values, got 9"),
    ],
)
def test_each_bad_figure_row_is_reported_on_its_line(make_story, row: str, message: str) -> None:
    found = problems(figures_story(make_story, FIGURES_HEADER + FIGURES_GOOD + row + "\n"))
    assert len(found) == 1 and "figures.csv:4: " in found[0] and message in found[0], found


def test_a_range_and_a_count_of_none_are_valid_figures(make_story) -> None:
    rows = "one,dozens,,30,35,between,injured,,46,52\none,dozens,0,0,0,,injured,,46,52\n"
    story = load_story(figures_story(make_story, FIGURES_HEADER + FIGURES_GOOD + rows))
    ranged, none = story.annotations["figures.csv"][2:]
    assert (ranged["value"], ranged["low"], ranged["high"], ranged["hedge"]) == (None, 30, 35, "between")
    assert (none["value"], none["low"], none["high"]) == (0, 0, 0)


def test_wrong_figures_header(make_story) -> None:
    found = problems(figures_story(make_story, "article,text,value,low,high,category,hedge,source,start,end\n"))
    assert len(found) == 1 and "figures.csv:1: the first line must be the columns article,text,value" in found[0]


@pytest.mark.parametrize(
    ("row", "message"),
    [  # a long span is quoted in brief; a span of exactly 40 characters whole
        ("one,x,the call,direct,said,,0,87", "the body has 'The minister said the call was useful.\\n…', the row 'the call'"),
        ("one,x," + "x" * 40 + ",direct,said,,0,40", "the body has 'The minister said the call was useful.\\n\\n', the row"),
        ("one,x,the call,direct,said,,0,8", "the body has 'The mini', the row 'the call'"),  # same length, other text
    ],
)
def test_a_text_that_does_not_match_is_quoted_in_brief(make_story, row: str, message: str) -> None:
    found = problems(annotated(make_story, HEADER + row + "\n"))
    assert len(found) == 1 and message in found[0], found


def test_many_rows_over_a_long_article_are_each_checked(make_story) -> None:
    """Each row is compared with the body in place (no copy of its span), so that thousands of rows over a
    long article stay linear; tests/test_linear_time.py has the large case."""
    body = "At least 5 people were killed. " * 200
    article = "---\nid: one\noutlet: Example Times\npublished: 2024-04-03\n---\n\n" + body
    rows = "".join(f"one,x,{body[i:i + 5]},direct,said,,{i},{i + 5}\n" for i in range(0, 3000, 3))
    root = annotated(make_story, HEADER + rows + "one,x,wrong,direct,said,,1,6000\n", articles={"one.md": article})
    found = problems(root)
    assert len(found) == 1 and "quotes.csv:1002: text does not match the body at 1..6000" in found[0], found


def test_an_annotation_table_may_be_larger_than_an_article_but_not_without_bound(make_story, monkeypatch) -> None:
    import framekit.story.annotations as annotations_module

    rows = FIGURES_GOOD * 40_000  # about 3 MB: over the 2 MB of an article
    path = figures_story(make_story, FIGURES_HEADER + rows)
    assert len(load_story(path).annotations["figures.csv"]) == 80_000
    monkeypatch.setattr(annotations_module, "MAX_TABLE_BYTES", 1024 * 1024)
    found = problems(path)
    assert len(found) == 1 and "figures.csv:1: file is" in found[0] and "limited to 1 MB" in found[0]


DRAFT = "# machine draft: written by framekit new-story, not reviewed\n"


def test_a_machine_draft_loads_and_says_so(make_story) -> None:
    story = load_story(annotated(make_story, DRAFT + HEADER + GOOD))
    assert len(story.annotations["quotes.csv"]) == 2
    assert is_machine_draft(story, "quotes.csv") and story.draft_annotations == {"quotes.csv"}


def test_a_reviewed_annotation_is_no_draft(make_story) -> None:
    assert not is_machine_draft(load_story(annotated(make_story, HEADER + GOOD)), "quotes.csv")


def test_a_draft_s_problems_keep_their_file_lines(make_story) -> None:
    found = problems(annotated(make_story, DRAFT + HEADER + GOOD + "two,x,the call,direct,said,,22,30\n"))
    assert len(found) == 1 and "quotes.csv:5: unknown article 'two'" in found[0], found


def test_a_draft_s_header_is_the_line_after_the_mark(make_story) -> None:
    found = problems(annotated(make_story, DRAFT + "article,speaker\n"))
    assert len(found) == 1 and "quotes.csv:2: the first line after the draft mark must be the columns" in found[0], found


def test_another_comment_line_is_no_header(make_story) -> None:
    found = problems(annotated(make_story, "# reviewed by me\n" + HEADER + GOOD))
    assert len(found) == 1 and "quotes.csv:1: the first line must be the columns" in found[0]


def test_row_problems_are_those_validate_reports(make_story) -> None:
    bodies = {"one": load_story(make_story()).article("one").body}
    good = {"article": "one", "speaker": "the minister", "text": "the call was useful", "kind": "indirect",
            "cue": "said", "via": None, "start": 18, "end": 37}
    assert row_problems("quotes.csv", good, bodies) == []
    assert row_problems("quotes.csv", {**good, "end": 36}, bodies) == [
        "text does not match the body at 18..36: the body has 'the call was usefu', the row 'the call was useful'"]


FACTS_HEADER = "fact,wording,article,start,end,text\n"
# The conftest article's body: "The minister said the call was useful.\n\n“We hope ..."
FACTS_GOOD = "call-useful,The call was useful.,one,18,37,the call was useful\n"


def test_valid_facts_load_with_typed_offsets(make_story) -> None:
    story = load_story(annotated(make_story, FACTS_HEADER + FACTS_GOOD, "facts.csv"))
    assert story.annotations["facts.csv"] == ({"fact": "call-useful", "wording": "The call was useful.", "article": "one",
                                               "start": 18, "end": 37, "text": "the call was useful"},)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("other-fact,Another.,two,18,37,the call was useful", "unknown article 'two'"),
        ("other-fact,Another.,one,18,600,the call was useful", "offsets 18..600 fall outside the article's body"),
        ("other-fact,Another.,one,18,37,the call was usefull", "text does not match the body at 18..37"),
        ("Other Fact,Another.,one,18,37,the call was useful", "fact must be a short id of lower-case words"),
        ("other-fact,,one,18,37,the call was useful", "wording must say the fact"),
        ("call-useful,The call helped.,one,4,12,minister", "fact 'call-useful' is worded differently on line 2"),
        ("call-useful,The call was useful.,one,4,12,minister", "fact 'call-useful' already has a row for article 'one' on line 2"),
        ("other-fact,Another.,one,18,37", "expected 6 comma-separated values, got 5"),
    ],
)
def test_each_bad_fact_row_is_reported_on_its_line(make_story, row: str, message: str) -> None:
    found = problems(annotated(make_story, FACTS_HEADER + FACTS_GOOD + row + "\n", "facts.csv"))
    assert found and all("facts.csv:3: " in problem for problem in found), found
    assert any(message in problem for problem in found), found


def test_the_kit_and_fixture_checklists_are_valid() -> None:
    root = Path(__file__).resolve().parents[2]
    for folder in (root / "data" / "stories" / "crocus-call-2024", root / "tests" / "fixtures" / "norhaven-ferry-fire"):
        assert check_story(folder) == [] and load_story(folder).annotations["facts.csv"]
