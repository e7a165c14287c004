"""framekit.teach.exercises: exercise notebooks generated from solutions/, and safe rebuilds."""

from __future__ import annotations

import ast
import copy
import os
import sys
from concurrent.futures import ThreadPoolExecutor
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


def test_a_solution_cells_metadata_and_attachments_do_not_reach_the_exercise() -> None:
    code = v4.new_code_cell(block("answer = 3"), metadata={"tags": ["keep"], "grader": {"answer": 3}})
    text = v4.new_markdown_cell(f"{block('It is 3: ![](attachment:answer.png)')}", metadata={"solution_note": "3"})
    text["attachments"] = {"answer.png": {"image/png": "iVBORw0KGgo="}}
    plain = v4.new_markdown_cell("No answer here.", metadata={"slideshow": {"slide_type": "slide"}})
    made = make_exercise(solution_of(code, text, plain), "solutions/t.ipynb").cells
    assert made[0].metadata == {"tags": ["keep"]} and made[1].metadata == {} and "attachments" not in made[1]
    assert made[2].metadata == {"slideshow": {"slide_type": "slide"}}  # a cell without a solution keeps its own


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
    """The paths :func:`build` wrote."""
    return [written.path for written in build(kit / "solutions", kit / "exercises", force=force)]


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
        "to replace the file, use --force (a backup of it is kept)."
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
            f'from framekit.teach import checks\nchecks.check(answer, "{fingerprint(3, "t.1")}", salt="t.1", hint="Round down.")'
        ),
    )
    nbformat.write(solution, tmp_path / "solutions" / "01.ipynb")
    (written,) = build(tmp_path / "solutions", tmp_path / "exercises")
    path = written.path

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


# --- nothing lost: races, the source folder, backups, concurrent builds (issue 15) ---------


class SaveOnFirstWrite:
    """Save a student's version of ``target`` the moment the build first opens a file in
    ``folder`` for writing, whatever way it writes (an audit hook sees every open)."""

    active: SaveOnFirstWrite | None = None
    installed = False

    def __init__(self, folder: Path, target: Path, text: str) -> None:
        self.folder, self.target, self.text, self.saved = str(folder), target, text, False
        if not SaveOnFirstWrite.installed:
            sys.addaudithook(SaveOnFirstWrite._hook)  # hooks cannot be removed: it does nothing when inactive
            SaveOnFirstWrite.installed = True

    @staticmethod
    def _hook(event: str, args: tuple) -> None:
        self = SaveOnFirstWrite.active
        if self is None or self.saved or event != "open" or not isinstance(args[0], str | Path):
            return
        writing = (isinstance(args[1], str) and any(c in args[1] for c in "wax+")) or \
                  (isinstance(args[2], int) and args[2] & (os.O_WRONLY | os.O_RDWR))
        if writing and str(args[0]).startswith(self.folder):
            self.saved = True
            SaveOnFirstWrite.active = None
            self.target.write_text(self.text, encoding="utf-8")

    def __enter__(self) -> SaveOnFirstWrite:
        SaveOnFirstWrite.active = self
        return self

    def __exit__(self, *exc: object) -> None:
        SaveOnFirstWrite.active = None


def change_every_solution(kit: Path) -> None:
    for path in sorted((kit / "solutions").glob("[0-9]*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        nb.cells.append(v4.new_markdown_cell("One more question"))
        nbformat.write(nb, path)


def test_a_save_that_lands_during_the_build_is_never_overwritten(kit: Path) -> None:
    build_kit(kit)
    change_every_solution(kit)
    second = kit / "exercises" / "02_share.ipynb"
    saved = second.read_text(encoding="utf-8").replace("answer = ...", "answer = 0.25")
    with SaveOnFirstWrite(kit / "exercises", second, saved) as student:
        with pytest.raises(ExerciseError, match="02_share.ipynb has changes that were not generated"):
            build_kit(kit)
    assert student.saved
    assert second.read_text(encoding="utf-8") == saved


@pytest.mark.parametrize("out", ["solutions", ".", "solutions/"])
def test_the_output_folder_cannot_be_or_contain_the_solutions(kit: Path, out: str, monkeypatch) -> None:
    monkeypatch.chdir(kit)
    before = {path: path.read_bytes() for path in (kit / "solutions").iterdir()}
    for force in (False, True):
        with pytest.raises(ExerciseError, match="is or contains the solutions folder"):
            build(Path("solutions"), Path(out), force=force)
    assert {path: path.read_bytes() for path in (kit / "solutions").iterdir()} == before


def test_force_keeps_a_backup_of_each_edited_exercise_and_says_where(kit: Path) -> None:
    build_kit(kit)
    first, second = kit / "exercises" / "01_count.ipynb", kit / "exercises" / "02_share.ipynb"
    run_and_save(first)
    edited = first.read_bytes()
    change_every_solution(kit)
    written = build(kit / "solutions", kit / "exercises", force=True)
    assert [w.path for w in written] == [first, second]
    backup = written[0].backup
    assert backup is not None and backup.parent == first.parent and backup.name.startswith("01_count.ipynb.bak-")
    assert backup.read_bytes() == edited
    assert written[1].backup is None  # an exercise nobody touched needs none
    assert stale(kit / "solutions", kit / "exercises") == []


def test_concurrent_builds_neither_refuse_nor_corrupt(tmp_path: Path) -> None:
    (tmp_path / "solutions").mkdir()
    for number in range(20):
        cells = [v4.new_code_cell(block(f"answer_{i} = {number}")) for i in range(30)]
        nbformat.write(solution_of(*cells), tmp_path / "solutions" / f"{number:02}.ipynb")
    for round_ in range(3):
        if round_:
            change_every_solution(tmp_path)
        with ThreadPoolExecutor(8) as pool:
            runs = [pool.submit(build, tmp_path / "solutions", tmp_path / "exercises") for _ in range(8)]
            errors = [run.exception() for run in runs]
        assert errors == [None] * 8
        assert stale(tmp_path / "solutions", tmp_path / "exercises") == []
    assert sorted(p.name for p in (tmp_path / "exercises").iterdir()) == [f"{n:02}.ipynb" for n in range(20)]


def test_out_that_is_a_file_is_a_clear_message(kit: Path) -> None:
    (kit / "exercises").write_text("notes", encoding="utf-8")
    with pytest.raises(ExerciseError, match=r"exercises is a file, not a folder: pass --out DIR"):
        build_kit(kit)
    assert (kit / "exercises").read_text(encoding="utf-8") == "notes"


def test_force_onto_an_unreadable_exercise_is_refused_with_a_message(kit: Path, monkeypatch) -> None:
    build_kit(kit)
    change_every_solution(kit)
    first = kit / "exercises" / "01_count.ipynb"
    before = first.read_bytes()
    read_bytes = Path.read_bytes

    def denied(path: Path) -> bytes:  # as the system answers for a file without read permission (root reads any)
        if path == first:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(ExerciseError, match="01_count.ipynb cannot be read .Permission denied.: it was not replaced"):
        build(kit / "solutions", kit / "exercises", force=True)
    monkeypatch.undo()
    assert first.read_bytes() == before


def test_force_onto_a_folder_named_like_an_exercise_is_refused_with_a_message(kit: Path) -> None:
    (kit / "exercises" / "01_count.ipynb").mkdir(parents=True)
    (kit / "exercises" / "01_count.ipynb" / "work.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ExerciseError, match="01_count.ipynb is a folder, not a notebook"):
        build(kit / "solutions", kit / "exercises", force=True)
    assert (kit / "exercises" / "01_count.ipynb" / "work.txt").read_text(encoding="utf-8") == "mine"
