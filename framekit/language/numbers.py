"""Numbers as news reports write them: 144, 1,200, thirty-one, a hundred, two dozen, dozens.

:data:`NUMBER` finds a number written in digits or in words; :func:`number_value` reads what
it is worth. A vague quantity ("dozens", "hundreds") has no value, only the least it can mean.
Used by the casualty-figure extractor (lesson 04), which decides which numbers count people.
"""

from __future__ import annotations

import re

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}
# a vague quantity -> the least it can mean ("dozens" is at least two dozen)
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}
# The largest value read: more than anything the news counts. Without a ceiling, "a hundred
# hundred hundred …" or a run of thousands of digits would make a number too long to compute
# (or print) in time linear in the text.
LARGEST = 10**15


def _either_case(words: list[str]) -> str:
    """An alternation of ``words`` in lower case or capitalised, as at the start of a sentence;
    much faster than re.IGNORECASE on a long alternation."""
    return "|".join(form for word in words for form in (word, word.capitalize()))


_WORD_NUMBER = "|".join([*UNITS, *TENS, *SCALES])
# Every branch starts at a word boundary, so that the regex tries few positions: it runs on
# every article body. Each repetition consumes text, and the branches cannot match the same
# text in different ways, so a long run of number words cannot make it backtrack badly.
NUMBER = re.compile(
    rf"""\b(?:
        (?=\d)(?<![\w.,:/$€£-])               # digits, not inside a word, a decimal, a time or an amount
        (?:\d{{1,3}}(?:,\d{{3}})+|\d+)        # 1,200 or 144
        (?![\w:/%]|[.,]\d)                    # not 3:00, 1/2, 50%, 2.5
      | (?:(?:[Hh]alf\s+an?|[Aa]n?|[Oo]ne)\s+(?=(?:{'|'.join(SCALES)})\b))?  # "a", "one", "half a" before a scale
        (?:{_either_case([*UNITS, *TENS, *SCALES])})            # a number word
        (?:(?:(?:(?<=hundred)|(?<=thousand))\s+and\s+|[\s-]+)(?:{_WORD_NUMBER}))*\b  # more: thirty-one, two hundred and six
      | (?:{_either_case(list(VAGUE))})\b     # dozens, hundreds
    )""",
    re.VERBOSE,
)


def number_value(words: str) -> tuple[int | None, int | None]:
    """(value, low) of a number as written: "1,200" -> (1200, None), "two dozen" -> (24, None),
    "half a dozen" -> (6, None),
    "dozens" -> (None, 24): a vague quantity has no value, only the least it can mean.

    A value above :data:`LARGEST` is read as :data:`LARGEST`.
    """
    words = words.lower()
    if words in VAGUE:
        return None, VAGUE[words]
    if words.startswith("half"):  # "half a dozen": half of "a dozen"
        return number_value(words.split(None, 1)[1])[0] // 2, None
    if words[0].isdigit():
        digits = words.replace(",", "").lstrip("0") or "0"  # int() of thousands of digits is refused
        return (LARGEST if len(digits) > len(str(LARGEST)) else min(int(digits), LARGEST)), None
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words):
        if word in UNITS:
            current += UNITS.index(word)
        elif word in TENS:
            current += 20 + 10 * TENS.index(word)
        elif word in ("dozen", "hundred"):
            current = max(current, 1) * SCALES[word]
        elif word in SCALES:
            total, current = total + max(current, 1) * SCALES[word], 0
        total, current = min(total, LARGEST), min(current, LARGEST)
    return min(total + current, LARGEST), None
