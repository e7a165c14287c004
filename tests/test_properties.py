"""Property-based tests (Hypothesis): hostile and random input to the story reader, the CLI and
the check cells (issue 15, "the suite that keeps it so").

Whatever a story's files hold, `framekit validate` ends with status 0 or 1, says what is wrong
as `path:line: message`, prints no traceback and changes no file; whatever a student answers, a
check gives feedback. Each example runs in-process; pytest-timeout bounds the whole test, so a
hang fails it instead of stopping the suite.
"""

from __future__ import annotations

import hashlib
import io
import re
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framekit.cli import main
from framekit.teach import checks
from tests.conftest import ARTICLE, STORY_YAML, write_story

PROBLEM = re.compile(r"^.+:\d+: \S")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text as it arrives: printable, control characters, curly quotes, YAML and CSV syntax, NULs
# (no lone surrogates: a file cannot hold them as UTF-8; undecodable bytes have a test of their own).
HOSTILE_TEXT = st.text(
    alphabet=st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(list("-:[]{}&*!|>'\"#,\n\t\r\x00\x1b\x93“”%@`?<"))),
    max_size=300,
)
YAML_LINES = st.lists(
    st.one_of(
        HOSTILE_TEXT,
        st.sampled_from(["---", "id: x", "title: [", "event_date: 2024-13-40", "reference:", "  - date: 2024-03-22",
                         "    value: 99999999999999999999999999", "&a [1, 2]", "*a", "!!python/object:os.system", "? [a]",
                         "<<: {}", "summary: >-", "families:", "  - id: f", "    variants: [{label: x, patterns: ['regex:(a+)+']}]"]),
    ),
    max_size=12,
)


def snapshot(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def validate(root: Path) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(["validate", str(root)])
    return status, out.getvalue() + err.getvalue()


def assert_clear_answer(root: Path, before: dict[str, str]) -> None:
    status, shown = validate(root)
    assert status in (0, 1)
    assert "Traceback" not in shown
    if status == 1:
        assert any(PROBLEM.match(line) for line in shown.splitlines()), shown
    assert snapshot(root) == before  # validate changes no file


@SETTINGS
@given(meta=YAML_LINES)
def test_any_story_yaml_gets_a_clear_answer(tmp_path_factory, meta: list[str]) -> None:
    root = write_story(tmp_path_factory.mktemp("story") / "s", story_yaml="\n".join(meta))
    assert_clear_answer(root, snapshot(root))


@SETTINGS
@given(front=YAML_LINES, body=HOSTILE_TEXT)
def test_any_article_gets_a_clear_answer(tmp_path_factory, front: list[str], body: str) -> None:
    article = "---\n" + "\n".join(front) + "\n---\n\n" + body
    root = write_story(tmp_path_factory.mktemp("story") / "s", articles={"one.md": article, "two.md": ARTICLE.format(id="two")})
    assert_clear_answer(root, snapshot(root))


@SETTINGS
@given(data=st.binary(max_size=400), name=st.sampled_from(["story.yaml", "terms.yaml", "articles/one.md",
                                                               "annotations/quotes.csv", "annotations/figures.csv"]))
def test_any_bytes_in_any_story_file_get_a_clear_answer(tmp_path_factory, data: bytes, name: str) -> None:
    root = write_story(tmp_path_factory.mktemp("story") / "s", story_yaml=STORY_YAML)
    (root / name).parent.mkdir(parents=True, exist_ok=True)
    (root / name).write_bytes(data)
    assert_clear_answer(root, snapshot(root))


CSV_CELLS = st.lists(st.lists(st.one_of(HOSTILE_TEXT, st.integers().map(str), st.just("one")), max_size=10), max_size=8)


@SETTINGS
@given(rows=CSV_CELLS, kind=st.sampled_from(["quotes.csv", "figures.csv"]))
def test_any_annotation_rows_get_a_clear_answer(tmp_path_factory, rows: list[list[str]], kind: str) -> None:
    import csv

    root = write_story(tmp_path_factory.mktemp("story") / "s")
    (root / "annotations").mkdir()
    header = {"quotes.csv": "article,speaker,text,kind,cue,via,start,end",
              "figures.csv": "article,text,value,low,high,hedge,category,source,start,end"}[kind]
    with (root / "annotations" / kind).open("w", encoding="utf-8", newline="") as file:
        file.write(header + "\n")
        csv.writer(file).writerows(rows)
    assert_clear_answer(root, snapshot(root))


ANSWERS = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20), st.just(...),
              st.complex_numbers(), st.binary(max_size=5), st.decimals()),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.tuples(inner, inner), st.frozensets(st.integers(), max_size=3),
                            st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(answer=ANSWERS)
def test_any_answer_gets_feedback(answer: object) -> None:
    checks.ROUNDS, rounds = 10, checks.ROUNDS  # the hash's logic, not its cost
    try:
        pasted = checks.check(answer, checks.fingerprint(3, "p.1"), salt="p.1", hint="Count again.")
        computed = checks.check_story(answer, lambda: {"a": [1, 2]}, hint="Count again.")
        called = checks.check_story_function(lambda: answer, lambda: 3, [()], hint="Count again.")
    finally:
        checks.ROUNDS = rounds
    for feedback in (pasted, computed, called):
        assert feedback.status in ("correct", "not yet", "not answered")
        assert "Count again." in feedback.message or feedback.status != "not yet"
