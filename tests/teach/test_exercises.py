"""framekit.teach.exercises: exercise notebooks generated from solutions/, and safe rebuilds."""

from __future__ import annotations

import ast
import copy
from pathlib import Path

import nbformat
import pytest
from nbformat import v4

from framekit.teach import exercises
from framekit.teach.checks import fingerprint
from framekit.teach.exercises import (
    ExerciseError,
    build,
    content_hash,
    make_exercise,
    stale,
)


def solution_of(*cells: nbformat.NotebookNode) -> nbformat.NotebookNode:
    nb = v4.new_notebook()
    nb.cells = list(cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def exercise_code(source: str) -> str:
    """The exercise version of a single code cell."""
    return make_exercise(solution_of(v4.new_code_cell(source)), "solutions/t.ipynb").cells[0].source


def block(body: str, indent: str = "") -> str:
    """``body`` between solution markers (trailing spaces on BEGIN), all indented by ``indent``."""
    lines = ["### BEGIN SOLUTION  ", *body.splitlines(), "### END SOLUTION"]
    return "\n".join(indent + line for line in lines)


def test_assignments_keep_their_names() -> None:
    source = block("import math\nanswer = round(math.pi)\nfirst, (second, third) = 1, (2, 3)\nx = y = 2\ntotal += 1")
    assert exercise_code(source) == (
        "# YOUR ANSWER HERE\nanswer = ...\nfirst, (second, third) = ..., (..., ...)\nx = y = ...\ntotal = ..."
    )


def test_annotated_assignment_keeps_its_annotation() -> None:
    assert exercise_code(block("counts: dict[str, int] = {'a': 1}")) == "# YOUR ANSWER HERE\ncounts: dict[str, int] = ..."


def test_function_keeps_its_signature_and_returns_ellipsis() -> None:
    source = block(
        '@cache\ndef count_mentions(text: str,\n                   phrase: str = "a:b") -> int:  # two lines\n'
        '    """How often phrase occurs in text."""\n    words = text.split()\n    return words.count(phrase)'
    )
    generated = exercise_code(source)
    assert generated == (
        "# YOUR ANSWER HERE\n"
        'def count_mentions(text: str,\n                   phrase: str = "a:b") -> int:\n'
        '    """How often phrase occurs in text."""\n'
        "    return ..."
    )
    namespace: dict = {}
    exec(generated, namespace)
    assert namespace["count_mentions"]("Kiev is Kiev") is Ellipsis


def test_indented_block_inside_a_function() -> None:
    source = "def share(part, whole):\n" + block("ratio = part / whole\nreturn ratio", indent="    ") + "\n\nshare(1, 2)"
    generated = exercise_code(source)
    assert generated == (
        "def share(part, whole):\n    # YOUR ANSWER HERE\n    ratio = ...\n    return ...\n\nshare(1, 2)"
    )
    namespace: dict = {}
    exec(generated, namespace)
    assert namespace["share"](1, 2) is Ellipsis


def test_nothing_left_becomes_pass_at_the_marker_indentation() -> None:
    source = "for outlet in outlets:\n" + block("print(outlet)\nitems.append(outlet)", indent="    ") + "\nprint('done')"
    assert exercise_code(source) == "for outlet in outlets:\n    # YOUR ANSWER HERE\n    pass\nprint('done')"


def test_block_that_does_not_parse_becomes_pass() -> None:
    assert exercise_code(block("%timeit answer()")) == "# YOUR ANSWER HERE\npass"


def test_every_generated_code_cell_parses() -> None:
    sources = [
        block("a, *rest = [1, 2, 3]\nobj.attr = 4\nclass K:\n    pass"),
        "if True:\n" + block("x = 1\nif x:\n    y = 2", indent="    ") + "\nelse:\n    pass",
        "def f():\n" + block("for i in range(3):\n    yield i", indent="    "),
        "class K:\n" + block("def method(self, x):\n    return x", indent="    "),
    ]
    nb = make_exercise(solution_of(*map(v4.new_code_cell, sources)), "solutions/t.ipynb")
    for cell in nb.cells:
        assert "BEGIN" not in cell.source
        ast.parse(cell.source)


def test_outputs_and_counts_are_dropped_ids_and_tags_kept_input_untouched() -> None:
    cell = v4.new_code_cell(block("answer = 3") + "\nanswer", execution_count=4)
    cell.outputs = [v4.new_output("execute_result", {"text/plain": "3"}, execution_count=4)]
    cell.metadata["tags"] = ["exercise"]
    cell.metadata["execution"] = {"iopub.execute_input": "2024-04-03T10:00:00"}
    solution = solution_of(v4.new_markdown_cell("# Title"), cell)
    solution.metadata["widgets"] = {"state": {}}
    before = copy.deepcopy(solution)

    nb = make_exercise(solution, "solutions/01_count.ipynb")

    assert solution == before
    code = nb.cells[1]
    assert code.outputs == [] and code.execution_count is None
    assert code.metadata == {"tags": ["exercise"]}
    assert [c.id for c in nb.cells] == [c.id for c in solution.cells]
    assert "widgets" not in nb.metadata and nb.metadata.kernelspec == solution.metadata.kernelspec
    assert nb.metadata.framekit == {"generated_from": "solutions/01_count.ipynb", "sha256": content_hash(nb)}


def test_content_hash_ignores_only_its_own_field() -> None:
    nb = make_exercise(solution_of(v4.new_code_cell("x = 1")), "solutions/t.ipynb")
    changed = copy.deepcopy(nb)
    changed.metadata.framekit.sha256 = "0" * 64
    assert content_hash(changed) == content_hash(nb)
    changed.cells[0].source = "x = 2"
    assert content_hash(changed) != content_hash(nb)


def test_markdown_block_becomes_a_prompt() -> None:
    text = "Which outlet said it first?\n\n" + block("**RIA Novosti**, at 09:00.") + "\n\nThen compare."
    nb = make_exercise(solution_of(v4.new_markdown_cell(text)), "solutions/t.ipynb")
    assert nb.cells[0].source == "Which outlet said it first?\n\n_Write your answer here._\n\nThen compare."


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("### BEGIN SOLUTION\nx = 1", "solutions/t.ipynb: cell 2: ### BEGIN SOLUTION without ### END SOLUTION"),
        ("x = 1\n### END SOLUTION", "solutions/t.ipynb: cell 2: ### END SOLUTION without ### BEGIN SOLUTION"),
        ("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION", "cell 2: ### BEGIN SOLUTION inside another"),
    ],
)
def test_unbalanced_markers_are_reported_with_the_cell(source: str, message: str) -> None:
    solution = solution_of(v4.new_markdown_cell("intro"), v4.new_code_cell(source))
    with pytest.raises(ExerciseError, match=message.replace("(", r"\(")):
        make_exercise(solution, "solutions/t.ipynb")


