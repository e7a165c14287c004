"""framekit.show.selection: the lead table, the checklist as tables and a chart, one fact across articles."""

from __future__ import annotations

import dataclasses

import pytest

from framekit.show.selection import (
    NO_HEADLINE, NO_STANDFIRST, checklist_table, fact_html, lead_table, matrix_chart, matrix_table, omission_table,
)
from framekit.show.widgets import fact_explorer
from framekit.story.model import Story
from tests.selection.conftest import checklist_story


@pytest.fixture
def checklist() -> Story:
    return checklist_story()


def test_lead_table_names_what_the_copy_lacks(checklist: Story) -> None:
    first = dataclasses.replace(checklist.articles[0], headline="Storm kills two")
    rows = lead_table(dataclasses.replace(checklist, articles=(first, *checklist.articles[1:]))).rows
    assert rows[0][2:4] == ("Storm kills two", NO_STANDFIRST) and rows[1][2] == NO_HEADLINE
    assert NO_HEADLINE == "no headline in the copy that reached us"


def test_tables_count_mentions_and_omissions(checklist: Story) -> None:
    assert checklist_table(checklist).rows[0] == ("storm", "A storm hit Riverton.", "2 of 3")
    assert matrix_table(checklist).rows[2] == ("dam", "at 62%", "not mentioned", "not mentioned")
    assert omission_table(checklist).rows == (("early", "0 of 3", "-"), ("late", "1 of 3", "dam"),
                                              ("silent", "3 of 3", "storm, deaths, dam"))


def test_fact_html_marks_the_passage_escapes_and_says_not_mentioned() -> None:
    bodies = {"a": "Rumours <b>spread</b>: the dam broke.", "b": "Nothing here."}
    story = checklist_story(rows=[("dam", "a", "the dam broke")], bodies=bodies)
    page = fact_html(story, "dam")
    assert "&lt;b&gt;spread&lt;/b&gt;" in page and "<b>" not in page
    assert ">the dam broke</mark>" in page and "<em>not mentioned</em>" in page and "(1 of 2 articles)" in page
    assert "no fact" in fact_html(story, "nope")


def test_the_chart_writes_every_cell_and_labels_its_axes(checklist: Story) -> None:
    axes = matrix_chart(checklist).figure.axes[0]
    texts = [t.get_text() for t in axes.texts]
    assert texts.count("not mentioned") == 4 and "at 0%" in texts and len(texts) == 9
    assert axes.get_title() and axes.get_xlabel() == "article" and axes.get_ylabel().startswith("fact")


def test_fact_explorer_follows_the_dropdown(checklist: Story) -> None:
    widget = fact_explorer(checklist)
    dropdown, view, pager = widget.children
    assert dropdown.description == "Fact" and "A storm hit Riverton." in view.value
    assert view.value.startswith('<div aria-live="polite">') and pager.layout.display == "none"
    dropdown.value = "dam"
    assert "The mayor blamed the dam" in view.value and view.value.count("not mentioned") == 2
    assert "no fact checklist" in fact_explorer(checklist_story(rows=[])).children[1].value
