"""Speakers judged by reading (benchmarks/judged.py, bench_judged.py), on the tiny PolNeAR-shaped
folder of test_bench_polnear (invented sentences, no PolNeAR text)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from benchmarks import bench_judged, judged, polnear
from benchmarks.records import save_record
from framekit.teach import evaluate
from framekit.story.load import load_story
from framekit.story.rows import QuoteRow
from tests.test_bench_polnear import BUDGET, polnear_copy  # noqa: F401 (a fixture)


@pytest.fixture
def result(polnear_copy: Path, tmp_path: Path) -> polnear.SplitResult:  # noqa: F811
    """The budget article scored with one right speaker and two wrong ones."""
    conversion = polnear.convert(polnear_copy, "dev", tmp_path / "out")
    story = load_story(conversion.paths[0])
    body = story.article(BUDGET).body

    def found(phrase: str, speaker: str | None) -> QuoteRow:
        start = body.index(phrase)
        return QuoteRow(article=BUDGET, speaker=speaker, text=phrase, kind="direct", cue="said", via=None,
                        start=start, end=start + len(phrase))

    rows = [found("We will balance the books", "Tom Poe"), found("Nobody likes cuts", "Jane Roe"),
            found("but they are needed.", None)]
    return polnear.score_split(conversion, [story], rows, cpu_seconds=0.5)


def verdicts_of(result: polnear.SplitResult, *given: tuple[str, str]) -> list[judged.Verdict]:
    """Verdicts for the result's disagreements, in order: (verdict, reason) each."""
    return [judged.Verdict(gold.row["article"], gold.row["start"], gold.row["end"], gold.speaker_kind,
                           found["speaker"] or "", verdict, reason)
            for (found, gold), (verdict, reason) in zip(judged.disagreements(result), given, strict=True)]


def test_disagreements_are_the_matched_quotes_scored_wrong(result: polnear.SplitResult) -> None:
    pairs = judged.disagreements(result)
    assert [(found["speaker"], gold.row["text"]) for found, gold in pairs] == [
        ("Jane Roe", "Nobody likes cuts,"), (None, "but they are needed.")]
    assert judged.sample(pairs, 1, seed=3) == judged.sample(pairs, 1, seed=3)
    assert judged.sample(pairs, 5, seed=3) == pairs  # all of them, in order


def test_what_is_left_to_judge_leaves_out_the_current_verdicts_only(result: polnear.SplitResult) -> None:
    first, second = verdicts_of(result, ("right", ""), ("wrong", ""))
    assert judged.unjudged(result, []) == judged.disagreements(result)
    assert judged.unjudged(result, [first]) == judged.disagreements(result)[1:]
    assert judged.unjudged(result, [replace(first, found="Tom Poe"), second]) == judged.disagreements(result)[:1]  # out of date


def test_the_sheet_marks_the_quote_and_gives_the_chain(result: polnear.SplitResult) -> None:
    text = judged.sheet(judged.disagreements(result), result.bodies)
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert list(rows[0]) == list(judged.SHEET_COLUMNS)
    assert rows[0]["found"] == "Jane Roe" and rows[0]["gold"] == "he" and "Tom Poe" in rows[0]["chain"]
    assert "[[Nobody likes cuts,]]" in rows[0]["context"] and rows[0]["verdict"] == ""


def test_verdicts_round_trip_and_a_changed_answer_is_out_of_date(result: polnear.SplitResult, tmp_path: Path) -> None:
    verdicts = verdicts_of(result, ("wrong", "Tom Poe says it"), ("unclear", "no speaker in the text"))
    path = tmp_path / "verdicts.tsv"
    path.write_text(judged.write_verdicts(verdicts), encoding="utf-8")
    assert judged.read_verdicts(path) == verdicts
    changed = [verdicts[0], replace(verdicts[1], found="Tom Poe")]  # judged when the extractor said Tom Poe
    checked = judged.check(result, changed)
    assert checked.current == (verdicts[0],) and len(checked.stale) == 1
    assert checked.counts() == judged.Counts(3, 1) and (checked.found, checked.expected) == (3, 5)  # 5 gold quotes in all
    assert checked.counts("pronoun, named chain") == judged.Counts(2, 0) and checked.counts().disagreements == 2


