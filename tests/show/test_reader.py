"""framekit.show.reader: articles as HTML, always escaped, and the outlet table."""

from __future__ import annotations

from framekit.show.reader import outlet_table, reader_html
from framekit.story.load import load_story

HOSTILE = """\
---
id: hostile
outlet: <b>Bold Times</b>
published: 2024-04-03
---

<script>alert("x")</script> The Kiev regime & its <i>backers</i>.
"""


def test_article_text_is_escaped(make_story) -> None:
    story = load_story(make_story(articles={"hostile.md": HOSTILE}))
    page = reader_html(list(story.articles), "kiev regime")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>Bold" not in page and "&lt;b&gt;Bold Times" in page
    assert "&amp; its &lt;i&gt;backers" in page
    assert "“kiev regime”: 1 in hostile" in page


def test_query_with_html_is_escaped(make_story) -> None:
    story = load_story(make_story())
    page = reader_html(list(story.articles), "<img src=x>")
    assert "<img" not in page and "&lt;img src=x&gt;" in page


def test_outlet_table_has_a_row_per_article_and_hides_no_gap() -> None:
    table = outlet_table(load_story("crocus-call-2024"))
    assert len(table.rows) == 5
    by_id = {row[0]: dict(zip(table.columns, row)) for row in table.rows}
    assert by_id["kyiv-independent-first-call"]["outlet identified"] == "stated"
    assert by_id["kyiv-independent-first-call"]["country"] == "Ukraine"
    assert by_id["macron-dismisses-claims"]["country"] == "not stated"
    assert [row[4] for row in table.rows] == sorted(row[4] for row in table.rows)
