"""framekit.language.numbers: numbers in digits and in words, and what they are worth."""

from __future__ import annotations

from framekit.language.numbers import number_value

ROW_KEYS = ["article", "text", "value", "low", "high", "hedge", "category", "source", "start", "end"]


def test_number_values() -> None:
    assert number_value("1,200") == (1200, None)
    assert number_value("Seventy-two") == (72, None)
    assert number_value("two thousand and five") == (2005, None)
    assert number_value("hundreds") == (None, 200)
