"""framekit.show.pages: a long list cut into pages, and the line that says which part is shown."""

from __future__ import annotations

import pytest

from framekit.show.pages import page_note, page_of


def test_pages_cut_a_list_and_number_its_items() -> None:
    items = list(range(120))
    first, last = page_of(items, 0, 50), page_of(items, 2, 50)
    assert (list(first.items), first.pages, first.total, first.first, first.last) == (items[:50], 3, 120, 1, 50)
    assert (list(last.items), last.first, last.last) == (items[100:], 101, 120)


def test_a_page_past_either_end_is_the_nearest_page() -> None:
    assert page_of(list(range(10)), 7, 4).number == 2 and page_of(list(range(10)), -3, 4).number == 0
    empty = page_of([], 5, 4)
    assert (empty.number, empty.pages, list(empty.items), empty.first, empty.last) == (0, 1, [], 0, 0)


def test_the_note_says_which_part_is_shown_and_is_empty_for_one_page() -> None:
    assert page_note(page_of(list(range(10)), 0, 50), "lines") == ""
    note = page_note(page_of(list(range(1234)), 1, 50), "lines")
    assert "lines 51–100 of 1,234 (page 2 of 25)" in note and "Next page" in note


def test_a_page_holds_at_least_one_item() -> None:
    with pytest.raises(ValueError, match="at least one item"):
        page_of([1], 0, 0)
