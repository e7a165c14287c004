"""Reported speech without quotation marks: "X said (that) …", "according to X, …" (lesson 02).

:func:`reported` finds, in one sentence, every reporting verb (a *cue*), who does it, and the
clause it reports. The rules, each simple enough to check by hand:

- A cue with a subject reports the words after it ("Lavrov stated that …", "Macron said France
  had …"), after a listener or a time ("told his counterpart that", "said on March 25 that").
- A clause ends where the next reporter begins, at ", even though …", at a closing
  "according to X" or "…, TASS claimed.", or, inside quotation marks, where the marks close.
- Followed at once by quotation marks ("X said: “…”"), a cue only attributes a direct quote.
- "X said …" inside someone's quotation (“Shoigu indicated that …,” his ministry said) is X's
  statement relayed (``via``) by whoever is quoted.
- "according to X", "As stated in X," and "…, X claimed." name the source: the relay when the
  sentence has its own reporter, else the speaker.
- Denials ("reject", "dismissed", "shot down") report only claims, that-clauses or "this";
  without "that", "said" must be followed by a clause ("said France had"), not an event
  ("announced an attack"); "This was reported by X" is X's report.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from framekit.language.reporting import OPENING_SUBORDINATORS
from framekit.quotes.attribution import (
    according_start,
    according_to,
    CUE,
    CUE_LENGTH,
    DENIALS,
    FILLER,
    LISTENERS,
    NOT_SPEECH,
    OBJECTS,
    REACH,
    Quote,
    document,
    final_attribution,
    noun_before,
    via_in,
)

_GAP_WORDS = frozenset("on in at during last this earlier later again also without after before yesterday today".split())
_PREPOSITION = re.compile(r"(?:as|in|on|at|to|from|with|by|for|during|after|before)\b")
# Without "that", the words after "said" must read as a clause: a pronoun and its verb, or an auxiliary.
_CLAUSE = re.compile(r"(?:\S+\s+){0,7}?(?:(?:he|she|it|they|we|I)\s+\w+|(?:had|has|have|was|were|is|are|would|will|could|can|may|might|should|must)\b)")
_SPEECH_NOUNS = r"(?:claims?|allegations?|accusations?|reports?|suggestions?|statements?|idea|rumou?rs?|remarks?|comments?)"
_LEAD = re.compile(r"^(?:As (?P<verb>stated|reported|said|noted|announced) (?:in|by)|According to) (?P<who>[^,]+),\s*")



# A cue, or "…, and that …" going on with the reporter before; the spaces before "and that"
# are entered only at their first one, so that a run of spaces is not rescanned at each space.
_CUE_OR_MORE = re.compile(rf"{CUE}|(?P<more>(?:(?:,|[”\"»],?)\s*|(?<!\s)\s+)\band that\s+)")
# The same for a sentence without "and that" (most): a cue, and a "more" group that never matches.
_CUE_ALONE = re.compile(rf"{CUE}(?P<more>(?!))?")
# A cue after a character other than an ASCII letter, digit or "_": the regex engine skips to
# such a character by a quick table look-up, rather than trying CUE at every position of the
# sentence. CUE's own \b still checks that the character is no part of a word ("é", "’").
_CUE_AFTER = re.compile(rf"[^a-zA-Z0-9_]{CUE}")
# A reporter is near its verb, and a name a pronoun stands for near it: the rules look this far
# back (in characters), so that a sentence of many verbs, or a long article, is read in linear time.
_REACH = 300


@dataclass
class Report:
    """A cue in a sentence, who does it, and where its clause runs (offsets into the sentence)."""

    cue: str
    who: str
    speaker: str | None
    begins: int  # where the reporter's words begin: the clause before ends here
    start: int  # where the reported words begin
    limit: int  # the reported words stop here at the latest
    via: str | None = None
    that: bool = False  # "X said that …"
    quotes_only: bool = False  # "X said: “…”" reports a direct quote, nothing more


@dataclass(frozen=True)
class Reported:
    """One reported statement: offsets into the article's body."""

    speaker: str | None
    cue: str
    via: str | None
    start: int
    end: int


# Who does the cue at a position of the body: (the words that name them, their name as the
# article gives it in full), or None when the cue has no subject. Direct quotes and reported
# speech share this reader of the grammar (see framekit.quotes.extraction.reporter).
Reporter = Callable[[int], "tuple[str, str] | None"]
# Who the words ``who`` at a position of the body name, resolved as a quote's speaker is: the
# one place that decides (see framekit.quotes.extraction.resolve_words).
Resolver = Callable[[str, int], str]


