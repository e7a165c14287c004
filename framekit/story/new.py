"""A story folder drafted from article texts pasted from a browser (``framekit new-story``).

An instructor saves each article as a plain-text or Markdown file, one article per file.
:func:`plan_story` reads them (refusing, with a ``path:line`` message, a file that is empty,
binary, not UTF-8, over the size limit or a duplicate of another), removes the lines of page
furniture that browsers copy along with the text (share buttons, "Read more", newsletter
lines, photo credits, advertisements, cookie notices: the rules are the named patterns below)
and lists every line it removed or moved, drafts each article's front matter and proposes term
families (:mod:`framekit.story.proposals`). :func:`write_story` writes the folder, and only
with ``force`` replaces an existing one, which it first moves to a backup.

What the texts cannot say (the outlet, the publication date, the story's title and summary) is
written as a :data:`~framekit.story.load.PLACEHOLDER` that ``framekit validate`` refuses until
the instructor fills it in. The inputs are only read, never changed. The draft annotations
come from the extractors, a layer above this one: :mod:`framekit.teach.draft` makes them and
hands them to :func:`write_story`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from framekit.story.files import MAX_FILE_BYTES, Problem, read_text
from framekit.story.load import PLACEHOLDER
from framekit.story.proposals import terms_yaml

# --- Page furniture -------------------------------------------------------------------------
# Each rule is matched against a whole line (stripped, any case). A line longer than
# FURNITURE_MAX_CHARS is never furniture: it is a paragraph of the article, even if it speaks
# of a newsletter or a photograph.
FURNITURE_MAX_CHARS = 160

# Share buttons: a line made only of these words ("Share", "Share this article", "Facebook
# Twitter WhatsApp", "Copy link"), with at least one of SHARE_TRIGGERS.
SHARE_WORDS = frozenset(
    "share shares sharing this article story page on via and or the to with tweet email e-mail mail print copy link "
    "facebook twitter x whatsapp linkedin telegram reddit pinterest messenger bluesky threads vk flipboard".split()
)
SHARE_TRIGGERS = frozenset("share tweet email facebook twitter whatsapp linkedin telegram reddit pinterest messenger bluesky".split())

# "Read more", "READ MORE: <a headline>", "See also", "Related articles", "Continue reading".
READ_MORE = re.compile(
    r"""
      (?:read|see)\ (?:more|also|next)\b.*          # Read more / Read more: headline / See also …
    | related(?:\ (?:articles?|stories|content|coverage|reading|news|topics))?(?::.*)?
    | more\ (?:on|about)\ this\ (?:story|topic)
    | continue\ reading.*
    | recommended(?:\ for\ you)?|most\ (?:read|popular)|you\ may\ also\ like
    | next\ (?:news|article|story)|previous\ (?:article|story)
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Newsletter and subscription lines: "Sign up for our daily newsletter", "Subscribe to …",
# "Get the newsletter in your inbox". A line that only names a newsletter is kept.
NEWSLETTER = re.compile(
    r"""
      (?=.*\bnewsletters?\b)(?=.*\b(?:sign\W?up|subscribe|inbox|e-?mail\ address|delivered)\b).*
    | (?:sign\W?up|subscribe)\b.*                   # a call to subscribe, whatever follows
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Photo credits and captions' credits, often under a byline: "Photo: Jane Doe/AFP",
# "(Photo by J. Doe/Getty Images)", "Image credit: Reuters", "… / Getty Images", "© Reuters".
PHOTO_CREDIT = re.compile(
    r"""
      \(?(?:photo|photograph|image|picture|video|caption|credit)s?(?:\ (?:credit|by))?\ ?[:|].*
    | \(?(?:photo|photograph|image|picture)\ by\ .*
    | .*[/|]\ ?(?:getty\ images|reuters|afp|ap|epa|anadolu|tass|ria\ novosti|sputnik|shutterstock|alamy)\)?
    | .*\bvia\ getty\ images\)?|getty\ images
    | !\[[^\]]*\]\([^)]*\)                          # a Markdown image
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Advertisements: "Advertisement", "Sponsored content", "Story continues below advertisement".
ADVERTISEMENT = re.compile(
    r"""
      advertisements?|advertising|ads?|sponsored(?:\ content)?|promoted|paid\ content
    | (?:story|article|content)\ continues\ (?:below|after)\ (?:the\ )?(?:advertisement|ad)
    | scroll\ (?:down\ )?to\ continue(?:\ reading)?
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Cookie notices and their buttons: "We use cookies to …", "Accept all", "Manage preferences".
COOKIES = re.compile(
    r"""
      (?=.*\bcookies?\b)(?=.*\b(?:accept|consent|use|policy|settings|preferences|agree)\b).*
    | (?:accept|reject|allow)\ (?:all|cookies)|manage\ (?:cookie\ )?(?:preferences|settings)|got\ it
    """,
    re.VERBOSE | re.IGNORECASE,
)

# The site around the article: menus, comment counts, reading time, tags, "Follow us", copyright.
NAVIGATION = re.compile(
    r"""
      skip\ to\ (?:main\ )?content|menu|search|home|log\ ?in|sign\ in|back\ to\ top|top\ of\ page
    | print(?:\ this\ (?:article|page))?|(?:show\ |view\ )?comments?(?:\ \(\d+\))?|\d+\ comments?
    | listen\ to\ this\ (?:article|story).*|original\ source\ link
    | (?:\d+\ )?min(?:ute)?s?\ read|reading\ time:?.*
    | (?:tags?|topics?|filed\ under):.*|follow\ us\b.*
    | (?:©|\(c\)|copyright)\ .*|all\ rights\ reserved\.?
    """,
    re.VERBOSE | re.IGNORECASE,
)

# The page's date line: "Published 3 April 2024, 10:32", "Updated: 04/04/2024". Removed from
# the body, and quoted in the article's notes, since it is the evidence for `published`.
DATE_LINE = re.compile(r"(?:published|updated|posted|last\ updated)(?:\ on)?:?\ .*\d.*", re.VERBOSE | re.IGNORECASE)

FURNITURE = (
    ("newsletter line", NEWSLETTER),
    ("cookie notice", COOKIES),
    ("read-more link", READ_MORE),
    ("photo credit", PHOTO_CREDIT),
    ("advertisement", ADVERTISEMENT),
    ("page navigation", NAVIGATION),
    ("date line", DATE_LINE),
)

# A headline: the first line, of HEADLINE_WORDS words or fewer, that does not end like a
# sentence of the body (a period, comma, colon or semicolon) or opens with a Markdown '#'.
HEADLINE_WORDS = (2, 25)
HEADLINE = re.compile(r"\#{1,6}\ +(?P<marked>.+)|(?P<plain>.*[^.,:;])", re.VERBOSE)
BYLINE_WORDS = 12  # "By Jane Doe and John Smith, Moscow correspondent" is a byline; longer is text
BYLINE_JOINERS = frozenset({"and", "&", "in", "de", "van", "von", "der", "la", "le", "al", "bin"})
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", "")  # plain text or Markdown; a name without one too
ID_CHARACTERS = re.compile(r"[^a-z0-9]+")
MAX_ID = 60  # characters of an article id taken from a file name
REPORT = "removed-lines.txt"
BACKUPS = ".framekit-backups"  # beside the story folder; holds no story.yaml, so no tool lists it


@dataclass(frozen=True)
class Removed:
    """A line taken out of a pasted text: where it was, what it said, and why."""

    source: Path
    line: int
    text: str
    reason: str  # "share buttons", "moved to headline", …

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}: {printable(self.text)}"


@dataclass(frozen=True)
class Draft:
    """One article drafted from one pasted file: its id, front matter and body."""

    id: str
    source: Path
    body: str
    headline: str | None
    byline: str | None
    removed: tuple[Removed, ...]
    notes: str


@dataclass(frozen=True)
class Plan:
    """What :func:`write_story` will write: the folder, its articles and its other files."""

    target: Path
    sources: tuple[Path, ...]  # the files and folders given
    drafts: tuple[Draft, ...]
    files: dict[str, str]  # path inside the folder -> text: story.yaml, terms.yaml, …

    @property
    def removed(self) -> list[Removed]:
        """Every line taken out of the pasted texts, article by article, for the report."""
        return [line for draft in self.drafts for line in draft.removed]


class NewStoryError(Exception):
    """The story folder cannot be written where asked (it exists, or it holds an input)."""


def printable(text: str) -> str:
    """``text`` safe to print in a terminal: control characters (escape sequences) shown as codes."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}" for c in text)


