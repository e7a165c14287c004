"""framekit.plots: the share heatmap is labelled, ordered and writes its numbers."""

from __future__ import annotations

from framekit.plots import heatmap, share_heatmap


def test_heatmap_labels_orders_rows_and_writes_each_share() -> None:
    shares = {"art-one": {"Anna": 0.25, "Ivan": 0.75}, "art-two": {"Anna": 1.0}}
    figure = share_heatmap(shares, ["art-one", "art-two"], title="Who", xlabel="article", ylabel="speaker")
    axes = figure.axes[0]
    assert axes.get_title() == "Who" and axes.get_xlabel() == "article" and axes.get_ylabel() == "speaker"
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Anna", "Ivan"]
    assert [t.get_text() for t in axes.get_xticklabels()] == ["art-\none", "art-\ntwo"]
    assert sorted(t.get_text() for t in axes.texts) == ["100%", "25%", "75%"]


def test_heatmap_writes_values_with_the_format_and_leaves_zeros_blank() -> None:
    figure = heatmap([[0.0, 2.5], [10.0, 0.0]], ["a", "b"], ["x", "y"], title="T", xlabel="X", ylabel="Y",
                     value_label="per 1,000 words")
    axes = figure.axes[0]
    assert sorted(t.get_text() for t in axes.texts) == ["10.0", "2.5"]
    assert figure.axes[1].get_ylabel() == "per 1,000 words"
