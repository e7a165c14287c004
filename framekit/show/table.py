"""Small tables that show as HTML in a notebook and as aligned text anywhere else.

The kit avoids pandas for display: a lesson's tables are a few rows, and a plain
:class:`Table` keeps the kernel light and its output identical from run to run.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from framekit.language.text import visible


@dataclass(frozen=True)
class Table:
    """Rows of text under named columns; every cell is HTML-escaped when shown as HTML, and its
    control characters escaped when shown as text (:func:`~framekit.language.text.visible`)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""

    def __str__(self) -> str:
        shown = [tuple(visible(cell) for cell in row) for row in (self.columns, *self.rows)]
        widths = [max(len(cell) for cell in column) for column in zip(*shown)]
        lines = [visible(self.caption)] if self.caption else []
        for row in shown:
            lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        head = "".join(f"<th>{html.escape(cell)}</th>" for cell in self.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in self.rows
        )
        return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