def plan_story(target: Path, sources: Sequence[Path]) -> tuple[Plan | None, list[Problem]]:
    """The story that ``sources`` (files, or folders of files) make at ``target``, and every
    problem with them; the plan is None if there is any."""
    files, problems = input_files(sources)
    drafts: list[Draft] = []
    seen: dict[str, Path] = {}  # each body, its spaces collapsed, and the file it came from
    taken: set[str] = set()  # the article ids given so far
    for path in files:
        draft, draft_problems = _draft(path, taken)
        problems += draft_problems
        if draft is None:
            continue
        key = " ".join(draft.body.split()).casefold()
        if key in seen:
            problems.append(Problem(path, 1, f"duplicate article: the same text as {seen[key]}; give each article once"))
            continue
        seen[key] = path
        taken.add(draft.id)
        drafts.append(draft)
    if not problems and not drafts:
        problems.append(Problem(Path(sources[0]) if sources else target, 1, "no article files found: give .txt or .md files, or folders of them"))
    if problems:
        return None, sorted(problems)
    files_out = {"story.yaml": story_yaml(target), "terms.yaml": terms_yaml({d.id: d.body for d in drafts}), REPORT: report(drafts)}
    files_out |= {f"articles/{d.id}.md": article_text(d) for d in drafts}
    return Plan(target, tuple(map(Path, sources)), tuple(drafts), files_out), []


