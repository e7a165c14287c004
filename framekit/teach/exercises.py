"""Make the students' ``exercises/`` notebooks from the instructors' ``solutions/``.

``solutions/*.ipynb`` are the single source. An answer sits between a line
``### BEGIN SOLUTION`` and a line ``### END SOLUTION`` (nbgrader's markers). The exercise
version replaces each such block with a placeholder that still runs: ``x = ...`` for an
assigned name, a function whose body is ``return ...``, so that a check cell reports
"not answered yet" instead of crashing. Outputs are cleared.

Every generated notebook records the hash of its own content in ``metadata.framekit``.
That lets :func:`build` tell a file it wrote (safe to replace) from one a student or
instructor has edited or run since (refused unless ``force``), so a rebuild never
destroys somebody's work. :func:`stale` lets CI fail when ``exercises/`` no longer
matches ``solutions/``.
"""

from __future__ import annotations

import ast
import copy
import hashlib
import io
import json
import os
import tempfile
import textwrap
import tokenize
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import nbformat

BEGIN = "### BEGIN SOLUTION"
END = "### END SOLUTION"
ANSWER_COMMENT = "# YOUR ANSWER HERE"
MARKDOWN_PLACEHOLDER = "_Write your answer here._"
# Cell metadata that only records when a cell last ran.
VOLATILE_CELL_METADATA = ("execution", "ExecuteTime")
# What a cell that held a solution keeps of its metadata: anything else (a grader's notes, a
# tool's record of the answer) and its attachments (an image of the answer) could give it away.
KEPT_SOLUTION_METADATA = ("tags", "jupyter", "editable", "deletable")
NEW_FILE_MODE = 0o644  # an exercise anyone may read (a temporary file starts readable by its owner only)


class ExerciseError(Exception):
    """A problem the user can fix (a missing marker, an edited exercise); shown without a traceback."""


# --- one notebook -------------------------------------------------------------------


def make_exercise(solution: nbformat.NotebookNode, source_name: str) -> nbformat.NotebookNode:
    """The exercise version of ``solution`` (left unchanged); ``source_name`` labels errors and metadata."""
    nb = copy.deepcopy(solution)
    for number, cell in enumerate(nb.cells, start=1):
        where = f"{source_name}: cell {number}"
        source = _text(cell.get("source", ""))
        if cell.cell_type == "code":
            cell.source = _exercise_code(source, where)
            cell.outputs = []
            cell.execution_count = None
        else:
            cell.source = _replace_blocks(source, where, _markdown_placeholder)
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
        if cell.source != source:  # it held a solution
            cell.metadata = {k: v for k, v in cell.metadata.items() if k in KEPT_SOLUTION_METADATA}
            cell.pop("attachments", None)
    nb.metadata.pop("widgets", None)  # saved widget state is output too
    nb.metadata["framekit"] = {"generated_from": source_name}
    nb.metadata["framekit"]["sha256"] = content_hash(nb)
    return nb


def content_hash(nb: dict) -> str:
    """sha256 of the notebook's canonical JSON, ignoring ``metadata.framekit.sha256`` itself."""
    data = dict(nb)
    metadata = dict(data.get("metadata") or {})
    if isinstance(metadata.get("framekit"), dict):
        metadata["framekit"] = {k: v for k, v in metadata["framekit"].items() if k != "sha256"}
    data["metadata"] = metadata
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _text(source: str | list[str]) -> str:
    return "".join(source) if isinstance(source, list) else source


def _exercise_code(source: str, where: str) -> str:
    """Replace the solution blocks of a code cell, and make sure it still parses."""
    result = _replace_blocks(source, where, _code_placeholder)
    if result != source and _parses(source) and not _parses(result):
        raise ExerciseError(
            f"{where}: the exercise version of this cell is not valid Python; "
            "check that the solution markers enclose whole statements"
        )
    return result


def _parses(source: str) -> bool:
    try:
        ast.parse(source)
    except SyntaxError:
        return False
    return True


def _replace_blocks(source: str, where: str, placeholder: Callable[[list[str], str], list[str]]) -> str:
    """``source`` with every marked block handed to ``placeholder(block_lines, indent)``."""
    out: list[str] = []
    block: list[str] | None = None
    indent = ""
    for line in source.split("\n"):
        marker = line.strip()
        if marker == BEGIN:
            if block is not None:
                raise ExerciseError(f"{where}: {BEGIN} inside another solution block (missing {END}?)")
            block, indent = [], line[: len(line) - len(line.lstrip())]
        elif marker == END:
            if block is None:
                raise ExerciseError(f"{where}: {END} without {BEGIN}")
            out.extend(placeholder(block, indent))
            block = None
        elif block is not None:
            block.append(line)
        else:
            out.append(line)
    if block is not None:
        raise ExerciseError(f"{where}: {BEGIN} without {END}")
    return "\n".join(out)


