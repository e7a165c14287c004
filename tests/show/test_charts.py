"""framekit.show.charts: charts are labelled, ordered, write their numbers, and have alternative text and a data table."""

from __future__ import annotations

import base64
import html
import re
from datetime import date

import matplotlib.pyplot as plt
import pytest

from framekit.show.charts import (
    NOT_MENTIONED, grouped_bars, heatmap, interval_chart, selection_chart, share_heatmap, toll_timeline,
)


def test_heatmap_labels_orders_rows_and_writes_each_share() -> None:
    shares = {"art-one": {"Anna": 0.25, "Ivan": 0.75}, "art-two": {"Anna": 1.0}}
    figure = share_heatmap(shares, ["art-one", "art-two"], title="Who", xlabel="article", ylabel="speaker").figure
    axes = figure.axes[0]
    assert axes.get_title() == "Who" and axes.get_xlabel() == "article" and axes.get_ylabel() == "speaker"
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Anna", "Ivan"]
    assert [t.get_text() for t in axes.get_xticklabels()] == ["art-\none", "art-\ntwo"]
    assert sorted(t.get_text() for t in axes.texts) == ["100%", "25%", "75%"]


def test_heatmap_writes_values_with_the_format_and_leaves_zeros_blank() -> None:
    figure = heatmap([[0.0, 2.5], [10.0, 0.0]], ["a", "b"], ["x", "y"], title="T", xlabel="X", ylabel="Y",
                     value_label="per 1,000 words").figure
    axes = figure.axes[0]
    assert sorted(t.get_text() for t in axes.texts) == ["10.0", "2.5"]
    assert figure.axes[1].get_ylabel() == "per 1,000 words"


def test_toll_timeline_writes_every_value_and_marks_dates() -> None:
    series = {"killed": [(date(2024, 3, 22), 40), (date(2024, 3, 30), 144)], "injured": [(date(2024, 3, 23), 145)]}
    figure = toll_timeline(series, {"articles": date(2024, 4, 3)}, title="Toll", ylabel="people").figure
    axes = figure.axes[0]
    assert axes.get_title() == "Toll" and axes.get_ylabel() == "people" and axes.get_xlabel()
    assert sorted(t.get_text() for t in axes.texts) == ["144", "145", "40", "articles"]
    assert [t.get_text() for t in axes.get_legend().get_texts()] == ["killed", "injured"]
    assert not plt.get_fignums()


def test_interval_chart_draws_an_exact_figure_as_a_bar_over_a_hollow_official_marker() -> None:
    items = [{"label": "a", "text": "14", "low": 14, "high": 14, "official": 14}]
    axes = interval_chart(items, title="Stated", xlabel="people killed").figure.axes[0]
    assert not [t for t in axes.texts if t.arrow_patch]  # no arrow of no length
    bar = [line for line in axes.lines if line.get_marker() == "|" and list(line.get_xdata()) == [14]]
    official = [line for line in axes.lines if line.get_marker() == "D" and list(line.get_xdata()) == [14]]
    assert bar and official and official[0].get_markerfacecolor() == "none"
    assert "stated exact figure" in [t.get_text() for t in axes.get_legend().get_texts()]


def test_interval_chart_draws_open_bounds_as_arrows_and_writes_each_interval() -> None:
    items = [{"label": "a", "text": "at least 144", "low": 144, "high": None, "official": 144},
             {"label": "b", "text": "nearly 30", "low": None, "high": 29, "official": None}]
    figure = interval_chart(items, title="Stated", xlabel="people killed").figure
    axes = figure.axes[0]
    texts = [t.get_text() for t in axes.texts]
    assert "“at least 144”: 144 or more" in texts and "“nearly 30”: 29 or fewer" in texts and "official 144" in texts
    # a bracket at a bound the wording sets, an arrow to the edge where it sets none
    assert [t.arrow_patch.get_arrowstyle().arrow for t in axes.texts if t.arrow_patch] == ["]->", "<-["]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["a", "b"] and axes.get_xlabel() == "people killed"
    assert not plt.get_fignums()


def test_a_large_story_is_charted_in_part_and_the_title_says_so() -> None:
    from framekit.show.charts import MOST_COLUMNS, MOST_ITEMS, MOST_ROWS

    columns, rows = [f"a-{i}" for i in range(1000)], [f"r{i}" for i in range(80)]
    figure = heatmap([[1.0] * len(columns) for _ in rows], rows, columns, title="T", xlabel="article",
                     ylabel="speaker", value_label="v").figure
    axes = figure.axes[0]
    assert len(axes.get_xticklabels()) == MOST_COLUMNS and len(axes.get_yticklabels()) == MOST_ROWS
    assert len(axes.texts) == MOST_COLUMNS * MOST_ROWS
    assert "(the first 60 of 80 speaker rows shown)" in axes.get_title()
    assert "(the first 30 of 1,000 article columns shown)" in axes.get_title()
    items = [{"label": str(i), "text": "5", "low": 5, "high": 5, "official": None} for i in range(100)]
    chart = interval_chart(items, title="Stated", xlabel="people").figure.axes[0]
    assert len(chart.get_yticklabels()) == MOST_ITEMS and "(the first 40 of 100 figures shown)" in chart.get_title()
    small = heatmap([[1.0]], ["r"], ["a"], title="T", xlabel="article", ylabel="speaker", value_label="v").figure.axes[0]
    assert small.get_title() == "T"


