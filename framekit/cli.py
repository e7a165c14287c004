"""The ``framekit`` command: validate stories, list their quotes and terms, build and check exercises, write handouts, print class links.

Every failure is a plain message and exit status 1, never a traceback; Ctrl-C stops a command
quietly with status 130, and output cut short by a pager or ``head`` keeps the command's status.
Everything printed goes through :func:`say`, which escapes control characters (story text and
file names are untrusted). No command writes a file unless its job is to write one
(``exercises build``, ``handouts``, ``new-story``), and those refuse to overwrite work they did not generate
unless given ``--force``, and then keep a backup.

Each command imports the modules it needs when it runs, so that the command starts fast:
splitting sentences loads NLTK (about 0.6 s) and the exercise builder nbformat (about 2 s),
which ``framekit validate`` needs neither of.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TextIO

from framekit.language.hedges import describe
from framekit.language.text import visible
from framekit.story.load import read_story, story_path
from framekit.story.model import Story


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(errors="replace")
        args = _parser().parse_args(argv)
        status = args.run(args)
        _flush(sys.stdout)
        return status
    except KeyboardInterrupt:  # Ctrl-C: stop quietly, as other commands do
        return 130


def say(*lines: str, file: TextIO | None = None) -> None:
    """Print each of ``lines`` as one line, its control characters and newlines escaped
    (:func:`~framekit.language.text.visible`). Output cut short (``| head``) is not an error:
    the rest goes nowhere, and the command still ends with its own status."""
    out = sys.stdout if file is None else file
    for line in lines:
        try:
            print(visible(line), file=out)
        except BrokenPipeError:
            _discard(out)


def _flush(out: TextIO) -> None:
    try:
        out.flush()
    except BrokenPipeError:
        _discard(out)


def _discard(out: TextIO) -> None:
    """Send what is still to be written to ``out`` to the null device (its reader is gone)."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="framekit", description=__doc__.splitlines()[0].replace("``", ""))
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    validate = commands.add_parser("validate", help="check a story (or a folder of stories), by folder or by id")
    validate.add_argument("path", type=story_path, metavar="STORY")
    validate.set_defaults(run=_validate)

    quotes = commands.add_parser("quotes", help="list the quotes of a story and who speaks them")
    quotes.add_argument("path", type=story_path, metavar="STORY", help="a story folder, or the id of a story in data/stories/")
    quotes.add_argument("--json", action="store_true", help="print one JSON array instead of a table")
    quotes.add_argument("--csv", action="store_true", help="print CSV (the columns of annotations/quotes.csv) instead of a table")
    quotes.set_defaults(run=_quotes)

    terms = commands.add_parser("terms", help="count each term family's variants in every article of a story")
    terms.add_argument("path", type=story_path, metavar="STORY", help="a story folder, or the id of a story in data/stories/")
    terms.add_argument("--json", action="store_true", help="print one JSON array instead of tables")
    terms.add_argument("--csv", action="store_true", help="print CSV, one row per article and variant, instead of tables")
    terms.set_defaults(run=_terms)

    found = commands.add_parser("figures", help="list the casualty figures of a story: how many, how sure, of what")
    found.add_argument("path", type=story_path, metavar="STORY", help="a story folder, or the id of a story in data/stories/")
    found.add_argument("--json", action="store_true", help="print one JSON array instead of a table")
    found.add_argument("--csv", action="store_true", help="print CSV (the columns of annotations/figures.csv) instead of a table")
    found.set_defaults(run=_figures)

    new = commands.add_parser("new-story", help="draft a story folder from article texts pasted from a browser")
    new.add_argument("path", type=Path, metavar="DIR", help="the story folder to write (its name is the story's id)")
    new.add_argument("--from", dest="sources", type=Path, nargs="+", required=True, metavar="FILE_OR_FOLDER",
                     help="plain-text or Markdown files, one article per file, or folders of them (only read)")
    new.add_argument("--force", action="store_true", help="replace DIR if it exists, after moving it to a backup")
    new.set_defaults(run=_new_story)

    link = commands.add_parser("link", help="print the nbgitpuller link for a JupyterHub and the Binder link that open a lesson")
    link.add_argument("--hub", metavar="URL", help="the hub's address, such as https://hub.example.org (omit for the Binder link only)")
    link.add_argument("--repo", metavar="URL", help="the repository to hand out (default: the kit's git remote, else the README's Binder badge)")
    link.add_argument("--branch", metavar="B", help="the branch or tag (default: the repository's default branch)")
    link.add_argument("--open", dest="open_path", default="notebooks/00_start_here.ipynb", metavar="PATH",
                      help="the notebook to open, relative to the repository (default: %(default)s)")
    link.set_defaults(run=_link)

    exercise = commands.add_parser("exercises", help="make exercises/ from solutions/")
    actions = exercise.add_subparsers(required=True, metavar="ACTION")
    build = actions.add_parser("build", help="write exercise notebooks from solutions/")
    build.add_argument("--solutions", type=Path, default=Path("solutions"), metavar="DIR")
    build.add_argument("--out", type=Path, default=Path("exercises"), metavar="DIR")
    build.add_argument("--force", action="store_true", help="overwrite exercises that were edited")
    build.set_defaults(run=_build)
    check = actions.add_parser("check", help="fail if exercises/ is out of date")
    check.add_argument("--solutions", type=Path, default=Path("solutions"), metavar="DIR")
    check.add_argument("--exercises", type=Path, default=Path("exercises"), metavar="DIR")
    check.set_defaults(run=_check)

    handouts = commands.add_parser("handouts", help="write each lesson and its exercises as printable, self-contained HTML pages")
    handouts.add_argument("--out", type=Path, default=Path("handouts"), metavar="DIR", help="the folder for the pages (default: handouts)")
    handouts.add_argument("--live", metavar="URL", help="link widgets to the live lessons at URL + notebooks/<file> "
                          "(a Binder or hub address ending in /); default: the notebook's path from DIR")
    handouts.add_argument("--force", action="store_true", help="replace pages that were edited (a backup of each is kept)")
    handouts.set_defaults(run=_handouts)
    return parser