@dataclass(frozen=True)
class Context:
    """What the rules need to know about the sentence's article."""

    body: str
    quotes: list[Quote]  # the direct quotes that touch the sentence, in order
    reporter: Reporter
    resolver: Resolver


def reported(start: int, end: int, context: Context) -> list[Reported]:
    """Every reported statement in the sentence ``body[start:end]``."""
    text = context.body[start:end]
    cue = _first_cue(text)  # a sentence with none (most) has no reporter and is read once
    head, stop, source, tail = _frame(text, cue)
    reports = _reports(text, start, head, stop, context, cue) if cue else []
    found = [r for r in (_clause(text, start, i, reports, stop) for i in range(len(reports))) if r]
    relay = via_in(text) if found else None  # once per sentence
    for index, item in enumerate(found):
        via = item.via or source or (tail.group("who") if tail else None) or relay
        found[index] = Reported(item.speaker, item.cue, None if via == item.speaker else via, item.start, item.end)
    if reports:
        return found
    sourced = _sourced(text, start, head, stop, source, tail, context)
    return [sourced] if sourced else _passive(text, start, context)


def _first_cue(text: str) -> re.Match | None:
    """The first cue of ``text``, as ``_CUE_ALONE.search(text)`` finds it: at the start, or else
    after a character that is no part of a word (found by :data:`_CUE_AFTER`)."""
    after = _CUE_ALONE.match(text) or _CUE_AFTER.search(text)
    return _CUE_ALONE.match(text, after.start("cue")) if after else None


def _cues(text: str, first: re.Match) -> Iterator[re.Match]:
    """The cues of ``text`` from ``first`` on, as ``_CUE_ALONE.finditer(text, first.start())``
    finds them: a cue ends a word, so the next begins after a character that is no part of one."""
    yield first
    for after in _CUE_AFTER.finditer(text, first.end()):
        yield _CUE_ALONE.match(text, after.start("cue"))


def _quote_at(context: Context, position: int) -> Quote | None:
    """The direct quote (of ``context.quotes``, in order) that ``position`` is inside, if any."""
    index = bisect.bisect_right(context.quotes, position, key=lambda q: q.start)
    quote = context.quotes[index - 1] if index else None
    return quote if quote is not None and position < quote.end else None


def _frame(text: str, cue: re.Match | None) -> tuple[int, int, str | None, re.Match | None]:
    """Where reports may begin and end, and the source a sentence names at either end; ``cue``
    is the sentence's first cue, if any."""
    lead = _LEAD.match(text)
    head, source = (lead.end(), lead.group("who").strip()) if lead else (0, None)
    stop = len(text.rstrip())
    according = according_to(text, head)
    if according:
        stop, source = according_start(text, according), according.group("who").strip()
    # a closing reporter ("…, TASS claimed.") has a cue: a sentence with none before ``stop`` (most) is not searched for one
    tail = final_attribution(text[:stop]) if cue and cue.start() < stop else None
    return head, tail.start() if tail else stop, source, tail


def _reports(text: str, offset: int, head: int, stop: int, context: Context, first: re.Match) -> list[Report]:
    """The cues of a sentence with a reporter, and "…, and that …" going on with the last one;
    ``first`` is its first cue, where the search for the others begins (an "and that" before
    it goes on with no one)."""
    reports: list[Report] = []
    matches = _CUE_OR_MORE.finditer(text, first.start()) if "and that" in text else _cues(text, first)
    for match in matches:
        quote = _quote_at(context, offset + match.start())
        if not head <= match.start() < stop or (match.group("more") and quote is not None):
            continue
        report = _continued(text, match, reports) if match.group("more") else _report(text, offset, match, quote, reports, context)
        if report:
            reports.append(report)
    return reports


def _continued(text: str, match: re.Match, reports: list[Report]) -> Report | None:
    """"X said that A, and that B": B is X's too."""
    if not reports or reports[-1].quotes_only:
        return None
    last = reports[-1]
    return Report(last.cue, "", last.speaker, match.start(), match.end(), len(text), last.via, True)


