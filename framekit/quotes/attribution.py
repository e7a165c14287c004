"""Who says it: the speaker, the reporting verb and the relay of a quotation (lesson 02).

A quotation is attributed by three things, which :class:`Quote` records: the *speaker*, the
reporting verb or *cue* ("said", "claimed", "according to") and the intermediary it came
through, *via* (TASS, AFP, a ministry's readout). This module holds the rules for each, in one
place: the cues (:data:`CUES`, :data:`CUE`), the relays (:data:`RELAYS`, :func:`via_in`), a
reporter closing a sentence (:func:`final_attribution`), and what a description that names
nobody stands for (:func:`resolve_description`: "the Head of State" → "Emmanuel Macron"). The
subject before a verb is found by :mod:`framekit.language.reporting`; who a name or a pronoun
is, by :class:`framekit.quotes.coreference.People`.

Like the quote rules, these are deliberately simple: a student should be able to read them and
see why a speaker comes out wrong.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from framekit.story.rows import QuoteRow

CAPITALISED = r"[A-Z][\w’'-]+"
NAME = rf"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?{CAPITALISED}(?:\s+{CAPITALISED})*"  # a run of capitalised words
# Words between a subject and its verb that are not part of the subject: "Lecornu repeatedly told".
FILLER = r"(?:also|then|once again|again|however|for its part|in turn|(?!(?:family|assembly|ally|rally|supply)\b)[a-z]+ly|(?:continues?|tried|tries|sought|wants?) to)"


@dataclass(frozen=True)
class Quote:
    """A quotation or reported statement; ``start``/``end`` index the article's body."""

    article: str
    speaker: str | None
    text: str
    kind: str
    cue: str | None
    via: str | None
    start: int
    end: int

    def as_row(self) -> QuoteRow:
        """The quote as a plain dict, the same shape as a row of ``annotations/quotes.csv``."""
        return QuoteRow(**asdict(self))


# --- reporting verbs and relays --------------------------------------------------------

CUES = (
    "said", "says", "told", "tells", "added", "adds", "claimed", "claims", "claim", "stressed",
    "insisted", "explained", "declared", "denounced", "called", "stated", "affirmed", "suggested",
    "warned", "reported", "indicated", "noted", "argued", "announced", "condemned", "replied",
    "maintains", "recalled", "alleged", "expressed", "saying", "adding", "notes", "insist",
    "acknowledged", "acknowledging", "recognizing", "convince", "assured", "reminded",
)
DENIALS = ("reject", "rejects", "rejected", "deny", "denies", "denied", "dismiss", "dismisses", "dismissed", "shot down")
# Cues whose object is itself what was said: "denounced Ukrainian involvement", "expressed solidarity".
OBJECTS = ("denounced", "condemned", "recalled", "expressed", "declared", "stressed", "referred to", "recognizing", "acknowledged", "acknowledging")
LISTENERS = ("told", "tells", "warned", "assured", "reminded", "convince")  # verbs with a listener: "told X that"
RELAYS = ("TASS", "Le Monde", "AFP", "Reuters", "Interfax", "RIA Novosti", "BFMTV")


def _by_first_letter(alternatives: tuple[str, ...]) -> str:
    """``"|".join(alternatives)`` (each opens with a plain letter) grouped by first letter, in
    their order within a group: "s(?:aid|ays)|t(?:old)" for "said|says|told". It matches the
    same text, as two alternatives of different first letters never match at one place, but
    the pattern tries one letter at each word rather than each alternative."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


_CUE_ALTERNATIVES = (
    "made allegations", "referred to", r"with (?:the|a) (?:statement|claim|allegation)s?(?= that\b)", *CUES, *DENIALS,
)
CUE = r"\b(?P<cue>" + _by_first_letter(_CUE_ALTERNATIVES) + r")\b"
# No alternative repeats a part, so none matches more characters than it is written with:
# a cue is at most this long (a bound for looking back for one, see reported._cue_at_end).
CUE_LENGTH = max(map(len, _CUE_ALTERNATIVES))
_NOUN_OPENERS = ("the", "his", "her", "its", "these", "such")  # and a possessive 's
NOUN_BEFORE = re.compile(rf"(?:[’']s|\b(?:{'|'.join(_NOUN_OPENERS)}))\s+$")  # "Shoigu’s claims": a noun
# "claimed the lives", "reported by", "called": the cue word, but not a report of speech
NOT_SPEECH = re.compile(r"claimed\s+(?:the lives|over|\d|responsibility)|\w+\s+by\b|called\b")
ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;]+)")  # see according_start for the comma before it
_TAIL_WHO = (
    rf"{NAME}|he|she|they|(?:the|a|an|his|her|its|their) [\w ’'.-]{{1,60}}?"  # bounded: tried at every comma
    r"|(?!(?:which|who|that|as|and|but|it|this)\b)[a-z][\w’'-]*(?: [a-z][\w’'-]*)?"  # "…, local authorities said."
)
# After the verb: listeners or names ("told reporters", "told AFP"), then at most one phrase of
# time or place ("on Thursday in Moscow"). Each part starts with a space and a word the one
# before cannot take, so the pattern cannot backtrack badly ("…, he said to to to …; later.").
_TAIL_REST = (
    r"(?:\s+(?:reporters|journalists|the media|the press|[A-Z][\w-]+))*"
    r"(?:\s+(?:to|on|in|at|last|this)\b[^,;“”\"«»]{0,30})?"
)
_TAIL = re.compile(rf",[”\"»]?\s+(?P<who>{_TAIL_WHO})\s+{CUE}(?P<rest>{_TAIL_REST})$")
_TAIL_LENGTH = 160  # a closing attribution is short: only the end of a sentence is searched for one


def final_attribution(text: str) -> re.Match | None:
    """A reporter closing the sentence: "…, TASS claimed." / "…,” the president told the media.".
    No part of one after its comma has a comma, so only the last comma of the sentence can open
    one: the pattern is tried there alone (if it is among the last :data:`_TAIL_LENGTH`
    characters), not at each comma before, where it reads up to the sentence's end in vain."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in '.!?”"»'):
        end -= 1
    text = text[:end]
    comma = text.rfind(",", max(0, end - _TAIL_LENGTH))
    match = _TAIL.match(text, comma) if comma >= 0 else None
    if match and not NOT_SPEECH.match(text, match.start("cue")) and match.group("who").lower() not in ("it", "this"):
        return match
    return None


