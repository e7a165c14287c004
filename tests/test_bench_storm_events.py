"""The Storm Events benchmark (benchmarks/storm_events.py, bench_storm_events.py) on tiny files.

The files are written here in the Storm Events details format, with invented narratives and
counts, plain and gzipped. No record of the real database is used.
"""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import pytest

from benchmarks import bench_storm_events, storm_events

HEADER = ["BEGIN_YEARMONTH", "EVENT_ID", "EVENT_TYPE", "DEATHS_DIRECT", "INJURIES_DIRECT", "EVENT_NARRATIVE"]
ROWS = [
    ["199401", "1", "Tornado", "2", "5", "A tornado struck Varn. Two people were killed and five were injured."],
    ["199401", "2", "Thunderstorm Wind", "0", "3", "Winds overturned a trailer. Three occupants were hurt."],
    ["199402", "3", "Flood", "0", "4", "The river rose. Four cars were swept away. Their drivers were hurt."],  # cars: not stated
    ["199402", "6", "Flood", "0", "2", "A wall fell, trapping two men. Both were injured."],  # stated in two sentences
    ["199402", "7", "Lightning", "0", "2", "Two men were caught in the open. Lightning injured the pair."],  # missed
    ["199402", "4", "Hail", "", "1", "Hail fell. A man was injured."],  # a count of one: not scored
    ["199402", "5", "Hail", "0", "0", ""],  # no narrative: left out
]


def details_file(folder: Path, rows: list[list[str]], gzipped: bool = False, header: list[str] = HEADER) -> Path:
    """A details file of ``rows`` in ``folder``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    path = folder / ("details.csv.gz" if gzipped else "details.csv")
    data = buffer.getvalue().encode("utf-8")
    path.write_bytes(gzip.compress(data) if gzipped else data)
    return path


@pytest.mark.parametrize("gzipped", [False, True])
def test_events_with_a_narrative_are_read_plain_or_gzipped(tmp_path: Path, gzipped: bool) -> None:
    events = storm_events.read_events([details_file(tmp_path, ROWS, gzipped)])
    assert [(e.id, e.deaths, e.injuries) for e in events] == [("1", 2, 5), ("2", 0, 3), ("3", 0, 4), ("6", 0, 2),
                                                              ("7", 0, 2), ("4", 0, 1)]


def test_a_file_with_the_columns_in_another_order_and_more_of_them_is_read_by_name(tmp_path: Path) -> None:
    """The web search's results (and the held-out file gathered from copies of them) put
    EVENT_ID first, the counts in the middle and the episode's narrative after the event's."""
    header = ["EVENT_ID", "BEGIN_DATE", "EVENT_TYPE", "DEATHS_DIRECT", "INJURIES_DIRECT", "EVENT_NARRATIVE",
              "EPISODE_NARRATIVE", "SOURCE_PATH"]
    rows = [["9", "04/27/2011", "Tornado", "3", "0", "Three people died when the tornado hit.", "A storm system.", "a.csv"],
            ["8", "04/27/2011", "Hail", "0", "0", "", "A storm system.", "a.csv"]]
    events = storm_events.read_events([details_file(tmp_path, rows, header=header)])
    assert [(e.id, e.kind, e.deaths, e.injuries, e.narrative) for e in events] == [
        ("9", "Tornado", 3, 0, "Three people died when the tornado hit.")]


def test_a_count_is_stated_by_a_number_of_its_value_tied_to_the_harm_and_a_count_of_one_never() -> None:
    assert storm_events.stated("Two people were killed.", 2, "killed") and storm_events.stated("In all 12 were hurt.", 12, "injured")
    assert not storm_events.stated("A man was injured.", 1, "injured") and not storm_events.stated("One tree fell.", 1, "killed")
    assert not storm_events.stated("Two were hurt in Varn, one in Lisk.", 3, "injured")


def test_a_number_that_counts_things_states_no_count() -> None:
    assert not storm_events.stated("Two barns were destroyed. A man was injured.", 2, "injured")
    assert not storm_events.stated("Two people were killed.", 2, "injured")  # the harm must be the count's own
    assert not storm_events.stated("Two tornadoes struck. A man was injured.", 2, "injured")


def test_a_count_of_people_is_stated_by_the_harm_in_the_next_sentence() -> None:
    assert storm_events.stated("Winds trapped two men in the debris. Both were injured.", 2, "injured")
    assert storm_events.stated("Three people were in the car. They suffered cuts and bruises.", 3, "injured")
    assert not storm_events.stated("Winds trapped two men in the debris. The barn was flattened.", 2, "injured")
    assert not storm_events.stated("Three people were in the car. Later, one died.", 3, "injured")


def test_the_score_counts_stated_counts_found_and_wounded_taken_for_dead(tmp_path: Path) -> None:
    events = storm_events.read_events([details_file(tmp_path, ROWS)])
    ticks = iter([1.0, 1.5])
    result = storm_events.score(events, bench_storm_events.extract_text, lambda: next(ticks))
    assert result.share("killed") == (1, 1)
    assert result.share("injured") == (3, 4)  # the four cars are no injured count; "the pair" is missed
    assert result.wounded_as_killed() == (0, 1)
    assert result.cpu_seconds == 0.5 and result.words == sum(len(e.narrative.split()) for e in events)
    report = storm_events.report(result, "details.csv")
    assert "found (value and category) in     3: 75.0%" in report
    missed = "\n".join(storm_events.misses(result, "injured", 5))
    assert "injured the pair" in missed and "Four cars" not in missed and "Both were" not in missed


def test_a_wounded_count_labelled_killed_is_counted() -> None:
    event = storm_events.Event("9", "f", "Tornado", "…", deaths=1, injuries=7)

    class Figure:
        def __init__(self, value: int, category: str) -> None:
            self.value, self.category = value, category

    outcome = storm_events.outcome(event, [Figure(7, "killed"), Figure(1, "killed")])
    assert outcome.wounded_as_killed == 1


def test_a_file_that_is_no_details_file_gives_one_line_and_exit_code_2(tmp_path: Path, capsys) -> None:
    path = details_file(tmp_path, [["1", "x"]], header=["EVENT_ID", "OTHER"])
    assert bench_storm_events.main([str(path)]) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and f"{path}:1: not a Storm Events details file" in error
    broken = tmp_path / "broken.csv.gz"
    broken.write_bytes(b"\x1f\x8b not gzip")
    assert bench_storm_events.main([str(broken)]) == 2
    assert "cannot read it" in capsys.readouterr().err


def test_the_command_prints_the_report(tmp_path: Path, capsys) -> None:
    assert bench_storm_events.main([str(details_file(tmp_path, ROWS)), "--misses", "3", "--category", "injured"]) == 0
    out = capsys.readouterr().out
    assert "NOAA Storm Events: details.csv" in out and "words per second" in out and "injured the pair" in out


def test_save_writes_counts_that_the_lessons_read_back(tmp_path: Path) -> None:
    from framekit.teach.evaluate import in_ten, recorded

    path = tmp_path / "benchmarks" / "figures-test.json"
    assert bench_storm_events.main([str(details_file(tmp_path, ROWS)), "--save", str(path)]) == 0
    record = recorded("figures-test", path.parent)
    assert record.shares == {"killed count found": (1, 1), "injured count found": (3, 4),
                             "killed figures that are the injured count": (0, 1)}
    assert record.articles == 6 and record.split == "details.csv" and "--save" in record.command
    assert record.scores == {} and in_ten(record.shares["injured count found"]) == 8
    assert "the pair" not in path.read_text(encoding="utf-8")  # counts only