def _report(
    text: str, offset: int, match: re.Match, quote: Quote | None, reports: list[Report], context: Context
) -> Report | None:
    """The report of one cue, or None when the cue is a noun, a quote's attribution or has no
    reporter; ``quote`` is the direct quote the cue stands in, if any."""
    window = max(0, match.start() - _REACH)
    before = text[window : match.start()]
    if not _is_cue(before, text, match, quote is not None):
        return None
    who, speaker = _shared_reporter(before, match.group("cue"), reports)
    if not who and not speaker:
        found = context.reporter(offset + match.start())
        if found is None:
            return None
        who, speaker = found
    start, that = _content_start(text, match)
    via = _inside_via(quote, speaker) if quote else _document_via(reports, _article_before(context, offset))
    limit = quote.end - offset if quote else _main_clause_start(text, match.start(), start)
    quotes_only = text[start : start + 1] in ("“", '"', "«") or (not that and bool(_PREPOSITION.match(text, start)))
    return Report(match.group("cue"), who, speaker, match.start(), start, limit, via, that, quotes_only or start >= limit)


# A subordinate clause that opens the sentence ("When X said that …, Y replied"), and the comma
# after which its main clause begins: a name of up to three words or a pronoun, then a word in
# lower case (a verb), not a list of descriptions ("…, the city and the state").
# (the grammar's own list, so that reported words and direct quotes end the clause alike)
_OPENING_SUBORDINATOR = re.compile("(?:" + "|".join(sorted(word.capitalize() for word in OPENING_SUBORDINATORS)) + r")\s")
_MAIN_CLAUSE = re.compile(
    r"""
    ,\s+                                   # the comma that closes the subordinate clause
    (?=(?:[A-Z][\w’'.-]*\s+){1,3}[a-z]      # a name of one to three words, then a lower-case word
    | (?:he|she|they|we|I|it)\s)            # or a pronoun
    """,
    re.VERBOSE,
)


def _main_clause_start(text: str, cue: int, content: int) -> int:
    """Where the words of a cue at text[cue] in a subordinate clause opening the sentence end:
    at the comma before the main clause ("When Lund suggested that the port would sue, Ruiz
    fired back": the port would sue); for any other cue, the sentence's end."""
    if not _OPENING_SUBORDINATOR.match(text) or 0 <= text.find(",") < cue:
        return len(text)
    main = _MAIN_CLAUSE.search(text, content)
    return main.start() if main else len(text)


_CUE_AT_END = re.compile(rf"{CUE}\s*$")  # a cue right before another: "reported by", "dismissed claims"


def _cue_at_end(before: str) -> bool:
    """Whether ``before`` ends with a cue and spaces (:data:`_CUE_AT_END`). The pattern is tried
    only where such a cue can start, at most :data:`CUE_LENGTH` characters before the spaces,
    not at each position of the up to :data:`_REACH` characters before the cue."""
    start = len(before.rstrip()) - CUE_LENGTH
    return _CUE_AT_END.search(before, max(start, 0)) is not None


def _attribution_words(words: str) -> re.Pattern:
    """A quotation's closing mark, then up to five words (``words``: "{0,5}"), at the end of a text."""
    return re.compile(rf"[”\"»][,.]?\s*(?:(?!(?:and|but|while|that)\b)[^\s,;“”\"«»]+\s+){words}$")


_ATTRIBUTION = _attribution_words("{0,5}")  # “…,” he explained
_ATTRIBUTION_OF_PARTICIPLE = _attribution_words("{1,5}")  # “…”, saying: not an attribution


def _is_cue(before: str, text: str, match: re.Match, in_quote: bool) -> bool:
    """False for "claimed the lives", "reported by", "Shoigu’s claims", "dismissed claims" and “…,” he said."""
    if NOT_SPEECH.match(text, match.start()) or noun_before(before) or _cue_at_end(before):
        return False
    attribution = _ATTRIBUTION_OF_PARTICIPLE if match.group("cue").endswith("ing") else _ATTRIBUTION
    return in_quote or not attribution.search(before)  # “…,” he explained: the quote's attribution


_AND_AT_END = re.compile(rf"\band\s+(?:{FILLER}\s+)*$")  # "condemned X and (also) recalled"


