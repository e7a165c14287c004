"""framekit.language.numbers: numbers in digits and in words, and what they are worth."""

from __future__ import annotations

from framekit.language.numbers import LARGEST, number_value

ROW_KEYS = ["article", "text", "value", "low", "high", "hedge", "category", "source", "start", "end"]


def test_number_values() -> None:
    assert number_value("1,200") == (1200, None)
    assert number_value("Seventy-two") == (72, None)
    assert number_value("two thousand and five") == (2005, None)
    assert number_value("hundreds") == (None, 200)


def test_half_a_scale_is_half_its_value() -> None:
    from framekit.language.numbers import NUMBER

    assert number_value("half a dozen") == (6, None) and number_value("Half a million") == (500_000, None)
    assert [m.group() for m in NUMBER.finditer("half a dozen people, half of them children")] == ["half a dozen"]


def test_a_value_above_the_largest_is_read_as_the_largest() -> None:
    """Nothing the news counts comes near LARGEST; a ceiling keeps "a hundred hundred …" or a run of
    thousands of digits from making a number too long to compute or print."""
    assert number_value(str(LARGEST - 1)) == (LARGEST - 1, None)
    assert number_value(str(LARGEST + 1)) == number_value("1" * 5000) == (LARGEST, None)
    assert number_value("a " + "hundred " * 5000) == number_value("two dozen " * 5000) == (LARGEST, None)
    assert number_value("0" * 5000 + "7") == (7, None)
