"""The story picker and banner at the top of each lesson, and commentary on one story only."""

from __future__ import annotations

import pytest

from framekit.show.picker import LINK_STYLE, RUN_AGAIN, about_story, story_banner_html, story_picker
from framekit.story.annotations import best_source, source_label
from framekit.story.load import load_story
from framekit.story.terms import default_families, own_families


@pytest.fixture(scope="module")
def seed():
    return load_story("crocus-call-2024")


def test_the_banner_names_the_story_and_labels_machine_output(make_story, seed) -> None:
    assert "hand annotation" in story_banner_html(seed) and "official toll: yes" in story_banner_html(seed)
    bare = load_story(make_story())
    assert best_source(bare, "quotes.csv") == "extractor"
    banner = story_banner_html(bare)
    assert source_label("extractor") in banner and "lesson 04 skips the comparison" not in banner  # the test story has a toll


def test_the_banner_escapes_the_title(make_story) -> None:
    from tests.conftest import STORY_YAML

    story = load_story(make_story(story_yaml=STORY_YAML.replace("A test story", "<b>bold</b> story")))
    assert "<b>bold</b>" not in story_banner_html(story) and "&lt;b&gt;bold" in story_banner_html(story)


def test_one_story_shows_the_banner_only_two_show_a_picker_that_sets_framekit_story(make_story, seed, monkeypatch) -> None:
    assert story_picker(seed) is None
    root = make_story()
    stories = root.parent / "data" / "stories"
    stories.mkdir(parents=True)
    root.rename(stories / "test-story")
    (stories / "other").mkdir()
    (stories / "other" / "story.yaml").write_text("id: other\n", encoding="utf-8")
    monkeypatch.setenv("FRAMEKIT_DATA", str(stories.parent))
    monkeypatch.setenv("FRAMEKIT_STORY", "test-story")  # recorded, so that the picker's change is undone after the test
    monkeypatch.delenv("FRAMEKIT_STORY")
    picker = story_picker(load_story("test-story"))
    choice, message = picker.children
    assert list(choice.options) == ["other", "test-story"] and choice.value == "test-story"
    choice.value = "other"
    import os

    assert os.environ["FRAMEKIT_STORY"] == "other"
    assert RUN_AGAIN.format(story="other") in message.value and 'aria-live="polite"' in message.value


def test_commentary_shows_only_for_its_story(make_story, seed) -> None:
    assert "About this story only" in about_story(seed, seed.id, "Shoigu spoke.", otherwise="Which?").data
    other = load_story(make_story())
    assert about_story(other, seed.id, "Shoigu spoke.", otherwise="Which?").data == "Which?"


def test_own_families_leave_out_the_defaults(seed) -> None:
    own = own_families(seed.terms)
    assert own and all(family not in default_families() for family in own)
    assert len(own) + len([f for f in seed.terms if f in default_families()]) == len(seed.terms)


def test_a_machine_draft_is_named_as_such_in_the_banner_and_the_quote_widget(make_story) -> None:
    from framekit.show.widgets import quote_view
    from framekit.story.annotations import DRAFT_MARK

    root = make_story()
    (root / "annotations").mkdir()
    header = "article,speaker,text,kind,cue,via,start,end\n"
    (root / "annotations" / "quotes.csv").write_text(f"{DRAFT_MARK} made by the extractor\n{header}", encoding="utf-8")
    story = load_story(root)
    assert best_source(story, "quotes.csv") == "draft" and best_source(story, "figures.csv") == "extractor"
    assert source_label("draft") in story_banner_html(story) and "not yet reviewed" in source_label("draft")
    switch = quote_view(story).children[0].children[1]
    assert list(switch.options) == [("draft, not reviewed", "draft"), ("extractor", "extractor")] and switch.value == "draft"


def test_the_banner_underlines_the_lessons_links(seed) -> None:
    """The themes tell a link in prose apart by colour only (axe-core's link-in-text-block)."""
    assert story_banner_html(seed).startswith(LINK_STYLE) and "text-decoration: underline" in LINK_STYLE