def _markdown_placeholder(block: list[str], indent: str) -> list[str]:
    return [indent + MARKDOWN_PLACEHOLDER]


# --- code placeholders --------------------------------------------------------------


def _code_placeholder(block: list[str], indent: str) -> list[str]:
    """Lines that keep the block's names defined, with ``...`` for every answer."""
    code = textwrap.dedent("\n".join(block))
    try:
        tree = ast.parse(code)
    except SyntaxError:
        tree = ast.Module(body=[], type_ignores=[])
    lines = [line for statement in tree.body for line in _statement_placeholder(statement, code)]
    if not lines:
        lines = ["pass"]  # the block may be the whole body of an indented suite
    return [indent + line if line else line for line in [ANSWER_COMMENT, *lines]]


def _statement_placeholder(node: ast.stmt, code: str) -> list[str]:
    if isinstance(node, ast.Assign):
        return _assign_placeholder(node.targets)
    if isinstance(node, ast.AugAssign):
        return _assign_placeholder([node.target])
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [f"{node.target.id}: {ast.unparse(node.annotation)} = ..."]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return _function_placeholder(node, code)
    if isinstance(node, ast.Return) and node.value is not None:
        return ["return ..."]  # a block inside a function: calling it still gives Ellipsis
    return []


def _assign_placeholder(targets: list[ast.expr]) -> list[str]:
    """``a = b, c = ..., ...``: the name targets, with a value shaped to unpack into them."""
    shaped = [(target, _ellipsis_shaped_like(target)) for target in targets]
    shaped = [(target, value) for target, value in shaped if value is not None]
    if not shaped:
        return []
    value = next((v for _, v in shaped if v != "..."), "...")
    kept = [_target_source(target) for target, v in shaped if v in ("...", value)]
    return [" = ".join([*kept, value])]


def _target_source(target: ast.expr) -> str:
    """``a, b`` rather than ``ast.unparse``'s ``(a, b)``."""
    if isinstance(target, ast.Tuple):
        parts = [ast.unparse(element) for element in target.elts]
        return ", ".join(parts) + ("," if len(parts) == 1 else "")
    return ast.unparse(target)


def _ellipsis_shaped_like(target: ast.expr) -> str | None:
    """``...`` for a name, ``..., ...`` for ``a, b``; None when a target is not made of names."""
    if isinstance(target, ast.Name):
        return "..."
    if isinstance(target, ast.Starred):
        return _ellipsis_shaped_like(target.value)
    if isinstance(target, (ast.Tuple, ast.List)) and target.elts:
        parts = [_ellipsis_shaped_like(element) for element in target.elts]
        if None in parts:
            return None
        inner = [p if p == "..." else f"({p})" for p in parts]
        return ", ".join(inner) + ("," if len(inner) == 1 else "")
    return None


def _function_placeholder(node: ast.FunctionDef | ast.AsyncFunctionDef, code: str) -> list[str]:
    """The signature as written (without decorators), its docstring, and ``return ...``."""
    lines = code.split("\n")
    first = node.body[0]
    same_line = first.lineno == node.lineno
    body_indent = " " * (4 if same_line else first.col_offset - node.col_offset)
    result = _signature_lines(node, code)
    if ast.get_docstring(node, clean=False) is not None and not same_line:
        doc = lines[first.lineno - 1 : first.end_lineno]
        doc[-1] = doc[-1][: first.end_col_offset]
        result += [body_indent + doc[0].lstrip(), *doc[1:]]
    return result + [body_indent + "return ..."]


def _signature_lines(node: ast.FunctionDef | ast.AsyncFunctionDef, code: str) -> list[str]:
    """Source from ``def`` (or ``async def``) to the colon that ends the signature."""
    depth = 0
    start = (node.lineno, node.col_offset)
    for token in tokenize.generate_tokens(io.StringIO(code).readline):
        if token.start < start or token.type != tokenize.OP:
            continue
        if token.string in {"(", "[", "{"}:
            depth += 1
        elif token.string in {")", "]", "}"}:
            depth -= 1
        elif token.string == ":" and depth == 0:
            end = token.end
            break
    lines = code.split("\n")[start[0] - 1 : end[0]]
    lines[-1] = lines[-1][: end[1]]
    lines[0] = lines[0][start[1] :]
    return lines


