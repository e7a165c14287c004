"""framekit.show.quotes: quotes marked in an article, a speaker across articles, renderings, tables."""

from __future__ import annotations

import html
import re

from framekit.quotes.extraction import quote_rows
from framekit.quotes.renderings import Rendering
from framekit.quotes.verbs import cues_by_speaker
from framekit.show.quotes import (
    article_quotes_html,
    renderings_html,
    speaker_quotes_html,
    speaker_renderings_html,
    statement_table,
    verb_table,
)
from framekit.story.load import load_story

BODY = '<b>Anna</b> said that the port & “the docks” are shut. "Never," Ivan replied.'


def test_nested_quotes_are_marked_inside_and_labelled_once(row, stories) -> None:
    story = stories({"a": BODY})
    docks = BODY.index("the docks")
    rows = [
        row("a", "Anna", BODY.index("the port"), BODY.index(" are shut") + 9, kind="indirect", cue="said"),
        row("a", "Anna", docks, docks + 9, cue="said"),
        row("a", "Ivan", BODY.index("Never"), BODY.index("Never") + 6, cue="replied", via="AFP"),
    ]
    page = article_quotes_html(story.article("a"), rows)
    assert "&lt;b&gt;Anna&lt;/b&gt;" in page and "<b>Anna" not in page and "port &amp;" in page
    assert page.count("Anna · said</span>") == 1  # the inner quote repeats the outer label
    assert "Ivan · replied · via AFP" in page
    assert re.search(r'Never,</span>&quot;<span[^>]*>Ivan', page)  # the label follows the closing mark
    assert "1 direct" not in page and "2 direct, 1 indirect, 0 term" in page


def test_crossing_quotes_never_lose_text(row, stories) -> None:
    story = stories({"a": "one two three four five"})
    rows = [row("a", "Anna", 0, 13), row("a", "Ivan", 8, 23, kind="indirect")]
    page = article_quotes_html(story.article("a"), rows)
    assert re.sub(r"<[^>]+>|Anna · no verb|Ivan · no verb", "", page).endswith("one two three four five")


def test_speaker_columns_show_every_article_with_cue_and_via(row, stories) -> None:
    story = stories({"a": "x", "b": "y"})
    rows = [{**row("a", "Sergei Shoigu", 0, 1, cue="said", via="TASS"), "text": "We <hope>"},
            {**row("b", "Sergey Shoigu", 0, 1, kind="indirect", cue="claimed"), "text": "no"}]
    page = speaker_quotes_html(story, rows, "Sergei Shoigu")
    assert "2 statement(s) in 2 article(s)" in page
    assert "“We &lt;hope&gt;”" in page and "direct · said, via <b>TASS</b>" in page and "indirect · claimed" in page
    only_a = speaker_quotes_html(story, rows, "Sergei Shoigu", "a")
    assert "b Times" not in only_a
    assert "not quoted in this article" in speaker_quotes_html(story, rows[:1], "Sergei Shoigu")


def test_renderings_mark_the_words_that_differ() -> None:
    group = [Rendering("a", "direct", "baroque and threatening", 0), Rendering("b", "direct", "bizarre and threatening", 0)]
    page = renderings_html([group], {"a": "A Times"})
    assert re.findall(r"<mark[^>]*>(\w+)</mark>", page) == ["baroque", "bizarre"]
    assert "A Times" in page
    assert "No statement" in renderings_html([], {})


def test_speakers_renderings_are_level_3_headings_escaped_and_skip_speakers_with_none() -> None:
    group = [Rendering("a", "direct", "baroque and threatening", 0), Rendering("b", "direct", "bizarre and threatening", 0)]
    page = speaker_renderings_html([("Anna <i>", [group]), ("Ivan", [])], {"a": "A Times"})
    assert page.startswith("<h3>Anna &lt;i&gt;</h3><table") and "Ivan" not in page and "<h4>" not in page


def test_seed_articles_keep_every_character_with_both_sources() -> None:
    story = load_story("crocus-call-2024")
    for source in ("annotation", "extractor"):
        rows = quote_rows(story, source)
        for article in story.articles:
            body = article_quotes_html(article, rows).split("<div style='line-height:1.8'>")[1].removesuffix("</div>")
            body = re.sub(r'<span style="font-size[^>]*>[^<]*</span>', "", body).replace("<br>", "\n")
            assert html.unescape(re.sub(r"<[^>]+>", "", body)) == article.body, (source, article.id)


def test_verb_table_and_cues_by_speaker(row, stories) -> None:
    story = stories({"a": "x", "b": "y"})
    rows = [row("a", "TASS", 0, 1, cue="claimed"), row("a", "TASS", 2, 3, cue="claimed"), row("a", "Anna", 0, 1, cue="said")]
    table = verb_table(story, rows)
    assert table.columns == ("article", "neutral", "emphatic", "distancing", "judging", "other", "verbs")
    assert table.rows == (("a", "1", "0", "2", "0", "0", "claimed ×2, said ×1"), ("b", "0", "0", "0", "0", "0", ""))
    assert cues_by_speaker(rows, "a") == {"TASS": {"claimed": 2}, "Anna": {"said": 1}}
    assert cues_by_speaker(rows, "b") == {}


def test_statement_table_counts_kinds_and_the_quoted_share(row, stories) -> None:
    story = stories({"a": "one two three four", "b": ""})
    rows = [row("a", "Anna", 0, 7), row("a", "Anna", 0, 3, kind="indirect"), row("a", None, 8, 13, kind="term")]
    table = statement_table(story, rows)
    assert table.rows == (("a", "1", "1", "1", "2", "50%"), ("b", "0", "0", "0", "0", "-"))
