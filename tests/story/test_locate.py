"""framekit.story.locate: the kit's data found from FRAMEKIT_DATA or the working folder, however
framekit is installed, and a clear message when it is not found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from framekit.story.load import load_story
from framekit.story.locate import data_dir, story_ids
from framekit.story.model import StoryError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_framekit_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a student does, with FRAMEKIT_DATA unset."""
    monkeypatch.delenv("FRAMEKIT_DATA", raising=False)


def test_story_by_id_comes_from_the_data_folder() -> None:
    assert "crocus-call-2024" in story_ids()
    assert load_story("crocus-call-2024").id == "crocus-call-2024"


def kit_data_with_test_story(make_story, monkeypatch: pytest.MonkeyPatch) -> None:
    """A kit data folder holding only the test story, named by FRAMEKIT_DATA."""
    root = make_story()
    stories = root.parent / "data" / "stories"
    stories.mkdir(parents=True)
    root.rename(stories / "test-story")
    monkeypatch.setenv("FRAMEKIT_DATA", str(stories.parent))


def test_framekit_data_points_to_another_data_folder(make_story, monkeypatch: pytest.MonkeyPatch) -> None:
    kit_data_with_test_story(make_story, monkeypatch)
    assert load_story("test-story").id == "test-story"


@pytest.mark.parametrize("folder", ["notebooks", "exercises", "solutions", "data/stories/crocus-call-2024/articles"])
def test_a_notebook_folder_finds_the_kit_data_above_it(folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / folder)
    assert data_dir() == ROOT / "data"
    assert load_story("crocus-call-2024").path == ROOT / "data" / "stories" / "crocus-call-2024"


def test_framekit_data_wins_over_the_working_folder(make_story, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_story()
    (root.parent / "mine" / "stories").mkdir(parents=True)
    root.rename(root.parent / "mine" / "stories" / "test-story")
    monkeypatch.chdir(ROOT / "notebooks")
    monkeypatch.setenv("FRAMEKIT_DATA", str(root.parent / "mine"))
    assert story_ids() == ["test-story"]


def test_no_data_found_says_where_it_looked_and_how_to_point_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for find in (lambda: load_story("crocus-call-2024"), story_ids):
        with pytest.raises(StoryError) as raised:
            find()
        message = str(raised.value)
        assert re.search(f"neither {re.escape(str(tmp_path))} nor any folder above it has data/stories/", message)
        assert "FRAMEKIT_DATA=/path/to/framekit/data" in message and "notebooks/" in message


def test_framekit_data_without_stories_is_named_in_the_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMEKIT_DATA", str(tmp_path / "nowhere"))
    with pytest.raises(StoryError, match=f"FRAMEKIT_DATA is set to {re.escape(str(tmp_path / 'nowhere'))}, which has no stories/"):
        load_story("crocus-call-2024")


def test_a_path_never_needs_the_kit(story_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_story(story_dir).id == "test-story"


def test_lessons_open_the_seed_story_unless_framekit_story_names_another(make_story, monkeypatch: pytest.MonkeyPatch) -> None:
    from framekit.story.locate import SEED_STORY, chosen_story

    monkeypatch.delenv("FRAMEKIT_STORY", raising=False)
    assert chosen_story() == SEED_STORY
    folder = make_story()
    monkeypatch.setenv("FRAMEKIT_STORY", str(folder))
    assert load_story(chosen_story()).id == "test-story"
    monkeypatch.setenv("FRAMEKIT_STORY", SEED_STORY)
    assert load_story(chosen_story()).id == SEED_STORY


def test_without_the_seed_the_first_story_opens(make_story, monkeypatch: pytest.MonkeyPatch) -> None:
    from framekit.story.locate import chosen_story

    kit_data_with_test_story(make_story, monkeypatch)
    monkeypatch.delenv("FRAMEKIT_STORY", raising=False)
    assert chosen_story() == "test-story"
