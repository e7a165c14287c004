"""Who says it: the speaker, the reporting verb and the relay of a quotation (lesson 02).

A quotation is attributed by three things, which :class:`Quote` records: the *speaker*, the
reporting verb or *cue* ("said", "claimed", "according to") and the intermediary it came
through, *via* (TASS, AFP, a ministry's readout). This module holds the rules for each, in one
place: the cues (:data:`CUES`, :data:`CUE`), the relays (:data:`RELAYS`, :func:`via_in`), a
reporter closing a sentence (:func:`final_attribution`), and the fullest name for a speaker
(:func:`resolve`: "he", "Mr. Macron", "the Head of State" → "Emmanuel Macron"). The subject
before a verb is found by :mod:`framekit.language.reporting`.

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
CUE = (
    r"\b(?P<cue>made allegations|referred to|with (?:the|a) (?:statement|claim|allegation)s?(?= that\b)|"
    + "|".join(CUES + DENIALS)
    + r")\b"
)
NOUN_BEFORE = re.compile(r"(?:[’']s|\bthe|\bhis|\bher|\bits|\bthese|\bsuch)\s+$")  # "Shoigu’s claims": a noun
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
_COMMA = re.compile(",")


def final_attribution(text: str) -> re.Match | None:
    """A reporter closing the sentence: "…, TASS claimed." / "…,” the president told the media."."""
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in '.!?”"»'):
        end -= 1
    text = text[:end]
    for comma in (m.start() for m in _COMMA.finditer(text, max(0, end - _TAIL_LENGTH))):
        match = _TAIL.match(text, comma)
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


def via_in(text: str) -> str | None:
    """A news agency or outlet named in ``text`` (TASS, AFP…), or a ministry's readout named as source."""
    for relay in RELAYS:
        if re.search(rf"\b{re.escape(relay)}\b", text):
            return relay
    match = ACCORDING.search(text)
    if match and re.search(r"readout|statement|ministry|Ministry", match.group("who")):
        return match.group("who").strip()
    return None


# --- speakers ---------------------------------------------------------------------------

PRONOUNS = ("he", "she", "they")
DOCUMENTS = r"(?:statement|press release|readout|communiqué|message|report)"
_TITLES = r"(?:spokes(?:man|woman|person)|leader|minister|chief|head|official|advis[eo]r|director|secretary|president|mayor|ambassador)"
_NOT_NAMES = frozenset("The A An It This That These On In At After During But And".split())


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


REACH = 3000
"""How far back (in characters) :func:`resolve` reads for what a pronoun or "his ministry" stands
for: a few paragraphs, so that each mention costs the same however long the story is."""


def resolve(who: str, known: dict[str, str], text_before: str, last_speaker: str | None = None) -> str:
    """The fullest name the article uses for ``who`` ("he", "Mr. Macron" -> "Emmanuel Macron").

    ``known`` comes from :func:`people`; ``text_before`` is the article up to the mention (its
    last :data:`REACH` characters), where a pronoun, "his ministry" or "the message" looks for
    what it stands for.
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