# --- build and stale ----------------------------------------------------------------


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    """A kit folder with two solution notebooks and no exercises yet."""
    (tmp_path / "solutions").mkdir()
    for name, value in [("01_count.ipynb", 3), ("02_share.ipynb", 0.5)]:
        nb = solution_of(v4.new_code_cell(block(f"answer = {value}")))
        nbformat.write(nb, tmp_path / "solutions" / name)
    (tmp_path / "solutions" / ".hidden.ipynb").write_text("not a notebook", encoding="utf-8")
    return tmp_path


def build_kit(kit: Path, force: bool = False) -> list[Path]:
    return build(kit / "solutions", kit / "exercises", force=force)


def test_build_writes_every_exercise_and_an_unchanged_rebuild_writes_nothing(kit: Path) -> None:
    written = build_kit(kit)
    assert written == [kit / "exercises" / "01_count.ipynb", kit / "exercises" / "02_share.ipynb"]
    nb = nbformat.read(written[0], as_version=4)
    assert nb.cells[0].source == "# YOUR ANSWER HERE\nanswer = ..."
    assert nb.metadata.framekit["generated_from"] == "solutions/01_count.ipynb"
    stamps = [path.stat().st_mtime_ns for path in written]

    assert build_kit(kit) == []
    assert [path.stat().st_mtime_ns for path in written] == stamps


def test_build_replaces_an_untouched_exercise_when_its_solution_changes(kit: Path) -> None:
    build_kit(kit)
    solution = kit / "solutions" / "02_share.ipynb"
    nb = nbformat.read(solution, as_version=4)
    nb.cells.append(v4.new_markdown_cell("New question"))
    nbformat.write(nb, solution)
    assert build_kit(kit) == [kit / "exercises" / "02_share.ipynb"]


def run_and_save(path: Path) -> None:
    """What a student does: run the notebook and save it with outputs."""
    nb = nbformat.read(path, as_version=4)
    nb.cells[0].execution_count = 1
    nb.cells[0].outputs = [v4.new_output("stream", text="hello\n")]
    nbformat.write(nb, path)


