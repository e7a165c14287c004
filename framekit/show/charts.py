"""Charts for the lessons, readable in colour and in grey, with titles and labelled axes.

Colours come from :mod:`framekit.show.palette`, designed for colour-vision deficiencies
(matplotlib's ``cividis``, Okabe–Ito), and every value a colour encodes is also written as a number,
so that no reading depends on telling colours apart. Each function closes its figure before
returning it, so that a notebook shows it once, as the value of its cell, and nothing is left
open.

Each function returns a :class:`Chart`: the matplotlib figure with alternative text (what a
screen reader says for the image) and a data table (every number the chart draws, as text).
A notebook shows it as a ``<figure>`` whose ``<img>`` has that alternative text, its title as
the caption, and the table in a ``<details>`` element under it; its plain text is the
alternative text, so that a handout or a terminal has the description too.

A chart of a large story would be unreadable and slow to draw (a heatmap of 1,000 articles is
1,600 inches wide and takes minutes): each chart draws at most :data:`MOST_COLUMNS` columns,
:data:`MOST_ROWS` rows or :data:`MOST_ITEMS` intervals, the first ones, and says in its title
how many it leaves out.

Labels come from the story (speaker names, article ids) and are untrusted: text is drawn as
written, never read as mathtext (a "$" in a name stays a "$"), and a chart with nothing to show
says so instead of failing.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import functools

import matplotlib.pyplot as plt
import numpy as np
from matplotlib import colormaps
from matplotlib.dates import DateFormatter
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from framekit.language.hedges import describe
from framekit.show.pages import page_of
from framekit.show.palette import RULE, SEQUENTIAL, SERIES, VERMILLION
from framekit.show.table import Table

MOST_COLUMNS = 30  # articles in a heatmap
MOST_ROWS = 60  # speakers or variants in a heatmap (the seed story has 41 variants in use)
MOST_ITEMS = 40  # intervals in an interval chart


@dataclass(eq=False)
class Chart:
    """A chart as a notebook shows it: its figure, alternative text and data table.

    ``alt`` says in a sentence or two what the chart shows and where its numbers are;
    ``table`` holds every value the chart draws. The PNG is drawn once, when first shown, at the
    figure's own size and resolution, as matplotlib's inline backend draws it
    (``bbox_inches="tight"``), so that the chart looks as it did when it was a bare figure.
    """

    figure: Figure
    alt: str
    table: Table
    _png: str | None = field(default=None, repr=False)

    def png(self) -> str:
        """The chart as a PNG, base64-encoded (as notebooks store images)."""
        if self._png is None:
            out = io.BytesIO()
            self.figure.savefig(out, format="png", dpi=self.figure.dpi, bbox_inches="tight",
                                facecolor=self.figure.get_facecolor(), edgecolor=self.figure.get_edgecolor())
            self._png = base64.b64encode(out.getvalue()).decode("ascii")
        return self._png

    def html(self) -> str:
        """A ``<figure>`` with the image and its alternative text, the title as caption, then
        the data table, folded, in a ``<details>``. Every text is escaped."""
        title = html.escape(self.table.caption)
        return (f'<figure style="margin:0"><img alt="{html.escape(self.alt)}" '
                f'src="data:image/png;base64,{self.png()}" style="max-width:100%">'
                f"<figcaption>{title}</figcaption></figure>"
                f"<details><summary>Data table: {title}</summary>{self.table._repr_html_()}</details>")

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict[str, str]:
        return {"text/html": self.html(), "image/png": self.png(), "text/plain": self.alt}

    def __repr__(self) -> str:
        return self.alt


def _chart(figure: Figure, title: str, kind: str, table: Table, summary: str) -> Chart:
    """Close ``figure`` (a notebook then shows it once, as the cell's value) and give it its
    alternative text: what kind of chart, its title, what it shows, and where the numbers are."""
    plt.close(figure)
    one_line = " ".join(title.split())
    alt = f"{kind}: {one_line}. {summary} Every value is written on the chart and listed in its data table."
    return Chart(figure, alt, Table(table.columns, table.rows, caption=one_line))


def _plain_text(chart):
    """Run ``chart`` with mathtext off: "$x$" in a label is two dollar signs, not a formula
    (matplotlib would parse it, and raise on a malformed one)."""

    @functools.wraps(chart)
    def drawn(*args, **kwargs):
        with plt.rc_context({"text.parse_math": False}):
            return chart(*args, **kwargs)

    return drawn


def _nothing_to_show(title: str, what: str) -> Chart:
    """A chart's empty state: its title and a line saying what there is none of."""
    figure, axes = plt.subplots(figsize=(6, 1.6))
    axes.set_axis_off()
    axes.set_title(title)
    axes.text(0.5, 0.4, f"Nothing to show: {what}.", ha="center", va="center", fontsize=10, transform=axes.transAxes)
    return _chart(figure, title, "Empty chart", Table(("nothing to show",), ((what,),)), f"Nothing to show: {what}.")


def _capped(grid: Sequence[Sequence], rows: Sequence[str], columns: Sequence[str], xlabel: str,
            ylabel: str) -> tuple[list[list], Sequence[str], Sequence[str], str]:
    """The first :data:`MOST_ROWS` rows and :data:`MOST_COLUMNS` columns of a grid, and a line
    for the title saying what is left out (empty when nothing is)."""
    rows, row_note = _first(rows, MOST_ROWS, f"{ylabel} rows")
    columns, column_note = _first(columns, MOST_COLUMNS, f"{xlabel} columns")
    return [list(line[: len(columns)]) for line in grid[: len(rows)]], rows, columns, row_note + column_note


def _label_grid(axes, rows: Sequence[str], columns: Sequence[str], *, title: str, xlabel: str, ylabel: str,
                fontsize: float) -> None:
    """A grid's tick labels (hyphenated column ids on two lines), title and axis labels."""
    axes.set_xticks(range(len(columns)), [_wrap(c) for c in columns], fontsize=fontsize)
    axes.set_yticks(range(len(rows)), rows, fontsize=fontsize)
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    axes.set_ylabel(ylabel)


def _ink_on(shade: float | None) -> str:
    """Text colour on a cividis cell of ``shade`` (0-1; None: a white cell): cividis is light at the top."""
    return "black" if shade is None or shade > 0.55 else "white"


def _first(items: Sequence, most: int, noun: str) -> tuple[Sequence, str]:
    """The first ``most`` of ``items`` and, if some are left out, a line for the title saying so."""
    shown = page_of(items, 0, most)
    left_out = f"\n(the first {len(shown.items):,} of {shown.total:,} {noun} shown)" if shown.pages > 1 else ""
    return shown.items, left_out


@_plain_text
def share_heatmap(
    shares: Mapping[str, Mapping[str, float]],
    columns: Sequence[str],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
) -> Chart:
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


@_plain_text
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
) -> Chart:
    """``grid[row][column]`` in cividis, each non-zero value written in its cell with ``fmt``;
    a zero cell stays white, so that "none" never looks like "a little"."""
    if not rows or not columns:
        return _nothing_to_show(title, f"no {ylabel} rows" if not rows else f"no {xlabel} columns")
    grid, rows, columns, note = _capped(grid, rows, columns, xlabel, ylabel)
    title += note
    top = vmax if vmax is not None else max((v for values in grid for v in values), default=0.0) or 1.0
    figure, axes = plt.subplots(figsize=(1.6 * len(columns) + 3.5, 0.38 * len(rows) + 2.2))
    colours = colormaps[SEQUENTIAL].with_extremes(bad="white")
    image = axes.imshow(np.ma.masked_equal(np.asarray(grid, dtype=float), 0.0), cmap=colours, vmin=0, vmax=top, aspect="auto")
    for y, values in enumerate(grid):
        for x, value in enumerate(values):
            if value:
                axes.text(x, y, fmt.format(value), ha="center", va="center", color=_ink_on(value / top), fontsize=9)
    _label_grid(axes, rows, columns, title=title, xlabel=xlabel, ylabel=ylabel, fontsize=9)
    figure.colorbar(image, ax=axes, label=value_label, format=lambda v, _: fmt.format(v), shrink=0.6)
    figure.tight_layout()
    table = Table((ylabel, *columns), tuple((label, *(fmt.format(v) if v else "-" for v in values))
                                            for label, values in zip(rows, grid)))
    cells = [(v, label, column) for label, values in zip(rows, grid) for v, column in zip(values, columns) if v]
    summary = f"{len(rows)} rows of {ylabel} by {len(columns)} columns of {xlabel}, each cell the {value_label}, a blank cell none."
    if cells:
        value, label, column = max(cells, key=lambda cell: cell[0])
        summary += f" The highest is {fmt.format(value)}: {label}, {column}."
    return _chart(figure, title, "Heatmap", table, summary)


