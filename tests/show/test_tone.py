"""framekit.show.tone and the lesson 05 chart: labelled, every number written, text escaped."""

from __future__ import annotations

import matplotlib.pyplot as plt

from framekit.show.charts import grouped_bars
from framekit.show.tone import (agreement_table, driver_table, lexicon_table, sentence_table, tone_sentences_html,
                                voice_chart, voice_table)
from framekit.tone.scores import NARRATED, QUOTED, Driver, SentenceTone, VoiceTone, summary

A = SentenceTone("art-one", 0, 10, "<b>Good</b> day.", NARRATED, False, 0.7, 0.6, (("good", 0.7),))
B = SentenceTone("art-one", 11, 20, "“Bad,” he said.", QUOTED, True, -0.7, 0.67, (("bad", -0.7),))


def test_grouped_bars_write_each_value_with_its_series_and_count_and_none_without_a_bar() -> None:
    values = {"a": {"x": (0.5, 3), "y": (None, 0)}, "b": {"x": (-0.25, 1), "y": (0.0, 2)}}
    figure = grouped_bars(values, ["x", "y"], title="T", xlabel="X", ylabel="Y").figure
    axes = figure.axes[0]
    assert axes.get_title() == "T" and axes.get_xlabel() == "X" and axes.get_ylabel() == "Y"
    assert sorted(t.get_text() for t in axes.texts) == ["x +0.50 (n=3)", "x -0.25 (n=1)", "y +0.00 (n=2)", "y: none"]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["a", "b"]
    bars = axes.patches
    assert len(bars) == 3 and len({bar.get_facecolor() for bar in bars}) == 2 and len({bar.get_hatch() for bar in bars}) == 2
    assert [t.get_text() for t in figure.legends[0].get_texts()] == ["x", "y"]
    assert not plt.get_fignums()


def test_voice_chart_and_table_show_the_same_numbers() -> None:
    found = summary([A, B])
    axes = voice_chart(found, title="Tone").figure.axes[0]
    assert "narrated +0.70 (n=1)" in [t.get_text() for t in axes.texts] and "reported: none" in [t.get_text() for t in axes.texts]
    table = voice_table(found)
    assert [row[1:] for row in table.rows] == [("narrated", "1", "1", "+0.70", "0.60"), ("reported", "0", "0", "-", "-"),
                                               ("quoted", "1", "1", "-0.70", "0.67")]


def test_sentence_table_marks_mixed_sentences_and_escapes_text() -> None:
    table = sentence_table([A, B])
    assert [row[1] for row in table.rows] == ["narrated", "quoted +"] and table.rows[0][4] == "good +0.70"
    assert "&lt;b&gt;Good" in table._repr_html_() and "<b>Good" not in table._repr_html_()


def test_driver_lexicon_and_agreement_tables() -> None:
    assert driver_table([Driver("behind", -0.4, 4)]).rows == (("behind", "-0.40", "4"),)
    lexicon = lexicon_table(["attack", "bizarre"], {"attack": [A, B]})
    assert lexicon.rows == (("attack", "not in the lexicon", "-", "2", "0"), ("bizarre", "+0.40", "0.60", "0", "0"))
    agreed = agreement_table({A.text: 0.5, B.text: 0.0, "unknown": 1}, [A, B])
    assert [row[:3] for row in agreed.rows] == [("+0.50", "+0.70", "yes"), ("+0.00", "-0.70", "no")]
    assert VoiceTone(0, 0, None, None).polarity is None


def test_tone_sentences_html_sums_up_escapes_and_filters_by_voice() -> None:
    page = tone_sentences_html([A, B], "art-one")
    assert "<p><b>art-one</b> · all: 2 sentences, 2 scored, mean polarity +0.00</p>" in page
    assert "&lt;b&gt;Good&lt;/b&gt;" in page and "<b>Good</b>" not in page and "(mixed)" in page
    quoted = tone_sentences_html([A, B], "art-one", "quoted")
    assert "quoted: 1 sentences" in quoted and "Good" not in quoted
    assert "No sentence" in tone_sentences_html([A, B], "art-one", "reported")