# --- folders ------------------------------------------------------------------------


@dataclass(frozen=True)
class Written:
    """An exercise notebook :func:`build` wrote, and where the version it replaced was kept
    (``backup``: None when that version was exactly as framekit generated it, or there was none)."""

    path: Path
    backup: Path | None = None


def build(solutions_dir: Path, exercises_dir: Path, force: bool = False) -> list[Written]:
    """Write ``exercises_dir/<name>`` for each solution notebook; returns what was written.

    Files that would not change are left alone. Unless ``force``, nothing at all is written
    when any file to be replaced was not left exactly as framekit generated it, and each file
    is checked again right before it is replaced (a student may save while the build runs).
    With ``force``, such a file is first copied to ``<name>.bak-<time>`` beside it. Each file is
    written to a temporary file in the same folder and renamed over the old one, so that a
    reader (a student's JupyterLab, another build) sees the old or the new file, never half of
    one. ``exercises_dir`` may not be, or contain, ``solutions_dir``.
    """
    _refuse_output_folder(solutions_dir, exercises_dir)
    sources = _notebooks_in(solutions_dir)
    planned = [(exercises_dir / path.name, exercise_text(_exercise_for(path, solutions_dir))) for path in sources]
    return write_generated(planned, exercises_dir, force, _is_untouched, f"generated from {solutions_dir}/ (someone edited or ran it)")


def write_generated(
    planned: list[tuple[Path, str]], folder: Path, force: bool, untouched: Callable[[bytes], bool], origin: str
) -> list[Written]:
    """Write each ``(path, text)`` of ``planned`` (files in ``folder``) as :func:`build` says:
    unchanged files left alone; unless ``force``, nothing written when a file to be replaced is
    not ``untouched`` (its bytes are not exactly what framekit generated), each file checked
    again right before it is replaced; with ``force``, such a file kept as ``<name>.bak-<time>``;
    every file replaced atomically. ``origin`` ends the refusal's "changes that were not ...".
    Used by the exercise builder and by ``framekit handouts`` (:mod:`framekit.teach.handouts`)."""
    changed = [(path, text) for path, text in planned if _text_of(_current(path)) != text]
    if not force:
        _refuse_edited([path for path, _ in changed if _is_edited(_current(path), untouched)], origin)
    if changed:
        folder.mkdir(parents=True, exist_ok=True)
    written = []
    for path, text in changed:
        try:
            done = _replace(path, text, force, untouched)
        except ExerciseError as err:
            raise ExerciseError(f"{err} ({_written_so_far(written)})") from err
        if done is not None:
            written.append(done)
    return written


def _refuse_output_folder(solutions_dir: Path, exercises_dir: Path) -> None:
    """No build into the solutions (it would strip every answer), nor into a file."""
    out, source = exercises_dir.resolve(), solutions_dir.resolve()
    if out == source or out in source.parents:
        raise ExerciseError(
            f"{exercises_dir} is or contains the solutions folder {solutions_dir}: building there would replace "
            "the answers with placeholders. Pass --out DIR outside it (the default is exercises)."
        )
    if exercises_dir.exists() and not exercises_dir.is_dir():
        raise ExerciseError(f"{exercises_dir} is a file, not a folder: pass --out DIR, a folder for the exercises")


