"""axe-core on every lesson as Voilà shows it (JupyterLab: test_widgets_in_browser.py), and the
check itself: it finds what it should, and the allowlist covers JupyterLab's markup only."""

from __future__ import annotations

import re

import pytest

from accessibility import ALLOWED, PENDING_LESSON_EDITS, axe_findings, kit_findings, report
from framekit.teach.lessons import lessons
from harness import open_in_voila, voila

NOTEBOOKS = [lesson.notebook for lesson in lessons() if lesson.available]
# A page with the faults the lessons had: an image without alternative text, a select with no
# name, a link told apart from its sentence by colour only.
FAULTY = """<main><p style="color:#000">Read the <a href="#x" style="color:#000080;text-decoration:none">AP</a> report.</p>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<select><option>22 Mar 2024</option></select></main>"""


@pytest.fixture(scope="module")
def voila_server(tmp_path_factory: pytest.TempPathFactory):
    """One Voilà serving every lesson (each page runs its lesson in a kernel of its own)."""
    with voila(tmp_path_factory.mktemp("voila")) as server:
        yield server


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_axe_finds_nothing_in_the_lesson_in_voila(voila_server, browser, notebook: str) -> None:
    page = browser.new_page()
    try:
        open_in_voila(page, voila_server, notebook)
        found = kit_findings(axe_findings(page, "body"))
        assert found == [], f"{notebook} in Voilà: axe-core finds\n{report(found)}"
    finally:
        page.close()


def test_the_check_finds_missing_alt_text_names_and_colour_only_links(browser) -> None:
    page = browser.new_page()
    try:
        page.set_content(FAULTY)
        found = kit_findings(axe_findings(page, "main", seconds=30))
    finally:
        page.close()
    assert {"image-alt", "select-name", "link-in-text-block"} <= {item["rule"] for item in found}, report(found)


def test_every_allowance_is_jupyterlab_or_voila_markup_with_a_reason() -> None:
    """An allowance covers markup of JupyterLab or CodeMirror (their class names), or the page's
    landmarks (Voilà's template), never the kit's; a pending lesson edit names its lesson."""
    for allowed in ALLOWED:
        page_wide = allowed.rule == "region"  # about the page's landmarks, which Voilà's template writes
        assert allowed.why and (page_wide or re.search(r"(?:\\\.|\\b)(?:jp|cm)-", allowed.selector)), allowed
    for pending in PENDING_LESSON_EDITS:
        assert re.match(r"lesson \d\d", pending.why), pending
