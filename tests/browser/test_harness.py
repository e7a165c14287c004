"""The harness itself: it gives the same answer on any machine (every Jupyter folder it uses is
its own), and a stuck kernel fails a test with a message instead of hanging the suite."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import nbformat
import pytest
from nbformat.sign import NotebookNotary

from harness import ISOLATED_FOLDERS, ROOT, WIDGET_MIME, _environment, explain_failure, open_notebook, run_all

LESSON = ROOT / "notebooks" / "00_start_here.ipynb"
TRUSTED = """\
import sys, nbformat
from nbformat.sign import NotebookNotary
print(NotebookNotary().check_signature(nbformat.read(sys.argv[1], as_version=4)))
"""


def test_every_jupyter_folder_is_a_temporary_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "user"
    for name in ISOLATED_FOLDERS:
        monkeypatch.setenv(name, str(user / name))
    environment = _environment(tmp_path / "base")
    for name in ISOLATED_FOLDERS:
        assert Path(environment[name]).is_relative_to(tmp_path / "base"), name
    assert {"JUPYTER_DATA_DIR", "JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTERLAB_SETTINGS_DIR",
            "JUPYTERLAB_WORKSPACES_DIR"} <= set(ISOLATED_FOLDERS)


def test_a_notebook_the_user_trusted_is_not_trusted_by_the_servers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lesson opened and saved on this machine is in the user's nbsignatures.db; the harness's
    servers must not see it (their own data folder, their own trust database)."""
    user_data = tmp_path / "user-data"
    user_data.mkdir()
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(user_data))
    notebook = tmp_path / LESSON.name
    notebook.write_text(LESSON.read_text(encoding="utf-8"), encoding="utf-8")
    NotebookNotary(data_dir=str(user_data)).sign(nbformat.read(notebook, as_version=4))
    as_the_user = subprocess.run([sys.executable, "-c", TRUSTED, notebook], capture_output=True, text=True,
                                 timeout=60, env={**_environment(tmp_path / "unused"), "JUPYTER_DATA_DIR": str(user_data)})
    assert as_the_user.stdout.strip() == "True", as_the_user.stderr  # the test's premise: the user trusts it
    as_the_harness = subprocess.run([sys.executable, "-c", TRUSTED, notebook], capture_output=True, text=True,
                                    timeout=60, env=_environment(tmp_path / "base"))
    assert as_the_harness.stdout.strip() == "False", as_the_harness.stderr


@contextmanager
def one_cell_notebook(lab, browser, name: str, code: str):
    """A page showing ``notebooks/<name>``, a notebook of one code cell, opened with its kernel
    idle; afterwards the page, the kernel's session and the file are gone."""
    notebook = lab.root / "notebooks" / name
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.write_text(json.dumps(nb), encoding="utf-8")
    page = browser.new_page()
    try:
        open_notebook(page, lab, name)
        yield page
    finally:
        page.close()
        for session in lab.api("GET", "/api/sessions") or []:
            if session["path"].endswith(name):
                lab.api("DELETE", f"/api/sessions/{session['id']}")
        notebook.unlink()


@pytest.mark.timeout(180)
def test_a_stuck_kernel_fails_run_all_with_what_it_waited_for(lab, browser) -> None:
    with one_cell_notebook(lab, browser, "stuck.ipynb", "import time\nwhile True:\n    time.sleep(0.1)") as page:
        start = time.monotonic()
        with pytest.raises(TimeoutError, match=r"waited 10 s for notebook:run-all-cells .*code cells \[1\] have not run"):
            run_all(page, seconds=10)
        assert time.monotonic() - start < 60


def test_a_widget_never_drawn_is_run_again_once_then_reported(lab, browser) -> None:
    """A widget output whose model does not exist stays undrawn ("Error displaying widget"): the
    harness runs the notebook a second time (the cure for JupyterLab's occasional undrawn
    widget), then returns the cell as undrawn for the test to fail on."""
    view = {WIDGET_MIME: {"model_id": "no-such-model", "version_major": 2, "version_minor": 0}}
    with one_cell_notebook(lab, browser, "undrawn.ipynb", f"display({view!r}, raw=True)") as page:
        cells = run_all(page, seconds=60, widget_seconds=3)
        assert len(cells) == 1 and cells[0]["widget"] and not cells[0]["rendered"]
        assert cells[0]["count"] == 2  # run twice


def test_a_failure_names_the_dialog_that_blocks_the_notebook(lab, browser, tmp_path: Path) -> None:
    """A JupyterLab dialog over the notebook intercepts every click: a failing lesson test keeps a
    screenshot and says what the dialog asked (here the one "Restart Kernel" opens)."""
    with one_cell_notebook(lab, browser, "dialog.ipynb", "1 + 1") as page:
        assert "dialogs open: none" in explain_failure(page, tmp_path, "quiet")
        page.evaluate("() => { window.jupyterapp.commands.execute('notebook:restart-kernel'); return null; }")
        page.locator(".jp-Dialog").first.wait_for(timeout=30_000)
        said = explain_failure(page, tmp_path, "blocked")
        assert "Restart" in said.split("dialogs open:")[1], said
        assert (tmp_path / "blocked-failure.png").stat().st_size > 0
        page.keyboard.press("Escape")


def test_a_new_page_shows_only_its_own_notebook(lab, browser) -> None:
    """JupyterLab restores the workspace an earlier page left: without a reset, every lesson opened
    before comes back as a hidden tab, whose cells a locator for "the code cells" would also find
    (a lesson test once counted another lesson's widget) and whose kernels load the machine."""
    first = browser.new_page()
    try:
        open_notebook(first, lab, LESSON.name)
        first.wait_for_timeout(3_000)  # JupyterLab saves the workspace a moment after a change
    finally:
        first.close()
    with one_cell_notebook(lab, browser, "second.ipynb", "2") as page:
        page.wait_for_timeout(2_000)  # the time a restored tab would take to appear
        assert page.locator(".jp-NotebookPanel").count() == 1
