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
DOCUMENTS = r"(?:statement|press release|readout|communiqué|message|report)"
_TITLES = r"(?:spokes(?:man|woman|person)|leader|minister|chief|head|official|advis[eo]r|director|secretary|president|mayor|ambassador)"
_NOT_NAMES = frozenset("The A An It This That These On In At After During But And".split())
# Words between a subject and its verb that are not part of the subject: "Lecornu repeatedly told".
FILLER = r"(?:also|then|once again|again|however|for its part|in turn|(?!(?:family|assembly|ally|rally|supply)\b)[a-z]+ly|(?:continues?|tried|tries|sought|wants?) to)"
# Auxiliaries of the active voice: "Lecorne has declared" is Lecorne declaring.
_AUXILIARY = r"(?:has|have|had|will|would|could|may|might)"


def subject(text: str) -> str:
    """The noun phrase right before a reporting verb: the last clause, minus appositives.

    Relative clauses (", which …,") and fillers ("also", "repeatedly", "has") are skipped, so
    that "Islamic State, which …, announced" and "Lecorne has declared" find their subject.
    """
    chunks = _chunks(text)
    while chunks and _bare(chunks[-1]) == "":
        chunks.pop()  # 'Lecornu "also strongly condemned': the subject sits before the mark
    if not chunks:
        return ""
    found = _bare(chunks[-1])
    if re.match(r"^(an?|the)\s", found) and len(chunks) > 1 and re.fullmatch(NAME, chunks[-2]):
        return chunks[-2]
    leading = re.match(rf"({NAME})\s+(?:on behalf of|for its part|on|in|at|from|for)\b", found)
    if leading:  # "Lecornu on behalf of France expressed": the name, not the place
        return leading.group(1)
    unmarked = re.fullmatch(r"(?:the|a|an)\s+\w+\s+((?:the|a|an)\s+\w+)", found)
    if unmarked:  # "a decision the club said": a relative clause without "that"
        return unmarked.group(1)
    if re.match(r"^(the|a|an|his|her|its|their)\s", found):
        return found if len(found.split()) <= 8 else ""
    names = re.findall(NAME, found)
    if names and found.endswith(names[-1]):
        return names[-1]
    if names and found.startswith(names[0]) and len(found.split()) > 5:
        return names[0]
    return found if len(found.split()) <= 6 else ""


def _chunks(text: str) -> list[str]:
    """Clauses and appositives before a verb; "X and its allies" kept whole.

    Left out: relative clauses (", which …,") and participle phrases (", speaking in Lima,",
    ", published by the Commission,"), which describe the subject but are not it.
    """
    pieces = re.split(r"([,;:(“”\"]|\bthat\b|\band\b|\bwhile\b)", text)
    chunks: list[str] = []
    for piece, joiner in zip(pieces[::2], [""] + pieces[1::2]):
        piece = piece.strip()
        if joiner == "and" and chunks and re.match(r"(?:its|his|her|their)\s", piece) and re.fullmatch(NAME, chunks[-1]):
            chunks[-1] = f"{chunks[-1]} and {piece}"
        elif piece and not re.match(r"(?:which|who|whose|where|[a-z]+ing\b|[a-z]+(?:ed|en) by\b)", piece):
            chunks.append(piece)
    return chunks


def _bare(chunk: str) -> str:
    """``chunk`` without fillers and active auxiliaries at either end."""
    chunk = re.sub(rf"(?:^|\s+)(?:{FILLER}|{_AUXILIARY})$", "", chunk)
    chunk = re.sub(rf"(?:^|\s+)(?:{FILLER}|{_AUXILIARY})$", "", chunk)  # "has repeatedly"
    return re.sub(rf"^{FILLER}(?:\s+|$)", "", chunk).strip()


def sentence_subject(text: str) -> str | None:
    """The first name in a sentence: the subject of "…, saying" and "…, adding".

    A name before a title ("Union spokesman Pedro Lagos") is part of the title: the person is
    the name after it.
    """
    text = outside_quotes(re.sub(r"^(On|In|At|After|During) [^,]+,\s*", "", text))
    titled = re.match(rf"\s*{NAME}\s+(?:[a-z]+\s+)?{_TITLES}\s+({NAME})", text)
    if titled:
        return titled.group(1)
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
    a pronoun, "his ministry" or "the message" looks for what it stands for.
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
    named = document(who, text_before)
    if named:  # "the message" -> who wrote the statement named before
        return named[1]
    return misspelt(bare, known) or who


def document(who: str, text_before: str) -> tuple[str, str] | None:
    """For "the message" or "the statement": (the document as last named, its author), if named.

    "As stated in the statement of the French Ministry, … The message also notes" → ("the
    statement of the French Ministry", "the French Ministry").
    """
    if not re.fullmatch(rf"(?i)the {DOCUMENTS}", who.strip()):
        return None
    named = re.findall(rf"\b((?:[Tt]he|[Aa]) {DOCUMENTS} (?:of|from|by) ((?:the )?(?:{CAPITALISED}\s?)+))", text_before)
    return (named[-1][0].strip(), named[-1][1].strip()) if named else None


def misspelt(word: str, known: dict[str, str]) -> str | None:
    """The person whose surname ``word`` misspells by one letter ("Lecorne" → Lecornu), if any.

    Only for a single capitalised word of five letters or more that names nobody else.
    """
    if not re.fullmatch(CAPITALISED, word) or len(word) < 5:
        return None
    close = {known[name] for name in known if name[:1].isupper() and _one_letter_apart(word, name)}
    return close.pop() if len(close) == 1 else None


def _one_letter_apart(a: str, b: str) -> bool:
    """True when one letter changed, added or dropped turns ``a`` into ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
