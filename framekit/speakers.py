"""Who speaks: the subject before a reporting verb, and the fullest name for it (lesson 02).

:mod:`framekit.quotes` finds a reporting verb ("said", "told", "claimed"); this module finds
the words that do the reporting (:func:`subject`, :func:`sentence_subject`) and turns them into
the name the article uses in full (:func:`resolve`: "he", "Mr. Macron", "the Head of State"
→ "Emmanuel Macron"). Like the quote rules, these rules are deliberately simple: a student
should be able to read them and see why a speaker comes out wrong.
"""

from __future__ import annotations

import re

PRONOUNS = ("he", "she", "they")
CAPITALISED = r"[A-Z][\w’'-]+"
NAME = rf"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?{CAPITALISED}(?:\s+{CAPITALISED})*"
_NOT_NAMES = frozenset("The A An It This That These On In At After During But And".split())


def subject(text: str) -> str:
    """The noun phrase right before a reporting verb: the last clause, minus appositives."""
    chunks = [c.strip() for c in re.split(r"[,;:(“”\"]|\bthat\b|\band\b|\bwhile\b", text)]
    chunks = [c for c in chunks if c]
    if not chunks:
        return ""
    found = re.sub(r"\s+(also|then|repeatedly|once again|immediately|categorically|continues to|tried to)$", "", chunks[-1])
    found = re.sub(r"^(also|then|once again|for its part)\s+", "", found)
    if re.match(r"^(an?|the)\s", found) and len(chunks) > 1 and re.fullmatch(NAME, chunks[-2]):
        return chunks[-2]
    if re.match(r"^(the|a|an|his|her|its|their)\s", found):
        return found if len(found.split()) <= 8 else ""
    names = re.findall(NAME, found)
    if names and found.endswith(names[-1]):
        return names[-1]
    if names and found.startswith(names[0]) and len(found.split()) > 5:
        return names[0]
    return found if len(found.split()) <= 6 else ""


def sentence_subject(text: str) -> str | None:
    """The first name in a sentence: the subject of "…, saying" and "…, adding"."""
    text = outside_quotes(re.sub(r"^(On|In|At|After|During) [^,]+,\s*", "", text))
    names = (m.group() for m in re.finditer(NAME, text) if m.group() not in _NOT_NAMES)
    return next(names, None)


def outside_quotes(text: str) -> str:
    """``text`` with every quoted passage blanked out, so that names inside quotes do not count."""
    return re.sub(r"[“\"«][^”\"»]*[”\"»]", " ", text)


def people(body: str) -> dict[str, str]:
    """Surname (and title) → fullest name used in the article: "Macron" → "Emmanuel Macron"."""
    found: dict[str, str] = {}
    for match in re.finditer(rf"\b({CAPITALISED}(?:\s+{CAPITALISED})+)", body):
        first, last = match.group(1).split()[-2:]  # titles come before: "French President Emmanuel Macron"
        found.setdefault(last, f"{first} {last}")
    for match in re.finditer(r"\bPresident\s+([A-Z]\w+\s+[A-Z]\w+)", body):
        found.setdefault("president", match.group(1))
    return found


def resolve(who: str, known: dict[str, str], text_before: str, last_speaker: str | None = None) -> str:
    """The fullest name the article uses for ``who`` ("he", "Mr. Macron" -> "Emmanuel Macron").

    ``known`` comes from :func:`people`; ``text_before`` is the article up to the mention, where
    a pronoun or "his ministry" looks for whom it stands for.
    """
    who = re.sub(r"^The ", "the ", who.strip())
    bare = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.\s+", "", who)
    if bare in known:
        return known[bare]
    last = bare.split()[-1] if bare.split() else bare
    if bare.istitle() and last in known:
        return known[last]
    if who.lower() in PRONOUNS:  # the last speaker, else the last person named
        names = [m.group(1) for m in re.finditer(r"\b([A-Z]\w+)\b", text_before) if m.group(1) in known]
        return last_speaker or (known[names[-1]] if names else who)
    if re.search(r"(?i)\b(president|head of state)\b", who):
        return known.get("president") or last_speaker or who
    possessive = re.fullmatch(r"(?:his|her|its|their) (\w+)", who)
    if possessive:  # "his ministry" -> "the Russian ministry", the fullest form named before
        named = re.findall(rf"\b[Tt]he (?:[A-Z]\w+ )*{possessive.group(1)}\b", text_before)
        return "the" + named[-1][3:] if named else who
    return who