def according_start(text: str, match: re.Match) -> int:
    """Where "according to X" begins with the comma and spaces before it (", according to X"):
    found by stepping back, which a pattern starting with optional spaces does at every space."""
    start = match.start()
    while start and text[start - 1].isspace():
        start -= 1
    return start - 1 if start and text[start - 1] == "," else start


def noun_before(before: str) -> bool:
    """Whether ``before`` ends with a possessive or a determiner and spaces (:data:`NOUN_BEFORE`),
    so that the word after it is a noun. The pattern is tried only where its word can start
    (the last word is at most as long as the longest of them), not at each position of the text."""
    start = len(before.rstrip()) - max(map(len, _NOUN_OPENERS))
    return NOUN_BEFORE.search(before, max(start, 0)) is not None


def according_to(text: str, start: int = 0) -> re.Match | None:
    """The first "according to X" (:data:`ACCORDING`) in ``text[start:]``: the pattern is tried
    only when the words are there (seldom), which a search for a plain string tells quickly."""
    return ACCORDING.search(text, start) if "according to " in text else None


def via_in(text: str) -> str | None:
    """A news agency or outlet named in ``text`` (TASS, AFP…), or a ministry's readout named as source.
    The first of :data:`RELAYS` named wins; each is looked for as a plain string first (seldom there)."""
    for relay in RELAYS:
        if relay in text and re.search(rf"\b{re.escape(relay)}\b", text):
            return relay
    match = according_to(text)
    if match and re.search(r"readout|statement|ministry|Ministry", match.group("who")):
        return match.group("who").strip()
    return None


# --- descriptions ---------------------------------------------------------------------

DOCUMENTS = r"(?:statement|press release|readout|communiqué|message|report)"
REACH = 3000
"""How far back (in characters) :func:`resolve_description` reads for what "his ministry" or
"the message" stands for: a few paragraphs, so that each mention costs the same however long
the story is."""


# The sitting head of state, not a former one or a deputy: "the president", "the French
# President", "the Head of State" (not "the former president", "the vice president").
_THE_PRESIDENT = re.compile(
    r"""(?i)the\s
    (?:(?!former\b|vice\b|ex\b|then\b)[\w.-]+\s)?    # one word such as "French" or "U.S."
    (?:president|head\ of\ state)""",
    re.VERBOSE,
)


_POSSESSIVE = re.compile(r"(?:his|her|its|their) (\w+)")  # "his ministry": what the possessor's noun stands for
_DOCUMENT = re.compile(rf"(?i)the {DOCUMENTS}")  # "the message", "The statement"
# A document named with its author: "the statement of the French Ministry", "a readout from the Kremlin".
_DOCUMENT_OF = re.compile(rf"\b((?:[Tt]he|[Aa]) {DOCUMENTS} (?:of|from|by) ((?:the )?(?:{CAPITALISED}\s?)+))")


def resolve_description(who: str, text_before: str, president: str | None = None) -> str:
    """What a description that names nobody stands for, by the text before it (its last
    :data:`REACH` characters): "the Head of State" → ``president`` (the person the article calls
    President), "his ministry" → "the Russian ministry" (the fullest form named before), "the
    message" → who wrote the statement named before; else ``who`` as written. Names and
    pronouns are resolved by :class:`framekit.quotes.coreference.People`."""
    who = who.strip()
    who = "the " + who[4:] if who.startswith("The ") else who
    if president and _THE_PRESIDENT.fullmatch(who):
        return president
    possessive = _POSSESSIVE.fullmatch(who)
    if possessive:  # "his ministry" -> "the Russian ministry", the fullest form named before
        named = re.findall(rf"\b[Tt]he (?:[A-Z]\w+ )*{possessive.group(1)}\b", text_before)
        return "the" + named[-1][3:] if named else who
    named = document(who, text_before)
    return named[1] if named else who  # "the message" -> who wrote the statement named before


def document(who: str, text_before: str) -> tuple[str, str] | None:
    """For "the message" or "the statement": (the document as last named, its author), if named.

    "As stated in the statement of the French Ministry, … The message also notes" → ("the
    statement of the French Ministry", "the French Ministry").
    """
    if not _DOCUMENT.fullmatch(who.strip()):
        return None
    named = _DOCUMENT_OF.findall(text_before)
    return (named[-1][0].strip(), named[-1][1].strip()) if named else None
