"""The handouts (framekit handouts) in headless Chromium: each page loads from a file with no
console error and no request beyond itself, and every figure it embeds is drawn."""

from __future__ import annotations

from pathlib import Path

import pytest

from framekit.teach.handouts import build
from framekit.teach.lessons import read_lessons
from harness import ROOT

LESSONS, _ = read_lessons(ROOT / "lessons.yaml")
# Chromium reports a load the page's Content-Security-Policy blocks as a console error.
BLOCKED = '<img src="https://example.org/pixel.png" alt="a tracker">'


@pytest.fixture(scope="module")
def handouts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("handouts")
    build(LESSONS, out)
    return out


def visit(browser, path: Path) -> tuple[list[str], list[str], int]:
    """Open ``path``: the console errors and page errors, the requests other than the page
    itself and its data: images, and how many of its images were not drawn."""
    page = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(path.as_uri(), wait_until="load")
        undrawn = page.evaluate("() => [...document.images].filter(i => !i.complete || i.naturalWidth === 0).length")
    finally:
        page.close()
    others = [url for url in requests if url != path.as_uri() and not url.startswith("data:")]
    return errors, others, undrawn


def test_every_handout_loads_with_no_console_error_and_no_request(browser, handouts: Path) -> None:
    pages = sorted(handouts.glob("*.html"))
    assert len(pages) == 1 + 2 * len([lesson for lesson in LESSONS if lesson.available])
    for path in pages:
        errors, others, undrawn = visit(browser, path)
        assert (errors, others, undrawn) == ([], [], 0), path.name


def test_a_page_that_loads_from_outside_is_caught(browser, handouts: Path, tmp_path: Path) -> None:
    """The check above can fail: the same page with an external image gets a console error."""
    text = (handouts / "index.html").read_text(encoding="utf-8").replace("<h1>", BLOCKED + "<h1>", 1)
    path = tmp_path / "tampered.html"
    path.write_text(text, encoding="utf-8")
    errors, _, undrawn = visit(browser, path)
    assert any("Content Security Policy" in error for error in errors) and undrawn == 1