def _wrap(label: str) -> str:
    """Hyphenated ids on two lines, so that column labels do not overlap."""
    parts = label.split("-")
    half = (len(parts) + 1) // 2
    return "-".join(parts[:half]) + ("-\n" + "-".join(parts[half:]) if parts[half:] else "")


# Series are told apart by line style and marker too, not only by colour.
LINE_STYLES = ("-", "--", "-.", ":")
MARKERS = ("o", "s", "^", "D")


@_plain_text
def toll_timeline(
    series: Mapping[str, Sequence[tuple[date, int]]],
    marks: Mapping[str, date],
    *,
    title: str,
    ylabel: str,
) -> Chart:
    """Official figures over time as steps, one line per kind, every value written at its point.

    ``series`` maps a kind ("killed") to (date, value) points in order; ``marks`` maps a label
    ("articles published") to a date drawn as a dotted vertical line. Used by lesson 04 to show
    how the toll grew in the days after the attack.
    """
    if not any(series.values()):
        return _nothing_to_show(title, "no official figure")
    figure, axes = plt.subplots(figsize=(9, 4.8))
    known = [d for points in series.values() for d, _ in points] + list(marks.values())
    first, end = min(known), max(known) + timedelta(days=1)
    for index, (kind, points) in enumerate(series.items()):
        dates, values = [d for d, _ in points] + [end], [v for _, v in points]
        colour = SERIES[index % len(SERIES)]
        style = dict(color=colour, linestyle=LINE_STYLES[index % len(LINE_STYLES)], linewidth=2)
        axes.step(dates, values + values[-1:], where="post", label=kind, **style)
        axes.plot(dates[:-1], values, MARKERS[index % len(MARKERS)], color=colour)
        for day, value in points:  # the first series is labelled above its line, the others below
            axes.annotate(f"{value}", (day, value), textcoords="offset points", xytext=(3, 5 if index else -12), fontsize=8)
    for label, day in marks.items():
        axes.axvline(day, color="black", linestyle=":", linewidth=1)
        axes.annotate(label, (day, 0), xycoords=("data", "axes fraction"), xytext=(-4, 6),
                      textcoords="offset points", rotation=90, ha="right", va="bottom", fontsize=8)
    step = max(1, -(-(end - first).days // 7))  # about seven evenly spaced dates
    axes.set_xticks([first + timedelta(days=n) for n in range(0, (end - first).days + 1, step)])
    axes.xaxis.set_major_formatter(DateFormatter("%d %b"))
    axes.set_ylim(bottom=0)
    axes.set_title(title)
    axes.set_xlabel("date the figure was published")
    axes.set_ylabel(ylabel)
    axes.legend(loc="upper left")
    figure.tight_layout()
    return _chart(figure, title, "Step chart", _timeline_table(series, marks), _timeline_summary(series, marks))


def _timeline_table(series: Mapping[str, Sequence[tuple[date, int]]], marks: Mapping[str, date]) -> Table:
    """One row per date: the figure of each kind published that day ("-" if none), and what is marked."""
    days = sorted({d for points in series.values() for d, _ in points} | set(marks.values()))
    rows = []
    for day in days:
        values = [", ".join(str(v) for d, v in points if d == day) or "-" for points in series.values()]
        rows.append((f"{day:%d %b %Y}", *values, "; ".join(label for label, d in marks.items() if d == day) or "-"))
    return Table(("date", *series, "marked on the chart"), tuple(rows))


def _timeline_summary(series: Mapping[str, Sequence[tuple[date, int]]], marks: Mapping[str, date]) -> str:
    """Each kind's first and last figure, and the dates marked by dotted lines."""
    said = [f"{kind}: {points[0][1]} on {points[0][0]:%d %b %Y}, then {points[-1][1]} on {points[-1][0]:%d %b %Y}"
            for kind, points in series.items() if points]
    marked = f" Dotted lines mark {', '.join(marks)}." if marks else ""
    return f"One step line per kind, the figure in force on each date ({'; '.join(said)}).{marked}"


@_plain_text
def interval_chart(items: Sequence[Mapping], *, title: str, xlabel: str) -> Chart:
    """Stated figures as intervals, one row each, against the official figure on each row's date.

    Each item has ``label`` (the row's name), ``text`` (the figure as written), ``low`` and
    ``high`` (None where the wording sets no bound, drawn as an arrow to the edge) and
    ``official`` (a number or None). Every interval and official value is also written out, so
    that no reading depends on colour. Used by lesson 04.
    """
    items, left_out = _first(items, MOST_ITEMS, "figures")
    title += left_out
    if not items:
        return _nothing_to_show(title, "no figure to set against the toll")
    numbers = [n for item in items for n in (item["low"], item["high"], item["official"]) if n is not None] or [0]
    left, right = min(numbers) - 6, max(numbers) + 12
    figure, axes = plt.subplots(figsize=(9, 0.7 * len(items) + 1.8))
    for y, item in enumerate(items):
        low, high = item["low"], item["high"]
        start, stop = left if low is None else low, right if high is None else high
        if low is not None and low == high:  # an exact figure: a bar, which an arrow of no length would hide
            axes.plot(low, y, "|", color=SERIES[0], markersize=18, markeredgewidth=3)
        else:
            arrows = ("<" if low is None else "]") + "-" + (">" if high is None else "[")  # a bracket is a bound
            axes.annotate("", (stop, y), (start, y), arrowprops=dict(arrowstyle=arrows, color=SERIES[0], linewidth=2))
        axes.annotate(f"“{item['text']}”: {describe(low, high)}", (start, y), xytext=(5, 7),
                      textcoords="offset points", fontsize=8, color="black")
        if item["official"] is not None:
            # hollow, so that a stated figure at the same place shows through
            axes.plot(item["official"], y, "D", color=VERMILLION, markersize=9, markerfacecolor="none", markeredgewidth=2)
            axes.annotate(f"official {item['official']}", (item["official"], y), xytext=(0, -13),
                          textcoords="offset points", ha="center", fontsize=8)
    axes.plot([], [], color=SERIES[0], linewidth=2, label="stated interval (arrow: no bound on that side)")
    axes.plot([], [], "|", color=SERIES[0], markersize=12, markeredgewidth=3, label="stated exact figure")
    axes.plot([], [], "D", color=VERMILLION, markerfacecolor="none", markeredgewidth=2, label="official toll on the publication date")
    axes.set_xlim(left, right)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(-0.8, len(items) - 0.2)
    axes.set_yticks(range(len(items)), [item["label"] for item in items], fontsize=9)
    axes.invert_yaxis()
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=3, fontsize=8, frameon=False)
    figure.tight_layout()
    table = Table(("row", "figure as written", "stated interval", "official figure"),
                  tuple((" ".join(str(item["label"]).split()), item["text"], describe(item["low"], item["high"]),
                         "-" if item["official"] is None else str(item["official"])) for item in items))
    summary = (f"{len(items)} stated figures ({xlabel}), one row each: the interval its wording allows "
               "(an arrow where it sets no bound, a bar for an exact figure) and the official figure on that row's date (a hollow diamond).")
    return _chart(figure, title, "Interval chart", table, summary)


NOT_MENTIONED = "not mentioned"


@_plain_text
def selection_chart(
    grid: Sequence[Sequence[float | None]],
    rows: Sequence[str],
    columns: Sequence[str],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
) -> Chart:
    """Selection and salience: ``grid[row][column]`` is where a fact is first stated in an
    article, as the share of the article before it (0 = its first word), or None when the
    article does not mention it. A mentioned cell is coloured by that share in cividis (dark =
    early = salient) and says "at 16%"; an omitted cell stays white, hatched, and says "not
    mentioned", so that omission never depends on colour. Used by lesson 01."""
    if not rows or not columns:
        return _nothing_to_show(title, "no facts" if not rows else "no articles")
    grid, rows, columns, note = _capped(grid, rows, columns, xlabel, ylabel)
    title += note
    figure, axes = plt.subplots(figsize=(1.7 * len(columns) + 4.5, 0.42 * len(rows) + 2.4))
    values = np.ma.masked_invalid(np.asarray([[np.nan if v is None else v for v in line] for line in grid], dtype=float))
    image = axes.imshow(values, cmap=colormaps[SEQUENTIAL].with_extremes(bad="white"), vmin=0, vmax=1, aspect="auto")
    for y, line in enumerate(grid):
        for x, value in enumerate(line):
            if value is None:
                axes.add_patch(plt.Rectangle((x - 0.5, y - 0.5), 1, 1, fill=False, hatch="///", edgecolor=RULE, linewidth=0))
                axes.text(x, y, NOT_MENTIONED, ha="center", va="center", color="black", fontsize=7, style="italic")
            else:
                axes.text(x, y, f"at {value:.0%}", ha="center", va="center", color=_ink_on(value), fontsize=8)
    _label_grid(axes, rows, columns, title=title, xlabel=xlabel, ylabel=ylabel, fontsize=8)
    figure.colorbar(image, ax=axes, label="where it is first stated (share of the article before it)",
                    format=lambda v, _: f"{v:.0%}", shrink=0.6)
    figure.tight_layout()
    table = Table((ylabel, *columns), tuple((label, *(NOT_MENTIONED if v is None else f"at {v:.0%}" for v in line))
                                            for label, line in zip(rows, grid)))
    missing = sum(1 for line in grid for v in line if v is None)
    summary = (f"{len(rows)} rows of {ylabel} by {len(columns)} columns of {xlabel}: each cell says where the article "
               f"first states the fact, as the share of the article before it, or that it does not mention it "
               f"({missing} of {len(rows) * len(columns)} cells not mentioned).")
    return _chart(figure, title, "Grid chart", table, summary)


# Bars of different series are told apart by hatching too, not only by colour.
HATCHES = ("", "//", "..", "xx")


@_plain_text
def grouped_bars(
    values: Mapping[str, Mapping[str, tuple[float | None, int]]],
    series: Sequence[str],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
) -> Chart:
    """Horizontal bars, one group per key of ``values`` (an article), one bar per name of
    ``series`` (a voice), from a line at 0 so that negative and positive read apart.

    ``values[row][name]`` is ``(value, count)``: the bar's length and how many items it
    averages; each bar has its series' name, value and count written beside it (so that no
    reading depends on colour or hatching), and a missing value
    (None: nothing to average) is written as "none" with no bar. Used by lesson 05 for the
    mean polarity of each article's sentences in each voice.
    """
    if not values:
        return _nothing_to_show(title, "no articles")
    rows, row_note = _first(list(values), MOST_COLUMNS, f"{ylabel} rows")
    title += row_note
    height = 0.8 / max(1, len(series))
    figure, axes = plt.subplots(figsize=(9, 0.45 * len(rows) * max(1, len(series)) + 1.8))
    numbers = [v for row in rows for name in series if (v := values[row].get(name, (None, 0))[0]) is not None]
    reach = max([abs(v) for v in numbers] + [0.1]) * 1.6
    for index, name in enumerate(series):
        for y, row in enumerate(rows):
            value, count = values[row].get(name, (None, 0))
            position = y - 0.4 + height * (index + 0.5)
            if value is None:
                axes.annotate(f"{name}: none", (0, position), xytext=(4, 0), textcoords="offset points",
                              va="center", fontsize=8, color="black")
                continue
            axes.barh(position, value, height=height * 0.9, color=SERIES[index % len(SERIES)],
                      hatch=HATCHES[index % len(HATCHES)], edgecolor="black", linewidth=0.5)
            axes.annotate(f"{name} {value:+.2f} (n={count})", (value, position), xytext=(4 if value >= 0 else -4, 0),
                          textcoords="offset points", ha="left" if value >= 0 else "right", va="center", fontsize=8)
    axes.axvline(0, color="black", linewidth=1)
    axes.set_xlim(-reach, reach)
    axes.set_yticks(range(len(rows)), rows, fontsize=9)
    axes.invert_yaxis()
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    axes.set_ylabel(ylabel)
    handles = [plt.Rectangle((0, 0), 1, 1, facecolor=SERIES[i % len(SERIES)], hatch=HATCHES[i % len(HATCHES)],
                             edgecolor="black", linewidth=0.5) for i in range(len(series))]
    figure.legend(handles, list(series), loc="lower center", ncol=len(series), fontsize=8, frameon=False)
    figure.tight_layout(rect=(0, 0.05, 1, 1))
    table = Table((ylabel, *series), tuple((row, *(_bar_cell(*values[row].get(name, (None, 0))) for name in series))
                                           for row in rows))
    summary = (f"One group of bars per {ylabel} ({len(rows)}), one bar for each of {', '.join(series)}, "
               f"from a line at 0 ({xlabel}), each with its value and the number of items it averages.")
    return _chart(figure, title, "Bar chart", table, summary)


def _bar_cell(value: float | None, count: int) -> str:
    return "none" if value is None else f"{value:+.2f} (n={count})"


@_plain_text
def profile_grid(
    values: Sequence[Sequence[float | None]],
    texts: Sequence[Sequence[str]],
    rows: Sequence[str],
    columns: Sequence[str],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
) -> Chart:
    """A table-like grid to compare columns at a glance: one row per measure, one column per
    article, every cell's ``texts[row][column]`` written in it.

    A row of numbers (``values`` not None) is shaded in cividis *within the row*, from its
    lowest value (dark) to its highest (light), so that rows on different scales (a count, a
    share, a polarity) can sit in one figure; a row of words stays white. The shade only helps
    the eye along a row: the written value is the reading. Used by lesson 06."""
    if not rows or not columns:
        return _nothing_to_show(title, f"no {ylabel} rows" if not rows else f"no {xlabel} columns")
    values, rows, columns, note = _capped(values, rows, columns, xlabel, ylabel)
    title += note
    shades = [_row_shades(line) for line in values]
    figure, axes = plt.subplots(figsize=(2.1 * len(columns) + 4.5, 0.5 * len(rows) + 2.2))
    grid = np.ma.masked_invalid(np.asarray([[np.nan if s is None else s for s in line] for line in shades], dtype=float))
    image = axes.imshow(grid, cmap=colormaps[SEQUENTIAL].with_extremes(bad="white"), vmin=0, vmax=1, aspect="auto")
    for y, line in enumerate(shades):
        for x, shade in enumerate(line):
            axes.text(x, y, _fit(texts[y][x]), ha="center", va="center", color=_ink_on(shade), fontsize=7.5)
    _label_grid(axes, rows, columns, title=title, xlabel=xlabel, ylabel=ylabel, fontsize=8)
    axes.set_xticks([x + 0.5 for x in range(len(columns) - 1)], minor=True)
    axes.set_yticks([y + 0.5 for y in range(len(rows) - 1)], minor=True)
    axes.grid(which="minor", color=RULE, linewidth=1)
    axes.tick_params(which="minor", length=0)
    bar = figure.colorbar(image, ax=axes, shrink=0.5, ticks=[0, 1])
    bar.ax.set_yticklabels(["lowest in its row", "highest in its row"], fontsize=8)
    figure.tight_layout()
    table = Table((ylabel, *columns), tuple((row, *texts[y][: len(columns)]) for y, row in enumerate(rows)))
    summary = (f"One row per {ylabel} ({len(rows)}), one column per {xlabel} ({len(columns)}), each cell's value "
               "written in it; numbers are shaded within their row, from its lowest to its highest.")
    return _chart(figure, title, "Grid", table, summary)


def _row_shades(line: list[float | None]) -> list[float | None]:
    """Each number of a row placed between the row's lowest (0) and highest (1); 0.5 for all when
    they are equal; None stays None (a cell of words)."""
    numbers = [v for v in line if v is not None]
    if not numbers:
        return [None] * len(line)
    low, high = min(numbers), max(numbers)
    return [None if v is None else ((v - low) / (high - low) if high > low else 0.5) for v in line]


CELL_WIDTH = 22  # characters of a grid cell's line; longer text wraps onto a second line, then is cut


def _fit(text: str) -> str:
    """``text`` on at most two lines of :data:`CELL_WIDTH` characters, cut with "…" beyond; a
    long hyphenated id wraps after a hyphen."""
    lines, line = [], ""
    for word in text.split():
        for index, piece in enumerate(_pieces(word)):
            joined = line + piece if not line or index else f"{line} {piece}"  # a word's later pieces join on
            if line and len(joined) > CELL_WIDTH:
                lines.append(line)
                line = piece
            else:
                line = joined
    lines.append(line)
    shown = [part[:CELL_WIDTH] for part in lines[:2]]
    if len(lines) > 2 or any(len(part) > CELL_WIDTH for part in lines[:2]):
        shown[-1] = shown[-1][: CELL_WIDTH - 1] + "…"
    return "\n".join(shown)


def _pieces(word: str) -> list[str]:
    """A word too long for a cell split after its hyphens ("solidarity-", "with-", "victims"), so
    that an id wraps where a reader expects; other words whole."""
    if len(word) <= CELL_WIDTH or "-" not in word:
        return [word]
    parts = word.split("-")
    return [part + "-" for part in parts[:-1]] + [parts[-1]]
