"""What a careful tester fed the story reader (issue 15, items 8-11): every case ends in a
``path:line: message`` problem, in bounded time and memory, never a traceback or a hang.

Each case runs ``framekit validate`` in a child process with a time limit, so that a hang fails
the test instead of the suite, and an exception in the reader shows as a traceback on stderr.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from framekit.story.files import LOADERS, parse_yaml, read_text
from framekit.story.load import read_story
from framekit.story.terms import compile_pattern
from tests.conftest import ARTICLE, STORY_YAML

ROOT = Path(__file__).resolve().parents[2]
HANG_GUARD = 60  # seconds: a guard against a hang, not a speed target
PROBLEM = re.compile(r"^.+:\d+: .+$")


def validate(story: Path) -> tuple[int, list[str]]:
    """``framekit validate story`` in a child process: its status and its problem lines (a
    traceback or a hang fails the test)."""
    done = subprocess.run([sys.executable, "-m", "framekit", "validate", str(story)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=HANG_GUARD, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stderr == "", done.stderr[-3000:]
    assert len(done.stdout) < 10_000, f"{len(done.stdout)} characters printed"
    problems = [line for line in done.stdout.splitlines() if line and not line.endswith("problems found; no file was changed.")]
    assert all(PROBLEM.match(line) for line in problems), problems
    return done.returncode, problems


def story_with(make_story, yaml_tail: str = "", **articles: str) -> Path:
    files = {"one.md": ARTICLE.format(id="one"), **{f"{name}.md": text for name, text in articles.items()}}
    return make_story(articles=files, story_yaml=STORY_YAML + yaml_tail)


# --- item 8: aliases ------------------------------------------------------------------------

BILLION_LAUGHS = "\n".join([
    "a: &a [x, x, x, x, x, x, x, x, x, x]",
    *(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]" for i in range(8)),
    "event_date: *i",
]) + "\n"


def test_nested_aliases_are_refused_without_expanding_them(make_story) -> None:
    story = make_story(story_yaml=STORY_YAML.replace("event_date: 2024-04-03\n", "") + BILLION_LAUGHS)
    status, problems = validate(story)
    assert status == 1
    assert any("story.yaml:" in line and "aliases" in line for line in problems), problems


@pytest.mark.parametrize("loader", LOADERS)
def test_an_alias_is_refused_at_its_anchor_with_either_loader(loader) -> None:
    parsed, problems = parse_yaml("id: &name one\ntitle: *name\n", Path("story.yaml"), loader_class=loader)
    assert parsed is None
    assert [str(p) for p in problems] == [
        "story.yaml:1: YAML anchors and aliases (&name, *name) are not allowed in story files: write the value out "
        "where it is used again"]


def test_a_long_value_is_shortened_in_its_message(make_story) -> None:
    story = make_story(story_yaml=STORY_YAML.replace("value: 144", "value: " + repr("9" * 100_000)))
    status, problems = validate(story)
    assert status == 1 and any("value must be a whole number" in line and "..." in line for line in problems)


# --- item 9: regular expressions in terms.yaml ----------------------------------------------


@pytest.mark.parametrize("source", ["(a+)+$", "(a*)*b", "(?:x|ab+)*c", "((a{1,5})+)$", r"(\w+\s?)+$"])
def test_nested_quantifiers_are_refused(source: str) -> None:
    with pytest.raises(ValueError, match="nested repetition"):
        compile_pattern(f"regex:{source}")


@pytest.mark.parametrize("source", [r"\b", "(?=said)", "(?<=a)", "$", "x?"])
def test_a_regex_that_can_match_only_empty_text_somewhere_is_refused(source: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        compile_pattern(f"regex:{source}")


@pytest.mark.parametrize("source", ["a{99999999999}", "(" * 5000 + "a" + ")" * 5000])
def test_a_regex_too_large_to_compile_is_a_message(source: str) -> None:
    with pytest.raises(ValueError, match="too"):
        compile_pattern(f"regex:{source}")


@pytest.mark.parametrize("source", [r"\bIS\b", r"\bISIS\b(?!-K)", r"(?i)\bclaim(?:s|ed|ing)?\b(?!\s+(?:the\s+lives|over\b))",
                                    r"\d+(?:,\d{3})*", "colou?r"])
def test_ordinary_regexes_still_compile(source: str) -> None:
    assert compile_pattern(f"regex:{source}").search("IS ISIS claimed 1,000 colour") is not None


def test_a_catastrophic_regex_in_terms_yaml_is_a_problem_with_its_line(make_story) -> None:
    story = story_with(make_story)
    (story / "terms.yaml").write_text(
        "families:\n  - id: t\n    question: Q?\n    referent: R\n    variants:\n"
        "      - label: a\n        patterns: ['regex:(a+)+$']\n", encoding="utf-8")
    status, problems = validate(story)
    assert status == 1 and any(line.startswith(f"{story / 'terms.yaml'}:7: ") for line in problems), problems


# --- item 10: only regular files, never more than the limit ---------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("where", ["articles/two.md", "annotations/quotes.csv", "terms.yaml"])
def test_a_fifo_named_like_a_story_file_is_refused_not_read(make_story, where: str) -> None:
    story = story_with(make_story)
    (story / where).parent.mkdir(exist_ok=True)
    os.mkfifo(story / where)
    status, problems = validate(story)
    assert status == 1 and any(f"{where}:1: not a regular file" in line for line in problems), problems


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_link_to_a_device_is_refused_not_read(make_story, tmp_path: Path) -> None:
    story = story_with(make_story)
    (story / "articles" / "two.md").symlink_to("/dev/zero")
    (story / "story-link").mkdir()
    status, problems = validate(story)
    assert status == 1 and any("two.md:1: " in line for line in problems), problems


def test_a_file_that_grows_past_the_limit_is_not_read_past_it(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "story.yaml"
    path.write_bytes(b"x" * 3 * 1024 * 1024)
    real_stat, real_fstat = os.stat, os.fstat

    def small(status: os.stat_result) -> os.stat_result:  # the size it had when it was looked at, before it grew
        return os.stat_result((*status[:6], 50, *status[7:]))

    monkeypatch.setattr(os, "stat", lambda target, *a, **k: small(real_stat(target, *a, **k)) if str(target) == str(path)
                        else real_stat(target, *a, **k))
    monkeypatch.setattr(os, "fstat", lambda fd: small(real_fstat(fd)))
    text, problems = read_text(path, 1024 * 1024)
    monkeypatch.undo()
    assert text is None and [str(p) for p in problems] == [f"{path}:1: file is 1.0 MB; files of this kind are limited to 1 MB"]


# --- item 11: tracebacks ------------------------------------------------------------------


@pytest.mark.parametrize("tail", [
    "deep: " + "[" * 20_000 + "]" * 20_000 + "\n",
    "deep: " + "[" * 200_000 + "]" * 200_000 + "\n",  # libyaml's composer crashed the process (exit -11)
    "deep:\n  " + "- " * 100_000 + "x\n",
    "deep:\n" + "".join("  " * i + f"k{i}:\n" for i in range(3000)),
    "big: " + "7" * 5000 + "\n",
    "control: \"a\x00b\"\n",
    "curly: say \x93hello\x94\n",
    "key: [a, b]\n? [a, b]\n: 1\n",
])
def test_hostile_yaml_is_a_problem_with_a_line(make_story, tail: str) -> None:
    story = make_story(story_yaml=STORY_YAML + tail)
    status, problems = validate(story)
    assert status == 1 and any("story.yaml:" in line for line in problems), problems


def test_a_control_character_is_named_with_its_line(make_story) -> None:
    story = make_story(story_yaml=STORY_YAML.replace("summary: Two", "summary: \x93Two"))
    status, problems = validate(story)
    assert any(line.endswith("story.yaml:4: character U+0093 is not allowed in YAML: a control character "
                             "(often a curly quote pasted from elsewhere); type it again") for line in problems), problems


def test_a_symlink_loop_is_a_problem(make_story) -> None:
    story = story_with(make_story)
    (story / "articles" / "loop.md").symlink_to(story / "articles" / "loop.md")
    (story / "terms.yaml").symlink_to(story / "terms.yaml")
    status, problems = validate(story)
    assert status == 1 and any("loop.md:1: " in line for line in problems) and any("terms.yaml:1: " in line for line in problems)


def test_a_csv_cell_longer_than_the_csv_limit_is_a_problem(make_story) -> None:
    story = story_with(make_story)
    (story / "annotations").mkdir()
    (story / "annotations" / "quotes.csv").write_text(
        "article,speaker,text,kind,cue,via,start,end\none,x,\"" + "y" * 200_000 + "\",direct,,,0,1\n", encoding="utf-8")
    status, problems = validate(story)
    assert status == 1 and any("quotes.csv:2: " in line for line in problems), problems


@pytest.mark.parametrize("folder", ["articles", "annotations", "."])
def test_an_unreadable_folder_is_a_problem(make_story, monkeypatch, folder: str) -> None:
    story = story_with(make_story)
    (story / "annotations").mkdir()
    denied = (story / folder).resolve()
    iterdir, is_file = Path.iterdir, Path.is_file

    def refuse(path: Path):  # as the system answers for a folder without read permission (root reads any)
        if path.resolve() == denied:
            raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "iterdir", lambda path: refuse(path) or iterdir(path))
    monkeypatch.setattr(Path, "is_file", lambda path: refuse(path.parent) or is_file(path))
    story_, problems = read_story(story)
    assert story_ is None and any("Permission denied" in str(p) for p in problems), problems


@pytest.mark.parametrize(("yaml_text", "says"), [
    ("? [a, b]\n: 1\n", "a key must be plain text or a number"),
    ("{[1]: 2}\n", "a key must be plain text or a number"),
    ("<<: 1\n", "'<<' merges mappings"),
])
def test_an_unhashable_key_or_a_merge_says_what_is_wrong(make_story, yaml_text: str, says: str) -> None:
    from framekit.story.load import check_story

    root = make_story()
    (root / "terms.yaml").write_text(yaml_text, encoding="utf-8")
    problems = [str(p) for p in check_story(root)]
    assert any(says in p and "tag not allowed" not in p for p in problems), problems
