"""Charts for the lessons, readable in colour and in grey, with titles and labelled axes.

Colours come from palettes designed for colour-vision deficiencies (matplotlib's
``cividis``, Okabe–Ito), and every value a colour encodes is also written as a number,
so that no reading depends on telling colours apart. Each function closes its figure before
returning it, so that a notebook shows it once, as the value of its cell, and nothing is left
open.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
from matplotlib import colormaps
from matplotlib.figure import Figure

SEQUENTIAL = "cividis"


def share_heatmap(
    shares: Mapping[str, Mapping[str, float]],
    columns: Sequence[str],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
) -> Figure:
    """A grid of shares (0 to 1): one row per item, one column per key of ``shares``.

    ``shares`` maps a column (an article) to {row label: share}. Rows are ordered by their
    total share across columns, largest first. Used by lesson 02 for the share of quoted
    words per speaker per article.
    """
    rows = sorted({label for column in columns for label in shares.get(column, {})},
                  key=lambda label: (-sum(shares.get(c, {}).get(label, 0.0) for c in columns), label))
    grid = [[shares.get(column, {}).get(label, 0.0) for column in columns] for label in rows]
    return heatmap(grid, rows, columns, title=title, xlabel=xlabel, ylabel=ylabel,
                   value_label="share", fmt="{:.0%}", vmax=1.0)


def heatmap(
    grid: Sequence[Sequence[float]],
    rows: Sequence[str],
    columns: Sequence[str],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
    value_label: str,
    fmt: str = "{:.1f}",
    vmax: float | None = None,
) -> Figure:
    """``grid[row][column]`` in cividis, each non-zero value written in its cell with ``fmt``;
    a zero cell stays white, so that "none" never looks like "a little"."""
    top = vmax if vmax is not None else max((v for values in grid for v in values), default=0.0) or 1.0
    figure, axes = plt.subplots(figsize=(1.6 * len(columns) + 3.5, 0.38 * len(rows) + 2.2))
    colours = colormaps[SEQUENTIAL].with_extremes(bad="white")
    image = axes.imshow(np.ma.masked_equal(np.asarray(grid, dtype=float), 0.0), cmap=colours, vmin=0, vmax=top, aspect="auto")
    for y, values in enumerate(grid):
        for x, value in enumerate(values):
            if value:
                colour = "black" if value > 0.55 * top else "white"  # cividis is light at the top
                axes.text(x, y, fmt.format(value), ha="center", va="center", color=colour, fontsize=9)
    axes.set_xticks(range(len(columns)), [_wrap(c) for c in columns], fontsize=9)
    axes.set_yticks(range(len(rows)), rows, fontsize=9)
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    axes.set_ylabel(ylabel)
    figure.colorbar(image, ax=axes, label=value_label, format=lambda v, _: fmt.format(v), shrink=0.6)
    figure.tight_layout()
    plt.close(figure)
    return figure


def _wrap(label: str) -> str:
    """Hyphenated ids on two lines, so that column labels do not overlap."""
    parts = label.split("-")
    half = (len(parts) + 1) // 2
    return "-".join(parts[:half]) + ("-\n" + "-".join(parts[half:]) if parts[half:] else "")
