"""framekit.teach.draft: a new story's draft annotations, and the whole new-story run (fictional articles)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from framekit.figures.extraction import extract as extract_figures
from framekit.quotes.extraction import extract as extract_quotes
from framekit.story.annotations import DRAFT_MARK, is_machine_draft
from framekit.story.load import check_story, load_story
from framekit.story.model import Article
from framekit.story.new import NewStoryError
from framekit.teach import draft
from framekit.teach.draft import DRAFT_LINE, draft_annotations, new_story

HARBOUR = """\
Fire at Port Vellin harbour leaves dozens injured
By Ana Torvik
Share this article
A fire broke out at the Port Vellin harbour on Tuesday, injuring at least 34 people, officials said.
"The fire spread very quickly," said harbour master Ilse Brandt.
Advertisement
Firefighters from Kalmora fought the blaze for six hours, according to the regional fire service.
"""
BLAZE = """\
# Blaze in Vellin port: two dead

A blaze at the port of Vellin killed two workers and injured more than 30 on Tuesday, the governor said.

Governor Piet Kalmor said the fire "must be investigated fully". The road to Kalmorra was closed.
"""


def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "pasted"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "blaze.md").write_text(BLAZE, encoding="utf-8")
    return folder


def filled(root: Path) -> Path:
    """The story at ``root`` with every placeholder filled in, as an instructor would."""
    for path in [root / "story.yaml", *sorted((root / "articles").glob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        for key, value in (("title", '"Vellin fire"'), ("event_date", "2031-05-04"), ("summary", '"A fire at a port."'),
                           ("outlet", '"Vellin Post"'), ("published", "2031-05-05")):
            text = re.sub(rf'^{key}: "FILL IN:[^"\n]*"$', f"{key}: {value}", text, flags=re.M)
        path.write_text(text, encoding="utf-8")
    return root


def test_draft_annotations_are_the_extractors_rows_under_the_draft_mark() -> None:
    articles = [Article("a", "x", date(2031, 5, 5), HARBOUR.split("\n", 3)[3], Path("a.md"), 1)]
    files, counts, left_out = draft_annotations(articles)
    assert left_out == [] and set(files) == {"quotes.csv", "figures.csv"}
    assert all(text.startswith(DRAFT_LINE + "\n") and DRAFT_LINE.startswith(DRAFT_MARK) for text in files.values())
    assert counts == {"quotes.csv": len(extract_quotes(articles[0])), "figures.csv": len(extract_figures(articles[0]))}
    assert counts["figures.csv"] >= 1 and "at least 34,34,34,,at least,injured,officials" in files["figures.csv"]


def test_a_new_story_lacks_only_its_placeholders_then_loads_with_its_drafts(tmp_path: Path) -> None:
    made, problems = new_story(tmp_path / "vellin-fire", [inputs(tmp_path)])
    assert problems == [] and made is not None and made.backup is None
    assert all("is a placeholder left by framekit new-story" in p.message for p in made.to_fill) and len(made.to_fill) == 7
    assert check_story(tmp_path / "vellin-fire") == list(made.to_fill)
    story = load_story(filled(tmp_path / "vellin-fire"))
    assert [a.id for a in story.articles] == ["blaze", "harbour"] and story.article("harbour").byline == "Ana Torvik"
    assert is_machine_draft(story, "quotes.csv") and is_machine_draft(story, "figures.csv")
    assert [dict(row) for row in story.annotations["quotes.csv"]] == [q.as_row() for a in story.articles for q in extract_quotes(a)]
    assert [f.id for f in story.terms if f.proposed] == ["spelling-kalmora"]


def test_the_summary_says_what_was_written_and_what_to_do(tmp_path: Path) -> None:
    made, _ = new_story(tmp_path / "vellin-fire", [inputs(tmp_path)])
    summary = made.summary()
    assert summary.startswith(f"wrote {tmp_path / 'vellin-fire'}: 2 articles, terms.yaml (1 proposed family), annotations/quotes.csv (")
    assert "harbour.txt:3: removed (share buttons): Share this article" in summary
    assert "harbour.md:5: outlet is a placeholder" in summary and "Teach your own story" in summary


def test_rows_that_would_not_validate_are_left_out_and_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    class Bad:
        def as_row(self) -> dict:
            return {"article": "a", "speaker": "x", "text": "nowhere", "kind": "direct", "cue": None, "via": None, "start": 0, "end": 7}

    monkeypatch.setitem(draft.EXTRACTORS, "quotes.csv", lambda article: [Bad()])
    files, counts, left_out = draft_annotations([Article("a", "x", date(2031, 5, 5), "Some text here.", Path("a.md"), 1)])
    assert counts["quotes.csv"] == 0 and files["quotes.csv"].count("\n") == 2  # the mark and the header
    assert left_out == ["annotations/quotes.csv: article a, 'nowhere': text does not match the body at 0..7: "
                        "the body has 'Some te', the row 'nowhere'"]


def test_an_existing_folder_is_refused_before_any_input_is_read(tmp_path: Path) -> None:
    (tmp_path / "vellin-fire").mkdir()
    with pytest.raises(NewStoryError, match="already exists"):
        new_story(tmp_path / "vellin-fire", [tmp_path / "no-such-input"])
