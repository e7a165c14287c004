"""framekit.wordviews: the concordance as HTML, aligned and escaped."""

from __future__ import annotations

from framekit.wording import Line
from framekit.wordviews import concordance_html


def test_lines_are_escaped_highlighted_and_counted() -> None:
    lines = [Line("a", "  <b>the ", "Kiev", " & co", 4), Line("b", "", "Kiev", "", 0)]
    page = concordance_html(lines, "capital · <Kiev>")
    assert "capital · &lt;Kiev&gt;: 2 match(es) in 2 article(s)" in page
    assert "&lt;b&gt;the " in page and " &amp; co" in page and "<b>" not in page
    assert page.count("<mark") == 2


def test_no_lines_gives_just_the_count() -> None:
    assert concordance_html([], "“regime”") == "<p>“regime”: 0 match(es) in 0 article(s)</p>"