def _shared_reporter(before: str, cue: str, reports: list[Report]) -> tuple[str, str | None]:
    """("", speaker) when the cue shares the reporter of a cue before it in the sentence, else ("", None)."""
    if reports and _AND_AT_END.search(before):
        return "", reports[-1].speaker  # "condemned X and recalled Y": the same reporter
    if reports and cue.endswith("ing"):
        return "", reports[0].speaker  # "X denounced A, while recognizing B": X again
    return "", None


def _article_before(context: Context, offset: int) -> str:
    """The article's text before ``offset``, as far back as a name a pronoun stands for is looked for."""
    return context.body[max(0, offset - REACH) : offset]


# The words after a cue, read where the cue ends (no copy of the rest of the sentence): up to
# five words before "that" ("told his counterpart that"), a listener, or a plain "that".
_GAP = re.compile(r"((?:[\s,]+[\w’'()-]+){1,5}?)[\s,]+that\s+")
_LISTENER = re.compile(r"\s+(?:reporters|journalists|the (?:media|press))\b")
_PLAIN_THAT = re.compile(r"[\s,:]*(that\s+(?![\w’'-]+\s*(?:[.,;]|$)))?")  # not "rejected that idea."
_GAP_WORD = re.compile(r"[\w’'()-]+")


def _content_start(text: str, match: re.Match) -> tuple[int, bool]:
    """Where the reported words begin, after "that", a listener or a time ("told reporters that"); and if "that" came."""
    end, cue = match.end(), match.group("cue")
    gap = _GAP.match(text, end) if text.find("that", end) >= 0 else None  # no "that" after the cue: no gap
    if gap and _gap_allowed(cue, gap.group(1)):
        return gap.end(), True
    listener = _LISTENER.match(text, end) if cue in LISTENERS else None
    plain = _PLAIN_THAT.match(text, listener.end() if listener else end)
    return plain.end(), bool(plain.group(1))


def _gap_allowed(cue: str, gap: str) -> bool:
    """A listener ("told his counterpart") or a time or manner ("said on Thursday") before "that"."""
    words = _GAP_WORD.findall(gap)
    if any(_CUE_ALONE.fullmatch(word) for word in words):  # a cue itself: the pattern is compiled once
        return False
    return cue in LISTENERS or words[0].lower() in _GAP_WORDS or words[0].endswith("ly")


def _inside_via(quote: Quote, speaker: str | None) -> str | None:
    """A report inside a quotation is relayed by whoever is quoted (or by their own relay)."""
    return quote.speaker if quote.speaker != speaker else quote.via


def _document_via(reports: list[Report], text_before: str) -> str | None:
    """"The message notes that A, and X said that B": the message relays X too (a document
    reports first: only the sentence's first few reporters are looked at)."""
    for report in reports[:3]:
        named = document(report.who, text_before)
        if named:
            return named[0]
    return None


def _clause(text: str, offset: int, index: int, reports: list[Report], stop: int) -> Reported | None:
    """The words reports[index] reports, up to where the next reporter begins."""
    report = reports[index]
    end = min(stop, report.limit)
    if index + 1 < len(reports):
        following = reports[index + 1]
        begins = text.rfind(following.who, report.start, following.begins) if following.who else -1
        end = min(end, begins if begins >= 0 else following.begins)
    clause = _trim(text[report.start : max(end, report.start)])
    if report.quotes_only or not _is_content(report, clause):
        return None
    start = offset + report.start
    return Reported(report.speaker, report.cue, report.via, start, start + len(clause))


def _trim(clause: str) -> str:
    """The clause without what follows ", even though", a closing quotation or aside, and end
    punctuation. Each step looks at the clause's end once: no pattern is tried at every space."""
    contrast = _CONTRAST.search(clause)
    clause = clause[: contrast.start()] if contrast else clause
    closing = None
    for closing in _QUOTE_AFTER_COMMA.finditer(clause):
        pass  # the last ", “" of the clause
    if closing is not None and _QUOTE_TO_END.fullmatch(clause, closing.end()):
        clause = clause[: closing.start()]  # “…” ending the sentence
    for _ in range(5):  # a few asides and conjunctions at most: "… (AFP), and"
        clause = _strip_end(clause)  # which strips all it can: it is tried again only after an aside
        if not clause.endswith(")") or "(" not in clause:
            break
        opening = clause.rindex("(")
        if ")" in clause[opening:-1]:
            break  # "… (a) b)": the last bracket closes no aside of its own
        clause = clause[:opening].rstrip()  # an aside in brackets at the end
    return clause


