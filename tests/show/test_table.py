"""framekit.show.table: a table's plain-text and HTML forms."""

from __future__ import annotations

from framekit.show.table import Table


def test_table_text_is_aligned_and_html_escaped() -> None:
    table = Table(("a", "bb"), (("<x>", "1"), ("long cell", "22")), caption="T & C")
    assert str(table).splitlines() == ["T & C", "a          bb", "<x>        1", "long cell  22"]
    assert "&lt;x&gt;" in table._repr_html_() and "<caption>T &amp; C</caption>" in table._repr_html_()
