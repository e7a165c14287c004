"""The kit ready for JupyterLite (docs/jupyterlite.md): what the lessons import loads nothing
that Pyodide lacks, the package's dependencies install there, and the kit's data is found from
the working folder of a notebook under /drive."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "jupyterlite.md").read_text(encoding="utf-8")
# Packages with no Pyodide build that only tools use (the exercise builder, the tests, a kernel
# over ZeroMQ): a lesson or exercise that imports one cannot run in JupyterLite.
NOT_IN_PYODIDE = ("nbformat", "nbclient", "jupyter_client", "playwright", "psutil", "zmq")
NOTEBOOKS = sorted([*(ROOT / "notebooks").glob("*.ipynb"), *(ROOT / "exercises").glob("*.ipynb")])


def import_statements(notebook: Path) -> list[str]:
    """Every import statement of ``notebook``'s code cells, at any depth, as source text."""
    found = []
    for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        # IPython's magics and shell escapes are not Python: blank them before parsing
        source = "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines())
        found += [ast.unparse(node) for node in ast.walk(ast.parse(source))
                  if isinstance(node, (ast.Import, ast.ImportFrom))]
    return found


# Runs each statement in one fresh interpreter and prints, per statement, the top-level
# packages it loaded that are in the forbidden list.
PROBE = """
import json, sys
forbidden, statements = json.loads(sys.argv[1])
for statement in statements:
    before = set(sys.modules)
    exec(statement, {})
    loaded = sorted({name.split(".")[0] for name in set(sys.modules) - before} & set(forbidden))
    print(json.dumps([statement, loaded]))
"""


def test_what_the_lessons_and_exercises_import_loads_nothing_pyodide_lacks() -> None:
    statements = sorted({s for notebook in NOTEBOOKS for s in import_statements(notebook)})
    assert any("framekit.show" in s for s in statements) and any("framekit.teach" in s for s in statements)
    environment = {key: value for key, value in os.environ.items() if key != "FRAMEKIT_DATA"}
    environment["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps([NOT_IN_PYODIDE, statements])],
                          cwd=ROOT / "notebooks", env=environment, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(results) == len(statements)
    assert [(statement, loaded) for statement, loaded in results if loaded] == []


def test_the_probe_sees_a_forbidden_import() -> None:
    """The check above can fail: the exercise builder does load nbformat."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps([NOT_IN_PYODIDE, ["import framekit.teach.exercises"]])],
                          env=environment, capture_output=True, text=True, timeout=300, check=True)
    assert json.loads(done.stdout)[1] == ["nbformat"]


def pyodide_dependencies() -> dict[str, Requirement]:
    """The package's dependencies that apply in Pyodide (markers evaluated for emscripten)."""
    toml = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    listed = re.search(r"^dependencies = \[(.*?)\]", toml, re.MULTILINE | re.DOTALL).group(1)
    requirements = [Requirement(item) for item in re.findall(r'"([^"]+)"', listed)]
    emscripten = {"sys_platform": "emscripten", "platform_system": "Emscripten"}
    return {r.name.lower(): r for r in requirements if r.marker is None or r.marker.evaluate(emscripten)}


def test_in_pyodide_the_package_does_not_ask_for_a_real_ipykernel() -> None:
    """pyodide-kernel ships a mock ipykernel (version 6.9.2); the real one needs ZeroMQ."""
    assert "ipykernel" not in pyodide_dependencies()


def test_jupyterlite_md_says_where_each_dependency_comes_from_in_pyodide() -> None:
    """A dependency added to pyproject.toml fails this until docs/jupyterlite.md's table says
    whether Pyodide has it or it is a pure-Python wheel."""
    table = dict(re.findall(r"^\| `([\w-]+)` \| (Pyodide|pure-Python wheel)", DOC, re.MULTILINE))
    assert set(pyodide_dependencies()) <= set(table), sorted(set(pyodide_dependencies()) - set(table))


def test_the_first_cell_snippet_installs_only_in_pyodide() -> None:
    (snippet,) = re.findall(r"```python\n(.*?)```", DOC, re.DOTALL)
    lines = [line.split("  #", 1)[0] for line in snippet.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert lines[0] == "import sys" and lines[1] == 'if sys.platform == "emscripten":'
    assert all(line.startswith("    %pip install ") for line in lines[2:]) and len(lines) > 2


def test_the_kits_data_is_found_under_drive_from_the_notebooks_folder(tmp_path: Path, monkeypatch) -> None:
    """JupyterLite serves the site's files under /drive and runs a notebook in its folder."""
    from framekit.story.load import load_story
    from framekit.story.locate import chosen_story, data_dir, kit_file

    drive = tmp_path / "drive"
    shutil.copytree(ROOT / "data", drive / "data")
    shutil.copy(ROOT / "lessons.yaml", drive / "lessons.yaml")
    (drive / "notebooks").mkdir()
    monkeypatch.delenv("FRAMEKIT_DATA", raising=False)
    monkeypatch.delenv("FRAMEKIT_STORY", raising=False)
    monkeypatch.chdir(drive / "notebooks")
    assert data_dir() == drive / "data" and kit_file("lessons.yaml") == drive / "lessons.yaml"
    story = load_story(chosen_story())
    assert story.path.is_relative_to(drive / "data" / "stories") and story.articles


def test_the_first_cell_snippet_is_valid_ipython_and_does_nothing_outside_pyodide() -> None:
    from IPython.core.inputtransformer2 import TransformerManager

    (snippet,) = re.findall(r"```python\n(.*?)```", DOC, re.DOTALL)
    code = TransformerManager().transform_cell(snippet)
    assert "get_ipython().run_line_magic('pip', 'install -q framekit')" in code
    namespace: dict = {}
    exec(compile(code, "first cell", "exec"), namespace)  # no get_ipython here: the branch must not run
    assert namespace["sys"].platform != "emscripten"