def input_files(sources: Sequence[Path]) -> tuple[list[Path], list[Problem]]:
    """The files ``sources`` name: each file as given, each folder's files (not its hidden ones),
    in name order; a problem for what is missing or cannot be read as a list of articles."""
    files, problems = [], []
    for source in map(Path, sources):
        if source.is_dir():
            try:
                inside = sorted(p for p in source.iterdir() if not p.name.startswith("."))
            except OSError as err:
                problems.append(Problem(source, 1, f"cannot read the folder: {err.strerror}"))
                continue
            problems += [Problem(p, 1, "a folder inside an input folder is not read: give it as an input of its own")
                         for p in inside if p.is_dir()]
            files += [p for p in inside if not p.is_dir()]
        elif source.exists():
            files.append(source)
        else:
            problems.append(Problem(source, 1, "no such file or folder"))
    given: dict[Path, Path] = {}
    for path in files:
        if path.resolve() in given:
            also = "" if str(given[path.resolve()]) == str(path) else f" (also as {given[path.resolve()]})"
            problems.append(Problem(path, 1, f"given twice{also}: give each article once"))
        given.setdefault(path.resolve(), path)
    return list(dict.fromkeys(p for p in files if given[p.resolve()] is p)), problems


def read_article(path: Path) -> tuple[str | None, list[Problem]]:
    """The text of one pasted article, or why it cannot be one: not a regular file, empty,
    binary, neither plain text nor Markdown (:data:`TEXT_SUFFIXES`), over :data:`MAX_FILE_BYTES`,
    or not UTF-8 (with the line of the first bad byte)."""
    if not path.is_file():
        return None, [Problem(path, 1, "not a regular file: give a .txt or .md file")]
    try:
        size = path.stat().st_size
        raw = path.read_bytes() if size <= MAX_FILE_BYTES else b""
    except OSError as err:
        return None, [Problem(path, 1, f"cannot read the file: {err.strerror}")]
    if size == 0:
        return None, [Problem(path, 1, "empty file: paste the article's text into it, or leave it out")]
    if b"\x00" in raw:
        line = raw.count(b"\n", 0, raw.index(b"\x00")) + 1
        return None, [Problem(path, line, "a binary file, not text (a PDF, a word-processor file, an image, "
                                          "or UTF-16 text): save the article as plain text (.txt) in UTF-8")]
    if path.suffix.lower() not in TEXT_SUFFIXES:
        return None, [Problem(path, 1, f"a {path.suffix} file is not read: save the article's text as "
                                       "plain text (.txt) or Markdown (.md)")]
    text, problems = read_text(path)  # refuses what is over the size limit or not UTF-8, with the line
    if text is not None and not text.strip():
        return None, [Problem(path, 1, "empty file: it holds only blank lines or spaces")]
    return text, problems


