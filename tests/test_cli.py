"""The framekit command: exit codes, messages, and no tracebacks.

Commands run in-process through ``main()``, with their output captured; a subprocess only where
the point is the process itself: the ``python -m framekit`` entry point, what a command imports.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from framekit.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "stories" / "crocus-call-2024"
PROBLEM_LINE = re.compile(r"^.+:\d+: .+$")


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def framekit(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch):
    """Run ``framekit ARGS...`` in-process from the kit's folder; returns its exit code and output."""
    monkeypatch.chdir(ROOT)

    def run(*args: str) -> Result:
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def test_validate_seed_story_prints_a_summary(framekit) -> None:
    result = framekit("validate", str(SEED))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{SEED}: OK" in result.stdout
    assert "5 articles" in result.stdout and "The Kyiv Independent" in result.stdout
    assert len(result.stdout.splitlines()) <= 24


def test_validate_a_folder_of_stories(framekit) -> None:
    result = framekit("validate", str(SEED.parent))
    assert result.returncode == 0 and f"{SEED}: OK" in result.stdout


def test_validate_bad_story_lists_every_problem_without_traceback(framekit, make_story) -> None:
    root = make_story(articles={"one.md": "no front matter\n", "two.md": "---\nid: two\n---\n\nText.\n"})
    result = framekit("validate", str(root))
    assert result.returncode == 1
    problems = [line for line in result.stdout.splitlines() if PROBLEM_LINE.match(line)]
    assert any("one.md:1: missing front matter" in line for line in problems)
    assert any("two.md:1: missing required key 'outlet'" in line for line in problems)
    assert any("two.md:1: missing required key 'published'" in line for line in problems)
    assert "Traceback" not in result.stdout + result.stderr


def test_validate_missing_folder(framekit) -> None:
    result = framekit("validate", "no/such/story")
    assert result.returncode == 1 and "no such story folder" in result.stdout
    assert "Traceback" not in result.stderr


