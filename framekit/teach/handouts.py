"""Printable handouts: each lesson, with its committed outputs, as one self-contained HTML page,
and each exercise notebook as a worksheet (``framekit handouts``).

A page needs nothing but itself: figures are embedded as ``data:`` URIs, the CSS is inline, and
a Content-Security-Policy forbids every script and every load from the network, so the page
opens offline, prints, and can be uploaded to a learning platform as one file. Widgets are
replaced by the initial state the notebook stored (its selected options and the HTML they
showed), with a link to the live lesson. The lesson's first cell (questions, objectives, time)
and its "## Key points" section come first, then a table of contents.

Everything from a notebook is untrusted (it holds story text): markdown is rendered by mistune
with its text escaped, and any HTML (raw HTML in markdown, ``text/html`` outputs, widget values)
passes through :func:`sanitize`, which keeps an allowlist of tags and attributes and drops
scripts, event handlers, external URLs and styles that load anything. Mathematics stays as
text (no LaTeX, no MathJax).

A worksheet keeps the questions, replaces each answer with an empty box, and drops the check
cells (:data:`CHECK_CALL`) and the setup cells before the first exercise. Pages are written
with the exercise builder's safe write (:func:`framekit.teach.exercises.write_generated`): a
page someone edited is not replaced without ``force``, and then a backup is kept.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import mistune
import nbformat

from framekit.show.palette import BLACK, BLUE, DARK_GREY, GREY, LIGHT_GREY, RULE
from framekit.teach.exercises import ANSWER_COMMENT, MARKDOWN_PLACEHOLDER, ExerciseError, Written, write_generated
from framekit.teach.lessons import Lesson

# A code cell that calls a check (checks.check(, checks.check_story_function(, check_annotation():
# it gives feedback in the notebook and means nothing on paper. tests/test_notebooks.py uses it too.
CHECK_CALL = re.compile(r"\bcheck(?:_\w+)?\(")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif")
HASH_META = '<meta name="framekit-sha256" content="{}">'
_HASH = re.compile(r'<meta name="framekit-sha256" content="([0-9a-f]{64})">')
_NO_HASH = "0" * 64
# No script, no font, no frame, no request of any kind: only inline styles and data: images.
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
INDEX = "index.html"
WORKSHEET_SUFFIX = "-worksheet.html"

# Print-friendly, in the kit's palette; system fonts only (no web font is ever loaded).
CSS = f"""
body {{ font: 11pt/1.5 Georgia, "Times New Roman", serif; color: {BLACK}; max-width: 46em; margin: 2em auto; padding: 0 1em; }}
h1, h2, h3, h4 {{ font-family: Helvetica, Arial, sans-serif; line-height: 1.25; }}
h2 {{ border-bottom: 1px solid {GREY}; padding-bottom: .1em; margin-top: 1.6em; }}
a {{ color: {BLUE}; }}
pre, code, kbd {{ font: 9pt/1.4 "DejaVu Sans Mono", Consolas, monospace; }}
pre {{ white-space: pre-wrap; overflow-wrap: anywhere; background: {LIGHT_GREY}; border-left: 3px solid {RULE}; padding: .5em .7em; }}
pre.output {{ background: white; border-left-color: {RULE}; }}
kbd {{ border: 1px solid {GREY}; border-radius: 3px; padding: 0 .25em; }}
img {{ max-width: 100%; height: auto; }}
table {{ border-collapse: collapse; margin: .6em 0; font-size: 9.5pt; }}
th, td {{ border: 1px solid {RULE}; padding: .2em .45em; text-align: left; vertical-align: top; }}
caption {{ font-weight: bold; text-align: left; padding: .2em 0; }}
.about, .keypoints {{ border: 1px solid {GREY}; padding: .2em 1em; margin: 1em 0; }}
.keypoints h2 {{ margin-top: .5em; border: 0; }}
.toc ol {{ padding-left: 1.4em; }} .toc .level3 {{ margin-left: 1.2em; list-style: circle; }}
.output {{ margin: .4em 0 1em; overflow-x: auto; }}
.widget {{ border: 1px dashed {GREY}; padding: .3em .8em; margin: .6em 0 1em; }}
.widget .controls, .live {{ font: 9.5pt Helvetica, Arial, sans-serif; color: {DARK_GREY}; }}
.answer {{ border: 1px solid {GREY}; min-height: 9em; margin: .5em 0 1.5em; }}
.answer.code {{ min-height: 12em; }}
.answer::before {{ content: "Your answer"; font: 8pt Helvetica, Arial, sans-serif; color: {GREY}; padding: .2em .4em; display: block; }}
@media print {{
  body {{ margin: 0; max-width: none; }}
  a {{ color: inherit; }}
  .toc {{ page-break-after: always; }}
  h2, h3 {{ page-break-after: avoid; }}
  pre, table, img, .answer, .widget {{ page-break-inside: avoid; }}
}}
"""


class HandoutError(Exception):
    """A lesson or exercise that cannot be made into a page; the message names the file."""


@dataclass(frozen=True)
class Page:
    """A page to write: its file name in the output folder and its HTML."""

    name: str
    html: str


# --- sanitizing HTML ------------------------------------------------------------------

ALLOWED_TAGS = frozenset(
    "a abbr b blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure "
    "h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup "
    "table tbody td tfoot th thead tr u ul var".split()
)
VOID_TAGS = frozenset({"br", "col", "hr", "img"})
# Tags dropped with everything inside them (their content is code or an embedded document, not text).
DROPPED_WITH_CONTENT = frozenset({"script", "style", "template", "iframe", "object", "embed", "noscript",
                                  "svg", "math", "textarea", "select", "title", "head"})
ALLOWED_ATTRIBUTES = frozenset({"title", "style", "colspan", "rowspan", "scope", "align", "alt", "role", "id", "class",
                                "aria-label", "href", "src", "lang", "dir", "open", "start", "reversed"})
# A style that could load something or run something: url(...), @import, old IE's expression(),
# behaviours and CSS escapes (which could spell any of these).
UNSAFE_STYLE = re.compile(r"url\s*\(|@import|expression\s*\(|behavior|-moz-binding|\\", re.IGNORECASE)
SAFE_SCHEMES = ("http", "https", "mailto")
HANDOUT_PAGE = re.compile(r"[\w-]+\.html(?:#[\w-]*)?")  # a page beside this one, as the handouts link them
DATA_IMAGE = re.compile(r"data:image/(?:png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*", re.IGNORECASE)


class _Sanitizer(HTMLParser):
    """Re-emits HTML keeping only ALLOWED_TAGS and ALLOWED_ATTRIBUTES, with text escaped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.skipping: list[str] = []  # the DROPPED_WITH_CONTENT tags we are inside

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED_WITH_CONTENT and tag not in VOID_TAGS:
            self.skipping.append(tag)
        if self.skipping or tag not in ALLOWED_TAGS:
            return
        safe = _safe_attributes(tag, attrs)
        if tag == "img" and "src" not in dict(safe):  # an image from elsewhere: never loaded, its description kept
            alt = dict(safe).get("alt", "").strip()
            self.out.append(html.escape(f"[image: {alt}]", quote=False) if alt else "")
            return
        kept = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in safe)
        self.out.append(f"<{tag}{kept}>")
        if tag not in VOID_TAGS:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag in self.open:  # close what is open down to it; an end tag never opened is dropped
            while self.open:
                last = self.open.pop()
                self.out.append(f"</{last}>")
                if last == tag:
                    break

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(html.escape(data, quote=False))

    def result(self) -> str:
        self.close()
        return "".join(self.out) + "".join(f"</{tag}>" for tag in reversed(self.open))


