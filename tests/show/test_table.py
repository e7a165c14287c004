"""framekit.show.table: a table's plain-text and HTML forms, and its data out (CSV, pandas)."""

from __future__ import annotations

import pytest

from framekit.show.table import Table

TABLE = Table(("a", "bb", "note"), (("<x>", "1", "-"), ("long cell", "1,022", "a note")), caption="T & C")


def test_table_text_is_aligned_and_html_escaped() -> None:
    assert str(TABLE).splitlines() == ["T & C", "a             bb  note", "<x>            1  -", "long cell  1,022  a note"]
    assert "&lt;x&gt;" in TABLE._repr_html_() and "<caption>T &amp; C</caption>" in TABLE._repr_html_()


def test_numbers_align_right_and_text_left_in_html() -> None:
    assert TABLE.numeric() == (False, True, False)
    html = TABLE._repr_html_()
    assert '<td style="text-align:left">long cell</td><td style="text-align:right">1,022</td>' in html
    assert '<th style="text-align:left">note</th>' in html


def test_to_csv_gives_the_cells_and_never_replaces_a_file_unasked(tmp_path) -> None:
    assert TABLE.to_csv() == 'a,bb,note\n<x>,1,-\nlong cell,"1,022",a note\n'
    target = tmp_path / "t.csv"
    TABLE.to_csv(target)
    assert target.read_text(encoding="utf-8") == TABLE.to_csv()
    with pytest.raises(FileExistsError, match="overwrite=True"):
        TABLE.to_csv(target)
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        TABLE.to_csv(target)
    assert target.read_text(encoding="utf-8") == "mine"
    TABLE.to_csv(target, overwrite=True)
    assert target.read_text(encoding="utf-8").startswith("a,bb,note")


def test_to_dataframe_gives_numbers_as_numbers_or_says_how_to_get_pandas(monkeypatch) -> None:
    import builtins
    import sys

    try:
        import pandas  # noqa: F401
    except ImportError:
        pandas = None
    if pandas is not None:
        frame = TABLE.to_dataframe()
        assert list(frame.columns) == ["a", "bb", "note"] and frame["bb"].tolist() == [1, 1022]
    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "pandas", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match="pip install pandas"):
        TABLE.to_dataframe()
