"""Drive JupyterLab and Voilà in Debian's headless Chromium, as a student would.

Used by the browser tests (``tests/browser/``) and the widget benchmark
(``python -m benchmarks.bench_widgets``). Servers run on 127.0.0.1 with a token, in a
temporary copy of the kit (its notebooks, data and lessons.yaml; JupyterLab autosaves, so the
repository's notebooks are never touched), which the notebooks find as they would in a
student's copy of the kit, with their own Jupyter folders (data with the notebook-trust database,
configuration, runtime, settings, workspaces: ISOLATED_FOLDERS), so that the user's own Jupyter
state never changes a result; they are stopped by their own process id, after their kernel
sessions are deleted. Playwright for Python drives Chromium from its executable path;
Playwright's own browser download is never used. Every wait has a time limit, and a limit
reached raises TimeoutError saying what was waited for.
"""

from __future__ import annotations

import html
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KIT_FOLDERS = ("notebooks", "data")  # what the servers' copy of the kit holds, with lessons.yaml
BROWSER_SECONDS = 60  # the longest any Playwright action or navigation waits, unless given its own limit
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# JupyterLab settings: no news or update checks, and every cell in the page (not only the
# visible ones), so that each widget's DOM can be found.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}
# Every folder Jupyter reads or writes per user: the servers get temporary ones, so a student's
# own Jupyter state (trusted notebooks in nbsignatures.db, settings, kernels) never changes a result.
ISOLATED_FOLDERS = ("JUPYTER_DATA_DIR", "JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "JUPYTERLAB_SETTINGS_DIR",
                    "JUPYTERLAB_WORKSPACES_DIR", "IPYTHONDIR")
# Folders a user may add to Jupyter's search paths (kernels, extensions, configuration): not inherited.
USER_SEARCH_PATHS = ("JUPYTER_PATH", "JUPYTER_CONFIG_PATH")
# Starts Run All without waiting for it to end (run_all polls the cells, with a time limit).
JUPYTERLAB_NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook"  # the lesson on show (JupyterLab may restore others, hidden)
RUN_ALL_JS = "() => { window.jupyterapp.commands.execute('notebook:run-all-cells'); return null; }"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
# One entry per code cell of the notebook open in JupyterLab, read from its model and its DOM.
CELLS_JS = """() => {
  const notebook = window.jupyterapp.shell.currentWidget.content;
  return notebook.widgets.filter(cell => cell.model.type === 'code').map(cell => {
    const outputs = cell.model.outputs.toJSON();
    return {
      count: cell.model.executionCount,
      errors: outputs.filter(o => o.output_type === 'error').map(o => `${o.ename}: ${o.evalue}`),
      widget: outputs.some(o => o.data && o.data['%s']),
      rendered: cell.node.querySelectorAll('.jupyter-widgets').length > 0
                && !cell.node.textContent.includes('Error displaying widget'),
      shows: cell.node.querySelector('.jp-Cell-outputArea')?.textContent.slice(0, 200) ?? '',
    };
  });
}""" % WIDGET_MIME


def chromium_path() -> str | None:
    """Debian's Chromium, or the executable named by FRAMEKIT_CHROMIUM."""
    named = os.environ.get("FRAMEKIT_CHROMIUM")
    if named:
        return named if Path(named).is_file() else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class Server:
    """A running Jupyter server: its address, token, folder and process."""

    url: str
    token: str
    root: Path
    process: subprocess.Popen

    def api(self, method: str, path: str) -> object:
        """Call the server's REST API with the token."""
        headers = {"Authorization": f"token {self.token}"}
        request = urllib.request.Request(f"{self.url}{path}", method=method, headers=headers)
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, log: Path, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped (exit {process.returncode}):\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.25)
    raise RuntimeError(f"no answer at {url} within {seconds} s:\n{log.read_text()[-3000:]}")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


def _environment(base: Path) -> dict[str, str]:
    """The servers' environment: every folder of ISOLATED_FOLDERS under ``base`` (JupyterLab's
    settings written there), and no user additions to Jupyter's search paths."""
    folders = {name: base / "jupyter" / name.lower() for name in ISOLATED_FOLDERS}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    for name, values in LAB_SETTINGS.items():
        path = folders["JUPYTERLAB_SETTINGS_DIR"] / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    inherited = {key: value for key, value in os.environ.items() if key not in USER_SEARCH_PATHS}
    return {**inherited, **{name: str(folder) for name, folder in folders.items()}}


def _root_flag() -> list[str]:
    return ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []


