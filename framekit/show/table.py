"""Small tables that show as HTML in a notebook and as aligned text anywhere else, and leave
the kit as CSV or a pandas DataFrame.

The kit avoids pandas for display: a lesson's tables are a few rows, and a plain
:class:`Table` keeps the kernel light and its output identical from run to run. pandas is
imported only by :meth:`Table.to_dataframe`, when a reader asks for one.
"""

from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import dataclass
from pathlib import Path

from framekit.language.text import visible

# A cell that reads as a number: "144", "-3", "1,234", "0.97", "35%", "+0.43", "×2" is not.
NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
PANDAS_HELP = "to_dataframe() needs pandas, which the kit does not install: run `python -m pip install pandas`"


@dataclass(frozen=True)
class Table:
    """Rows of text under named columns; every cell is HTML-escaped when shown as HTML, and its
    control characters escaped when shown as text (:func:`~framekit.language.text.visible`).
    Columns of numbers are aligned right, columns of text left."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""

    def numeric(self) -> tuple[bool, ...]:
        """For each column, whether every cell that is not empty (or "-") reads as a number."""
        return tuple(
            any(_filled(cell) for cell in cells) and all(NUMBER.fullmatch(cell) for cell in cells if _filled(cell))
            for cells in zip(*self.rows)
        ) if self.rows else tuple(False for _ in self.columns)

    def __str__(self) -> str:
        shown = [tuple(visible(cell) for cell in row) for row in (self.columns, *self.rows)]
        widths = [max(len(cell) for cell in column) for column in zip(*shown)]
        right = self.numeric()
        lines = [visible(self.caption)] if self.caption else []
        for row in shown:
            cells = (cell.rjust(width) if number else cell.ljust(width) for cell, width, number in zip(row, widths, right))
            lines.append("  ".join(cells).rstrip())
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        align = ["right" if number else "left" for number in self.numeric()]
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        head = "".join(f'<th style="text-align:{side}">{html.escape(cell)}</th>' for cell, side in zip(self.columns, align))
        body = "".join(
            "<tr>" + "".join(f'<td style="text-align:{side}">{html.escape(cell)}</td>' for cell, side in zip(row, align)) + "</tr>"
            for row in self.rows
        )
        return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    def to_csv(self, path: str | Path | None = None, overwrite: bool = False) -> str:
        """The table as CSV text (a header line, then one line per row); with ``path``, also
        written there. An existing file is never replaced unless ``overwrite`` is True."""
        text = csv_text(self.columns, self.rows)
        if path is not None:
            target = Path(path)
            if target.exists() and not overwrite:
                raise FileExistsError(f"{target} exists: choose another name, or pass overwrite=True to replace it")
            target.write_text(text, encoding="utf-8", newline="")
        return text

    def to_dataframe(self):  # -> pandas.DataFrame; pandas is optional
        """The table as a pandas DataFrame, its number columns as numbers (pandas is imported here
        only; if it is missing, an ImportError says how to install it)."""
        try:
            import pandas
        except ImportError as err:
            raise ImportError(PANDAS_HELP) from err
        frame = pandas.DataFrame(list(self.rows), columns=list(self.columns))
        for column, number in zip(self.columns, self.numeric()):
            if number:
                cleaned = frame[column].str.replace(",", "", regex=False).str.rstrip("%").replace({"": None, "-": None})
                frame[column] = pandas.to_numeric(cleaned)
        return frame


def csv_text(columns: tuple[str, ...] | list[str], rows) -> str:
    """CSV text of ``rows`` (sequences of values) under ``columns``; None becomes an empty cell."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if cell is None else cell for cell in row] for row in rows)
    return out.getvalue()


def _filled(cell: str) -> bool:
    return cell.strip() not in ("", "-", "–")
