"""framekit.show.words: the concordance as HTML, aligned and escaped, and the tables of lesson 03."""

from __future__ import annotations

from framekit.show.words import concordance_html, count_table, family_table, tone_table
from framekit.story.model import Story
from framekit.words.matching import counts, matches, rate_grid, unused
from framekit.words.tone import tone


def test_lines_are_escaped_highlighted_and_counted(stories) -> None:
    story: Story = stories({"a": "<b>the Kiev & co", "b": "Kiev"})
    page = concordance_html(story, [("a", 7, 11), ("b", 0, 4)], "capital · <Kiev>")
    assert "capital · &lt;Kiev&gt;: 2 match(es) in 2 article(s)" in page
    assert "&lt;b&gt;the " in page and " &amp; co" in page and "<b>" not in page
    assert page.count("<mark") == 2 and "Next page" not in page


def test_no_lines_gives_just_the_count(stories) -> None:
    assert concordance_html(stories({"a": "x"}), [], "“regime”") == "<p>“regime”: 0 match(es) in 0 article(s)</p>"


def test_a_long_concordance_shows_one_page_and_says_which(stories) -> None:
    story = stories({"a": "Kiev " * 120})
    spans = [("a", 5 * i, 5 * i + 4) for i in range(120)]
    first, last = concordance_html(story, spans, "Kiev"), concordance_html(story, spans, "Kiev", page=9)
    assert "Kiev: 120 match(es) in 1 article(s)" in first and first.count("<mark") == 50
    assert "matches 1–50 of 120 (page 1 of 3)" in first
    assert last.count("<mark") == 20 and "matches 101–120 of 120 (page 3 of 3)" in last


def test_tables_of_families_counts_rates_and_unused_variants(seed) -> None:
    found = counts(seed, seed.terms)
    capital = next(f for f in seed.terms if f.id == "capital")
    table = count_table(seed, capital, found)
    assert table.columns == ("article", "Kyiv", "Kiev") and table.rows[3] == ("macron-dismisses-claims", "0", "4")
    assert count_table(seed, capital).rows == table.rows
    assert family_table(seed.terms).rows[2][:2] == ("capital", capital.question)
    labels, grid = rate_grid(seed, seed.terms, found)
    assert "capital · Kiev" in labels and "perpetrators · Daesh" not in labels
    assert all(len(row) == 5 and any(row) for row in grid)
    assert "perpetrators · Daesh" in unused(seed.terms, found) and "capital · Kiev" not in unused(seed.terms, found)
    assert len(labels) + len(unused(seed.terms, found)) == sum(len(f.variants) for f in seed.terms)


def test_tone_table_keeps_one_row_per_sentence_and_names_the_scoring_words(family, stories) -> None:
    story = stories({"a": "The attack and the attack were not good."})
    table = tone_table(tone(story, matches(story, [family("event", attack=["attack"])])))
    ((article, variant, polarity, _, where, drivers, sentence),) = table.rows
    assert (article, variant, polarity, where, drivers) == ("a", "attack", "-0.35", "narrated", "not good -0.35")