def _safe_attributes(tag: str, attrs: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
    kept = []
    for name, value in attrs:
        value = value or ""
        if name not in ALLOWED_ATTRIBUTES:
            continue
        if name == "style" and UNSAFE_STYLE.search(value):
            continue
        if name == "href" and (tag != "a" or not _is_safe_link(value)):
            continue
        if name == "src" and (tag != "img" or not DATA_IMAGE.fullmatch(value.strip())):
            continue
        kept.append((name, value))
    return kept


def _is_safe_link(url: str) -> bool:
    """A link to follow (never a load): a fragment, another handout page, or http, https or mailto."""
    url = url.strip()
    if url.startswith("#") or HANDOUT_PAGE.fullmatch(url):
        return True
    scheme = urlsplit(url).scheme.lower() if ":" in url else ""
    return scheme in SAFE_SCHEMES


def sanitize(fragment: str) -> str:
    """``fragment`` (untrusted HTML) with only harmless tags and attributes, its text escaped:
    no script, event handler, form, frame, external image, or style that loads anything."""
    parser = _Sanitizer()
    parser.feed(fragment)
    return parser.result()


# --- markdown -------------------------------------------------------------------------


@dataclass
class _Context:
    """What rendering one page needs: where links to other lessons go, the headings so far
    (for the table of contents), the notebook's widget state, and the live lesson's address."""

    pages: dict[str, str]  # a lesson's notebook file name -> its page's file name
    live: str = ""
    widgets: dict = field(default_factory=dict)
    headings: list[tuple[int, str, str]] = field(default_factory=list)  # (level, text, id)
    ids: set[str] = field(default_factory=set)
    figures: int = 0


class _Renderer(mistune.HTMLRenderer):
    """mistune's HTML with text escaped, raw HTML sanitized, links to lessons pointing at their
    pages, other relative links left as text, images only from the cell's attachments, and
    headings given ids for the table of contents (when ``collect``)."""

    def __init__(self, context: _Context, collect: bool) -> None:
        super().__init__(escape=False)
        self.context, self.collect = context, collect
        self.attachments: dict = {}

    def text(self, text: str) -> str:
        return html.escape(text, quote=False)

    def inline_html(self, html_text: str) -> str:
        return html_text  # the whole rendered cell is sanitized at once, so that tags can pair up

    def block_html(self, html_text: str) -> str:
        return html_text + "\n"

    def heading(self, text: str, level: int, **attrs: object) -> str:
        if not self.collect:
            return f"<h{level}>{text}</h{level}>\n"
        anchor = _unique_id(_plain(text), self.context.ids)
        self.context.headings.append((level, text, anchor))
        return f'<h{level} id="{anchor}">{text}</h{level}>\n'

    def link(self, text: str, url: str, title: str | None = None) -> str:
        target = _link_target(url, self.context.pages)
        if target is None:
            return text
        hint = f' title="{html.escape(title)}"' if title else ""
        return f'<a href="{html.escape(target)}"{hint}>{text}</a>'

    def image(self, text: str, url: str, title: str | None = None) -> str:
        source = _attachment_uri(url, self.attachments)
        if source is None:  # an image from elsewhere is never loaded: its description stays
            return f"[image: {text}]" if text else ""
        return f'<img src="{source}" alt="{html.escape(_plain(text))}">'


def _plain(rendered: str) -> str:
    """The text of rendered HTML (which may hold raw HTML from the notebook), escaped."""
    return re.sub(r"<[^>]*>", "", sanitize(rendered))  # sanitized tags hold no '>' in their attributes


def _unique_id(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", html.unescape(text).lower()).strip("-") or "section"
    anchor, number = base, 2
    while anchor in taken:
        anchor, number = f"{base}-{number}", number + 1
    taken.add(anchor)
    return anchor


def _link_target(url: str, pages: dict[str, str]) -> str | None:
    """Where a link of a notebook points in a handout: another lesson's page, an anchor, or a
    web address; None (text only) for a file of the kit that the handouts do not hold."""
    if _is_safe_link(url):
        return url.strip()
    path, _, anchor = url.partition("#")
    page = pages.get(Path(path).name) if path and not urlsplit(path).scheme else None
    if page is None:
        return None
    return page + (f"#{anchor}" if anchor else "")


def _attachment_uri(url: str, attachments: dict) -> str | None:
    if not url.startswith("attachment:"):
        return None
    bundle = attachments.get(url[len("attachment:"):]) or {}
    return next((uri for mime in IMAGE_TYPES if (uri := _image_uri(mime, bundle.get(mime)))), None)


def _image_uri(mime: str, data: object) -> str | None:
    """A data: URI for base64 image data as a notebook stores it; None unless it decodes."""
    if isinstance(data, list):
        data = "".join(data)
    if not isinstance(data, str):
        return None
    compact = re.sub(r"\s+", "", data)
    try:
        base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        return None
    return f"data:{mime};base64,{compact}"


def _markdown(context: _Context, collect: bool = True) -> tuple[Callable[[str], str], _Renderer]:
    """A function from markdown to sanitized HTML, and its renderer (to give it attachments)."""
    renderer = _Renderer(context, collect)
    render = mistune.create_markdown(renderer=renderer, plugins=["table", "strikethrough"])
    return (lambda text: sanitize(render(text))), renderer


# --- outputs and widgets --------------------------------------------------------------


def _output_html(output: dict, context: _Context, section: str) -> str:
    """One output of a code cell as HTML: its richest kind that a page can show safely."""
    kind = output.get("output_type")
    if kind == "stream":
        return "" if output.get("name") == "stderr" else _pre(_source(output.get("text", "")), "output")
    if kind == "error":
        return _pre(f"{output.get('ename', 'Error')}: {output.get('evalue', '')}", "output")
    data = output.get("data") or {}
    if WIDGET_VIEW in data:
        return _widget_html(data, context)
    for mime in IMAGE_TYPES:
        uri = _image_uri(mime, data.get(mime))
        if uri:
            context.figures += 1
            return f'<p class="output"><img src="{uri}" alt="{html.escape(_alt(data, section, context.figures))}"></p>'
    if "text/html" in data:
        return f'<div class="output">{sanitize(_source(data["text/html"]))}</div>'
    if "text/markdown" in data:
        render, _ = _markdown(context, collect=False)
        return f'<div class="output">{render(_source(data["text/markdown"]))}</div>'
    if "text/plain" in data:
        return _pre(_source(data["text/plain"]), "output")
    return ""


def _alt(data: dict, section: str, number: int) -> str:
    """A figure's description: its text form unless that is only a Python repr (``<Figure …>``)."""
    text = _source(data.get("text/plain", "")).strip()
    if text and not text.startswith("<"):
        return text
    return f"Figure {number}" + (f", in the section {section}" if section else "")


def _widget_html(data: dict, context: _Context) -> str:
    """A widget's initial state, as the notebook stored it: the options it had selected and the
    HTML it showed (else the output's own HTML), then a link to the live lesson."""
    model = (data.get(WIDGET_VIEW) or {}).get("model_id")
    controls, shown = _widget_parts(str(model), context.widgets, set())
    if not controls and not shown and "text/html" in data:
        shown = [sanitize(_source(data["text/html"]))]
    parts = []
    if controls:
        parts.append(f'<p class="controls">{" · ".join(controls)}</p>')
    parts += shown
    link = f'<a href="{html.escape(context.live)}">the live lesson</a>' if context.live else "the live lesson"
    note = "As it first appears; to change the settings, open" if parts else "An interactive view: open"
    parts.append(f'<p class="live">{note} {link}.</p>')
    return f'<div class="widget">{"".join(parts)}</div>'


BOX_MODELS = ("VBoxModel", "HBoxModel", "BoxModel", "GridBoxModel", "TabModel", "AccordionModel", "StackModel")
HTML_MODELS = ("HTMLModel", "HTMLMathModel", "LabelModel")
MAX_WIDGET_DEPTH = 20


def _widget_parts(model_id: str, state: dict, seen: set[str], depth: int = 0) -> tuple[list[str], list[str]]:
    """The escaped ``description: value`` of each control under ``model_id``, and the HTML shown."""
    entry = state.get(model_id)
    if not isinstance(entry, dict) or model_id in seen or depth > MAX_WIDGET_DEPTH:
        return [], []
    seen.add(model_id)
    name, values = entry.get("model_name"), entry.get("state") or {}
    if name in BOX_MODELS:
        controls, shown = [], []
        for child in values.get("children") or []:
            more, html_parts = _widget_parts(str(child).removeprefix("IPY_MODEL_"), state, seen, depth + 1)
            controls += more
            shown += html_parts
        return controls, shown
    if name in HTML_MODELS:
        value = str(values.get("value") or "")
        return [], [f"<div>{sanitize(value) if name != 'LabelModel' else html.escape(value)}</div>"] if value else []
    setting = _setting(values)
    return ([html.escape(setting)] if setting else []), []


def _setting(values: dict) -> str | None:
    """``Description: value`` of a control (a selected option, a text, a number); None for a button."""
    description = str(values.get("description") or "").strip()
    labels, index = values.get("_options_labels"), values.get("index")
    if isinstance(labels, list) and isinstance(index, int) and 0 <= index < len(labels):
        value = str(labels[index])
    elif "value" in values and not isinstance(values["value"], (dict, list)):
        value = str(values["value"])
    else:
        return None
    return f"{description}: {value or '(empty)'}" if description else value


def _pre(text: str, css_class: str) -> str:
    return f'<pre class="{css_class}">{html.escape(text, quote=False)}</pre>'


def _source(value: object) -> str:
    return "".join(str(part) for part in value) if isinstance(value, list) else str(value)


# --- lesson pages ---------------------------------------------------------------------

KEY_POINTS = re.compile(r"^##[ \t]+Key points[ \t]*$", re.MULTILINE)
SECTION_END = re.compile(r"^(?:\#{1,2}[ \t]|---[ \t]*$)", re.MULTILINE)  # the next heading of level 1 or 2, or a rule
TITLE = re.compile(r"^#[ \t]+(.+)$", re.MULTILINE)


def lesson_page(lesson: Lesson, notebook: nbformat.NotebookNode, pages: dict[str, str], live: str) -> str:
    """The lesson as one page: title, its first cell (questions, objectives, time) and key
    points, a table of contents, then every cell with its stored outputs."""
    context = _Context(pages, live, _widget_state(notebook))
    cells = list(notebook.cells)
    intro = cells.pop(0).source if cells and cells[0].cell_type == "markdown" else ""
    title, about = _title_and_rest(intro, f"{lesson.number} {lesson.title}")
    cells, key_points = _without_key_points(cells)
    body = "".join(_cell_html(cell, context) for cell in cells)
    render, _ = _markdown(_Context(pages), collect=False)
    top = f'<section class="about">{render(about)}</section>' if about.strip() else ""
    if key_points:
        top += f'<section class="keypoints"><h2>Key points</h2>{render(key_points)}</section>'
    return _document(title, f"<h1>{html.escape(title)}</h1>{top}{_contents(context.headings)}{body}")


def _widget_state(notebook: nbformat.NotebookNode) -> dict:
    state = ((notebook.metadata.get("widgets") or {}).get(WIDGET_STATE) or {}).get("state")
    return state if isinstance(state, dict) else {}


def _title_and_rest(intro: str, fallback: str) -> tuple[str, str]:
    found = TITLE.search(intro)
    if found is None:
        return fallback, intro
    return found.group(1).strip(), intro[: found.start()] + intro[found.end():]


def _without_key_points(cells: list) -> tuple[list, str]:
    """The cells with the "## Key points" section taken out of its cell, and that section's text."""
    for index in range(len(cells) - 1, -1, -1):
        cell = cells[index]
        found = KEY_POINTS.search(cell.source) if cell.cell_type == "markdown" else None
        if found is None:
            continue
        end = SECTION_END.search(cell.source, found.end())
        stop = end.start() if end else len(cell.source)
        rest = nbformat.from_dict({**cell, "source": cell.source[: found.start()] + cell.source[stop:]})
        return cells[:index] + [rest] + cells[index + 1:], cell.source[found.end(): stop]
    return cells, ""


def _cell_html(cell: nbformat.NotebookNode, context: _Context) -> str:
    if cell.cell_type == "markdown":
        render, renderer = _markdown(context)
        renderer.attachments = cell.get("attachments") or {}
        return render(cell.source)
    if cell.cell_type != "code":
        return ""
    section = context.headings[-1][1] if context.headings else ""
    outputs = "".join(_output_html(output, context, html.unescape(_plain(section))) for output in cell.get("outputs", []))
    hidden = (cell.metadata.get("jupyter") or {}).get("source_hidden") or _narrates(cell)
    code = "" if hidden or not cell.source.strip() else _pre(cell.source, "code")
    return code + outputs


def _narrates(cell: nbformat.NotebookNode) -> bool:
    """A cell whose every output is markdown (``about_story(...)``): its code is the prose it
    shows, so a page that shows both prints the text twice."""
    outputs = cell.get("outputs", [])
    return bool(outputs) and all("text/markdown" in (output.get("data") or {}) for output in outputs)


def _contents(headings: list[tuple[int, str, str]]) -> str:
    items = [f'<li class="level{level}"><a href="#{anchor}">{_plain(text)}</a></li>'
             for level, text, anchor in headings if level in (2, 3)]
    if not items:
        return ""
    return f'<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>{"".join(items)}</ol></nav>'


# --- worksheets -----------------------------------------------------------------------


def worksheet_page(lesson: Lesson, notebook: nbformat.NotebookNode, pages: dict[str, str]) -> str:
    """The exercises as a worksheet: the questions, an empty box for each answer, no check
    cells, and no setup code (the code cells before the first exercise heading)."""
    context = _Context(pages)
    cells = list(notebook.cells)
    intro = cells.pop(0).source if cells and cells[0].cell_type == "markdown" else ""
    title, about = _title_and_rest(intro, f"{lesson.number} {lesson.title}: exercises")
    render, _ = _markdown(_Context(pages), collect=False)
    lesson_link = f'<p class="live">Worksheet for the lesson <a href="{html.escape(pages.get(lesson.notebook, ""))}">' \
                  f"{html.escape(lesson.number)} {html.escape(lesson.title)}</a>.</p>" if lesson.notebook in pages else ""
    body, started = [], False
    for cell in cells:
        started = started or (cell.cell_type == "markdown" and re.search(r"^##[ \t]", cell.source, re.MULTILINE) is not None)
        body.append(_worksheet_cell(cell, context, started))
    top = f'<section class="about">{render(about)}</section>' if about.strip() else ""
    return _document(title, f"<h1>{html.escape(title)}</h1>{lesson_link}{top}{_contents(context.headings)}{''.join(body)}")


def _worksheet_cell(cell: nbformat.NotebookNode, context: _Context, started: bool) -> str:
    if cell.cell_type == "markdown":
        if cell.source.strip() == MARKDOWN_PLACEHOLDER:
            return '<div class="answer"></div>'
        return _cell_html(cell, context)
    if cell.cell_type != "code" or not started or CHECK_CALL.search(cell.source):
        return ""
    if ANSWER_COMMENT in cell.source:
        scaffold = "\n".join(line for line in cell.source.split("\n") if line.strip() != ANSWER_COMMENT)
        return _pre(scaffold, "code") + '<div class="answer code"></div>'
    return _pre(cell.source, "code") if cell.source.strip() else ""


# --- the index, the document, the folder ----------------------------------------------


def index_page(entries: list[tuple[Lesson, str | None, str | None]]) -> str:
    """The list of lessons, each with its page and its worksheet (when there is one)."""
    items = []
    for lesson, page, worksheet in entries:
        name = html.escape(f"{lesson.number} {lesson.title}")
        name = f'<a href="{html.escape(page)}">{name}</a>' if page else name
        sheet = f' · <a href="{html.escape(worksheet)}">worksheet</a>' if worksheet else ""
        items.append(f"<li>{name}: <em>{html.escape(lesson.question)}</em> ({lesson.minutes} min){sheet}</li>")
    return _document("Lessons", f"<h1>Lessons</h1><ul>{''.join(items)}</ul>")


def _document(title: str, body: str) -> str:
    """A complete page: no script, no external resource, its own hash (see :func:`is_untouched`)."""
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{HASH_META.format(_NO_HASH)}\n<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )
    return page.replace(HASH_META.format(_NO_HASH), HASH_META.format(_page_hash(page)), 1)


def _page_hash(page: str) -> str:
    return hashlib.sha256(page.encode("utf-8")).hexdigest()


def is_untouched(data: bytes) -> bool:
    """True when ``data`` is exactly a page framekit wrote: the hash it records still matches."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    found = _HASH.search(text)
    if found is None:
        return False
    return _page_hash(text[: found.start(1)] + _NO_HASH + text[found.end(1):]) == found.group(1)


def page_name(lesson: Lesson, worksheet: bool = False) -> str:
    """The file name of a lesson's page (``02_quote_attribution.html``) or worksheet."""
    stem = Path(lesson.notebook).stem
    return stem + (WORKSHEET_SUFFIX if worksheet else ".html")


def pages(lessons: tuple[Lesson, ...] | list[Lesson], live: str | None = None, out: Path | None = None) -> list[Page]:
    """Every page: the index, then each lesson whose notebook exists and its worksheet (the
    notebook of the same name in ``exercises/`` beside ``notebooks/``). ``live`` is an address
    to which ``notebooks/<file>`` is appended for the live lesson (a Binder or hub link); without
    it, the link is the notebook's path relative to ``out``."""
    available = [lesson for lesson in lessons if lesson.available]
    names = {lesson.notebook: page_name(lesson) for lesson in available}
    found, entries = [], []
    for lesson in available:
        link = _live_link(lesson, live, out)
        found.append(Page(names[lesson.notebook], lesson_page(lesson, _read(lesson.path), names, link)))
        exercise = lesson.path.parent.parent / "exercises" / lesson.notebook
        sheet = page_name(lesson, worksheet=True) if exercise.is_file() else None
        if sheet:
            found.append(Page(sheet, worksheet_page(lesson, _read(exercise), names)))
        entries.append((lesson, names[lesson.notebook], sheet))
    return [Page(INDEX, index_page(entries)), *found]


def _live_link(lesson: Lesson, live: str | None, out: Path | None) -> str:
    if live:
        return live + f"notebooks/{lesson.notebook}"
    if out is None:
        return ""
    return Path(os.path.relpath(lesson.path.resolve(), out.resolve())).as_posix()


def _read(path: Path) -> nbformat.NotebookNode:
    try:
        return nbformat.read(path, as_version=4)
    except Exception as err:  # nbformat raises several unrelated types for unreadable files
        raise HandoutError(f"{path}: not a readable notebook ({err})") from err


def check_live(url: str) -> str:
    """``url`` if it is an http(s) address (the prefix of links to the live lessons); else a HandoutError."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise HandoutError(f"--live {url}: give an http:// or https:// address, to which notebooks/<file> is appended")
    return url


def build(lessons: tuple[Lesson, ...] | list[Lesson], out: Path, force: bool = False, live: str | None = None) -> tuple[list[Written], int]:
    """Write every page into ``out``; returns what was written and how many pages there are.

    A page that would not change is left alone. Unless ``force``, nothing is written when a page
    to be replaced is not exactly as framekit wrote it (someone edited it); with ``force`` it is
    kept as ``<name>.bak-<time>`` first (:func:`framekit.teach.exercises.write_generated`)."""
    if out.exists() and not out.is_dir():
        raise HandoutError(f"{out} is a file, not a folder: pass --out DIR, a folder for the handouts")
    made = pages(lessons, check_live(live) if live else None, out)
    planned = [(out / page.name, page.html) for page in made]
    try:
        written = write_generated(planned, out, force, is_untouched, "written by framekit handouts (someone edited it)")
    except ExerciseError as err:
        raise HandoutError(str(err)) from err
    return written, len(made)