def test_the_estimate_adds_the_share_judged_right_of_the_disagreements() -> None:
    right = judged.Verdict("a", 0, 1, "name", "X", "right", "")
    current = (right, right, replace(right, verdict="wrong"), replace(right, verdict="unclear"))
    checked = judged.Judged(current, (), {"name": judged.Counts(100, 80)}, found=110, expected=90)
    value, low, high = judged.estimate(checked)
    assert value == pytest.approx(0.80 + 0.20 * 2 / 4)  # unclear counts as wrong
    assert 0.80 < low < value < high < 1.0
    assert judged.estimate(checked, "name") == (value, low, high) and judged.estimate(checked, "description") == (0, 0, 0)
    assert judged.f1_by_reading(checked)[0] == pytest.approx(2 * 90 / 200)
    report = judged.report(checked, "train")
    assert "0.800, 0.900" in report and "name" in report and "description" not in report
    assert "F1: 0.800 as scored, 0.900 by reading" in report  # 2 × 80 / (110 + 90), then 2 × 90 / 200


def test_a_perfect_extractor_fixes_only_what_the_scorer_can_see() -> None:
    wrong = judged.Verdict("a", 0, 1, "name", "X", "wrong", "")
    current = (wrong, replace(wrong, verdict="right"), replace(wrong, kind="pronoun, no name"),
               replace(wrong, verdict="unclear", kind="pronoun, named chain"))
    kinds = {"name": judged.Counts(60, 50), "pronoun, no name": judged.Counts(20, 0),
             "pronoun, named chain": judged.Counts(20, 10)}
    checked = judged.Judged(current, (), kinds, found=110, expected=104)
    # 60 right, 4 gold quotes missed, and half of the 40 disagreements fixable (the wrong name, the unclear pronoun)
    assert judged.ceiling(checked)[0] == pytest.approx((60 + 4 + 40 * 2 / 4) / 104)


def test_the_wilson_interval_stays_inside_0_and_1() -> None:
    assert judged.wilson(0, 0) == (0.0, 1.0)
    low, high = judged.wilson(10, 10)
    assert high == pytest.approx(1.0) and 0.65 < low < 0.75  # 0.722 for 10 of 10
    low, high = judged.wilson(50, 100)
    assert low == pytest.approx(0.404, abs=1e-3) and high == pytest.approx(0.596, abs=1e-3)


def test_the_interval_narrows_as_the_sample_grows_to_the_whole_population() -> None:
    wide, narrower = judged.wilson(50, 100, population=100_000), judged.wilson(50, 100, population=200)
    assert wide == pytest.approx(judged.wilson(50, 100), abs=1e-3)  # a small share of a large population
    assert wide[0] < narrower[0] < 0.5 < narrower[1] < wide[1]
    assert judged.wilson(50, 100, population=100) == (0.5, 0.5)  # every one judged: no sampling error
    checked = judged.Judged(tuple(judged.Verdict("a", i, i + 1, "name", "X", "right" if i < 3 else "wrong", "")
                                  for i in range(4)), (), {"name": judged.Counts(10, 6)}, found=10, expected=10)
    assert judged.estimate(checked) == pytest.approx((0.9, 0.9, 0.9))  # 6 right as scored, 3 of the 4 by reading