def test_a_dollar_in_a_label_is_text_not_mathtext() -> None:
    figure = heatmap([[1.0]], ["$x^2$ and $"], ["a $cost$ id"], title="Cost in $", xlabel="article", ylabel="speaker",
                     value_label="n").figure
    figure.canvas.draw()  # would raise on mathtext "$" without its pair
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["$x^2$ and $"]
    assert all(not t._parse_math for t in axes.get_yticklabels())


@pytest.mark.parametrize("draw", [
    lambda: heatmap([], [], ["a"], title="T", xlabel="article", ylabel="speaker", value_label="n"),
    lambda: share_heatmap({}, [], title="T", xlabel="article", ylabel="speaker"),
    lambda: interval_chart([], title="T", xlabel="people killed"),
    lambda: toll_timeline({"killed": []}, {}, title="T", ylabel="people"),
])
def test_a_chart_with_nothing_to_show_says_so(draw) -> None:
    chart = draw()
    figure = chart.figure
    figure.canvas.draw()
    assert chart.alt.startswith("Empty chart: ") and "Nothing to show" in chart.alt
    texts = [t.get_text() for t in figure.axes[0].texts]
    assert any(text.startswith("Nothing to show: ") for text in texts)
    assert not plt.get_fignums()


def test_profile_grid_writes_every_cell_and_shades_numbers_within_their_row() -> None:
    from framekit.show.charts import _fit, _row_shades, profile_grid

    figure = profile_grid([[2.0, 4.0], [None, None]], [["2 of 5", "4 of 5"], ["Anna $x$ 40%", "a very long label that has to be cut short here"]],
                          ["facts", "voice"], ["art-one", "art-two"], title="Profile", xlabel="article", ylabel="measure").figure
    axes = figure.axes[0]
    assert axes.get_title() == "Profile" and axes.get_xlabel() == "article" and axes.get_ylabel() == "measure"
    shown = [t.get_text() for t in axes.texts]
    assert shown[:3] == ["2 of 5", "4 of 5", "Anna $x$ 40%"]  # story text is not read as mathtext
    assert shown[3].endswith("…") and all(len(line) <= 22 for line in shown[3].split("\n"))
    assert _fit("solidarity-with-victims") == "solidarity-with-\nvictims"  # an id wraps after a hyphen
    assert _fit("Kyiv - the capital") == "Kyiv - the capital"
    assert _row_shades([2.0, 4.0, None]) == [0.0, 1.0, None]
    assert _row_shades([3.0, 3.0]) == [0.5, 0.5] and _row_shades([None]) == [None]


def test_a_chart_shows_as_a_figure_with_alternative_text_and_a_data_table() -> None:
    chart = share_heatmap({"art-one": {"Anna <b>": 0.25, "Ivan": 0.75}}, ["art-one"], title="Who & why",
                          xlabel="article", ylabel="speaker")
    bundle = chart._repr_mimebundle_()
    assert set(bundle) == {"text/html", "image/png", "text/plain"}
    assert bundle["text/plain"] == chart.alt == repr(chart)
    assert chart.alt.startswith("Heatmap: Who & why. 2 rows of speaker by 1 columns of article")
    assert "The highest is 75%: Ivan, art-one." in chart.alt
    page = bundle["text/html"]
    image = re.search(r'<img alt="([^"]*)" src="data:image/png;base64,([^"]+)"', page)
    assert image and html.unescape(image.group(1)) == chart.alt and image.group(2) == bundle["image/png"]
    assert base64.b64decode(bundle["image/png"]).startswith(b"\x89PNG")
    assert "<figcaption>Who &amp; why</figcaption>" in page and "<details><summary>Data table: Who &amp; why</summary>" in page
    assert "Anna &lt;b&gt;" in page and "<b>" not in page  # story text is escaped
    assert chart.table.columns == ("speaker", "art-one") and chart.table.rows == (("Ivan", "75%"), ("Anna <b>", "25%"))


def test_every_chart_has_a_data_table_of_what_it_draws() -> None:
    timeline = toll_timeline({"killed": [(date(2024, 3, 22), 40), (date(2024, 3, 30), 144)],
                              "injured": [(date(2024, 3, 22), 100)]}, {"articles": date(2024, 4, 3)},
                             title="Toll", ylabel="people")
    assert timeline.table.rows == (("22 Mar 2024", "40", "100", "-"), ("30 Mar 2024", "144", "-", "-"),
                                   ("03 Apr 2024", "-", "-", "articles"))
    assert "killed: 40 on 22 Mar 2024, then 144 on 30 Mar 2024" in timeline.alt and "Dotted lines mark articles." in timeline.alt
    items = [{"label": "a\n(22 Mar)", "text": "at least 144", "low": 144, "high": None, "official": 143}]
    intervals = interval_chart(items, title="Stated", xlabel="people killed")
    assert intervals.table.rows == (("a (22 Mar)", "at least 144", "144 or more", "143"),)
    grid = selection_chart([[0.16, None]], ["fact"], ["a", "b"], title="S", xlabel="article", ylabel="fact")
    assert grid.table.rows == (("fact", "at 16%", NOT_MENTIONED),) and "(1 of 2 cells not mentioned)" in grid.alt
    bars = grouped_bars({"a": {"x": (0.25, 3)}}, ["x", "y"], title="T", xlabel="X", ylabel="article")
    assert bars.table.columns == ("article", "x", "y") and bars.table.rows == (("a", "+0.25 (n=3)", "none"),)
    for chart in (timeline, intervals, grid, bars):
        assert chart.alt.endswith("Every value is written on the chart and listed in its data table.")
    assert not plt.get_fignums()
