"""framekit.show.widgets: each widget renders, and one real interaction changes what it shows."""

from __future__ import annotations

from datetime import date

import ipywidgets as widgets
import pytest

from framekit.quotes.extraction import quote_rows
from framekit.quotes.voices import speakers
from framekit.show.quotes import article_quotes_html, speaker_quotes_html
from framekit.show.widgets import (
    ALL_ARTICLES,
    ALL_VARIANTS,
    LIVE_REGION,
    NO_SECOND_ARTICLE,
    LiveHTML,
    article_reader,
    concordance_view,
    quote_explorer,
    quote_view,
    toll_slider,
    tone_reader,
)
from framekit.story.load import load_story


def live(page: str) -> str:
    """``page`` as a results view holds it: in a polite live region."""
    return f"{LIVE_REGION}{page}</div>"


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


def test_quote_view_switches_article_and_source() -> None:
    story = load_story("crocus-call-2024")
    view = quote_view(story)
    (article, source), page = view.children[0].children, view.children[1]
    assert "kremlin-tense-conversation" in page.value
    article.value = "minister-spoke-with-shoigu"
    assert "2 term" in page.value and "the French mass media and international agencies · reported" in page.value
    source.value = "extractor"
    assert page.value == live(article_quotes_html(story.article("minister-spoke-with-shoigu"), quote_rows(story, "extractor")))
    article.value = "kremlin-tense-conversation"  # where the extractor reads one quote otherwise
    extracted = page.value
    source.value = "annotation"
    assert page.value == live(article_quotes_html(story.article("kremlin-tense-conversation"), quote_rows(story))) != extracted


def test_quote_explorer_follows_a_speaker_across_articles_and_sources() -> None:
    story = load_story("crocus-call-2024")
    explorer = quote_explorer(story)
    (speaker, article), source, page = explorer.children[0].children, explorer.children[1], explorer.children[2]
    assert speaker.value == "Emmanuel Macron" and article.value == ALL_ARTICLES
    annotated = page.value
    source.value = "extractor"
    assert speaker.value == "Emmanuel Macron" and page.value != annotated
    assert page.value == live(speaker_quotes_html(story, quote_rows(story, "extractor"), "Emmanuel Macron"))
    source.value = "annotation"
    speaker.value = "Mykhailo Podolyak"
    assert "1 statement(s) in 1 article(s)" in page.value and "“absurd.”" in page.value
    article.value = "macron-dismisses-claims"
    assert "not quoted in this article" in page.value and "kyiv-independent-first-call" not in page.value
    speaker.value = "Sergey Shoigu"
    source.value = "extractor"
    assert speaker.value == "Sergey Shoigu" and "Western backers" in page.value
    assert list(speaker.options) == speakers(quote_rows(story, "extractor"))



def test_quote_explorer_says_what_it_is_doing_while_the_extractor_reads_the_story() -> None:
    story = load_story("crocus-call-2024")
    explorer = quote_explorer(story)
    source, page = explorer.children[1], explorer.children[2]
    shown: list[str] = []
    page.observe(lambda change: shown.append(change["new"]), names="value")
    source.value = "extractor"
    assert shown[0] == live("<p>The extractor is reading 5 article(s)…</p>") and "Emmanuel Macron" in shown[-1]

def test_concordance_view_by_family_variant_query_and_article() -> None:
    story = load_story("crocus-call-2024")
    view = concordance_view(story)
    (family, variant), (query, article), page = view.children[0].children, view.children[1].children, view.children[2]
    assert view.children[3].layout.display == "none"  # no pager: every list of the seed fits on one page
    assert variant.value == ALL_VARIANTS and "reporting-verbs · all variants: 23 match(es) in 5 article(s)" in page.value
    family.value = "capital"
    assert variant.options == (ALL_VARIANTS, "Kyiv", "Kiev") and variant.value == ALL_VARIANTS
    variant.value = "Kiev"
    assert "capital · Kiev: 5 match(es) in 2 article(s)" in page.value
    query.value = "regime"
    assert "“regime”: 2 match(es) in 2 article(s)" in page.value
    article.value = "kremlin-tense-conversation"
    assert "“regime”: 1 match(es) in 1 article(s)" in page.value and page.value.count("<mark") == 1
    query.value = "regex:("
    assert "0 match(es)" in page.value