def _draft(path: Path, taken: set[str]) -> tuple[Draft | None, list[Problem]]:
    text, problems = read_article(path)
    if text is None:
        return None, problems
    body, headline, byline, removed, spaced = clean(text, path)
    if not body:
        return None, [Problem(path, 1, "nothing is left after removing the page furniture: "
                                       f"is it an article? ({len(removed)} lines removed)")]
    article_id = unique_id(path, taken)
    return Draft(article_id, path, body, headline, byline, tuple(removed), _notes(path, removed, spaced)), []


def clean(text: str, source: Path) -> tuple[str, str | None, str | None, list[Removed], bool]:
    """A pasted text made an article: its body, headline and byline, the lines removed or moved
    (located in ``source``), and whether blank lines were added between its paragraphs."""
    lines = [line.rstrip() for line in text.split("\n")]
    kept, removed = furniture(lines, source)
    headline, byline, moved = front_lines(lines, kept, source)
    moved_lines = {line.line - 1 for line in moved}
    kept, repeated = _without_repeated_headline(lines, [n for n in kept if n not in moved_lines], headline, source)
    body, spaced = paragraphs([lines[n] for n in kept])
    return body, headline, byline, sorted(removed + moved + repeated, key=lambda r: r.line), spaced


def furniture(lines: list[str], source: Path) -> tuple[list[int], list[Removed]]:
    """The indexes of the lines to keep, and each line removed as page furniture, with its rule."""
    kept, removed = [], []
    for index, line in enumerate(lines):
        reason = furniture_rule(line)
        if reason is None:
            kept.append(index)
        else:
            removed.append(Removed(source, index + 1, line.strip(), f"removed ({reason})"))
    return kept, removed


def furniture_rule(line: str) -> str | None:
    """The name of the furniture rule a line matches, or None for a line of the article."""
    stripped = line.strip()
    if not stripped or len(stripped) > FURNITURE_MAX_CHARS:
        return None
    words = set(re.findall(r"[\w-]+", stripped.lower()))
    if words and words <= SHARE_WORDS and (words & SHARE_TRIGGERS or words == {"copy", "link"}):
        return "share buttons"
    return next((name for name, pattern in FURNITURE if pattern.fullmatch(stripped)), None)


def front_lines(lines: list[str], kept: list[int], source: Path) -> tuple[str | None, str | None, list[Removed]]:
    """The headline (the first line kept, when it looks like one) and a byline ("By …" among
    the next three lines), each moved to the front matter and listed."""
    headline = byline = None
    moved: list[Removed] = []
    first = [n for n in kept if lines[n].strip()][:4]
    # a text of one line is all body, and a byline on the first line is no headline
    if len(first) > 1 and not is_byline(lines[first[0]]) and (found := headline_of(lines[first[0]])):
        headline = found
        moved.append(Removed(source, first[0] + 1, lines[first[0]].strip(), "moved to the front matter (headline)"))
        first = first[1:]
    for n in first[:3]:
        if is_byline(lines[n]):
            byline = lines[n].strip()[3:].strip()
            moved.append(Removed(source, n + 1, lines[n].strip(), "moved to the front matter (byline)"))
            break
    return headline, byline, moved


