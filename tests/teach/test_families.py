"""framekit.teach.families: feedback on a term family a student writes."""

from __future__ import annotations

import pytest

from framekit.teach.families import check_family

FAMILY = """
id: russia
question: What does the outlet call Russia?
referent: the Russian state
variants:
  - label: Moscow
    patterns: [Moscow]
  - label: the Kremlin
    patterns: [Kremlin]
"""


def test_check_family_gives_counts_to_interpret(seed) -> None:
    feedback = check_family(FAMILY, seed, hint="H")
    assert feedback.status == "correct" and "Moscow:" in feedback.message and "the Kremlin:" in feedback.message
    assert check_family(..., seed, hint="H").status == "not answered"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (42, "Write your family as text"),
        (FAMILY.replace("[Kremlin]", "['regex:(']"), "line 8 of your family: invalid regular expression"),
        (FAMILY.split("  - label: the Kremlin")[0], "at least two variants"),
        (FAMILY.replace("[Kremlin]", "[Elysium]"), "Fewer than two of your variants occur in the story (Moscow:"),
    ],
)
def test_check_family_says_what_to_fix(seed, text, message: str) -> None:
    feedback = check_family(text, seed, hint="H")
    assert feedback.status == "not yet" and message in feedback.message and feedback.message.endswith("H")