def test_toll_slider_moves_the_official_toll_and_the_verdicts() -> None:
    story = load_story("crocus-call-2024")
    slider, view, _pager = toll_slider(story).children
    # a labelled drop-down of dates (a native <select>: named and read as the date), not a slider
    assert isinstance(slider, widgets.Dropdown) and slider.description == "Date" and slider.label == "03 Apr 2024"
    assert slider.value == date(2024, 4, 3) and "<b>144 killed</b>" in view.value
    assert view.value.count("is above the official figure") == 0
    slider.value = date(2024, 3, 27)
    assert "<b>143 killed</b>" in view.value and "<b>360 injured</b>" in view.value
    assert view.value.count("is above the official figure") == 3  # the three "at least 144"
    assert slider.options[0][1] == date(2024, 3, 22) and slider.options[-1][1] == date(2025, 6, 23)


def test_toll_slider_needs_reference_facts(make_story) -> None:
    root = make_story(story_yaml="id: test-story\ntitle: T\nevent_date: 2024-04-03\nsummary: No reference facts.\n")
    (root / "annotations").mkdir()
    (root / "annotations" / "figures.csv").write_text("article,text,value,low,high,hedge,category,source,start,end\n")
    with pytest.raises(ValueError, match="has no reference facts"):
        toll_slider(load_story(root))


def test_the_quote_view_reads_each_article_once_and_only_the_article_shown(monkeypatch) -> None:
    import framekit.quotes.extraction as extraction  # the widget imports its functions when it is built

    calls: list[str] = []
    real_rows, real_extract = extraction.quote_rows, extraction.extract

    def counting_rows(story, source="annotation"):
        calls.append(source)
        return real_rows(story, source)

    def counting_extract(article):
        calls.append(article.id)
        return real_extract(article)

    monkeypatch.setattr(extraction, "quote_rows", counting_rows)
    monkeypatch.setattr(extraction, "extract", counting_extract)
    story = load_story("crocus-call-2024")
    view = quote_view(story)
    article, source = view.children[0].children
    visited = ("minister-spoke-with-shoigu", "kremlin-tense-conversation", "macron-dismisses-claims")
    for article_id in visited * 2:
        article.value = article_id
        source.value = "extractor"
        source.value = "annotation"
    assert sorted(calls) == sorted(["annotation", *visited]), calls


def test_tone_reader_follows_article_and_voice() -> None:
    story = load_story("crocus-call-2024")
    article, voice, view = tone_reader(story).children
    assert article.value == story.articles[0].id and voice.value == "all"
    assert f"<b>{story.articles[0].id}</b> · all:" in view.value and 'aria-live="polite"' in view.value
    article.value = "minister-spoke-with-shoigu"
    voice.value = "quoted"
    assert "quoted: 0 sentences" in view.value and "No sentence of this article is in this voice." in view.value
    voice.value = "narrated"
    assert "narrated: 9 sentences" in view.value and "alleged -0.10" in view.value


def test_every_results_view_is_a_polite_live_region_and_every_switch_radio_buttons() -> None:
    story = load_story("crocus-call-2024")
    made = [article_reader(story), quote_view(story), quote_explorer(story), concordance_view(story),
            toll_slider(story), tone_reader(story)]

    def walk(widget):
        yield widget
        for child in getattr(widget, "children", ()):
            yield from walk(child)

    found = [w for top in made for w in walk(top)]
    views = [w for w in found if isinstance(w, widgets.HTML)]
    assert len(views) == len(made) and all(isinstance(w, LiveHTML) for w in views)
    assert all(w.value.startswith(LIVE_REGION) and w.value.endswith("</div>") for w in views)
    assert not [w for w in found if isinstance(w, (widgets.ToggleButtons, widgets.SelectionSlider))]
    switches = [w.description for w in found if isinstance(w, widgets.RadioButtons)]
    assert switches == ["Quotes from", "Quotes from", "Voice"]


def test_a_live_view_wraps_its_content_once() -> None:
    view = LiveHTML("<p>one</p>")
    assert view.value == live("<p>one</p>")
    view.value = view.value
    assert view.value == live("<p>one</p>")
    view.value = "<p>two & more</p>"
    assert view.value == live("<p>two & more</p>")


def test_importing_the_widgets_leaves_the_heavy_packages_for_the_widgets_that_need_them() -> None:
    """Lesson 00 imports this module for its article reader: it must not pay for the tagger,
    the sentence splitter and matplotlib (0.7 s of a fresh kernel's start)."""
    import subprocess
    import sys

    code = ("import sys, framekit.show.widgets as w; from framekit import load_story; w.article_reader(load_story('crocus-call-2024'));"
            "print(sorted(m for m in ('matplotlib', 'textblob', 'nltk') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]"
