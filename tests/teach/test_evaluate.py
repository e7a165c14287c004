"""framekit.teach.evaluate: matching found spans to annotated spans, and the scores."""

from __future__ import annotations

import pytest

from framekit.story.model import StoryError
from framekit.teach.evaluate import (
    Score,
    disagreements,
    in_ten,
    misses,
    pairs,
    recorded,
    score,
    score_table,
)


def row(start: int, end: int, article: str = "a", speaker: str = "X") -> dict:
    return {"article": article, "start": start, "end": end, "speaker": speaker}


def test_overlap_of_half_the_shorter_span_matches() -> None:
    assert pairs([row(0, 10)], [row(5, 20)]) and pairs([row(0, 11)], [row(0, 10)])
    assert not pairs([row(0, 10)], [row(6, 20)])


def test_spans_in_other_articles_never_match() -> None:
    assert not pairs([row(0, 10, article="a")], [row(0, 10, article="b")])


def test_each_row_matches_once_largest_overlap_first() -> None:
    found = [row(0, 10), row(0, 9)]
    expected = [row(0, 10)]
    assert pairs(found, expected) == [(found[0], expected[0])]


def test_scores() -> None:
    found = [row(0, 10), row(20, 30, speaker="Y"), row(50, 60)]
    expected = [row(0, 10), row(20, 30), row(80, 90), row(100, 110)]
    overall = score(found, expected)
    assert (overall.correct, overall.found, overall.expected) == (2, 3, 4)
    assert overall.precision == pytest.approx(2 / 3) and overall.recall == pytest.approx(0.5)
    assert overall.f1 == pytest.approx(4 / 7)
    with_speaker = score(found, expected, agree=lambda f, e: f["speaker"] == e["speaker"])
    assert with_speaker.correct == 1


def test_empty_sides() -> None:
    assert Score(0, 0, 0).f1 == 1.0
    assert Score(0, 3, 0).precision == 0.0 and Score(0, 0, 3).recall == 0.0 and Score(0, 0, 3).f1 == 0.0


def test_misses_lists_both_sides() -> None:
    found = [row(0, 10), row(50, 60)]
    expected = [row(0, 10), row(80, 90)]
    missed, spurious = misses(found, expected)
    assert missed == [expected[1]] and spurious == [found[1]]


def test_score_table_per_kind_and_agreeing_field() -> None:
    found = [{"article": "a", "start": 0, "end": 10, "kind": "direct", "speaker": "X"},
             {"article": "a", "start": 20, "end": 30, "kind": "indirect", "speaker": "Y"}]
    expected = [{"article": "a", "start": 0, "end": 10, "kind": "direct", "speaker": "Z"},
                {"article": "a", "start": 40, "end": 50, "kind": "indirect", "speaker": "Y"}]
    table = score_table(found, expected, ("direct", "indirect"), ("speaker",), caption="C")
    assert table.caption == "C"
    assert [row[:4] for row in table.rows] == [
        ("direct", "1", "1", "1"), ("direct + speaker", "1", "1", "0"), ("indirect", "1", "1", "0"), ("indirect + speaker", "1", "1", "0"),
    ]
    assert table.rows[0][4:] == ("1.00", "1.00", "1.00") and table.rows[2][4:] == ("0.00", "0.00", "0.00")


def test_disagreements_on_a_field_in_annotation_order() -> None:
    found = [row(50, 60, speaker="Y"), row(0, 10, speaker="X"), row(20, 30, speaker="Z")]
    expected = [row(0, 10, speaker="W"), row(20, 30, speaker="Z"), row(50, 60, speaker="V")]
    assert [(f["speaker"], e["speaker"]) for f, e in disagreements(found, expected, "speaker")] == [("X", "W"), ("Y", "V")]


def test_score_table_sorts_rows_by_another_field() -> None:
    found = [{"article": "a", "start": 0, "end": 10, "category": "killed", "value": 144},
             {"article": "a", "start": 20, "end": 30, "category": "injured", "value": 5}]
    expected = [{"article": "a", "start": 0, "end": 10, "category": "killed", "value": 140},
                {"article": "a", "start": 20, "end": 30, "category": "killed", "value": 5}]
    table = score_table(found, expected, ("killed", "injured"), ("value",), by="category")
    assert [row[:4] for row in table.rows] == [
        ("killed", "1", "2", "1"), ("killed + value", "1", "2", "0"), ("injured", "1", "0", "0"), ("injured + value", "1", "0", "0"),
    ]


def test_the_kits_recorded_quote_benchmark_is_counts_that_add_up() -> None:
    record = recorded("quotes-polnear")
    assert record.split == "test" and "PolNeAR" in record.corpus and "--split test" in record.command
    assert set(record.scores) == {"direct", "direct + speaker", "indirect", "indirect + speaker", "direct + speaker, checkable gold"}
    for name, result in record.scores.items():
        assert 0 < result.correct <= min(result.found, result.expected), name
    for kind in ("direct", "indirect"):
        assert record.scores[f"{kind} + speaker"].correct <= record.scores[kind].correct
    assert sum(matched for _, matched in record.speaker_accuracy.values()) == record.scores["direct"].correct
    assert len(record.table().rows) == 5
    # the checkable gold leaves out exactly the quotes whose speaker cannot be checked, and keeps their right answers apart
    strict, checkable = record.scores["direct + speaker"], record.scores["direct + speaker, checkable gold"]
    unchecked = [record.speaker_accuracy[kind] for kind in ("pronoun, no name", "no source")]
    assert strict.expected - checkable.expected >= sum(matched for _, matched in unchecked)
    assert strict.found - checkable.found == sum(matched for _, matched in unchecked)
    assert strict.correct - checkable.correct == sum(right for right, _ in unchecked)


def test_the_kits_recorded_figure_benchmark_is_shares_that_add_up() -> None:
    record = recorded("figures-storm-events")
    assert "Storm Events" in record.corpus and record.split in record.command and record.scores == {}
    assert set(record.shares) == {"killed count found", "injured count found", "killed figures that are the injured count"}
    assert all(0 <= right <= of for right, of in record.shares.values())
    assert record.shares["killed count found"][1] > 0 and record.shares["injured count found"][1] > 0


def test_a_broken_benchmark_file_is_named_with_its_line(tmp_path) -> None:
    (tmp_path / "broken.json").write_text('{\n "split": "test",\n oops\n}\n', encoding="utf-8")
    with pytest.raises(StoryError, match=r"broken\.json:3: not JSON"):
        recorded("broken", tmp_path)
    (tmp_path / "partial.json").write_text('{"split": "test"}', encoding="utf-8")
    with pytest.raises(StoryError, match=r"partial\.json:1: not a benchmark result"):
        recorded("partial", tmp_path)
    with pytest.raises(StoryError, match=r"absent\.json:1: no such benchmark result"):
        recorded("absent", tmp_path)


def test_in_ten_rounds_the_share_right_to_tenths() -> None:
    assert in_ten(Score(correct=635, found=877, expected=865)) == 7
    assert in_ten(Score(correct=5, found=5, expected=5)) == 10
    assert in_ten(Score(correct=0, found=0, expected=0)) == 0
