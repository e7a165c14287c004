"""framekit installed as a wheel, as Binder's `pip install .` or `pip install framekit` installs it:
in a fresh virtual environment, from a copy of the kit, the first cell of every lesson runs from
notebooks/ and `framekit validate` passes. The package never looks beside its own files for the
kit's data, so this is the test that it does not need to (docs/architecture.md)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KIT = ("framekit", "data", "notebooks", "pyproject.toml", "README.md", "lessons.yaml")
STEP_SECONDS = 600  # pip may download the lessons' dependencies
INSTALL_LIMIT = pytest.mark.timeout(3 * STEP_SECONDS)  # the first test also makes the environment


def run(command: list, cwd: Path) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key not in ("FRAMEKIT_DATA", "PYTHONPATH")}
    result = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=STEP_SECONDS)
    assert result.returncode == 0, f"{' '.join(map(str, command))}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the kit's copy, the fresh environment's bin folder) after `pip install .` in the copy."""
    base = tmp_path_factory.mktemp("install")
    kit = base / "kit"
    for name in KIT:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, kit / name)
    venv.create(base / "venv", with_pip=True)
    scripts = base / "venv" / ("Scripts" if os.name == "nt" else "bin")
    run([scripts / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "."], cwd=kit)
    shutil.rmtree(kit / "framekit")  # the lessons must use the installed package, not the source
    return kit, scripts


def first_code_cell(notebook: Path) -> str:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return next("".join(cell["source"]) for cell in cells if cell["cell_type"] == "code")


@pytest.mark.slow
@INSTALL_LIMIT
def test_the_first_cell_of_every_lesson_runs_with_framekit_installed_as_a_wheel(installed) -> None:
    kit, scripts = installed
    located = run([scripts / "python", "-c", "import framekit; print(framekit.__file__)"], cwd=kit / "notebooks")
    assert "site-packages" in located.stdout and not located.stdout.startswith(str(kit / "framekit"))
    notebooks = sorted((kit / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    assert len(notebooks) >= 4
    for notebook in notebooks:
        run([scripts / "python", "-c", first_code_cell(notebook)], cwd=kit / "notebooks")


@pytest.mark.slow
@INSTALL_LIMIT
def test_framekit_validate_passes_from_notebooks(installed) -> None:
    kit, scripts = installed
    result = run([scripts / "framekit", "validate", "../data/stories/crocus-call-2024"], cwd=kit / "notebooks")
    assert "crocus-call-2024: OK" in result.stdout


@pytest.mark.slow
@INSTALL_LIMIT
def test_the_lean_install_has_no_test_tools_or_exercise_builder(installed) -> None:
    kit, scripts = installed
    script = "import importlib.util as u; print([m for m in ('pytest', 'nbval', 'playwright', 'voila', 'nbformat') if u.find_spec(m)])"
    assert run([scripts / "python", "-c", script], cwd=kit).stdout.strip() == "[]"
