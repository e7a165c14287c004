"""framekit.views: articles as HTML, always escaped."""

from __future__ import annotations

from framekit.corpus import load_story
from framekit.views import reader_html

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
