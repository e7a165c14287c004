"""framekit.widgets: the article reader renders, responds and escapes article text."""

from __future__ import annotations


from framekit.corpus import load_story
from framekit.widgets import NO_SECOND_ARTICLE, article_reader, reader_html

HOSTILE = """\
---
id: hostile
outlet: <b>Bold Times</b>
published: 2024-04-03
---

<script>alert("x")</script> The Kiev regime & its <i>backers</i>.
"""


def controls(reader):
    (first, second), query, view = reader.children[0].children, reader.children[1], reader.children[2]
    return first, second, query, view


def test_reader_shows_two_articles_and_counts_a_phrase() -> None:
    story = load_story("crocus-call-2024")
    first, second, query, view = controls(article_reader(story))
    first.value, second.value = "macron-dismisses-claims", "kyiv-independent-first-call"
    query.value = "Kiev"
    assert "“Kiev”: 5 in macron-dismisses-claims; 0 in kyiv-independent-first-call" in view.value
    assert view.value.count("<mark") == 5  # 4 in the body, 1 in the standfirst
    assert "Kiev" in story.article("macron-dismisses-claims").standfirst


def test_reader_with_one_article(make_story) -> None:
    story = load_story(make_story())
    first, second, query, view = controls(article_reader(story))
    assert second.value == NO_SECOND_ARTICLE
    query.value = "the call"
    assert "“the call”: 1 in one" in view.value


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