def headline_of(line: str) -> str | None:
    """The headline a first line holds (without a Markdown '#'), or None when it reads as text."""
    match = HEADLINE.fullmatch(line.strip())
    if match is None:
        return None
    text = (match.group("marked") or match.group("plain")).strip().strip("*_").strip()
    low, high = HEADLINE_WORDS
    return text if low <= len(text.split()) <= high or match.group("marked") else None


def is_byline(line: str) -> bool:
    """'By Jane Doe', 'BY JANE DOE and John Smith': "By", then capitalised names and joiners."""
    words = line.strip().replace(",", " ").split()
    if len(words) < 2 or len(words) > BYLINE_WORDS or words[0] not in ("By", "BY") or line.rstrip().endswith("."):
        return False
    return all(w[0].isupper() or w.lower() in BYLINE_JOINERS for w in words[1:])


def _without_repeated_headline(lines: list[str], kept: list[int], headline: str | None, source: Path) -> tuple[list[int], list[Removed]]:
    """Lines that repeat the headline word for word (scrapers copy headline blocks twice)."""
    if headline is None:
        return kept, []
    repeats = {n for n in kept if headline_of(lines[n]) == headline}
    removed = [Removed(source, n + 1, lines[n].strip(), "removed (the headline repeated)") for n in sorted(repeats)]
    return [n for n in kept if n not in repeats], removed


def paragraphs(lines: list[str]) -> tuple[str, bool]:
    """The body: one blank line between paragraphs, none at either end. A text without blank
    lines (as browsers often copy) has one paragraph per line; says whether lines were spaced."""
    text = "\n".join(lines).strip("\n")
    if "\n\n" not in text:
        return "\n\n".join(line for line in text.split("\n") if line.strip()), "\n" in text
    return re.sub(r"\n{3,}", "\n\n", text), False  # the lines come right-stripped


def unique_id(path: Path, taken: set[str]) -> str:
    """An article id from the file name: lower case ASCII letters, digits and hyphens, unique."""
    ascii_name = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode().lower()
    base = ID_CHARACTERS.sub("-", ascii_name).strip("-")[:MAX_ID].strip("-") or "article"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _notes(source: Path, removed: list[Removed], spaced: bool) -> str:
    furniture_count = sum(1 for line in removed if line.reason.startswith("removed"))
    notes = [f"Drafted by framekit new-story from {source.name}."]
    if furniture_count:
        notes.append(f"{furniture_count} line(s) of page furniture were removed; {REPORT} lists them.")
    dates = [line.text for line in removed if line.reason == "removed (date line)"]
    notes += [f"The page's date line read “{text}”." for text in dates]
    if spaced:
        notes.append("The pasted text had one paragraph per line; blank lines were added between them.")
    notes.append("Say here how the outlet and the date were established.")
    return " ".join(notes)


def quoted(text: str) -> str:
    """``text`` as a YAML double-quoted string: JSON's escapes are YAML's, and YAML's ``\\u`` or
    ``\\U`` for what JSON leaves as it is but YAML may not hold or would read as a line break
    (DEL, U+2028)."""
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}"
                   for c in json.dumps(text, ensure_ascii=False))


