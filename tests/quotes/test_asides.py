"""framekit.quotes.asides: a speaker named around the quotation itself, and which rule names them."""

from __future__ import annotations

import pytest

from framekit.quotes.asides import named_around
from framekit.quotes.extraction import units


def named(body: str) -> tuple[str, str | None, str | None] | None:
    """What :func:`named_around` says of the body's first quotation, with no reporting clause
    right after it or before it: (rule, the speaker's words, cue), or None."""
    unit = units(body)[0]
    tokens, k = unit.tokens, unit.quotations[0]
    found = named_around(tokens, k, None, None)
    if found is None:
        return None
    speaker = found.speaker
    words = body[tokens[speaker.first].start : tokens[speaker.last - 1].end] if speaker is not None else None
    return found.rule, words, found.cue


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The piece slammed Obama's “keep your plan” promise.", ("owned wording", "Obama", None)),
        ("It is barred when voting “to fill a vacancy,” per the party's bylaws.", ("per", "the party's bylaws", "per")),
        ("The plan has been called “quiet surrender” by Nadia Ferrow.", ("passive agent", "Nadia Ferrow", "called")),
        ("The plan was described by aides as “a bold step” forward.", ("passive agent", "aides", "described")),
        ("The delegates erupted in chants of “no more” and left.", ("chant", "The delegates", None)),
        ("“Call the roll,” came shouts from the delegates.", ("came from", "the delegates", None)),
        ("Mayor Lund ended her speech by quoting the poet Pablo Neruda: “Love is so short.”",
         ("quoter", "Mayor Lund", "quoting")),
        ("Ruiz was asked by the host Tom Brell, “Will you run again?”", ("asker", "the host Tom Brell", None)),
        ("The deal, in Forbes' words, “changed everything for the mill.”", ("in words of", "Forbes", None)),
        ("Brandt was said to be “livid” about it.", ("named passively", None, None)),
        ("A tax scheme called a “swap” was dropped.", ("named passively", None, None)),
        ("“We are tired of waiting for the council.”", None),
    ],
)
def test_the_rule_that_names_the_speaker(body: str, expected: tuple | None) -> None:
    assert named(body) == expected