def test_build_refuses_to_overwrite_an_edited_exercise_and_writes_nothing(kit: Path) -> None:
    build_kit(kit)
    first, second = kit / "exercises" / "01_count.ipynb", kit / "exercises" / "02_share.ipynb"
    second.unlink()
    run_and_save(first)
    edited = first.read_text(encoding="utf-8")
    (kit / "solutions" / "01_count.ipynb").write_text(
        nbformat.writes(solution_of(v4.new_code_cell(block("answer = 4")))), encoding="utf-8"
    )

    with pytest.raises(ExerciseError) as caught:
        build_kit(kit)

    assert str(caught.value) == (
        f"{first} has changes that were not generated from {kit / 'solutions'}/ (someone edited or ran it). "
        "Nothing was written. To keep those changes, build elsewhere with --out OTHER_DIR; "
        "to replace the file, use --force."
    )
    assert first.read_text(encoding="utf-8") == edited
    assert not second.exists()


@pytest.mark.parametrize("text", ['{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}', "{not json"])
def test_build_refuses_a_file_framekit_did_not_make(kit: Path, text: str) -> None:
    (kit / "exercises").mkdir()
    (kit / "exercises" / "01_count.ipynb").write_text(text, encoding="utf-8")
    with pytest.raises(ExerciseError, match="01_count.ipynb has changes that were not generated"):
        build_kit(kit)
    assert (kit / "exercises" / "01_count.ipynb").read_text(encoding="utf-8") == text
    assert not (kit / "exercises" / "02_share.ipynb").exists()


def test_force_overwrites_an_edited_exercise(kit: Path) -> None:
    build_kit(kit)
    exercise = kit / "exercises" / "01_count.ipynb"
    run_and_save(exercise)
    assert build_kit(kit, force=True) == [exercise]
    assert nbformat.read(exercise, as_version=4).cells[0].outputs == []
    assert stale(kit / "solutions", kit / "exercises") == []


def test_missing_solutions_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(ExerciseError, match="not found: run from the kit's root folder or pass --solutions DIR"):
        build(missing, tmp_path / "exercises")
    assert not (tmp_path / "exercises").exists()


def test_stale_reports_missing_out_of_date_and_orphaned_exercises(kit: Path) -> None:
    solutions, out = kit / "solutions", kit / "exercises"
    assert stale(solutions, out) == [
        f"{out / '01_count.ipynb'} is missing: run framekit exercises build",
        f"{out / '02_share.ipynb'} is missing: run framekit exercises build",
    ]
    build_kit(kit)
    assert stale(solutions, out) == []

    run_and_save(out / "01_count.ipynb")
    (solutions / "02_share.ipynb").rename(solutions / "03_share.ipynb")
    assert stale(solutions, out) == [
        f"{out / '01_count.ipynb'} is out of date with {solutions / '01_count.ipynb'}: run framekit exercises build",
        f"{out / '03_share.ipynb'} is missing: run framekit exercises build",
        f"{out / '02_share.ipynb'} has no source in {solutions}/",
    ]


def test_build_and_stale_agree_on_the_file_text(kit: Path) -> None:
    written = build_kit(kit)
    source = nbformat.read(kit / "solutions" / "01_count.ipynb", as_version=4)
    expected = exercises.exercise_text(make_exercise(source, "solutions/01_count.ipynb"))
    assert written[0].read_text(encoding="utf-8") == expected


def test_generated_exercise_runs_top_to_bottom(tmp_path: Path) -> None:
    nbclient = pytest.importorskip("nbclient")
    (tmp_path / "solutions").mkdir()
    solution = solution_of(
        v4.new_code_cell(block("import math\nanswer = math.floor(3.7)")),
        v4.new_code_cell(
            f'from framekit.teach import checks\nchecks.check(answer, "{fingerprint(3)}", hint="Round down.")'
        ),
    )
    nbformat.write(solution, tmp_path / "solutions" / "01.ipynb")
    (path,) = build(tmp_path / "solutions", tmp_path / "exercises")

    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(nb, timeout=60, kernel_name="python3").execute()

    (result,) = nb.cells[1].outputs
    assert result.output_type == "execute_result"
    assert result.data["text/plain"] == "✏️ Not answered yet: replace the ... with your answer."
    assert "Not answered yet" in result.data["text/html"]


def test_markers_that_split_an_expression_are_reported() -> None:
    solution = solution_of(v4.new_code_cell("total = (\n" + block("1 + 2") + "\n)"))
    with pytest.raises(ExerciseError, match="cell 1: the exercise version of this cell is not valid Python"):
        make_exercise(solution, "solutions/t.ipynb")