@contextmanager
def _serving(base: Path, command: list[str], ready_path: str, token: str, port: int) -> Iterator[Server]:
    root = base / "kit"
    for folder in KIT_FOLDERS:
        shutil.copytree(ROOT / folder, root / folder)
    shutil.copy(ROOT / "lessons.yaml", root / "lessons.yaml")
    log = base / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=root, env=_environment(base), stdout=out, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", token, root, process)
    try:
        _wait_until_up(f"{server.url}{ready_path}", process, log)
        yield server
    finally:
        try:
            for session in server.api("GET", "/api/sessions") or []:
                server.api("DELETE", f"/api/sessions/{session['id']}")
        except (urllib.error.URLError, ConnectionError, json.JSONDecodeError):
            pass  # Voilà has no sessions API; its kernels end with the server
        _stop(process)


@contextmanager
def jupyterlab(base: Path) -> Iterator[Server]:
    """JupyterLab serving a copy of ``notebooks/`` from ``base``."""
    token, port = secrets.token_hex(16), _free_port()
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
        f"--ServerApp.token={token}", "--LabApp.expose_app_in_browser=True",
        *_root_flag(),
    ]
    with _serving(base, command, f"/api/status?token={token}", token, port) as server:
        yield server


@contextmanager
def voila(base: Path, notebook: str | None = None) -> Iterator[Server]:
    """Voilà serving one notebook of the copied ``notebooks/`` (its widgets, without code) at
    its root, or, without ``notebook``, the whole folder (each lesson at :func:`voila_url`)."""
    port = _free_port()
    served = f"notebooks/{notebook}" if notebook else "notebooks"
    command = [sys.executable, "-m", "voila", served, "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1"]
    with _serving(base, command, "/voila/static/voila.js", "", port) as server:
        yield server


def voila_url(server: Server, notebook: str) -> str:
    """Where a Voilà serving the whole ``notebooks/`` folder shows ``notebook``."""
    return f"{server.url}/voila/render/{notebook}"


def open_in_voila(page, server: Server, notebook: str, seconds: float = 120, settle: float = 2.0) -> None:
    """Open ``notebook`` in a Voilà serving the folder and wait (at most ``seconds``) until it
    has run every cell and its widgets stop appearing for ``settle`` seconds."""
    page.goto(voila_url(server, notebook), timeout=seconds * 1000, wait_until="load")
    deadline, last, steady_since = time.monotonic() + seconds, -1, time.monotonic()
    count = "() => document.getElementById('loading') ? -1 : document.querySelectorAll('.jupyter-widgets').length"
    while time.monotonic() < deadline:
        shown = evaluate(page, count, 10, "Voilà's widgets")
        if shown != last:
            last, steady_since = shown, time.monotonic()
        elif shown >= 0 and time.monotonic() - steady_since >= settle:
            return
        time.sleep(0.2)
    raise TimeoutError(f"{notebook}: waited {seconds:g} s in Voilà for its cells to run and its widgets to be drawn")


