"""axe-core, Deque's WCAG checker, run on a lesson as JupyterLab or Voilà shows it.

axe-core's script comes from a pinned PyPI package (axe-playwright-python, in requirements.txt),
which ships ``axe.min.js``: nothing is downloaded when the tests run. The script is added to the
page with Playwright's ``add_script_tag`` and ``axe.run`` is raced against a timer
(:func:`harness.evaluate`), on the lesson's notebook only (its prose, code cells and outputs),
not on JupyterLab's menus and side panels.

What axe finds in JupyterLab's or Voilà's own markup (the code editors, the prompts, the cell
toolbars) is not the kit's to fix: :data:`ALLOWED` lists each such finding by rule and by a
pattern of the CSS selector axe reports, with the reason. Anything else, anything in the
lessons' prose, charts, tables and widgets, fails the test, except what waits for an edit of a
lesson notebook (:data:`PENDING_LESSON_EDITS`, each with the edit to make).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib.resources import files

from harness import evaluate

AXE_JS = files("axe_playwright_python") / "axe.min.js"
AXE_SECONDS = 90  # axe on a long lesson takes a few seconds; two shared cores make it slower
VOILA_PAGE = "#rendered_cells, .jp-OutputArea, body"  # Voilà shows outputs only; the first found is checked


@dataclass(frozen=True)
class Allowed:
    """A finding that belongs to JupyterLab or Voilà, not to the kit: axe's rule id, a regular
    expression searched in the CSS selector axe gives for the element and in the element's
    opening tag (axe gives the shortest selector that is unique in the page, which is not always
    the class that says whose markup it is), and why it is allowed."""

    rule: str
    selector: str
    why: str

    def covers(self, item: dict) -> bool:
        tag = item["html"].split(">", 1)[0]
        return item["rule"] == self.rule and re.search(self.selector, f"{item['target']}\n{tag}") is not None


ALLOWED = (
    Allowed("aria-input-field-name", r"\bcm-content\b",
            "JupyterLab's code editor (CodeMirror's content, role textbox) has no accessible name"),
    Allowed("aria-required-children", r"\bjp-WindowedPanel-viewport\b",
            "JupyterLab's list of cells (role feed) holds children that are not articles"),
    Allowed("scrollable-region-focusable", r"\bcm-scroller\b",
            "JupyterLab's code editor scrolls a long line in a region that takes no focus of its own"),
    Allowed("button-name", r"\.jp-collapseHeadingButton",
            "JupyterLab's button that folds a heading's section has no text or label"),
    Allowed("region", r"",
            "Voilà's page (its template) has no landmark such as <main>: every element of every cell is outside "
            "one. The rule is about the page, which the kit does not write, so it is allowed on any element"),
)
# Findings in the kit's own content that wait for an edit of a lesson notebook (which only the
# lead edits): each names the lesson and the edit. Empty this when the edit lands.
PENDING_LESSON_EDITS: tuple = ()


def axe_findings(page, context: str, seconds: float = AXE_SECONDS) -> list[dict]:
    """Run axe-core on the first element matching ``context`` (a CSS selector) in ``page``:
    one entry per element that breaks a rule, with the rule, its impact, the element's
    selector and HTML, and axe's summary of what is wrong."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    script = f"""() => {{
      const root = document.querySelector({json.dumps(context)});
      if (!root) return {{missing: true}};
      return axe.run(root, {{resultTypes: ['violations']}}).then(results => results.violations.flatMap(
        rule => rule.nodes.map(node => ({{rule: rule.id, impact: rule.impact, help: rule.help,
          target: node.target.join(' '), html: node.html.slice(0, 300), summary: node.failureSummary}}))));
    }}"""
    found = evaluate(page, script, seconds, f"axe-core to check {context}")
    if isinstance(found, dict) and found.get("missing"):
        raise AssertionError(f"nothing in the page matches {context!r}: axe-core had nothing to check")
    return found


def kit_findings(found: list[dict]) -> list[dict]:
    """The findings :data:`ALLOWED` does not cover: the kit's own."""
    return [item for item in found
            if not any(allowed.covers(item) for allowed in (*ALLOWED, *PENDING_LESSON_EDITS))]


def report(found: list[dict]) -> str:
    """One line per finding, to read in a failed test."""
    return "\n".join(f"{item['rule']} ({item['impact']}): {item['target']}\n    {item['html']}\n    {item['summary']}"
                     for item in found)