def article_text(draft: Draft) -> str:
    """The article file: front matter with placeholders for what the text cannot say, then the body."""
    keys = [f"id: {quoted(draft.id)}"]  # quoted: an id such as 2024 or no is no number or yes/no value
    keys += [f"headline: {quoted(draft.headline)}"] if draft.headline else []
    keys += [f"byline: {quoted(draft.byline)}"] if draft.byline else []
    keys += [
        f"outlet: {quoted(PLACEHOLDER + ' who published the article, as the page names it')}",
        f"published: {quoted(PLACEHOLDER + ' the publication date, like 2024-04-03')}",
        f"notes: {quoted(draft.notes)}",
    ]
    return "---\n" + "\n".join(keys) + "\n---\n\n" + draft.body + "\n"


def story_yaml(target: Path) -> str:
    """story.yaml with the folder's name as id and placeholders for what only the instructor knows."""
    return (
        "# Drafted by framekit new-story: replace every FILL IN value, then run framekit validate.\n"
        "# Optional keys (data/README.md): language (en, fr, ...) and reference (official figures).\n"
        f"id: {quoted(story_id(target))}\n"
        f"title: {quoted(PLACEHOLDER + ' a short, neutral title for the event')}\n"
        f"event_date: {quoted(PLACEHOLDER + ' the date of the event, like 2024-04-03')}\n"
        f"summary: {quoted(PLACEHOLDER + ' two to four neutral sentences on what happened')}\n"
    )


def story_id(target: Path) -> str:
    """The story's id: its folder's name."""
    return Path(os.path.abspath(target)).name


def report(drafts: Sequence[Draft]) -> str:
    """The removed-lines report: every line taken out of the pasted texts, as ``path:line``."""
    header = (
        "# Lines framekit new-story took out of the pasted articles: page furniture it removed, and\n"
        "# the headline and byline it moved to the front matter. Read them: a line that belongs to\n"
        "# the article goes back into its body in articles/<id>.md.\n"
    )
    lines = [f"{line}  [article {draft.id}]" for draft in drafts for line in draft.removed]
    return header + ("\n".join(lines) if lines else "# (none)") + "\n"


def write_story(plan: Plan, force: bool = False, extra: dict[str, str] | None = None) -> Path | None:
    """Write ``plan``'s folder, with the ``extra`` files (path inside it -> text); returns where
    the folder it replaced was moved (None if there was none). Without ``force`` an existing
    folder is refused. Nothing is half-written: the files go to a hidden folder beside it,
    which then takes its place. Raises :class:`NewStoryError`, also for a file system error."""
    target = plan.target
    check_target(target, plan.sources, force)
    staging = target.parent / f".{target.name}.new-{os.getpid()}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for name, text in {**plan.files, **(extra or {})}.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_text(text, encoding="utf-8", newline="\n")
        backup = _back_up(target) if target.exists() or target.is_symlink() else None
        staging.rename(target)
    except OSError as err:
        raise NewStoryError(f"{target}: cannot write the story folder: {err.strerror or err}") from err
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return backup


def check_target(target: Path, sources: Sequence[Path], force: bool) -> None:
    """Raise :class:`NewStoryError` if ``target`` exists (without ``force``), or holds an input
    or lies inside an input folder, so that no input is ever moved or written into."""
    where = Path(os.path.abspath(target))
    for source in sources:
        found = Path(os.path.abspath(source))
        if where == found or where in found.parents or found in where.parents:
            raise NewStoryError(f"{target}: the story folder must not hold an input nor lie inside an input "
                                f"folder ({source}): choose a folder elsewhere")
    if (target.exists() or target.is_symlink()) and not force:
        raise NewStoryError(f"{target}: already exists; choose another folder, or add --force to replace it "
                            f"(the old one is then moved to {BACKUPS}/ beside it)")


def _back_up(target: Path) -> Path:
    """Move ``target`` to ``.framekit-backups/<name>-<time>`` beside it; returns the new path."""
    folder = target.parent / BACKUPS
    folder.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup, number = folder / f"{target.name}-{stamp}", 2
    while backup.exists():
        backup, number = folder / f"{target.name}-{stamp}-{number}", number + 1
    target.rename(backup)
    return backup