@pytest.mark.parametrize("line, problem", [
    ("a\t1\t2\tname\tX\tmaybe\t", "verdict 'maybe'"),
    ("a\tone\t2\tname\tX\tright\t", "whole numbers"),
    ("a\t1\t2\tperson\tX\tright\t", "kind 'person'"),
    ("a\t1\t2", "3 columns"),
])
def test_a_bad_verdict_file_names_its_line(line: str, problem: str, tmp_path: Path) -> None:
    path = tmp_path / "v.tsv"
    path.write_text("\t".join(judged.VERDICT_COLUMNS) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(judged.VerdictError, match=rf"v\.tsv:2: .*{problem}"):
        judged.read_verdicts(path)
    row = "a\t1\t2\tname\tX\tright\t"
    path.write_text("\t".join(judged.VERDICT_COLUMNS) + f"\n{row}\n\n{row}\n", encoding="utf-8")
    with pytest.raises(judged.VerdictError, match=r"v\.tsv:4: this quote is judged already on line 2"):
        judged.read_verdicts(path)
    path.write_text("article\tverdict\n", encoding="utf-8")
    with pytest.raises(judged.VerdictError, match=r"v\.tsv:1: the header"):
        judged.read_verdicts(path)


def test_the_command_writes_a_sheet_once_and_reports_verdicts(polnear_copy: Path, tmp_path: Path,  # noqa: F811
                                                               capsys: pytest.CaptureFixture) -> None:
    sheet = tmp_path / "sheet.tsv"
    assert bench_judged.main([str(polnear_copy), "--split", "dev", "--sheet", str(sheet)]) == 0
    assert sheet.read_text(encoding="utf-8").startswith("article\tstart")
    before = sheet.read_bytes()
    assert bench_judged.main([str(polnear_copy), "--split", "dev", "--sheet", str(sheet)]) == 2
    assert "exists" in capsys.readouterr().err and sheet.read_bytes() == before  # nothing overwritten
    verdicts = tmp_path / "verdicts.tsv"
    verdicts.write_text(judged.write_verdicts([judged.Verdict(BUDGET, 0, 5, "name", "Nobody", "right", "")]),
                        encoding="utf-8")
    saved = tmp_path / "judged.json"
    assert bench_judged.main([str(polnear_copy), "--split", "dev", "--verdicts", str(verdicts), "--save", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "Speakers judged by reading, PolNeAR dev" in out and "out of date" in out
    assert evaluate.recorded("judged", tmp_path).shares["judged"][0] == 0  # the one verdict is out of date
    rest = tmp_path / "rest.tsv"
    assert bench_judged.main([str(polnear_copy), "--split", "dev", "--sheet", str(rest), "--skip", str(verdicts)]) == 0
    assert rest.read_text(encoding="utf-8") == sheet.read_text(encoding="utf-8")  # nothing current to leave out


def test_a_bad_verdict_file_gives_one_line_and_status_2(polnear_copy: Path, tmp_path: Path,  # noqa: F811
                                                        capsys: pytest.CaptureFixture) -> None:
    verdicts = tmp_path / "verdicts.tsv"
    verdicts.write_text("nonsense\n", encoding="utf-8")
    assert bench_judged.main([str(polnear_copy), "--split", "dev", "--verdicts", str(verdicts)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith(f"bench_judged: {verdicts}:1:") and "Traceback" not in error


def test_the_saved_counts_are_what_the_lessons_read(result: polnear.SplitResult, tmp_path: Path) -> None:
    verdicts = verdicts_of(result, ("right", "Tom Poe says it"), ("wrong", "Tom Poe says it"))
    checked = judged.check(result, verdicts)
    save_record(judged.record(checked, result), "python -m benchmarks.bench_judged …", tmp_path / "judged.json")
    saved = evaluate.recorded("judged", tmp_path)
    assert saved.split == "dev" and saved.articles == 2
    assert saved.scores["direct + speaker"] == polnear.Score(1, 3, 5)
    assert saved.scores["direct + speaker, by reading"] == polnear.Score(2, 3, 5)  # 1 + 2 disagreements × 1/2, rounded
    assert saved.shares["judged right"] == (1, 2) and saved.shares["judged"] == (2, 2)
    assert saved.speaker_accuracy["name"] == (1, 1) and saved.speaker_accuracy["pronoun, named chain"] == (0, 2)
    assert saved.speaker_accuracy["pronoun, named chain, by reading"] == (1, 2)  # one of its two disagreements judged right
    low, high = saved.speaker_accuracy["all, by reading, low"], saved.speaker_accuracy["all, by reading, high"]
    assert low[0] <= 2 <= high[0] and low[1] == high[1] == 3
    assert saved.scores["direct + speaker, perfect extractor as scored"].found == 5


def test_two_readers_are_merged_into_their_agreement_or_unclear(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    one = judged.Verdict("a", 0, 5, "name", "Tom Poe", "right", "Poe says it")
    first, second = tmp_path / "first.tsv", tmp_path / "second.tsv"
    first.write_text(judged.write_verdicts([one, replace(one, start=9)]), encoding="utf-8")
    second.write_text(judged.write_verdicts([replace(one, reason="Poe"), replace(one, start=9, verdict="wrong")]),
                      encoding="utf-8")
    out = tmp_path / "merged.tsv"
    assert bench_judged.main(["--merge", str(first), str(second), str(out)]) == 0
    agreed, split = judged.read_verdicts(out)
    assert agreed == one and split.verdict == "unclear" and split.reason.startswith("the two readers differ (right, wrong)")
    assert "agree on 1" in capsys.readouterr().out
    assert bench_judged.main(["--merge", str(first), str(second), str(out)]) == 2  # never overwritten
    second.write_text(judged.write_verdicts([one]), encoding="utf-8")
    assert bench_judged.main(["--merge", str(first), str(second), str(tmp_path / "other.tsv")]) == 2
    assert "not judge the same quotes" in capsys.readouterr().err
