"""docs/hub.md's image for Zero to JupyterHub, as repo2docker would build it (and Binder does).

The repo2docker command of docs/hub.md is rendered to its Dockerfile with ``--no-build``, which
needs neither Docker nor the network: the kit is read from a local copy. The Dockerfile must
install what `.binder/` says in the repository's copy (so that `-e .` installs framekit from it)
and run `postBuild` there; the lessons must then find the kit's data from their own folder, the
Binder failure mode when framekit is installed away from the kit's files.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HUB_DOC = (ROOT / "docs" / "hub.md").read_text(encoding="utf-8")
KIT = (".binder", "requirements.txt", "pyproject.toml", "README.md", "lessons.yaml", "framekit", "data", "notebooks")
# Options of docs/hub.md's command that need a registry or a clone; the render reads a local copy.
DROPPED = {"--ref": 1, "--image-name": 1, "--no-run": 0, "--push": 0}


def documented_command() -> list[str]:
    """docs/hub.md's repo2docker command, as its words (line continuations joined)."""
    block = re.search(r"^repo2docker .*?(?<!\\)\n", HUB_DOC, re.MULTILINE | re.DOTALL)
    assert block, "docs/hub.md has no repo2docker command"
    return shlex.split(block.group(0).replace("\\\n", " "))


def render_arguments(words: list[str], kit: Path) -> list[str]:
    """``words`` (after ``repo2docker``) made a dry run on ``kit``: registry and clone options
    dropped, the repository address replaced by the local copy."""
    rest, kept = words[1:-1], []
    while rest:
        word = rest.pop(0)
        if word in DROPPED:
            del rest[:DROPPED[word]]
        else:
            kept.append(word)
    assert words[-1].startswith("https://"), "the command ends with the repository's address"
    return ["--no-build", *kept, str(kit)]


@pytest.fixture(scope="module")
def image(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, Path]:
    """(the Dockerfile, the repository folder inside the image, the kit's copy)."""
    kit = tmp_path_factory.mktemp("hub") / "framekit"
    for name in KIT:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy2
        copy(ROOT / name, kit / name)
    with warnings.catch_warnings():  # repo2docker's logging library warns about its own import path
        warnings.simplefilter("ignore", DeprecationWarning)
        from repo2docker.__main__ import make_r2d
    app = make_r2d(render_arguments(documented_command(), kit))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        app.start()
    assert app.dry_run, "the render must not build (no Docker needed)"
    return out.getvalue(), app.target_repo_dir or "${HOME}", kit


def requirement_lines(path: Path) -> list[str]:
    """The requirement lines of ``path``, with the files it includes (``-r``) read in place."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("-r "):
            lines += requirement_lines(path.parent / line[3:].strip())
        elif line:
            lines.append(line)
    return lines


def test_the_image_copies_the_repository_outside_home_and_works_there(image) -> None:
    dockerfile, repo_dir, _ = image
    assert repo_dir == "/srv/framekit", "Z2JH mounts each student's volume on the home folder"
    assert "ARG REPO_DIR=" in dockerfile and "WORKDIR ${REPO_DIR}" in dockerfile
    assert "COPY --chown=1000:1000 src/ ${REPO_DIR}/" in dockerfile


def test_the_image_installs_binders_requirements_then_runs_postbuild_in_the_repository(image) -> None:
    dockerfile, _, _ = image
    workdir = dockerfile.index("WORKDIR ${REPO_DIR}")
    copied = dockerfile.index("COPY --chown=1000:1000 src/ ${REPO_DIR}/")
    install = dockerfile.index('RUN ${KERNEL_PYTHON_PREFIX}/bin/pip install --no-cache-dir -r ".binder/requirements.txt"')
    post_build = dockerfile.index("RUN ./.binder/postBuild")
    assert workdir < copied < install < post_build
    assert "WORKDIR" not in dockerfile[workdir + 1:post_build], "pip and postBuild run in the repository"
    runtime = (ROOT / ".binder" / "runtime.txt").read_text(encoding="utf-8").strip().removeprefix("python-")
    # the base environment's lock file for that Python (its name escaped: "." as -2e, "-" as -2d)
    major, minor = runtime.split(".")
    assert re.search(rf"environment(\.|-2e)py(-|-2d){major}(\.|-2e){minor}(-|-2d)", dockerfile), "the Python of runtime.txt"


def test_the_image_adds_nbgitpuller_for_the_links(image) -> None:
    dockerfile, _, _ = image
    appendix = dockerfile.split("# Appendix:", 1)[1]
    assert re.search(r"^RUN python -m pip install --no-cache-dir nbgitpuller==\d", appendix, re.MULTILINE)


def test_binders_requirements_pin_what_the_lessons_need_and_install_framekit_from_the_repository() -> None:
    lines = requirement_lines(ROOT / ".binder" / "requirements.txt")
    assert "-e ." in lines, "pip runs in the repository's copy, so '.' is the kit: framekit and its dependencies"
    pinned = {re.split(r"==", line)[0].lower() for line in lines if "==" in line}
    needed = re.search(r"^dependencies = \[(.*?)\]", (ROOT / "pyproject.toml").read_text(encoding="utf-8"),
                       re.MULTILINE | re.DOTALL).group(1)
    names = {re.match(r'\s*"([\w-]+)', item).group(1).lower() for item in needed.split(",") if item.strip()}
    # numpy comes with matplotlib, in a build for the image's Python (requirements.txt says why)
    assert names - pinned == {"numpy"}


def test_the_lessons_find_the_data_from_their_folder_in_the_repositorys_copy(image) -> None:
    _, _, kit = image
    environment = {key: value for key, value in os.environ.items() if key not in ("FRAMEKIT_DATA", "FRAMEKIT_STORY")}
    environment["PYTHONPATH"] = str(kit)  # framekit as `-e .` installs it: from the copy
    found = subprocess.run(
        [sys.executable, "-c", "import framekit, framekit.story.locate as l; print(framekit.__file__); print(l.data_dir())"],
        cwd=kit / "notebooks", env=environment, capture_output=True, text=True, timeout=120, check=True,
    ).stdout.splitlines()
    assert found == [str(kit / "framekit" / "__init__.py"), str(kit / "data")]


def test_the_readme_tells_hub_students_to_install_the_lessons_needs_only() -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    hub = readme.split("- **JupyterHub**:", 1)[1].split("- **", 1)[0]
    assert "--user -r requirements.txt" not in readme
    assert "`python -m pip install --user -e .`" in hub and "[docs/hub.md](docs/hub.md)" in hub
