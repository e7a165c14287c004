"""Widgets on a generated 1,000-article story: every interaction sends at most a page of HTML
(issue 13: the concordance sent 574 KB per keystroke, the toll table 426 KB), and the pagers
move through the whole list. Sizes only: speed is measured by benchmarks/bench_lessons.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.timing import write_repeated
from framekit.show.widgets import ALL_ARTICLES, article_reader, fact_explorer, concordance_view, quote_explorer, quote_view, toll_slider
from framekit.story.load import load_story
from framekit.story.locate import data_dir

MOST_HTML = 100_000  # characters of HTML a widget may send in one interaction
ARTICLES = 1000


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    folder = write_repeated(data_dir() / "stories" / "crocus-call-2024", tmp_path_factory.mktemp("large"), ARTICLES)
    return load_story(folder)


def pages_seen(view, pager) -> list[str]:
    """The view's HTML on each page, from the first, clicking "Next page" until it is disabled."""
    previous, following = pager.children
    seen = [view.value]
    while not following.disabled:
        following.click()
        seen.append(view.value)
    assert previous.disabled == (len(seen) == 1)  # on the last page, "Previous page" leads back
    return seen


def test_the_story_is_large(large) -> None:
    assert len(large.articles) == ARTICLES and len(large.annotations["quotes.csv"]) > 10_000


def test_the_concordance_sends_a_page_per_keystroke_and_pages_through_every_match(large) -> None:
    view = concordance_view(large)
    (query, article), page, pager = view.children[1].children, view.children[2], view.children[3]
    for typed in ("t", "th", "the"):
        query.value = typed
        assert len(page.value) < MOST_HTML, typed
    assert "“the”:" in page.value and "Showing matches 1–50 of" in page.value
    query.value = "Kiev"
    total = int(page.value.split("“Kiev”: ")[1].split(" match")[0])
    seen = pages_seen(page, pager)
    assert len(seen) == -(-total // 50) and all(len(html) < MOST_HTML for html in seen)
    assert sum(html.count("<mark") for html in seen) == total
    article.value = large.articles[3].id  # one article's matches fit on one page: no pager
    assert pager.layout.display == "none"


def test_the_toll_table_sends_a_page_and_keeps_it_when_the_date_moves(large) -> None:
    slider, page, pager = toll_slider(large).children
    assert len(page.value) < MOST_HTML and "Showing figures 1–50 of 1,000" in page.value
    pager.children[1].click()
    slider.value = slider.options[3][1]
    assert "Showing figures 51–100 of 1,000" in page.value and len(page.value) < MOST_HTML


def test_the_speaker_explorer_pages_through_the_articles(large) -> None:
    explorer = quote_explorer(large)
    (speaker, article), _source, page, pager = explorer.children[0].children, *explorer.children[1:]
    assert article.value == ALL_ARTICLES and len(page.value) < MOST_HTML
    assert "Showing articles 1–10 of 1,000" in page.value
    pager.children[1].click()
    assert "Showing articles 11–20 of 1,000" in page.value
    speaker.value = speaker.options[1]  # another speaker starts again on the first page
    assert "Showing articles 1–10 of 1,000" in page.value and len(page.value) < MOST_HTML


def test_the_fact_explorer_pages_through_the_articles(large) -> None:
    fact, page, pager = fact_explorer(large).children
    fact.value = fact.options[1][1]
    seen = pages_seen(page, pager)
    assert len(seen) == ARTICLES // 50 and all(len(html) < MOST_HTML for html in seen)
    assert "Showing articles 951–1,000 of 1,000" in seen[-1]
    stated = int(seen[0].split("(")[1].split(" of ")[0])
    assert sum(html.count("<mark") for html in seen) == stated


def test_the_one_article_views_stay_small(large) -> None:
    reader, quotes = article_reader(large), quote_view(large)
    reader.children[1].value = "the"
    (article, source), page = quotes.children[0].children, quotes.children[1]
    source.value = "extractor"
    article.value = large.articles[-1].id
    assert len(reader.children[2].value) < MOST_HTML and len(page.value) < MOST_HTML
    assert large.articles[-1].id in page.value


def test_the_large_story_is_written_from_the_seed(tmp_path: Path) -> None:
    seed = load_story("crocus-call-2024")
    story = load_story(write_repeated(seed.path, tmp_path, 12))
    ids = [a.id for a in seed.articles]
    assert {a.id for a in story.articles} == {*ids, *(f"{i}-1" for i in ids), f"{ids[0]}-2", f"{ids[1]}-2"}
    assert story.article(f"{ids[1]}-2").body == seed.article(ids[1]).body
    per_article = {i: sum(r["article"] == i for r in seed.annotations["quotes.csv"]) for i in ids}
    copies = sum(per_article[a.id.rsplit("-", 1)[0] if a.id not in per_article else a.id] for a in story.articles)
    assert len(story.annotations["quotes.csv"]) == copies