def test_exercises_are_up_to_date(framekit) -> None:
    result = framekit("exercises", "check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_exercises_build_error_is_a_message(framekit, tmp_path: Path) -> None:
    result = framekit("exercises", "build", "--solutions", str(tmp_path / "none"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and result.stderr.startswith("framekit: ")
    assert "Traceback" not in result.stderr and not (tmp_path / "out").exists()


def test_quotes_json_has_exactly_the_contract_keys(framekit) -> None:
    result = framekit("quotes", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and all(list(row) == ["article", "speaker", "text", "kind", "cue", "via", "start", "end"] for row in rows)
    bodies = {p.stem: p for p in (SEED / "articles").glob("*.md")}
    assert {row["article"] for row in rows} == set(bodies)


def test_quotes_table_is_readable(framekit) -> None:
    result = framekit("quotes", str(SEED))
    header, first = result.stdout.splitlines()[:2]
    assert result.returncode == 0 and header.split()[:5] == ["article", "kind", "speaker", "cue", "via"]
    assert first.startswith("kremlin-tense-conversation")


def test_quotes_on_a_bad_story_gives_the_validation_messages(framekit, make_story) -> None:
    root = make_story(articles={"one.md": "no front matter\n"})
    result = framekit("quotes", str(root))
    assert result.returncode == 1 and "one.md:1: missing front matter" in result.stdout
    assert "Traceback" not in result.stderr


def test_terms_json_has_exactly_the_contract_keys_and_offsets_into_the_body(framekit) -> None:
    from framekit.story.load import load_story

    result = framekit("terms", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and all(list(row) == ["article", "family", "variant", "count", "per_1000_words", "spans"] for row in rows)
    story = load_story(SEED)
    kiev = next(r for r in rows if (r["article"], r["family"], r["variant"]) == ("macron-dismisses-claims", "capital", "Kiev"))
    body = story.article("macron-dismisses-claims").body
    assert kiev["count"] == len(kiev["spans"]) == 4
    assert all(body[start:end].startswith("Kiev") for start, end in kiev["spans"])
    assert kiev["per_1000_words"] == round(4000 / story.article("macron-dismisses-claims").words, 2)


def test_terms_table_per_family(framekit) -> None:
    result = framekit("terms", str(SEED))
    lines = result.stdout.splitlines()
    start = lines.index("capital: How does the outlet spell the name of Ukraine's capital?")
    assert result.returncode == 0 and lines[start + 1].split() == ["article", "Kyiv", "Kiev"]
    assert lines[start + 2].split() == ["kremlin-tense-conversation", "0", "1"]


def test_terms_without_terms_yaml_or_on_a_bad_story(framekit, make_story) -> None:
    root = make_story()
    result = framekit("terms", str(root))
    assert result.returncode == 1 and "has no terms.yaml" in result.stderr
    (root / "terms.yaml").write_text("families: [\n", encoding="utf-8")
    result = framekit("terms", str(root), "--json")
    assert result.returncode == 1 and "terms.yaml:2: YAML syntax error" in result.stdout


def test_figures_json_has_exactly_the_contract_keys(framekit) -> None:
    result = framekit("figures", str(SEED), "--json")
    assert result.returncode == 0
    rows = json.loads(result.stdout)
    keys = ["article", "text", "value", "low", "high", "hedge", "category", "source", "start", "end"]
    assert rows and all(list(row) == keys for row in rows)
    bodies = {p.stem: p.read_text(encoding="utf-8") for p in (SEED / "articles").glob("*.md")}
    assert all(row["text"] in bodies[row["article"]] for row in rows)


def test_figures_table_is_readable(framekit) -> None:
    result = framekit("figures", str(SEED))
    header, first = result.stdout.splitlines()[:2]
    assert result.returncode == 0
    assert header.split() == ["article", "text", "value", "interval", "category", "source"]
    assert first.split()[:3] == ["kremlin-tense-conversation", "at", "least"] and "144 or more" in first


def test_figures_table_shows_a_revision(framekit, make_story) -> None:
    article = "---\nid: one\noutlet: Example Times\npublished: 2024-04-03\n---\n\nThe toll rose from 28 to 31.\n"
    result = framekit("figures", str(make_story(articles={"one.md": article})))
    lines = result.stdout.splitlines()[1:]
    assert result.returncode == 0
    assert lines[0].split()[:3] == ["one", "28", "28"] and lines[1].split()[:5] == ["one", "31", "(from", "28)", "31"]


def test_figures_on_a_bad_story_gives_the_validation_messages(framekit, make_story) -> None:
    root = make_story()
    (root / "annotations").mkdir()
    (root / "annotations" / "figures.csv").write_text(
        "article,text,value,low,high,hedge,category,source,start,end\none,the call,1,1,1,,dead,,18,26\n", encoding="utf-8")
    result = framekit("figures", str(root))
    assert result.returncode == 1 and "figures.csv:2: category must be one of" in result.stdout
    assert "Traceback" not in result.stderr


def test_python_m_framekit_runs_the_command() -> None:
    result = subprocess.run([sys.executable, "-m", "framekit", "validate", str(SEED)], cwd=ROOT,
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0 and f"{SEED}: OK" in result.stdout and result.stderr == ""


HEAVY = ("nbformat", "jsonschema", "ipywidgets", "matplotlib", "nltk", "textblob")


@pytest.mark.parametrize(("command", "allowed"), [
    (["validate"], ()),
    (["quotes", "--json"], ("nltk", "textblob")),  # NLTK's Punkt splits sentences, TextBlob's lexicon tags words
    (["figures", "--json"], ("nltk", "textblob")),  # the same grammar names who reported a figure
    (["terms", "--json"], ()),
])
def test_story_commands_import_only_what_they_use(command: list[str], allowed: tuple[str, ...]) -> None:
    """The commands start fast: none loads the exercise builder (nbformat, 2 s) or the widgets."""
    args = [command[0], str(SEED), *command[1:]]
    script = (f"import sys, contextlib, io\nfrom framekit.cli import main\nwith contextlib.redirect_stdout(io.StringIO()):\n"
              f"    code = main({args!r})\nprint(code, sorted(m for m in {HEAVY!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.stdout.split(" ", 1) == ["0", f"{sorted(allowed)}\n"], result.stderr


@pytest.mark.parametrize("command", ["validate", "quotes", "terms", "figures"])
def test_a_story_is_named_by_its_id_as_well_as_its_folder(framekit, command: str) -> None:
    by_id, by_path = framekit(command, "crocus-call-2024"), framekit(command, str(SEED))
    assert by_id.returncode == 0 == by_path.returncode, by_id.stdout + by_id.stderr
    assert by_id.stdout.replace(str(SEED), "SEED") == by_path.stdout.replace(str(SEED), "SEED")


def test_an_unknown_story_id_is_named_in_the_message(framekit) -> None:
    result = framekit("quotes", "no-such-story")
    assert result.returncode == 1 and "no-such-story:1: no such story folder" in result.stdout


NEW_ARTICLE = """\
Fire at Port Vellin harbour leaves dozens injured
Share this article
A fire broke out at the Port Vellin harbour on Tuesday, injuring at least 34 people, officials said.
"The fire spread very quickly," said harbour master Ilse Brandt.
"""


def test_new_story_writes_a_folder_that_validate_lists_as_to_do(framekit, tmp_path: Path) -> None:
    (tmp_path / "pasted").mkdir()
    (tmp_path / "pasted" / "harbour.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    target = tmp_path / "vellin-fire"
    result = framekit("new-story", str(target), "--from", str(tmp_path / "pasted"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"wrote {target}: 1 article, " in result.stdout and "removed (share buttons): Share this article" in result.stdout
    assert (target / "removed-lines.txt").is_file() and (target / "annotations" / "quotes.csv").is_file()
    check = framekit("validate", str(target))
    assert check.returncode == 1 and "harbour.md:4: outlet is a placeholder left by framekit new-story" in check.stdout
    again = framekit("new-story", str(target), "--from", str(tmp_path / "pasted"))
    assert again.returncode == 1 and "already exists; choose another folder, or add --force" in again.stderr
    forced = framekit("new-story", str(target), "--from", str(tmp_path / "pasted"), "--force")
    assert forced.returncode == 0 and f"the folder it replaced was moved to {tmp_path / '.framekit-backups' / 'vellin-fire'}-" in forced.stdout


def test_new_story_names_each_bad_input_and_writes_nothing(framekit, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    result = framekit("new-story", str(tmp_path / "story"), "--from", str(tmp_path / "empty.txt"), str(tmp_path / "photo.jpg"))
    assert result.returncode == 1 and not (tmp_path / "story").exists()
    problems = [line for line in result.stdout.splitlines() if PROBLEM_LINE.match(line)]
    assert any(line.startswith(f"{tmp_path / 'empty.txt'}:1: empty file") for line in problems)
    assert any(line.startswith(f"{tmp_path / 'photo.jpg'}:1: a binary file, not text") for line in problems)
    assert "Traceback" not in result.stdout + result.stderr


def test_new_story_needs_its_inputs(framekit, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["new-story", "somewhere"])
    assert exit_.value.code != 0 and "--from" in capsys.readouterr().err  # argparse's usage error


# --- what reaches the terminal (issue 15, items 5, 13, 17) ---------------------------------

HOSTILE = "\x1b[2J\x1b[32mOK\x1b]0;title\x07\x9b31m\u202e"  # clear screen, green, window title, C1 CSI, bidi
RAW_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def hostile_story(make_story) -> Path:
    """A story whose title, outlet, article text, an unknown key and a file name hold control characters."""
    title = json.dumps(f"Title{HOSTILE}")
    story_yaml = STORY_YAML_FOR_HOSTILE.replace("TITLE", title)
    article = ("---\nid: one\noutlet: " + json.dumps(f"Outlet{HOSTILE}") + "\npublished: 2024-04-03\n---\n\n"
               f"The minister said: “We hope{HOSTILE} that the services are not behind this.”\n")
    return make_story(articles={"one.md": article}, story_yaml=story_yaml)


STORY_YAML_FOR_HOSTILE = "id: test-story\ntitle: TITLE\nevent_date: 2024-04-03\nsummary: One event.\n"


@pytest.mark.parametrize("command", [["validate"], ["quotes"], ["quotes", "--json"], ["figures"], ["terms", "--json"]])
def test_control_characters_in_a_story_never_reach_the_terminal(framekit, hostile_story: Path, command) -> None:
    result = framekit(command[0], str(hostile_story), *command[1:])
    assert RAW_CONTROL.search(result.stdout + result.stderr) is None, repr(result.stdout)
    if command[-1] == "--json" and result.returncode == 0:
        json.loads(result.stdout)  # still valid JSON: the controls are \\u escapes in its strings


def test_validate_shows_the_escapes_so_problems_cannot_hide(framekit, hostile_story: Path) -> None:
    (hostile_story / "story.yaml").write_text(
        (hostile_story / "story.yaml").read_text(encoding="utf-8") + json.dumps(f"key{HOSTILE}") + ": 1\n", encoding="utf-8")
    result = framekit("validate", str(hostile_story))
    assert result.returncode == 1
    assert "unknown key 'key\\u001b[2J\\u001b[32mOK" in result.stdout


def test_a_newline_in_a_file_name_cannot_forge_a_problem_line(framekit, make_story) -> None:
    root = make_story(articles={"one.md": "no front matter\n", "two\nforged.md:1: fine.md": "no front matter\n"})
    result = framekit("validate", str(root))
    lines = result.stdout.splitlines()
    assert f"{root / 'articles'}/two\\nforged.md:1: fine.md:1: missing front matter" in result.stdout
    assert not any(line.startswith("forged.md") for line in lines)


@pytest.mark.parametrize(("command", "where"), [
    ("validate", "framekit.cli.read_story"),
    ("quotes", "framekit.quotes.extraction.extract_story"),
    ("terms", "framekit.words.matching.counts"),
    ("figures", "framekit.figures.extraction.extract_story"),
])
def test_ctrl_c_exits_130_quietly(framekit, monkeypatch: pytest.MonkeyPatch, command: str, where: str) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(where, interrupted)
    result = framekit(command, str(SEED))
    assert (result.returncode, result.stderr) == (130, "")
    assert "Traceback" not in result.stdout


def test_a_broken_pipe_keeps_the_failure_exit_code(make_story) -> None:
    """`framekit validate BAD | head -n 1`: more problems than the pipe holds, read one line, close."""
    root = make_story(articles={f"a{n:04}.md": "no front matter\n" for n in range(1500)})
    process = subprocess.Popen([sys.executable, "-m", "framekit", "validate", str(root)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()
    try:
        process.wait(timeout=120)
    finally:
        error = process.stderr.read().decode()
        process.stderr.close()
    assert b"missing front matter" in first
    assert (process.returncode, error) == (1, "")


def test_exercises_build_into_the_solutions_is_refused_even_with_force(framekit, tmp_path: Path) -> None:
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    for notebook in sorted((ROOT / "solutions").glob("*.ipynb"))[:1]:
        (solutions / notebook.name).write_bytes(notebook.read_bytes())
    before = {path.name: path.read_bytes() for path in solutions.iterdir()}
    result = framekit("exercises", "build", "--solutions", str(solutions), "--out", str(solutions), "--force")
    assert result.returncode == 1 and "is or contains the solutions folder" in result.stderr
    assert {path.name: path.read_bytes() for path in solutions.iterdir()} == before


def test_exercises_build_with_force_says_where_the_backup_is(framekit, tmp_path: Path) -> None:
    solutions, out = tmp_path / "solutions", tmp_path / "exercises"
    solutions.mkdir()
    notebook = sorted((ROOT / "solutions").glob("*.ipynb"))[0]
    (solutions / notebook.name).write_bytes(notebook.read_bytes())
    assert framekit("exercises", "build", "--solutions", str(solutions), "--out", str(out)).returncode == 0
    (out / notebook.name).write_text('{"a student": "saved this"}', encoding="utf-8")
    result = framekit("exercises", "build", "--solutions", str(solutions), "--out", str(out), "--force")
    assert result.returncode == 0
    (backup,) = out.glob(f"{notebook.name}.bak-*")
    assert f"wrote {out / notebook.name} (the version it replaced is kept in {backup})" in result.stdout
    assert backup.read_text(encoding="utf-8") == '{"a student": "saved this"}'


@pytest.mark.parametrize(("command", "header"), [
    ("quotes", "article,speaker,text,kind,cue,via,start,end"),
    ("figures", "article,text,value,low,high,hedge,category,source,start,end"),
    ("terms", "article,family,variant,count,per_1000_words,spans"),
])
def test_csv_out_has_the_columns_and_one_line_per_row(framekit, command: str, header: str) -> None:
    import csv
    import io

    result = framekit(command, "crocus-call-2024", "--csv")
    assert result.returncode == 0 and result.stdout.splitlines()[0] == header
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) == len(result.stdout.splitlines()) > 1 and all(len(row) == len(rows[0]) for row in rows)


def test_handouts_writes_every_page_then_is_up_to_date_and_keeps_an_edited_page(framekit, tmp_path: Path) -> None:
    out = tmp_path / "handouts"
    first = framekit("handouts", "--out", str(out))
    pages = sorted(out.glob("*.html"))
    assert first.returncode == 0 and first.stderr == "" and len(pages) >= 3
    *wrote, summary = first.stdout.splitlines()
    assert sorted(wrote) == [f"wrote {page}" for page in pages] and summary == f"{len(pages)} of {len(pages)} page(s) written to {out}"
    again = framekit("handouts", "--out", str(out))
    assert again.returncode == 0 and again.stdout == f"{out} is up to date ({len(pages)} pages)\n"
    pages[0].write_text("my notes", encoding="utf-8")
    refused = framekit("handouts", "--out", str(out))
    assert refused.returncode == 1 and "not written by framekit handouts" in refused.stderr and "--force" in refused.stderr
    assert pages[0].read_text(encoding="utf-8") == "my notes" and "Traceback" not in refused.stderr
    forced = framekit("handouts", "--out", str(out), "--force")
    (backup,) = out.glob(f"{pages[0].name}.bak-*")
    assert forced.returncode == 0 and f"wrote {pages[0]} (the version it replaced is kept in {backup})" in forced.stdout
    assert backup.read_text(encoding="utf-8") == "my notes"