def _validate(args: argparse.Namespace) -> int:
    folders = _story_folders(args.path)
    failed = 0
    for folder in folders:
        story = _load(folder)
        if story is None:
            failed += 1
            say(f"{folder}: problems found; no file was changed.", "")
        else:
            say(*summary(story), "")
    return 1 if failed else 0


def _load(path: Path) -> Story | None:
    """The story at ``path``, or None after printing why it cannot be loaded."""
    story, problems = read_story(path)
    for problem in problems:
        say(str(problem))
    return story


def _quotes(args: argparse.Namespace) -> int:
    from framekit.quotes.extraction import extract_story

    story = _load(args.path)
    if story is None:
        return 1
    rows = [quote.as_row() for quote in extract_story(story)]
    if args.json or args.csv:
        return _data_out(rows, args)
    say(f"{'article':<28} {'kind':<8} {'speaker':<26} {'cue':<12} {'via':<16} text")
    for row in rows:
        text = row["text"].replace("\n", " ")
        text = text if len(text) <= 60 else text[:59] + "…"
        say(
            f"{row['article'][:28]:<28} {row['kind']:<8} {(row['speaker'] or '-')[:26]:<26} "
            f"{(row['cue'] or '-')[:12]:<12} {(row['via'] or '-')[:16]:<16} {text}"
        )
    return 0


def _data_out(rows: list[dict], args: argparse.Namespace) -> int:
    """``rows`` as one JSON array (``--json``) or as CSV under their keys (``--csv``); each line
    printed through :func:`say`, so that a control character or line break inside a cell is
    written as an escape and every CSV row stays on one line."""
    if args.json:
        say(*json.dumps(rows, ensure_ascii=False, indent=1).splitlines())
        return 0
    from framekit.show.table import csv_text

    columns = list(rows[0]) if rows else []
    say(*csv_text(columns, [[visible(str(value)) if value is not None else None for value in row.values()] for row in rows]).splitlines())
    return 0


def _terms(args: argparse.Namespace) -> int:
    from framekit.show.words import count_table
    from framekit.words.matching import counts

    story = _load(args.path)
    if story is None:
        return 1
    if not story.terms:
        say(f"{args.path}: the story has no terms.yaml; data/README.md says how to write one", file=sys.stderr)
        return 1
    found = counts(story, story.terms)
    if args.json or args.csv:
        return _data_out([count.as_row() for count in found], args)
    for family in story.terms:
        say(*str(count_table(story, family, found)).split("\n"), "")
    return 0


def _figures(args: argparse.Namespace) -> int:
    from framekit.figures.extraction import extract_story

    story = _load(args.path)
    if story is None:
        return 1
    found = extract_story(story)
    if args.json or args.csv:
        return _data_out([figure.as_row() for figure in found], args)
    say(f"{'article':<28} {'text':<20} {'value':>6}  {'interval':<14} {'category':<9} source")
    for f in found:
        value = "-" if f.value is None else f"{f.value:,}"
        text = f.text if f.revised_from is None else f"{f.text} (from {f.revised_from:,})"
        say(
            f"{f.article[:28]:<28} {text[:20]:<20} {value:>6}  {describe(f.low, f.high)[:14]:<14} "
            f"{f.category:<9} {f.source or '-'}"
        )
    return 0


