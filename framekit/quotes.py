"""Quotations in an article and who speaks them (lesson 02).

:func:`extract` finds direct quotes (words in quotation marks, found by
:mod:`framekit.quotemarks`) and indirect reported speech ("X said that …", "according to
X, …") and attributes each to a speaker, with the reporting verb (``cue``) and the
intermediary that relays it (``via``: TASS, Le Monde, AFP, a ministry's readout).
Words in quotation marks that nobody says (a name, a scare quote) get ``kind="term"``.

The rules are deliberately simple and readable, so that students can see why the
extractor gets a quote wrong; lesson 02 compares them with the hand annotation.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from framekit import speakers
from framekit.corpus import Article, Story
from framekit.quotemarks import quote_spans
from framekit.speakers import NAME as _NAME
from framekit.text import Span, sentences

CUES = (
    "said", "says", "told", "tells", "added", "adds", "claimed", "claims", "claim", "stressed",
    "insisted", "explained", "declared", "denounced", "called", "stated", "affirmed", "suggested",
    "warned", "reported", "indicated", "noted", "argued", "announced", "condemned", "replied",
    "maintains", "recalled", "alleged", "expressed", "saying", "adding", "notes", "insist", "reject",
)
RELAYS = ("TASS", "Le Monde", "AFP", "Reuters", "Interfax", "RIA Novosti", "BFMTV")
PARTICIPLES = ("saying", "adding")
_CUE = r"\b(?P<cue>made allegations|" + "|".join(CUES) + r")\b"
_NOUN_BEFORE = re.compile(r"(?:[’']s|\bthe|\bhis|\bher|\bits|\bthese|\bsuch)\s+$")
_INDIRECT = (
    _CUE + r"(?:\s+(?:reporters|his \w+ counterpart|the media))?(?:\s+(?:on|in|at|last|this) \w+)?\s+(?P<that>that\s+)?"
)
_NOT_SPEECH = re.compile(r"claimed\s+(?:the lives|over|\d|responsibility)|\w+\s+by\b")
_ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;]+)")


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

    def as_row(self) -> dict:
        """The quote as a plain dict, the same shape as a row of ``annotations/quotes.csv``."""
        return asdict(self)


def extract_story(story: Story) -> list[Quote]:
    """Every quote of every article of ``story``."""
    return [quote for article in story.articles for quote in extract(article)]


def extract(article: Article) -> list[Quote]:
    """Every direct and indirect quote in ``article``, in order of position."""
    known = speakers.people(article.body)
    quotes = []
    spans = quote_spans(article.body)
    last_speaker = None
    all_sentences = sentences(article.body)
    for sentence in all_sentences:
        touching = [s for s in spans if s.start < sentence.end and s.end > sentence.start]
        for span in (s for s in spans if sentence.start <= s.start < sentence.end):
            quote = _direct(article, all_sentences, span, known, last_speaker)
            quotes.append(quote)
            if quote.kind == "direct":
                last_speaker = quote.speaker
        for indirect in _indirect(article, sentence, known, touching):
            quotes.append(indirect)
            if indirect.speaker in known.values():  # a named person, not "Putin's country"
                last_speaker = indirect.speaker
    return sorted(quotes, key=lambda q: q.start)


def _direct(article: Article, all_sentences: list[Span], span: Span, known: dict, last_speaker) -> Quote:
    if _looks_like_a_term(span.text):
        return Quote(article.id, None, span.text, "term", None, None, span.start, span.end)
    first = next(s for s in all_sentences if s.start <= span.start < s.end)
    last = next((s for s in all_sentences if s.start < span.end <= s.end), first)
    body = article.body
    before = speakers.outside_quotes(body[first.start : span.start - 1])
    after = body[span.end + 1 : last.end]
    found = _after_attribution(after) or _before_attribution(before)
    speaker, cue, relay = found if found else (last_speaker, None, None)
    context = body[first.start : last.end]
    if cue in PARTICIPLES:
        speaker = speakers.sentence_subject(body[first.start : span.start]) or speaker
    speaker = speakers.resolve(speaker, known, body[: span.start], last_speaker) if speaker else None
    via = relay or _via(context)
    return Quote(article.id, speaker, span.text, "direct", cue, None if via == speaker else via, span.start, span.end)


def _after_attribution(after: str) -> tuple[str, str, None] | None:
    """"…," said X / "…," X said — allowing a short phrase first ("… on the conflict, a source … told")."""
    match = re.match(r"^[\s,.]*" + _CUE + r"\s+(?P<who>[^,.;:“”\"]+)", after)
    if match and match.group("who").split()[0][0].isupper():
        return match.group("who").strip(), match.group("cue"), None
    match = re.match(r"^(?:[^,“”\".]{0,30},)?[\s,.]*(?P<who>(?:" + _NAME + r"|he|she|they|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) [\w ’'.-]+?))\s+" + _CUE, after)
    if match:
        return match.group("who").strip(), match.group("cue"), None
    return None


def _before_attribution(before: str) -> tuple[str, str, str | None] | None:
    """X said: "…" / X said that "…" / X said that Y had "…" (Y speaks, X relays)."""
    matches = [m for m in re.finditer(_CUE, before) if not _NOUN_BEFORE.search(before[: m.start()])]
    if not matches:
        return None
    cue = matches[-1]
    between = before[cue.end() :]
    if re.search(r",\s*(?:even though|although|but|whereas)\b", between):
        return None  # the verb governs another clause, not this quote
    subject = speakers.subject(before[: cue.start()])
    if re.search(r"\band\s+$", before[: cue.start()]):  # "X held a call …, and expressed"
        subject = speakers.sentence_subject(before) or ""
    chained = re.fullmatch(r"\s*(?:that\s+)?(?P<who>" + _NAME + r")\s+(?:had|has|have|was|would)?\s*", between)
    if chained:
        return chained.group("who"), cue.group("cue"), subject or None
    return subject, cue.group("cue"), None


def _looks_like_a_term(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words if len(w) > 3)


def _via(sentence: str) -> str | None:
    for relay in RELAYS:
        if re.search(rf"\b{re.escape(relay)}\b", sentence):
            return relay
    match = _ACCORDING.search(sentence)
    if match and re.search(r"readout|statement|ministry|Ministry", match.group("who")):
        return match.group("who").strip()
    match = re.search(r"(the [\w ]*(?:MOD|Ministry|ministry)) reported", sentence)
    return match.group(1) if match else None


def _indirect(article: Article, sentence: Span, known: dict, quoted: list[Span]) -> list[Quote]:
    """Reported speech in ``sentence``; beside quotation marks, only "X <verb> that …"."""
    text = sentence.text
    according = None if quoted else _ACCORDING.search(text)
    if according:
        content = text[: according.start()].rstrip(" ,")
        speaker = speakers.resolve(according.group("who").strip(), known, article.body[: sentence.start])
        found = _clause(article, sentence, 0, len(content), speaker, "according to", _via(text))
        return [found] if found else []
    inside = [(q.start - sentence.start, q.end - sentence.start) for q in quoted]
    reports = []
    for match in re.finditer(_INDIRECT, text):
        if any(a <= match.start() < b for a, b in inside) or (quoted and not match.group("that")):
            continue
        who = _reporter(text[: match.start()], match)
        if who:
            reports.append((match, who, speakers.resolve(who, known, article.body[: sentence.start])))
    quotes = []
    for index, (match, _, speaker) in enumerate(reports):
        end = len(text)
        if index + 1 < len(reports):  # stop where the next reporter's clause begins
            following, who, _ = reports[index + 1]
            subject = text.rfind(who, match.end(), following.start())
            end = subject if subject >= 0 else following.start()
        clause = re.sub(r"(?:[\s.,;]|\b(?:and|while|but)\b)+$", "", text[match.end() : end])
        end = match.end() + len(clause)
        found = _clause(article, sentence, match.end(), end, speaker, match.group("cue"), _via(text))
        if found:
            quotes.append(found)
    return quotes


def _reporter(before: str, match: re.Match) -> str | None:
    """Who does the reporting verb of ``match``, or None if it is not speech."""
    if match.group("cue") in ("called",) or _NOT_SPEECH.match(match.string, match.start()):
        return None
    who = speakers.subject(before)
    if match.group("cue") in PARTICIPLES:
        who = speakers.sentence_subject(before) or who
    if not who or who.lower() in ("it", "this", "as") or re.search(r"\b(is|was|has|have)$", who):
        return None
    return who


def _clause(article, sentence: Span, start: int, end: int, speaker, cue, via) -> Quote | None:
    begin, finish = sentence.start + start, sentence.start + end
    content = article.body[begin:finish]
    if len(content.split()) < 3 or content[0] in "“\"«":
        return None
    return Quote(article.id, speaker, content, "indirect", cue, via, begin, finish)