_CONTRAST = re.compile(r",\s*(?:even though|although|though|whereas|but)\b")
_QUOTE_AFTER_COMMA = re.compile(r",\s*[“\"«]")
_QUOTE_TO_END = re.compile(r"[^”\"»]*[”\"»]?[.!?]?[”\"»]?\s*")
_TRAILING_WORDS = ("and", "while", "but", "or")


def _strip_end(clause: str) -> str:
    """``clause`` without the spaces, marks and conjunctions it ends with ("…, and")."""
    end = len(clause)
    while True:
        start = end
        while end and (clause[end - 1].isspace() or clause[end - 1] in ".,;:"):
            end -= 1
        for word in _TRAILING_WORDS:
            size = len(word)
            if clause.endswith(word, 0, end) and (end == size or not clause[end - size - 1].isalnum()):
                end -= size
                break
        if end == start:
            return clause[:end]


_THIS = re.compile(r"(?:this|that|these|those)(?: \w+)?")
_CLAIM = re.compile(rf"(?:(?:the|these|those|such|any|all|his|her|its|their)\s+)?(?:[\w’'-]+\s+){{0,2}}?{_SPEECH_NOUNS}\b")
_AS_QUOTE = re.compile(r"\bas\s+[“\"«]")
_OBJECTS_OR_DENIALS = OBJECTS + DENIALS


def _has_opening_mark(clause: str) -> bool:
    """Whether ``clause`` has a mark that opens a quotation: three plain string searches, far
    quicker than trying :data:`_AS_QUOTE` at each position of a clause that has none (most)."""
    return "“" in clause or '"' in clause or "«" in clause


def _is_content(report: Report, clause: str) -> bool:
    """Enough words to be a statement, not "X denounced Y as “…”", and for a denial, a claim."""
    if report.cue in DENIALS and not report.that:
        if _THIS.fullmatch(clause):
            return True  # "Kyiv categorically rejects this."
        if not _CLAIM.match(clause):
            return False  # "the court dismissed the case" is not speech
    if not report.that and _has_opening_mark(clause) and _AS_QUOTE.search(clause):
        return False  # "denounced Russia's comments as “bizarre”": the quote is the statement
    if not (report.that or report.cue in _OBJECTS_OR_DENIALS or _CLAUSE.match(clause)):
        return False  # "the group announced an attack" reports an event, not words
    return len(clause.split()) >= 3


def _sourced(
    text: str, offset: int, head: int, stop: int, source: str | None, tail: re.Match | None, context: Context
) -> Reported | None:
    """A sentence with no reporter of its own: the source named at its start or end speaks it."""
    who = source or (tail.group("who") if tail else None)
    if not who:
        return None
    clause = _trim(text[head:stop])
    if not clause or clause[0] in "“\"«" or len(clause.split()) < 3:
        return None
    if _quote_at(context, offset + head) is not None:
        return None  # the end of a quotation: “… And when we have information …,” he said.
    lead = _LEAD.match(text)
    cue = (lead.group("verb") if lead else None) or ("according to" if source else tail.group("cue"))
    found = context.reporter(offset + tail.start("cue")) if tail and not source else None  # the grammar's reporter
    speaker = found[1] if found else context.resolver(who, offset)
    via = via_in(text) if source else None
    return Reported(speaker, cue, None if via == speaker else via, offset + head, offset + head + len(clause))


# "This was reported by X": what was reported (a short phrase), the passive verb, and who reports.
_PASSIVE = re.compile(
    r"""
    (?P<what>[^,;]{1,40}?)\s+                                  # what was reported: "This"
    (?:was|were|is|are|has\ been|have\ been|had\ been)\s+
    (?P<cue>reported|announced|stated|said|claimed|confirmed)\s+by\s+
    (?P<who>[^,.;]+)                                           # who reports it
    """,
    re.VERBOSE,
)


def _passive(text: str, offset: int, context: Context) -> list[Reported]:
    """"This was reported by X": X reports "This" (asked of every sentence with no reporter:
    the pattern is compiled once, and tried only on a sentence with a "by" in it)."""
    match = _PASSIVE.match(text) if "by" in text else None
    if not match:
        return []
    speaker = context.resolver(match.group("who"), offset + match.start("who"))
    return [Reported(speaker, match.group("cue"), None, offset + match.start("what"), offset + match.end("what"))]