def _new_story(args: argparse.Namespace) -> int:
    from framekit.story.new import NewStoryError
    from framekit.teach.draft import new_story

    try:
        made, problems = new_story(args.path, args.sources, force=args.force)
    except NewStoryError as err:
        say(f"framekit: {err}", file=sys.stderr)
        return 1
    say(*(str(problem) for problem in problems))
    if made is None:
        say(f"{args.path}: not written; fix the files above and run the command again.")
        return 1
    say(*made.summary().splitlines())
    return 0


def _link(args: argparse.Namespace) -> int:
    from framekit.teach.links import LinkError, links, missing_here

    try:
        made = links(args.hub, args.repo, args.branch, args.open_path)
    except LinkError as err:
        say(f"framekit link: {err}", file=sys.stderr)
        return 1
    if missing_here(args.open_path):
        say(f"framekit link: note: this kit has no {args.open_path}; check that the repository you hand out has it",
            file=sys.stderr)
    say(f"repository: {made.repo}")
    if made.nbgitpuller:
        say("JupyterHub (nbgitpuller): clones the repository into the student's home, or merges updates "
            "without overwriting their edits, then opens the notebook:", made.nbgitpuller)
    if made.binder:
        say("Binder: builds the repository as .binder/ says and opens the notebook; work is lost when the session ends:",
            made.binder)
    elif not made.nbgitpuller:
        say("no Binder link: mybinder.org links here are for GitHub repositories; give --hub for a hub's link")
    return 0


def _story_folders(path: Path) -> list[Path]:
    """``path`` itself, or the stories inside it when it is a folder of stories."""
    if path.is_dir() and not (path / "story.yaml").exists():
        inner = sorted(p for p in path.iterdir() if (p / "story.yaml").is_file())
        if inner:
            return inner
    return [path]


def summary(story: Story) -> list[str]:
    """A one-screen overview of a valid story, line by line."""
    words = sum(article.words for article in story.articles)
    lines = [
        f"{story.path}: OK",
        f"  {story.id}: {story.title}",
        f"  event {story.event_date} | {len(story.articles)} articles | {words:,} words"
        f" | {len(story.reference)} reference facts",
        "",
        f"  {'article':<30} {'outlet':<40} {'published':<10} {'words':>6}",
    ]
    for article in story.articles:
        lines.append(f"  {article.id:<30} {article.outlet:<40} {article.published!s:<10} {article.words:>6,}")
    return lines


def _build(args: argparse.Namespace) -> int:
    from framekit.teach.exercises import ExerciseError, build

    try:
        written = build(args.solutions, args.out, force=args.force)
    except ExerciseError as err:
        say(f"framekit: {err}", file=sys.stderr)
        return 1
    for done in written:
        kept = f" (the version it replaced is kept in {done.backup})" if done.backup else ""
        say(f"wrote {done.path}{kept}")
    say(f"{len(written)} exercise notebook(s) written to {args.out}" if written else f"{args.out} is up to date")
    return 0


def _check(args: argparse.Namespace) -> int:
    from framekit.teach.exercises import ExerciseError, stale

    try:
        problems = stale(args.solutions, args.exercises)
    except ExerciseError as err:
        say(f"framekit: {err}", file=sys.stderr)
        return 1
    for problem in problems:
        say(problem)
    if problems:
        say("exercises/ is out of date: run framekit exercises build, then commit solutions/ and exercises/ together")
        return 1
    say(f"{args.exercises} is up to date with {args.solutions}")
    return 0


def _handouts(args: argparse.Namespace) -> int:
    from framekit.teach.handouts import HandoutError, build
    from framekit.teach.lessons import LessonError, lessons

    try:
        written, total = build(lessons(), args.out, force=args.force, live=args.live)
    except (HandoutError, LessonError) as err:
        say(*f"framekit: {err}".splitlines(), file=sys.stderr)
        return 1
    for done in written:
        kept = f" (the version it replaced is kept in {done.backup})" if done.backup else ""
        say(f"wrote {done.path}{kept}")
    say(f"{len(written)} of {total} page(s) written to {args.out}" if written else f"{args.out} is up to date ({total} pages)")
    return 0
