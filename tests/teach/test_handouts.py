"""framekit.teach.handouts: every lesson and exercise as a self-contained page, safe to print
and to open offline; hostile notebook text escaped; pages never overwritten without --force.
(That each page loads in Chromium with no console error: tests/browser/test_handouts_in_browser.py.)"""

from __future__ import annotations

import html
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from nbformat import v4

from framekit.teach import handouts
from framekit.teach.exercises import ANSWER_COMMENT, MARKDOWN_PLACEHOLDER
from framekit.teach.handouts import CHECK_CALL, HandoutError, build, is_untouched, page_name, sanitize
from framekit.teach.lessons import read_lessons

ROOT = Path(__file__).resolve().parents[2]
LESSONS, _ = read_lessons(ROOT / "lessons.yaml")
AVAILABLE = [lesson for lesson in LESSONS if lesson.available]
MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")


class Parsed(HTMLParser):
    """The tags, attributes, heading texts and text of a page."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.headings: list[str] = []
        self.text: list[str] = []
        self._heading: list[str] | None = None
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if re.fullmatch(r"h[1-6]", tag) and self._heading is not None:
            self.headings.append(" ".join("".join(self._heading).split()))
            self._heading = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._heading is not None:
            self._heading.append(data)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("handouts") / "handouts"
    written, total = build(LESSONS, out)
    assert len(written) == total
    return out


def notebook_headings(path: Path) -> list[str]:
    """Every markdown heading of the notebook, as plain text (outside fenced code)."""
    found = []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "markdown":
            continue
        fenced = False
        for line in cell.source.splitlines():
            fenced = fenced != line.lstrip().startswith("```")
            match = None if fenced else MD_HEADING.match(line)
            if match:
                found.append(" ".join(re.sub(r"[*_`]", "", match.group(2)).split()))
    return found


def exercise_of(notebook: str) -> Path:
    return ROOT / "exercises" / notebook


def test_every_lesson_and_exercise_gets_a_page(built: Path) -> None:
    expected = {"index.html"} | {page_name(lesson) for lesson in AVAILABLE}
    expected |= {page_name(lesson, worksheet=True) for lesson in AVAILABLE if exercise_of(lesson.notebook).is_file()}
    assert len(expected) == 1 + 2 * len(AVAILABLE)  # the kit has an exercise for every lesson
    assert {path.name for path in built.iterdir()} == expected
    index = (built / "index.html").read_text(encoding="utf-8")
    for lesson in AVAILABLE:
        assert f'href="{page_name(lesson)}"' in index and f'href="{page_name(lesson, worksheet=True)}"' in index


@pytest.mark.parametrize("lesson", AVAILABLE, ids=lambda lesson: lesson.number)
def test_a_lesson_page_has_each_heading_and_figure_of_its_lesson(built: Path, lesson) -> None:
    page = (built / page_name(lesson)).read_text(encoding="utf-8")
    shown = Parsed(page).headings
    headings = notebook_headings(lesson.path)
    assert headings and all(heading in shown for heading in headings), set(headings) - set(shown)
    figures = [re.sub(r"\s+", "", output.data["image/png"]) for cell in nbformat.read(lesson.path, as_version=4).cells
               for output in cell.get("outputs", []) if "image/png" in output.get("data", {})]
    for figure in figures:
        assert f'src="data:image/png;base64,{figure}"' in page
    assert page.count("<img ") == len(figures)


@pytest.mark.parametrize("lesson", AVAILABLE, ids=lambda lesson: lesson.number)
def test_objectives_and_key_points_come_before_the_contents(built: Path, lesson) -> None:
    page = (built / page_name(lesson)).read_text(encoding="utf-8")
    objectives, key_points, contents = page.find("<strong>Objectives</strong>"), page.find("<h2>Key points</h2>"), page.find('<nav class="toc"')
    assert -1 < objectives < key_points < contents
    assert page.count("<h2>Key points</h2>") == 1  # moved to the top, not repeated at the end
    first_notebook_point = nbformat.read(lesson.path, as_version=4).cells[-1].source.split("## Key points")[1].split("\n- ")[1]
    assert html.escape(first_notebook_point.split("\n")[0].split("*")[0], quote=False) in page[key_points:contents]


@pytest.mark.parametrize("lesson", AVAILABLE, ids=lambda lesson: lesson.number)
def test_widgets_show_their_stored_state_and_link_to_the_live_lesson(built: Path, lesson) -> None:
    notebook = nbformat.read(lesson.path, as_version=4)
    views = [output for cell in notebook.cells for output in cell.get("outputs", [])
             if handouts.WIDGET_VIEW in output.get("data", {})]
    page = (built / page_name(lesson)).read_text(encoding="utf-8")
    assert views and page.count('<div class="widget">') == len(views)
    live = Path(os.path.relpath(lesson.path, built)).as_posix()  # the notebook, from the handouts' folder
    assert page.count(f'href="{live}"') == len(views)
    assert "VBox(children" not in page and page.count('<p class="controls">') == len(views)


@pytest.mark.parametrize("lesson", AVAILABLE, ids=lambda lesson: lesson.number)
def test_a_worksheet_has_every_question_an_answer_box_for_each_answer_and_no_check(built: Path, lesson) -> None:
    path = exercise_of(lesson.notebook)
    cells = nbformat.read(path, as_version=4).cells
    page = (built / page_name(lesson, worksheet=True)).read_text(encoding="utf-8")
    parsed = Parsed(page)
    assert all(heading in parsed.headings for heading in notebook_headings(path))
    answers = [cell for cell in cells if ANSWER_COMMENT in cell.source or cell.source.strip() == MARKDOWN_PLACEHOLDER]
    boxes = [attrs for tag, attrs in parsed.tags if tag == "div" and "answer" in attrs.get("class", "").split()]
    assert answers and len(boxes) == len(answers)
    checks = [cell.source for cell in cells if cell.cell_type == "code" and CHECK_CALL.search(cell.source)]
    assert checks and not CHECK_CALL.search("".join(parsed.text))
    assert ANSWER_COMMENT not in page and "open_story()" not in page  # no marker, no setup cell


@pytest.mark.parametrize("name", ["index.html"] + [page_name(lesson, ws) for lesson in AVAILABLE for ws in (False, True)])
def test_no_page_loads_anything_from_outside(built: Path, name: str) -> None:
    page = (built / name).read_text(encoding="utf-8")
    parsed = Parsed(page)
    assert_loads_nothing(page, parsed)
    assert is_untouched(page.encode("utf-8"))


def assert_loads_nothing(page: str, parsed: Parsed) -> None:
    tags = [tag for tag, _ in parsed.tags]
    assert not {"script", "link", "iframe", "object", "embed", "base", "form", "svg"} & set(tags)
    assert tags.count("style") == 1  # the page's own CSS
    for tag, attrs in parsed.tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        assert attrs.get("src", "data:image/").startswith("data:image/"), (tag, attrs)
        assert not re.match(r"\s*(javascript|data|vbscript):", attrs.get("href", ""), re.IGNORECASE), (tag, attrs)
        assert not re.search(r"url\s*\(|@import", attrs.get("style", ""), re.IGNORECASE), (tag, attrs)
    csp = next(attrs["content"] for tag, attrs in parsed.tags if attrs.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "img-src data:" in csp and "script" not in csp
    style = page[page.index("<style>"): page.index("</style>")]
    assert "url(" not in style and "@import" not in style and "@font-face" not in style


# --- hostile notebooks ----------------------------------------------------------------

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
HOSTILE_MARKDOWN = f"""# 99 Hostile: {HOSTILE}

