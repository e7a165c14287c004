"""HTML views for lesson 03: a concordance (keyword in context) with the match highlighted.

Pure functions, tested without a browser; :mod:`framekit.widgets` wires controls to them.
Article text is always HTML-escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from framekit.views import HIGHLIGHT_STYLE
from framekit.wording import Line

TABLE_STYLE = "font-family:monospace;white-space:pre;border-collapse:collapse"


def concordance_html(lines: Sequence[Line], what: str) -> str:
    """Aligned lines, ``left`` right-aligned, the match highlighted, with a count of ``what``."""
    articles = len({line.article for line in lines})
    summary = f"<p>{html.escape(what)}: {len(lines)} match(es) in {articles} article(s)</p>"
    if not lines:
        return summary
    rows = "".join(
        f"<tr><td style='text-align:right;color:#555'>{html.escape(line.article)}</td>"
        f"<td style='text-align:right'>{html.escape(line.left)}</td>"
        f'<td><mark style="{HIGHLIGHT_STYLE}">{html.escape(line.match)}</mark></td>'
        f"<td>{html.escape(line.right)}</td></tr>"
        for line in lines
    )
    return f"{summary}<table style='{TABLE_STYLE}'>{rows}</table>"
