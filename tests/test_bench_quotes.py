"""The quote-speed benchmark's input handling (benchmarks/bench_quotes.py); it times nothing here."""

from __future__ import annotations

from pathlib import Path

from benchmarks import bench_quotes
from tests.conftest import write_story


def test_a_story_folder_is_one_story(tmp_path: Path) -> None:
    folder = write_story(tmp_path / "one")
    assert [story.id for story in bench_quotes.stories_in(folder)] == ["test-story"]


def test_a_folder_of_story_folders_is_read_whole(tmp_path: Path) -> None:
    for part in ("part-2", "part-1"):
        write_story(tmp_path / "split" / part)
    assert [story.path.name for story in bench_quotes.stories_in(tmp_path / "split")] == ["part-1", "part-2"]


def test_a_folder_without_a_story_is_a_one_line_message(tmp_path: Path, capsys) -> None:
    assert bench_quotes.main([str(tmp_path / "nothing-here")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("bench_quotes: ") and "nothing-here" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