**Objectives**
- Ignore previous instructions and <b onmouseover="steal()">obey</b> the story.

## A heading {HOSTILE}

Story text: {HOSTILE} and [a link](javascript:alert(1)), [a file](../secret.md), [the web](https://example.org/),
<a href="javascript:alert(2)" onclick="alert(3)">raw link</a> <iframe src="https://example.org/frame"></iframe>
<div style="background:url(https://example.org/track.png)">styled</div> <style>@import url(https://example.org/x.css);</style>

![tracker](https://example.org/pixel.png) and $x_1 + \\frac{{a}}{{b}}$ stays text.
"""


def hostile_kit(root: Path) -> tuple[Path, Path]:
    """A kit with one lesson and its exercise, full of hostile text; returns it and its lessons.yaml."""
    (root / "notebooks").mkdir(parents=True)
    (root / "exercises").mkdir()
    (root / "lessons.yaml").write_text(
        '- number: "99"\n  notebook: 99_hostile.ipynb\n  title: "</title><script>alert(4)</script>"\n'
        "  question: <b>why?</b>\n  minutes: 5\n", encoding="utf-8")
    widget_state = {"w1": {"model_name": "VBoxModel", "state": {"children": ["IPY_MODEL_w2", "IPY_MODEL_w3", "IPY_MODEL_w1"]}},
                    "w2": {"model_name": "DropdownModel", "state": {"description": "Article", "index": 0, "_options_labels": [HOSTILE]}},
                    "w3": {"model_name": "HTMLModel", "state": {"value": f"<p>shown</p>{HOSTILE}<a href='javascript:x()'>go</a>"}}}
    code = v4.new_code_cell("show()", execution_count=1, outputs=[
        v4.new_output("stream", name="stdout", text=f"</pre>{HOSTILE}"),
        v4.new_output("display_data", data={"text/html": f"<table><tr><td onclick='x()'>cell</td></tr></table>{HOSTILE}",
                                            "text/plain": "table"}),
        v4.new_output("execute_result", execution_count=1, data={"text/plain": f"<b>{HOSTILE}</b>"}),
        v4.new_output("execute_result", execution_count=1, data={"text/markdown": f"**About:** {HOSTILE}", "text/plain": "md"}),
        v4.new_output("execute_result", execution_count=1, data={"image/png": "not base64 at all <script>", "text/plain": "x"}),
        v4.new_output("execute_result", execution_count=1, data={handouts.WIDGET_VIEW: {"model_id": "w1"}, "text/plain": "VBox()"}),
    ])
    lesson = v4.new_notebook(cells=[v4.new_markdown_cell(HOSTILE_MARKDOWN), code,
                                    v4.new_markdown_cell(f"## Key points\n- {HOSTILE}\n")])
    lesson.metadata["widgets"] = {handouts.WIDGET_STATE: {"state": widget_state}}
    nbformat.write(lesson, root / "notebooks" / "99_hostile.ipynb")
    exercise = v4.new_notebook(cells=[
        v4.new_markdown_cell("# 99 Hostile: exercises"), v4.new_code_cell("story = open_story()"),
        v4.new_markdown_cell(f"## Exercise 1: {HOSTILE}"), v4.new_code_cell(f"{ANSWER_COMMENT}\nanswer = ...  # {HOSTILE}"),
        v4.new_code_cell("checks.check(answer, 'f')"), v4.new_markdown_cell(MARKDOWN_PLACEHOLDER)])
    nbformat.write(exercise, root / "exercises" / "99_hostile.ipynb")
    return root, root / "lessons.yaml"


def test_hostile_notebook_text_is_escaped_and_loads_nothing(tmp_path: Path) -> None:
    _, lessons_file = hostile_kit(tmp_path / "kit")
    lessons, problems = read_lessons(lessons_file)
    assert not problems
    out = tmp_path / "out"
    build(lessons, out)
    for path in sorted(out.glob("*.html")):
        page = path.read_text(encoding="utf-8")
        parsed = Parsed(page)
        assert_loads_nothing(page, parsed)
        assert not [attrs for tag, attrs in parsed.tags if tag == "a" and "secret" in attrs.get("href", "")]
    page = (out / "99_hostile.html").read_text(encoding="utf-8")
    text = "".join(Parsed(page).text)
    assert "Story text:" in text and "obey" in text and "styled" in text and "raw link" in text and "shown" in text
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in page  # the story's text, shown as text
    assert 'href="https://example.org/"' in page  # a link to follow is kept; nothing is loaded from it
    assert "[image: tracker]" in text and "$x_1 + \\frac{a}{b}$" in text
    assert "Article: " + HOSTILE in text and "<title>99 Hostile: &lt;script&gt;" in page
    worksheet = (out / "99_hostile-worksheet.html").read_text(encoding="utf-8")
    assert "checks.check" not in worksheet and "open_story" not in worksheet
    assert worksheet.count('class="answer') == 2 and "answer = ...  # &lt;script&gt;" in worksheet


@pytest.mark.parametrize(("fragment", "expected"), [
    ('<p onclick="x()">a<script>b</script></p>', "<p>a</p>"),
    ("<b>bold</b></div><i>open", "<b>bold</b><i>open</i>"),
    ('<a href="JaVaScript:x()">a</a><a href="https://e.org/?a=1&amp;b=2">b</a>', '<a>a</a><a href="https://e.org/?a=1&amp;b=2">b</a>'),
    ('<img src="https://e.org/p.png" alt="p"><img src=x><img src="data:image/png;base64,iVBORw0KGgo=">', '[image: p]<img src="data:image/png;base64,iVBORw0KGgo=">'),
    ("&lt;script&gt;story&lt;/script&gt; &amp; <p title='a&quot;b'>c</p>", '&lt;script&gt;story&lt;/script&gt; &amp; <p title="a&quot;b">c</p>'),
    ('<span style="color:red">r</span><span style="background:u\\rl(x)">s</span>', '<span style="color:red">r</span><span>s</span>'),
    ("<svg><script>x</script><text>t</text></svg><math>m</math>&lt;ok&gt;", "&lt;ok&gt;"),
])
def test_sanitize_keeps_harmless_html_only(fragment: str, expected: str) -> None:
    assert sanitize(fragment) == expected


# --- writing the folder ---------------------------------------------------------------


def test_a_second_build_writes_nothing_and_an_edited_page_is_kept_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "handouts"
    written, total = build(LESSONS, out)
    assert len(written) == total
    assert build(LESSONS, out) == ([], total)
    edited = out / page_name(AVAILABLE[0])
    edited.write_text("<p>my notes</p>", encoding="utf-8")
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    with pytest.raises(HandoutError, match="written by framekit handouts.*--force"):
        build(LESSONS, out)
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before
    written, _ = build(LESSONS, out, force=True)
    assert [(done.path, done.backup.read_text(encoding="utf-8")) for done in written] == [(edited, "<p>my notes</p>")]
    assert is_untouched(edited.read_bytes())


def test_an_output_that_is_a_file_or_a_bad_live_address_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "handouts"
    target.write_text("a file", encoding="utf-8")
    with pytest.raises(HandoutError, match="is a file, not a folder"):
        build(LESSONS, target)
    with pytest.raises(HandoutError, match="--live javascript:x"):
        build(LESSONS, tmp_path / "out", live="javascript:x")
    assert not (tmp_path / "out").exists()


def test_live_links_point_at_the_given_address(tmp_path: Path) -> None:
    live = "https://mybinder.org/v2/gh/framekit/framekit/HEAD?urlpath=lab/tree/"
    build(LESSONS, tmp_path, live=live)
    lesson = next(lesson for lesson in AVAILABLE if lesson.number == "04")
    assert f'href="{html.escape(live)}notebooks/{lesson.notebook}"' in (tmp_path / page_name(lesson)).read_text(encoding="utf-8")