def _current(path: Path) -> bytes | None:
    """The bytes of the exercise at ``path`` now; None if there is none; an ExerciseError if it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError as err:
        raise ExerciseError(f"{path} is a folder, not a notebook: move it away, then build again") from err
    except OSError as err:
        raise ExerciseError(
            f"{path} cannot be read ({err.strerror or err}): it was not replaced, since no backup of it could "
            "be kept. Make it readable or move it away, then build again."
        ) from err


def _text_of(data: bytes | None) -> str | None:
    return None if data is None else data.decode("utf-8", errors="replace").replace("\r\n", "\n")


def _is_edited(data: bytes | None, untouched: Callable[[bytes], bool]) -> bool:
    """True when there is a file and it is not exactly what framekit generated (``untouched``)."""
    return data is not None and not untouched(data)


def _replace(path: Path, text: str, force: bool, untouched: Callable[[bytes], bool]) -> Written | None:
    """Replace ``path`` with ``text`` through a temporary file, checking it right before; None
    when it already holds ``text`` (another build wrote it)."""
    temporary = _temporary_copy(path, text)
    try:
        current = _current(path)
        if _text_of(current) == text:
            return None
        backup = None
        if _is_edited(current, untouched):
            if not force:
                raise ExerciseError(
                    f"{path} has changes that were not generated by framekit: it was saved while the build ran, "
                    "and was left alone. To keep those changes, build elsewhere with --out OTHER_DIR; "
                    "to replace the file (a backup of it is kept), use --force"
                )
            backup = _backup(path, current)
        os.replace(temporary, path)
        return Written(path, backup)
    finally:
        temporary.unlink(missing_ok=True)


def _temporary_copy(path: Path, text: str) -> Path:
    """``text`` in a new hidden file beside ``path`` (unique, so concurrent builds never share one)."""
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)
    os.chmod(name, NEW_FILE_MODE)
    return Path(name)


def _backup(path: Path, data: bytes) -> Path:
    """Keep ``data`` (what ``path`` holds) in a new ``<name>.bak-<time>`` beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for attempt in range(1000):
        backup = path.with_name(f"{path.name}.bak-{stamp}" + (f"-{attempt}" if attempt else ""))
        try:
            with backup.open("xb") as out:
                out.write(data)
            return backup
        except FileExistsError:
            continue
    raise ExerciseError(f"{path}: no free name for a backup beside it; move old {path.name}.bak-* files away")


def _written_so_far(written: list[Written]) -> str:
    if not written:
        return "nothing was written"
    return "written before it: " + ", ".join(str(done.path) for done in written)


def stale(solutions_dir: Path, exercises_dir: Path) -> list[str]:
    """One message per exercise that is missing, out of date or without a solution; [] if none."""
    sources = _notebooks_in(solutions_dir)
    problems = []
    for source in sources:
        path = exercises_dir / source.name
        text = _read_text(path)
        if text is None:
            problems.append(f"{path} is missing: run framekit exercises build")
        elif text != exercise_text(_exercise_for(source, solutions_dir)):
            problems.append(f"{path} is out of date with {source}: run framekit exercises build")
    names = {source.name for source in sources}
    if exercises_dir.is_dir():
        for path in _notebooks_in(exercises_dir):
            if path.name not in names:
                problems.append(f"{path} has no source in {solutions_dir}/")
    return problems


def exercise_text(nb: nbformat.NotebookNode) -> str:
    """The exact text ``nbformat.write`` puts in the file; build and stale both compare with it."""
    text = nbformat.writes(nb)
    return text if text.endswith("\n") else text + "\n"


def _notebooks_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise ExerciseError(f"{folder}/ not found: run from the kit's root folder or pass --solutions DIR")
    return sorted(p for p in folder.glob("*.ipynb") if p.is_file() and not p.name.startswith("."))


def _exercise_for(source: Path, solutions_dir: Path) -> nbformat.NotebookNode:
    # Named by folder and file only, so the result does not depend on the working directory.
    name = f"{solutions_dir.resolve().name}/{source.name}"
    try:
        solution = nbformat.read(source, as_version=4)
    except Exception as err:  # nbformat raises several unrelated types for unreadable files
        raise ExerciseError(f"{source}: not a readable notebook ({err})") from err
    return make_exercise(solution, name)


def _read_text(path: Path) -> str | None:
    """The file's text, None if it does not exist, '' if it cannot be decoded."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return ""


def _refuse_edited(paths: list[Path], origin: str) -> None:
    if not paths:
        return
    names = ", ".join(str(path) for path in paths)
    verb = "has" if len(paths) == 1 else "have"
    raise ExerciseError(
        f"{names} {verb} changes that were not {origin}. "
        "Nothing was written. To keep those changes, build elsewhere with --out OTHER_DIR; "
        "to replace the file, use --force (a backup of it is kept)."
    )


def _is_untouched(data: bytes) -> bool:
    """True when ``data`` is exactly a notebook framekit generated (its recorded hash still matches)."""
    try:
        nb = nbformat.reads(data.decode("utf-8"), as_version=4)
        recorded = nb.metadata["framekit"]["sha256"]
    except Exception:  # not JSON, not a notebook, no framekit metadata: all "not ours"
        return False
    return recorded == content_hash(nb)
