"""framekit.tables: the outlet table and its plain-text and HTML forms."""

from __future__ import annotations

from framekit.corpus import load_story
from framekit.tables import Table, outlet_table


def test_outlet_table_has_a_row_per_article_and_hides_no_gap() -> None:
    table = outlet_table(load_story("crocus-call-2024"))
    assert len(table.rows) == 5
    by_id = {row[0]: dict(zip(table.columns, row)) for row in table.rows}
    assert by_id["kyiv-independent-first-call"]["outlet identified"] == "stated"
    assert by_id["kyiv-independent-first-call"]["country"] == "Ukraine"
    assert by_id["macron-dismisses-claims"]["country"] == "not stated"
    assert [row[4] for row in table.rows] == sorted(row[4] for row in table.rows)


def test_table_text_is_aligned_and_html_escaped() -> None:
    table = Table(("a", "bb"), (("<x>", "1"), ("long cell", "22")), caption="T & C")
    assert str(table).splitlines() == ["T & C", "a          bb", "<x>        1", "long cell  22"]
    assert "&lt;x&gt;" in table._repr_html_() and "<caption>T &amp; C</caption>" in table._repr_html_()
