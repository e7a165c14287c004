"""framekit.story.new: a story folder drafted from pasted article texts (small fictional articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from framekit.story.files import MAX_FILE_BYTES
from framekit.story.load import check_story, load_story
from framekit.story.new import (
    BACKUPS,
    REPORT,
    NewStoryError,
    furniture_rule,
    headline_of,
    is_byline,
    paragraphs,
    plan_story,
    printable,
    unique_id,
    write_story,
)

# A fictional article as a browser copies it: headline, byline, credit, buttons, text, ads.
HARBOUR = """\
Fire at Port Vellin harbour leaves dozens injured
By Ana Torvik
Photo: Lars Moen/Reuters
Share this article
A fire broke out at the Port Vellin harbour on Tuesday, injuring at least 34 people, officials said.
Advertisement
"The fire spread very quickly," said harbour master Ilse Brandt.
Read more: Port Vellin's harbour reopens after storm
Sign up for our morning newsletter
"""
BLAZE = """\
# Blaze in Vellin port: two dead

Published 5 May 2031, 09:12

A blaze at the port of Vellin killed two workers on Tuesday, the governor said.

Governor Piet Kalmor called it "a dark day for the port".
"""


def pasted(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "pasted"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return folder


def problems_of(tmp_path: Path, files: dict[str, str | bytes]) -> list[str]:
    plan, problems = plan_story(tmp_path / "story", [pasted(tmp_path, files)])
    assert plan is None
    return [str(problem) for problem in problems]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Share", "share buttons"), ("Share this article", "share buttons"), ("Facebook Twitter WhatsApp Email", "share buttons"),
        ("Copy link", "share buttons"), ("Read more", "read-more link"), ("READ MORE: Harbour reopens", "read-more link"),
        ("See also", "read-more link"), ("Related articles", "read-more link"), ("Continue reading", "read-more link"),
        ("Sign up for our daily newsletter", "newsletter line"), ("Get the newsletter delivered to your inbox", "newsletter line"),
        ("Subscribe", "newsletter line"), ("Photo: Lars Moen/Reuters", "photo credit"), ("(Photo by J. Doe/Getty Images)", "photo credit"),
        ("Image credit: AFP", "photo credit"), ("Harbour workers on Tuesday / Getty Images", "photo credit"),
        ("![a ship](https://example.org/ship.jpg)", "photo credit"), ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"), ("Story continues below advertisement", "advertisement"),
        ("We use cookies to improve your experience", "cookie notice"), ("Accept all", "cookie notice"),
        ("Skip to content", "page navigation"), ("4 min read", "page navigation"), ("12 comments", "page navigation"),
        ("Published 5 May 2031, 09:12", "date line"), ("Updated: 06/05/2031", "date line"),
    ],
)
def test_each_kind_of_furniture_is_named(line: str, rule: str) -> None:
    assert furniture_rule(line) == rule
    assert furniture_rule(f"  {line}  ") == rule


@pytest.mark.parametrize(
    "line",
    [
        "The newsletter of the port authority reported the fire first.",  # names a newsletter, no call to subscribe
        "Officials said cookies and coffee were handed out to the evacuated workers.",  # cookies, but no notice
        "Share prices of the harbour operator fell on Tuesday.",  # "share", in a sentence
        "Facebook posts from the docks showed the smoke.",
        "A photographer for the port, Lars Moen, said the smoke was black.",
        "He said: " + "advertisement " * 20,  # too long for furniture: a paragraph of the article
        "",
    ],
)
def test_lines_of_the_article_are_kept(line: str) -> None:
    assert furniture_rule(line) is None


def test_headline_and_byline_rules() -> None:
    assert headline_of("Fire at Port Vellin harbour leaves dozens injured") == "Fire at Port Vellin harbour leaves dozens injured"
    assert headline_of("# Blaze: two dead") == "Blaze: two dead"
    assert headline_of("**Blaze in the port**") == "Blaze in the port"
    assert headline_of("A fire broke out at the harbour on Tuesday.") is None  # a sentence
    assert headline_of("Fire") is None  # one word
    assert is_byline("By Ana Torvik") and is_byline("BY ANA TORVIK and Lars Moen, Reuters")
    assert not is_byline("By Tuesday the fire was out.") and not is_byline("By the end of the day, firefighters left")


def test_paragraphs_one_per_line_or_as_given() -> None:
    assert paragraphs(["First.", "Second."]) == ("First.\n\nSecond.", True)
    assert paragraphs(["", "First line", "same paragraph.", "", "", "", "Second.", ""]) == ("First line\nsame paragraph.\n\nSecond.", False)


def test_ids_from_file_names() -> None:
    assert unique_id(Path("Fire at the Harbour (copy).txt"), set()) == "fire-at-the-harbour-copy"
    assert unique_id(Path("Kyïv — été.md"), set()) == "kyiv-ete"
    assert unique_id(Path("!!!.txt"), set()) == "article"
    assert unique_id(Path("a/fire.txt"), {"fire", "fire-2"}) == "fire-3"


def test_a_plan_moves_the_front_lines_and_lists_every_removed_line(tmp_path: Path) -> None:
    plan, problems = plan_story(tmp_path / "vellin-fire", [pasted(tmp_path, {"harbour.txt": HARBOUR, "blaze.md": BLAZE})])
    assert problems == [] and plan is not None
    harbour, blaze = sorted(plan.drafts, key=lambda d: d.id != "harbour")
    assert harbour.headline == "Fire at Port Vellin harbour leaves dozens injured" and harbour.byline == "Ana Torvik"
    assert harbour.body.startswith("A fire broke out") and "\n\n\"The fire spread" in harbour.body
    assert [(r.line, r.reason) for r in harbour.removed] == [
        (1, "moved to the front matter (headline)"), (2, "moved to the front matter (byline)"), (3, "removed (photo credit)"),
        (4, "removed (share buttons)"), (6, "removed (advertisement)"), (8, "removed (read-more link)"),
        (9, "removed (newsletter line)"),
    ]
    assert blaze.headline == "Blaze in Vellin port: two dead" and "“Published 5 May 2031, 09:12”" in blaze.notes
    report = plan.files[REPORT]
    assert all(str(line) in report for line in plan.removed)
    assert f"{tmp_path / 'pasted' / 'harbour.txt'}:3: removed (photo credit): Photo: Lars Moen/Reuters" in report


def test_the_written_folder_lacks_only_the_placeholders(tmp_path: Path) -> None:
    plan, _ = plan_story(tmp_path / "vellin-fire", [pasted(tmp_path, {"harbour.txt": HARBOUR, "blaze.md": BLAZE})])
    assert write_story(plan) is None
    found = check_story(tmp_path / "vellin-fire")
    assert [(p.path.name, p.message.split(" is a placeholder")[0]) for p in found] == [
        ("blaze.md", "outlet"), ("blaze.md", "published"), ("harbour.md", "outlet"), ("harbour.md", "published"),
        ("story.yaml", "title"), ("story.yaml", "event_date"), ("story.yaml", "summary"),
    ]
    assert "id: \"vellin-fire\"" in (tmp_path / "vellin-fire" / "story.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"empty.txt": ""}, "empty.txt:1: empty file"),
        ({"blank.txt": "\n  \n\n"}, "blank.txt:1: empty file: it holds only blank lines"),
        ({"scan.pdf": b"%PDF-1.4\n\x00\x01\x02binary"}, "scan.pdf:2: a binary file, not text"),
        ({"latin.txt": "Caf\xe9 fire\n".encode("latin-1")}, "latin.txt:1: not valid UTF-8: byte 0xe9"),
        ({"a.txt": HARBOUR, "b.txt": HARBOUR.replace("\n", "\n\n")}, "b.txt:1: duplicate article: the same text as"),
        ({"ads.txt": "Advertisement\nShare\nRead more\n"}, "ads.txt:1: nothing is left after removing the page furniture"),
        ({"page.html": "<p>A fire broke out.</p>\n"}, "page.html:1: a .html file is not read: save the article's text as plain text"),
    ],
)
def test_each_bad_input_is_named_with_what_is_wrong(tmp_path: Path, files: dict, expected: str) -> None:
    found = problems_of(tmp_path, {"good.txt": BLAZE, **files})
    assert len(found) == 1 and expected in found[0], found


def test_an_input_over_the_size_limit(tmp_path: Path) -> None:
    found = problems_of(tmp_path, {"huge.txt": "A fire broke out. " * (MAX_FILE_BYTES // 18 + 10)})
    assert len(found) == 1 and "huge.txt:1: file is 2.0 MB; files of this kind are limited to 2 MB" in found[0], found


def test_every_bad_input_is_listed_in_one_run(tmp_path: Path) -> None:
    found = problems_of(tmp_path, {"a.txt": "", "b.txt": b"\x00", "c.txt": "ok text here.\n"})
    assert [line.split(":")[0].rsplit("/", 1)[-1] for line in found] == ["a.txt", "b.txt"]


def test_missing_input_and_a_file_given_twice(tmp_path: Path) -> None:
    folder = pasted(tmp_path, {"harbour.txt": HARBOUR})
    plan, problems = plan_story(tmp_path / "story", [folder, folder / "harbour.txt", tmp_path / "nothing.txt"])
    assert plan is None
    assert sorted(p.message for p in problems) == ["given twice: give each article once", "no such file or folder"]


def test_an_existing_folder_is_refused_then_backed_up_with_force(tmp_path: Path) -> None:
    target = tmp_path / "stories" / "vellin-fire"
    (target / "articles").mkdir(parents=True)
    (target / "articles" / "mine.md").write_text("my own work\n", encoding="utf-8")
    plan, _ = plan_story(target, [pasted(tmp_path, {"harbour.txt": HARBOUR})])
    with pytest.raises(NewStoryError, match="already exists; choose another folder, or add --force"):
        write_story(plan)
    assert (target / "articles" / "mine.md").is_file() and not (target / "story.yaml").exists()
    backup = write_story(plan, force=True)
    assert backup is not None and backup.parent == target.parent / BACKUPS
    assert (backup / "articles" / "mine.md").read_text(encoding="utf-8") == "my own work\n"
    assert (target / "articles" / "harbour.md").is_file() and not (target / "articles" / "mine.md").exists()
    second = write_story(plan, force=True)
    assert second != backup and second.is_dir() and backup.is_dir()
    assert sorted(p.name for p in target.parent.iterdir()) == [BACKUPS, "vellin-fire"]  # nothing half-written left


@pytest.mark.parametrize("where", ["pasted", "pasted/story"])
def test_the_folder_may_not_be_or_hold_an_input(tmp_path: Path, where: str) -> None:
    folder = pasted(tmp_path, {"harbour.txt": HARBOUR})
    plan, _ = plan_story(tmp_path / where, [folder])
    with pytest.raises(NewStoryError, match="must not hold an input nor lie inside an input folder"):
        write_story(plan, force=True)
    assert sorted(p.name for p in folder.iterdir()) == ["harbour.txt"]


def test_inputs_are_never_changed(tmp_path: Path) -> None:
    folder = pasted(tmp_path, {"harbour.txt": HARBOUR, "blaze.md": BLAZE.replace("\n", "\r\n")})
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    plan, _ = plan_story(tmp_path / "story", [folder])
    write_story(plan)
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()} == before


def test_terminal_text_is_printable() -> None:
    assert printable("Share\x1b[31m red\x07") == "Share\\x1b[31m red\\x07"


def test_ids_that_yaml_would_read_as_numbers_or_yes_no_stay_text(tmp_path: Path) -> None:
    plan, _ = plan_story(tmp_path / "story", [pasted(tmp_path, {"2024.txt": HARBOUR, "no.md": BLAZE})])
    write_story(plan)
    found = check_story(tmp_path / "story")
    assert {p.path.name for p in found} == {"2024.md", "no.md", "story.yaml"}
    assert all("is a placeholder" in p.message for p in found), found


def test_a_text_without_headline_keeps_its_first_line(tmp_path: Path) -> None:
    plan, _ = plan_story(tmp_path / "story", [pasted(tmp_path, {
        "byline.txt": "By Ana Torvik\nA fire broke out at the harbour.\nIt burned for six hours.\n",
        "one-line.txt": "Fire at the harbour, two dead\n"})])
    byline, one_line = plan.drafts
    assert (byline.headline, byline.byline, byline.body) == (None, "Ana Torvik", "A fire broke out at the harbour.\n\nIt burned for six hours.")
    assert (one_line.headline, one_line.body) == (None, "Fire at the harbour, two dead")


def test_two_files_with_one_id_get_two(tmp_path: Path) -> None:
    plan, _ = plan_story(tmp_path / "story", [pasted(tmp_path, {"Fire.md": BLAZE, "fire.txt": HARBOUR})])
    assert [d.id for d in plan.drafts] == ["fire", "fire-2"]
    assert sorted(name for name in plan.files if name.startswith("articles/")) == ["articles/fire-2.md", "articles/fire.md"]


def fill_in(root: Path) -> Path:
    """The story at ``root`` with each FILL IN placeholder replaced, as an instructor would."""
    values = {"title": "Vellin fire", "event_date": "2031-05-04", "summary": "A fire.", "outlet": "Post", "published": "2031-05-05"}
    for path in [root / "story.yaml", *(root / "articles").glob("*.md")]:
        lines = [f"{line.split(':')[0]}: {values[line.split(':')[0]]}" if '"FILL IN:' in line else line
                 for line in path.read_text(encoding="utf-8").split("\n")]
        path.write_text("\n".join(lines), encoding="utf-8")
    return root


def test_front_matter_values_survive_any_character(tmp_path: Path) -> None:
    headline = 'A "quoted" headline: #1 \\ with\x7f DEL, a\u2028separator and \x1b escape'
    plan, _ = plan_story(tmp_path / "story", [pasted(tmp_path, {"odd.txt": f"{headline}\nA fire broke out.\n"})])
    write_story(plan)
    assert load_story(fill_in(tmp_path / "story")).article("odd").headline == headline
