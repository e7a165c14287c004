"""The subject of a verb: the noun phrase right before it, minus asides and fillers.

"Lecornu has repeatedly declared", "Islamic State, which …, announced", "For its part, Paris
said": the words that do the verb are "Lecornu", "Islamic State" and "Paris". Quote attribution
(lesson 02) uses :func:`subject` to find who reports, and the casualty-figure extractor (lesson
04) to find whom a sentence credits. The rules are simple on purpose: a student should be able
to read them and see why a subject comes out wrong.
"""

from __future__ import annotations

import re

CAPITALISED = r"[A-Z][\w’'-]+"
NAME = rf"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?{CAPITALISED}(?:\s+{CAPITALISED})*"
# Words between a subject and its verb that are not part of the subject: "Lecornu repeatedly told".
FILLER = r"(?:also|then|once again|again|however|for its part|in turn|(?!(?:family|assembly|ally|rally|supply)\b)[a-z]+ly|(?:continues?|tried|tries|sought|wants?) to)"
# Auxiliaries of the active voice: "Lecorne has declared" is Lecorne declaring.
_AUXILIARY = r"(?:has|have|had|will|would|could|may|might)"
# A filler or an auxiliary that ends a chunk, with the spaces before it: "Lecornu has repeatedly".
_FILLER_AT_END = re.compile(
    rf"""
    (?: ^                       # the whole chunk is a filler,
      | (?<!\s) \s+             # or the spaces before it, taken from the first space of the run:
    )                           #   starting at every space of a long run would make it quadratic
    (?-x:{FILLER}|{_AUXILIARY})   # the word(s); (?-x:...) because FILLER has real spaces in it
    $
    """,
    re.VERBOSE,
)
# A filler that opens a chunk, with the spaces after it: "also the ministry".
_FILLER_AT_START = re.compile(rf"^{FILLER}(?:\s+|$)")


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
    chunk = _FILLER_AT_END.sub("", chunk)
    chunk = _FILLER_AT_END.sub("", chunk)  # "has repeatedly"
    return _FILLER_AT_START.sub("", chunk).strip()