@contextmanager
def chromium(profile: Path) -> Iterator[object]:
    """A headless Chromium context with a fresh profile; yields Playwright's BrowserContext."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000}, timeout=BROWSER_SECONDS * 1000,
        )
        context.set_default_timeout(BROWSER_SECONDS * 1000)  # every Playwright wait, unless given its own
        context.set_default_navigation_timeout(BROWSER_SECONDS * 1000)
        try:
            yield context
        finally:
            context.close()


def open_notebook(page, server: Server, notebook: str, seconds: float = 90) -> None:
    """Open ``notebooks/<notebook>`` and wait until the kernel is idle (the status bar's text,
    not the toolbar's indicator, which shows idle before the kernel is connected)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    # "reset": a new page starts from an empty workspace, not with every lesson an earlier page opened
    page.goto(f"{server.url}/lab/tree/notebooks/{notebook}?token={server.token}&reset", timeout=seconds * 1000)
    try:
        page.locator(".jp-StatusBar-TextItem", has_text="| Idle").first.wait_for(timeout=seconds * 1000)
    except PlaywrightTimeout as err:
        raise TimeoutError(f"{notebook}: waited {seconds:g} s for its kernel to be idle after opening it") from err


def run_all(page, seconds: float = 120, widget_seconds: float = 60, again: bool = True) -> list[dict]:
    """Run every cell, wait until each code cell has run and then (at most ``widget_seconds``)
    until every widget is drawn; returns the cells as CELLS_JS reads them. The command's promise
    is not awaited (it settles only when every cell has run: a stuck kernel would hang here).

    Now and then (about one full browser run in five on these machines) JupyterLab's widget
    manager leaves one widget undrawn, with no error in the kernel or the page: the known
    "Loading widget..." race (jupyter-widgets/ipywidgets#2549). A student runs the cell again;
    with ``again`` the harness runs the notebook again, once, and a widget still undrawn fails."""
    evaluate(page, RUN_ALL_JS, 10, "the command notebook:run-all-cells to start")
    cells = _wait(page, seconds, lambda cells: all(cell["count"] is not None for cell in cells) and _idle(page))
    if cells is None:
        waiting = [i for i, cell in enumerate(evaluate(page, CELLS_JS, 10, "the cells"), 1) if cell["count"] is None]
        raise TimeoutError(f"waited {seconds:g} s for notebook:run-all-cells to run every cell and the kernel to be "
                           f"idle: code cells {waiting} have not run (a stuck or busy kernel?)")
    drawn = _wait(page, widget_seconds, lambda cells: all(cell["rendered"] for cell in cells if cell["widget"]))
    if drawn is None and again:
        return run_all(page, seconds, widget_seconds, again=False)
    return drawn or evaluate(page, CELLS_JS, 10, "the cells")


def evaluate(page, script: str, seconds: float, what: str):
    """``page.evaluate(script)`` (a function of no argument) with a time limit: a promise it
    returns is raced against a timer; TimeoutError names ``what`` it waited for."""
    limited = f"""() => Promise.race([
      Promise.resolve().then({script}),
      new Promise(resolve => setTimeout(() => resolve({{timedOut: true}}), {int(seconds * 1000)})),
    ])"""
    result = page.evaluate(limited)
    if isinstance(result, dict) and result.get("timedOut"):
        raise TimeoutError(f"waited {seconds:g} s in the page for {what}")
    return result


def _wait(page, seconds: float, done) -> list[dict] | None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        cells = evaluate(page, CELLS_JS, 10, "the cells")
        if cells and done(cells):
            return cells
        time.sleep(0.05)
    return None


def _idle(page) -> bool:
    return page.locator(".jp-StatusBar-TextItem", has_text="| Idle").count() > 0


def open_dialogs(page) -> list[str]:
    """The text of every JupyterLab dialog open over the page ("Kernel Restarting", "File
    Changed", "Server Connection Error" …): one blocks every click on the notebook, so a test
    that fails while one is open should say what it asked."""
    dialogs = page.locator(".jp-Dialog")
    return [" ".join(dialogs.nth(i).inner_text(timeout=5_000).split()) for i in range(dialogs.count())]


def explain_failure(page, artifacts: Path, name: str) -> str:
    """Keep a screenshot of the whole page as ``<name>-failure.png`` in ``artifacts`` and say
    where it is and which dialogs were open: what a reader of a red CI run needs to tell a
    loaded machine from a broken lesson."""
    path = artifacts / f"{name}-failure.png"
    try:
        page.screenshot(path=str(path), full_page=False, timeout=15_000)
        dialogs = open_dialogs(page)
    except Exception as problem:  # the page itself may be gone: say so rather than hide the first error
        return f"no screenshot or dialog could be read ({type(problem).__name__})"
    said = "; ".join(dialogs) if dialogs else "none"
    return f"screenshot: {path}; dialogs open: {said}"


def widget_cells(page) -> list:
    """Locators of the code cells that show a widget, in notebook order."""
    cells = page.locator(f"{JUPYTERLAB_NOTEBOOK} .jp-CodeCell")
    return [cells.nth(i) for i in range(cells.count()) if cells.nth(i).locator(".jupyter-widgets").count()]


# --- what students do with the widgets, and what they should then see -------------------------


@dataclass(frozen=True)
class Step:
    """One interaction with the ``widget``-th widget cell of a notebook, and text it must then show."""

    widget: int
    action: str  # "select" (a dropdown), "type" (a text box), "write" (a text area), "choose" (a radio button)
    control: str  # the control's description, as shown beside it
    value: str
    expected: str  # shown after the interaction, and not before it


def first_paragraph(page: str) -> str:
    """The text of the first <p> of a view's HTML, as the browser shows it."""
    return html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<p>(.*?)</p>", page, re.S).group(1)))


def _labels(page: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(r'<span style="font-size[^>]*>([^<]+)</span>', page)]


def first_label_only_in(page: str, other: str) -> str | None:
    """The first quote label ("speaker · verb") that ``page`` shows and ``other`` does not."""
    return next((label for label in _labels(page) if label not in set(_labels(other))), None)


def lesson_steps() -> dict[str, list[Step]]:
    """Per lesson notebook, one real interaction per widget. What each should show is computed
    with the view functions the widgets call, so the tests check the wiring between browser,
    kernel and widget, not a copy of the text."""
    from framekit import load_story
    from framekit.figures.extraction import figure_rows
    from framekit.quotes.extraction import quote_rows
    from framekit.show.figures import toll_on_date_html
    from framekit.show.quotes import article_quotes_html, speaker_quotes_html
    from framekit.show.reader import reader_html
    from framekit.show.selection import fact_html
    from framekit.show.tone import tone_sentences_html
    from framekit.show.words import concordance_html
    from framekit.teach import capstone
    from framekit.tone.scores import sentence_tones
    from framekit.words.concordance import query_spans, variant_spans
    from framekit.words.matching import matches

    story = load_story("crocus-call-2024")
    article, other = story.article("macron-dismisses-claims"), story.article("kyiv-independent-first-call")
    annotated, extracted = quote_rows(story), quote_rows(story, "extractor")
    # the first article where the extractor labels a quote as the annotation does not: switching shows it
    differing = next(a for a in story.articles
                    if first_label_only_in(article_quotes_html(a, extracted), article_quotes_html(a, annotated)))
    # an article that is neither shown at first nor the differing one: selecting it, then the
    # differing one, changes what is shown at each step even when the differing one comes first
    elsewhere = next(a for a in story.articles[1:] if a is not differing)
    found = matches(story, story.terms)
    tones = sentence_tones(story, annotated)

    def lines(spans, what: str) -> str:
        return first_paragraph(concordance_html(story, spans, what))

    return {
        "00_start_here.ipynb": [
            Step(0, "select", "Article", article.id, article.standfirst),
            Step(0, "type", "Highlight", "Kiev", first_paragraph(reader_html([article, other], "Kiev"))),
        ],
        "01_selection.ipynb": [
            Step(0, "select", "Fact", "olympic-games: France is to host the Olympic Games in Paris this summer.",
                 first_paragraph(fact_html(story, "olympic-games"))),
        ],
        "02_quote_attribution.ipynb": [
            Step(0, "select", "Article", elsewhere.id, first_paragraph(article_quotes_html(elsewhere, annotated))),
            Step(0, "select", "Article", differing.id, first_paragraph(article_quotes_html(differing, annotated))),
            Step(0, "choose", "Quotes from", "extractor",
                 first_label_only_in(article_quotes_html(differing, extracted), article_quotes_html(differing, annotated))),
            Step(1, "select", "Speaker", "Mykhailo Podolyak",
                 first_paragraph(speaker_quotes_html(story, annotated, "Mykhailo Podolyak"))),
        ],
        "03_word_choice.ipynb": [
            Step(0, "select", "Family", "capital", lines(variant_spans(found, "capital"), "capital · all variants")),
            Step(0, "select", "Variant", "Kiev", lines(variant_spans(found, "capital", "Kiev"), "capital · Kiev")),
            Step(0, "type", "Query", "regime", lines(query_spans(story, "regime"), "“regime”")),
        ],
        "04_casualty_figures.ipynb": [
            Step(0, "select", "Date", f"{date(2024, 3, 27):%d %b %Y}",
                 first_paragraph(toll_on_date_html(story, figure_rows(story), date(2024, 3, 27)))),
        ],
        "05_tone.ipynb": [
            Step(0, "select", "Article", other.id, first_paragraph(tone_sentences_html(tones, other.id))),
            Step(0, "choose", "Voice", "quoted", first_paragraph(tone_sentences_html(tones, other.id, "quoted"))),
        ],
        "06_framing_profile.ipynb": [
            Step(0, "write", "Draft", 'It writes "TASS claimed".',
                 next(line for line in repr(capstone.feedback('It writes "TASS claimed".', story)).splitlines()
                      if line.startswith("✓"))),
        ],
    }


def _control(cell, step: Step):
    kinds = {"select": (".widget-dropdown", "select"), "type": (".widget-text", "input"),
             "choose": (".widget-radio", ""), "write": (".widget-textarea", "textarea")}
    box, inner = kinds[step.action]
    control = cell.locator(box, has_text=step.control)
    return control.locator(inner) if inner else control


def act(cell, step: Step, value: str | None = None) -> None:
    """Do what a student does: pick ``value`` (default ``step.value``) in the control."""
    value = step.value if value is None else value
    control = _control(cell, step)
    if step.action == "select":
        control.select_option(label=value)
    elif step.action in ("type", "write"):
        control.fill(value)
    else:  # a radio button, found by its label as a screen reader names it
        control.get_by_role("radio", name=value, exact=True).check()


def current(cell, step: Step) -> str:
    """The control's value now, to go back to it (a dropdown's label, a text, the checked radio button's label)."""
    control = _control(cell, step)
    if step.action == "select":
        return control.evaluate("select => select.options[select.selectedIndex].text")
    if step.action == "type":
        return control.input_value()
    return control.locator("input[type=radio]:checked").evaluate("radio => radio.labels[0].textContent")
