"""framekit.story.load: loading stories, and every bad input that validation must reject."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from framekit.story.load import check_story, load_story
from framekit.story.model import Article, Story, StoryError
from tests.conftest import STORY_YAML

HEADER = "---\nid: one\noutlet: Example Times\npublished: 2024-04-03\n"
BODY = "\nThe minister said the call was useful.\n"


def article(front: str = HEADER, body: str = BODY, close: str = "---\n") -> str:
    return front + close + body


def problems_for(make_story, text: str | bytes, name: str = "one.md") -> list[str]:
    root = make_story(articles={})
    path = root / "articles" / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return [str(problem) for problem in check_story(root)]


def only_problem(problems: list[str], path_end: str, line: int, *fragments: str) -> None:
    assert len(problems) == 1, problems
    assert problems[0].split(": ", 1)[0].endswith(f"{path_end}:{line}")
    for fragment in fragments:
        assert fragment in problems[0]


def test_loads_a_valid_story(story_dir: Path) -> None:
    story = load_story(story_dir)
    assert story.id == "test-story"
    assert story.event_date == date(2024, 4, 3)
    assert story.reference[0].value == 144 and story.reference[0].date == date(2024, 3, 30)
    article = story.article("one")
    assert article.outlet == "Example Times" and article.published == date(2024, 4, 3)
    assert article.body_line == 7


def test_paragraph_offsets_index_the_body(story_dir: Path) -> None:
    article = load_story(story_dir).article("one")
    assert len(article.paragraphs) == 2
    for paragraph in article.paragraphs:
        assert article.body[paragraph.start : paragraph.end] == paragraph.text
    assert article.paragraphs[1].text.startswith("“We hope")


def test_unknown_story_id_is_a_story_error() -> None:
    with pytest.raises(StoryError, match="no such story folder"):
        load_story("no-such-story")


def test_bom_and_crlf_are_accepted_and_normalised(make_story) -> None:
    text = "\ufeff" + article().replace("\n", "\r\n")
    root = make_story(articles={"one.md": text})
    loaded = load_story(root).article("one")
    assert "\r" not in loaded.body and not loaded.body.startswith("\ufeff")
    assert loaded.body == "The minister said the call was useful."


def test_missing_front_matter(make_story) -> None:
    only_problem(problems_for(make_story, "Just a body.\n"), "one.md", 1, "missing front matter")


def test_unclosed_front_matter(make_story) -> None:
    problems = problems_for(make_story, article(close="", body="\nBody text.\n"))
    only_problem(problems, "one.md", 1, "never closed")


def test_yaml_syntax_error_gives_its_line(make_story) -> None:
    front = "---\nid: one\noutlet: [Example\npublished: 2024-04-03\n"
    problems = problems_for(make_story, article(front))
    assert len(problems) == 1 and "YAML syntax error" in problems[0]
    line = int(problems[0].split(":")[1])
    assert line in (3, 4, 5)


def test_missing_required_key(make_story) -> None:
    front = "---\nid: one\npublished: 2024-04-03\n"
    only_problem(problems_for(make_story, article(front)), "one.md", 1, "missing required key 'outlet'")


def test_unknown_key_names_its_line_and_a_suggestion(make_story) -> None:
    front = HEADER + "publshed_on: 2024-04-03\nheadlin: A headline\n"
    problems = problems_for(make_story, article(front))
    assert "one.md:5: unknown key 'publshed_on'" in problems[0]
    assert "one.md:6: unknown key 'headlin' (did you mean 'headline'?)" in problems[1]


@pytest.mark.parametrize("value", ["03/04/2024", "2024-4-3", "April 3, 2024", "20240403", "2024-04-03T10:00:00"])
def test_date_not_in_iso_form(make_story, value: str) -> None:
    front = f"---\nid: one\noutlet: Example Times\npublished: {value}\n"
    problems = problems_for(make_story, article(front))
    only_problem(problems, "one.md", 4, "published must be a date like 2024-04-03")


def test_date_that_does_not_exist(make_story) -> None:
    front = "---\nid: one\noutlet: Example Times\npublished: 2024-02-30\n"
    only_problem(problems_for(make_story, article(front)), "one.md", 4, "not a real date", "2024-02-30")


def test_id_must_match_file_name(make_story) -> None:
    only_problem(problems_for(make_story, article(), name="two.md"), "two.md", 2, "id 'one' must equal the file name 'two'")


@pytest.mark.parametrize("body", ["", "\n\n   \n"])
def test_empty_body(make_story, body: str) -> None:
    only_problem(problems_for(make_story, article(body=body)), "one.md", 5, "no body")


def test_file_that_is_not_utf8_says_where(make_story) -> None:
    text = article(body="\nFirst line.\nCaf\xe9 in Latin-1.\n").encode("latin-1")
    only_problem(problems_for(make_story, text), "one.md", 8, "not valid UTF-8", "0xe9", "column 4")


def test_non_markdown_file_in_articles(make_story) -> None:
    root = make_story()
    (root / "articles" / "notes.txt").write_text("a note", encoding="utf-8")
    problems = [str(p) for p in check_story(root)]
    only_problem(problems, "notes.txt", 1, "not an article")


def test_hidden_files_are_ignored(make_story) -> None:
    root = make_story()
    (root / "articles" / ".DS_Store").write_bytes(b"\x00\x01")
    assert check_story(root) == []


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need extra rights on Windows")
def test_symlink_outside_the_story_is_rejected(make_story, tmp_path: Path) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text(article(), encoding="utf-8")
    root = make_story(articles={})
    (root / "articles" / "one.md").symlink_to(outside)
    problems = [str(p) for p in check_story(root)]
    only_problem(problems, "one.md", 1, "outside the story folder")


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need extra rights on Windows")
@pytest.mark.parametrize("where", ["file", "folder"])
def test_an_annotation_linked_from_outside_is_refused_and_its_lines_never_shown(make_story, tmp_path: Path, where: str) -> None:
    secret = tmp_path / "outside" / "quotes.csv"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:secret line\n", encoding="utf-8")
    root = make_story()
    if where == "file":
        (root / "annotations").mkdir()
        (root / "annotations" / "quotes.csv").symlink_to(secret)
    else:
        (root / "annotations").symlink_to(secret.parent)
    problems = [str(p) for p in check_story(root)]
    assert len(problems) == 1 and "outside the story folder" in problems[0] and "secret line" not in problems[0]


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need extra rights on Windows")
def test_symlink_inside_the_story_is_accepted(make_story) -> None:
    root = make_story(articles={})
    (root / "drafts").mkdir()
    (root / "drafts" / "one.md").write_text(article(), encoding="utf-8")
    (root / "articles" / "one.md").symlink_to(root / "drafts" / "one.md")
    assert check_story(root) == []


def test_article_over_2_mb(make_story) -> None:
    text = article(body="\n" + "word " * 450_000)
    only_problem(problems_for(make_story, text), "one.md", 1, "2.1 MB", "limited to 2 MB")


def test_missing_story_yaml(make_story) -> None:
    root = make_story()
    (root / "story.yaml").unlink()
    only_problem([str(p) for p in check_story(root)], "story.yaml", 1, "missing")


def test_empty_articles_folder(make_story) -> None:
    only_problem([str(p) for p in check_story(make_story(articles={}))], "story.yaml", 1, "articles/ is empty")


def test_missing_articles_folder(make_story) -> None:
    root = make_story()
    for path in (root / "articles").iterdir():
        path.unlink()
    (root / "articles").rmdir()
    only_problem([str(p) for p in check_story(root)], "story.yaml", 1, "no articles/ folder")


@pytest.mark.parametrize(
    "tag",
    ["!!python/object/apply:os.system ['echo owned']", "!!python/name:os.system", "!custom thing"],
)
def test_yaml_tags_that_build_objects_are_refused(make_story, tag: str) -> None:
    front = f"---\nid: one\noutlet: {tag}\npublished: 2024-04-03\n"
    only_problem(problems_for(make_story, article(front)), "one.md", 3, "YAML tag not allowed")


def test_duplicate_key(make_story) -> None:
    front = HEADER + "outlet: Other Times\n"
    only_problem(problems_for(make_story, article(front)), "one.md", 5, "duplicate key 'outlet' (first on line 3)")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("outlet_identified: guessed", "outlet_identified must be one of stated, inferred, unknown"),
        ("translated_from: French", "two-letter ISO 639-1 code"),
        ("url: www.example.org", "url must start with http"),
        ("headline: 2024", "headline must be text (got the number 2024)"),
        ("notes:", "notes must be text (got nothing)"),
    ],
)
def test_optional_values_are_checked(make_story, line: str, expected: str) -> None:
    only_problem(problems_for(make_story, article(HEADER + line + "\n")), "one.md", 5, expected)


def test_story_yaml_problems(make_story) -> None:
    story_yaml = "id: test-story\ntitle: A story\nevent_date: 2024-13-01\nsumary: typo\n"
    root = make_story(story_yaml=story_yaml)
    problems = [str(p) for p in check_story(root)]
    assert any(p.endswith("story.yaml:1: missing required key 'summary'") for p in problems)
    assert any("story.yaml:3: event_date is not a real date" in p for p in problems)
    assert any("story.yaml:4: unknown key 'sumary' (did you mean 'summary'?)" in p for p in problems)


def test_reference_facts_are_checked_with_their_lines(make_story) -> None:
    story_yaml = (
        "id: s\ntitle: t\nevent_date: 2024-04-03\nsummary: s\nreference:\n"
        "  - date: 2024-03-30\n    kind: killed\n    value: about 144\n    source: MES\n    url: https://example.org\n"
        "  - date: 2024-03-31\n    kind: injured\n    value: 551\n    source: MES\n"
    )
    problems = [str(p) for p in check_story(make_story(story_yaml=story_yaml))]
    assert len(problems) == 2, problems
    assert "story.yaml:8: value must be a whole number" in problems[0]
    assert "story.yaml:11: missing required key 'url'" in problems[1]


def test_every_problem_is_reported_at_once(make_story) -> None:
    root = make_story(
        articles={
            "one.md": article(body=""),
            "two.md": "no front matter\n",
            "three.txt": "stray file",
        }
    )
    problems = check_story(root)
    assert {p.path.name for p in problems} == {"one.md", "two.md", "three.txt"}


def test_checking_never_changes_a_file(make_story) -> None:
    root = make_story(articles={"one.md": "\ufeff" + article().replace("\n", "\r\n"), "bad.md": "x"})
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    check_story(root)
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_front_matter_that_is_not_keys_and_values(make_story) -> None:
    problems = problems_for(make_story, "---\n- id\n- outlet\n---\n\nBody.\n")
    only_problem(problems, "one.md", 1, "expected keys and values")


def test_reference_that_is_not_a_list(make_story) -> None:
    story_yaml = "id: s\ntitle: t\nevent_date: 2024-04-03\nsummary: s\nreference: 144 killed\n"
    only_problem([str(p) for p in check_story(make_story(story_yaml=story_yaml))], "story.yaml", 5, "reference must be a list")


def test_folder_inside_articles(make_story) -> None:
    root = make_story()
    (root / "articles" / "drafts.md").mkdir()
    only_problem([str(p) for p in check_story(root)], "drafts.md", 1, "not an article")


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need extra rights on Windows")
def test_broken_link(make_story) -> None:
    root = make_story(articles={})
    (root / "articles" / "one.md").symlink_to(root / "articles" / "gone.md")
    only_problem([str(p) for p in check_story(root)], "one.md", 1, "broken link")


def test_an_article_is_found_by_id_the_first_of_an_id_and_a_clear_error_otherwise() -> None:
    first, second = (Article("a", outlet, date(2024, 4, 4), "Body.", Path("a.md"), 1) for outlet in ("First", "Second"))
    story = Story("s", "S", date(2024, 4, 3), "Summary.", Path("s"), (first, second))
    assert story.article("a") is first
    with pytest.raises(KeyError, match="story 's' has no article 'b'"):
        story.article("b")



@pytest.mark.parametrize(
    ("key", "line", "advice"),
    [("outlet", 3, "write who published the article"), ("published", 4, "write the publication date, like 2024-04-03")],
)
def test_a_new_story_placeholder_is_refused_with_what_to_write(make_story, key: str, line: int, advice: str) -> None:
    front = HEADER.replace(f"{key}: Example Times" if key == "outlet" else f"{key}: 2024-04-03", f'{key}: "FILL IN: anything"')
    found = problems_for(make_story, article(front))
    only_problem(found, "one.md", line, f"{key} is a placeholder left by framekit new-story: {advice}")


def test_placeholders_in_story_yaml_are_refused_too(make_story) -> None:
    story_yaml = STORY_YAML.replace("title: A test story", 'title: "FILL IN: a title"')
    found = [str(p) for p in check_story(make_story(story_yaml=story_yaml))]
    only_problem(found, "story.yaml", 2, "title is a placeholder left by framekit new-story: write a short, neutral title")
