"""Long lists shown a page at a time, so that a view of a large story stays small.

A concordance of "the" in a 1,000-article story has tens of thousands of lines: sent whole, a
widget would send megabytes of HTML at every keystroke and the browser would stall. Every view
that shows a list of unbounded length cuts it with :func:`page_of` and says what it shows with
:func:`page_note`; the widgets in :mod:`framekit.show.widgets` move between pages with one
pair of "Previous page"/"Next page" buttons (``Pager``) driven by the same :class:`Page`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

Item = TypeVar("Item")

PAGE_SIZE = 50  # items per page unless a view says otherwise: ~50 concordance lines are ~15 KB


@dataclass(frozen=True)
class Page(Generic[Item]):
    """One page of a list: its ``items``, its 0-based ``number``, how many pages and items in all."""

    items: Sequence[Item]
    number: int
    pages: int
    total: int
    size: int

    @property
    def first(self) -> int:
        """The 1-based position in the whole list of the page's first item (0 if none)."""
        return self.number * self.size + 1 if self.items else 0

    @property
    def last(self) -> int:
        """The 1-based position in the whole list of the page's last item (0 if none)."""
        return self.number * self.size + len(self.items)


def page_of(items: Sequence[Item], number: int = 0, size: int = PAGE_SIZE) -> Page[Item]:
    """Page ``number`` (0-based) of ``items``, ``size`` to a page; a number past either end
    gives the nearest page, so that a list that shrank under a pager still shows something."""
    if size < 1:
        raise ValueError(f"a page holds at least one item (got size {size})")
    pages = max(1, -(-len(items) // size))
    number = min(max(number, 0), pages - 1)
    return Page(items[number * size : (number + 1) * size], number, pages, len(items), size)


def page_note(page: Page, noun: str) -> str:
    """A line that says which part of the list is shown ("51–100 of 1,234 lines, page 2 of 25"),
    as HTML; empty when the whole list fits on one page."""
    if page.pages == 1:
        return ""
    return (f"<p><small>Showing {html.escape(noun)} {page.first:,}–{page.last:,} of {page.total:,} "
            f"(page {page.number + 1} of {page.pages}): use “Next page” and “Previous page” to see the others.</small></p>")

