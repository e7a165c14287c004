"""Speakers named around a quotation itself, not by a reporting clause (lesson 02).

Most direct quotes get their speaker from a reporting clause ("“…,” Ruiz said", "Ruiz said:
“…”"), which :mod:`framekit.quotes.extraction` looks for with :mod:`framekit.language.reporting`.
The rules here read instead the few words that stand right around the quotation: a possessive
and a noun after it, "per" or "came" after it, "in X's words" before it, a passive verb and its
agent, a verb of quoting or of asking, a crowd's chant. They belong together because each one
looks only at the quotation's own neighbours and, when it applies, settles whose words they are
before any reporting clause is asked: "The piece slammed Lund's “quiet revolution” pledge" is
Lund's, not the piece's, and "Brandt was said to be “livid”" is nobody's, not the last speaker's.
Several of them name no one: the quotation then has no speaker rather than the nearest clause's.

:func:`named_around` tries them in this order and says which one named the speaker
(:class:`Named`):

- **owned wording**: a quotation between a possessive and a speech noun is the possessor's
  ("Obama's “keep your plan” promise", "his “47 percent” remark");
- **a chant**: a chant's or a sign's words are the crowd's, who is the subject of the verb that
  governs the noun when it can speak, else nobody named ("to chants of “Vera!”, the mayor said …");
- **per**: "per" someone right after the quotation names them, as "according to" does ("“…,” per
  the party's bylaws");
- **came from**: "“…,” came shouts from the crowd" is the one after "from";
- **a passive agent**, when no reporting clause comes right after the quotation: the agent after
  "by" of a passive naming verb before it: "has been called “…” by Nadia Ferrow", or before "as":
  "described by aides as “…”";
- **the one who quotes** (:func:`~framekit.language.reporting.quoter`), when no reporting clause
  comes right after it: "Ruiz quotes the economist Karl Menz: “…”" is Ruiz's;
- **the one who asks** (:func:`~framekit.language.reporting.asker_before`), for a question put to
  someone, when no reporting clause comes right before or after it: "Ruiz was asked by the host
  Tom Brell, “…?”" is Brell's; no one is named after "Ruiz was asked, “…?”"; one inside an opening
  "Asked if …" clause is the question's, the asker's after "by" or no one's ("Asked if Ruiz is
  “ready,” 70 percent said yes");
- **in X's words**: "in X's words" or "in the words of X" right before the quotation names X,
  whoever the sentence's subject is;
- **named passively**: a quotation that a passive naming verb gives its subject, with no agent,
  has no speaker: the subject is named, not speaking ("Brandt was said to be “livid”", "the Dock
  Trust, marked as a “top donor”", "a scheme called a “swap”").

The extractor also uses what the rules share with its own: :func:`past_marks`, where the words
after a quotation's closing marks begin, and the word lists :data:`PASSIVE_AUXILIARIES` and
:data:`NAMING`. A passive naming verb names no one only when no reporting clause comes later in
the sentence (:func:`~framekit.language.reporting.clause_later`).
"""

from __future__ import annotations

from typing import NamedTuple

from framekit.language import phrases, reporting
from framekit.language.phrases import Phrase
from framekit.language.reporting import Clause
from framekit.language.tags import QUOTE, Token, lowered


class Named(NamedTuple):
    """Who the words around a quotation name as its speaker: ``speaker``, a phrase of the
    sentence's tokens, or None when they name no one (a chant of no one who can speak, a subject a
    passive names); ``cue``, the word that reports the quotation, if any ("per", "called",
    "quotes"); ``rule``, which rule of the module docstring named them."""

    speaker: Phrase | None
    cue: str | None
    rule: str


def named_around(tokens: tuple[Token, ...], k: int, after: Clause | None, before: Clause | None) -> Named | None:
    """Who the words around the quotation at tokens[k] name as its speaker, by the first rule of
    the module docstring that applies, or None when none does and a reporting clause is to be
    looked for. ``after`` and ``before`` are the reporting clauses right after the quotation and
    before it in its sentence (None when there is none): several rules apply only without them."""
    lower = lowered(tokens)
    near = lower[max(k - _NEAR, 0) : k]  # the words before it: most hold none that the next rules look for (a quick look first)
    owner = None if _WORDING_NOUNS.isdisjoint(lower[k + 1 : k + 3]) else _owned_wording(tokens, k)
    if owner is not None:  # "Obama's “if you like it, keep it” promise": Obama's words
        return Named(owner, None, "owned wording")
    if not _CHANT_NOUNS.isdisjoint(near) and _chanted(tokens, k):  # "to chants of “Vera!”, the mayor said": a crowd's words, not the mayor's
        return Named(reporting.verb_subject(tokens, k), None, "chant")
    per = _per_source(tokens, k) if "per" in lower[k + 1 : k + 4] else None
    if per is not None:  # "“…,” per the party's bylaws": as "according to" names its source
        return Named(per, "per", "per")
    came = _came_from(tokens, k) if "came" in lower[k + 1 : k + 4] else None
    if came is not None:  # "“Call the roll,” came shouts from the crowd": the crowd's
        return Named(came[0], None, "came from")
    agent = None if after else _passive_agent(tokens, k) or _agent_before(tokens, k)
    if agent is not None:  # "The plan has been called “quiet surrender” by Nadia Ferrow": Ferrow names it
        return Named(agent.speaker, tokens[agent.cue].text, "passive agent")
    quoting = None if after else reporting.quoter(tokens, k)
    if quoting is not None:  # "Lund ended her speech by quoting Pablo Neruda: “…”": Lund says it
        return Named(quoting.speaker, tokens[quoting.cue].text, "quoter")
    asker = reporting.asker_before(tokens, k) if not (after or before) or _in_opening_question(tokens, k) else False
    if asker is not False:  # "Ruiz was asked by the host Tom Brell, “…?”": the host's words, not Ruiz's
        return Named(None if asker is True else asker, None, "asker")
    worded = _in_words_of(tokens, k) if after is None and "words" in near else None
    if worded is not None:  # "because, in Forbes' words, “…”": Forbes's words, whoever the sentence's subject is
        return Named(worded, None, "in words of")
    if after is None and not _PASSIVE_WORDS.isdisjoint(near) and _named_passively(tokens, k, before):  # "the Dock Trust, marked as a “top donor”": named, not speaking
        return Named(None, None, "named passively")
    return None


def _owned_wording(tokens: tuple[Token, ...], k: int) -> Phrase | None:
    """The possessor of a speech noun that the quotation at tokens[k] modifies, between the
    possessive and the noun: "Obama's “keep your plan” promise", "his “47 percent” remark". The
    words are the possessor's, whoever the sentence's subject is ("The piece slammed Lund's
    “quiet revolution” pledge"); only when the possessor can speak ("the city's “Green Mile”
    plan" is a term, and "the bill's “poison pill” clause" no one's words)."""
    after = past_marks(tokens, k)
    if after >= len(tokens) or tokens[after].text.lower() not in _WORDING_NOUNS:
        return None  # most quotations: no speech noun right after them
    i = reporting.before_opening_marks(tokens, k)
    if i < 1:
        return None
    if tokens[i].text.lower() in ("his", "her", "their"):
        return Phrase(i, i + 1)
    if tokens[i].tag != "POS":
        return None
    owner = phrases.noun_phrase_before(tokens, i)
    return owner if owner is not None and owner.last == i and phrases.can_speak(tokens, owner) else None


# Nouns for a wording someone used, which a quotation may modify: "his “47 percent” remark".
_WORDING_NOUNS = frozenset(
    """comment comments remark remarks promise pledge vow line quip slogan motto mantra catchphrase
    claim jab insult moniker refrain pitch warning""".split()
)


def _in_words_of(tokens: tuple[Token, ...], k: int) -> Phrase | None:
    """Whose words the quotation at tokens[k] is when a phrase right before it says so: "in
    Forbes' words, “…”", "in her (own) words, “…”", "in the words of a senior aide, “…”" (an aside
    like "according to", whatever the sentence's subject is)."""
    j = reporting.before_opening_marks(tokens, k)
    j -= j > 0 and tokens[j].text == ","
    if j < 2:
        return None
    if tokens[j].text.lower() == "words":
        i = j - 1
        i -= tokens[i].text.lower() == "own"  # "in her own words"
        owner = Phrase(i, i + 1) if tokens[i].text.lower() in ("his", "her", "their") else None
        if tokens[i].tag == "POS":
            first = i
            while first > 0 and i - first < _WORDS_REACH and tokens[first - 1].tag in ("NNP", "NNPS", "NN", "NNS", "JJ", "DT"):
                first -= 1  # "in Harbour Weekly's words", "in the mayor's words"
            owner = Phrase(first, i) if first < i else None
        return owner if owner is not None and owner.first > 0 and tokens[owner.first - 1].text.lower() == "in" else None
    for of in range(j - 1, max(j - _WORDS_REACH, 2), -1):  # "in the words of a senior aide"
        if tokens[of].text.lower() == "of" and tokens[of - 1].text.lower() == "words" and tokens[of - 2].text.lower() == "the":
            owner = phrases.noun_phrase_after(tokens, of + 1)
            return owner if owner is not None and owner.last == j + 1 and phrases.can_speak(tokens, owner) else None
    return None


_WORDS_REACH = 10  # words of the one whose words they are: "in the words of a senior adviser to the campaign"


def _per_source(tokens: tuple[Token, ...], k: int) -> Phrase | None:
    """The source that "per" names right after the quotation at tokens[k], as "according to"
    does: "it is barred when voting “to fill a vacancy,” per the party's bylaws" (a document, a
    rule or a person), else None."""
    i = past_marks(tokens, k)
    i += i < len(tokens) and tokens[i].text == ","
    if i + 1 >= len(tokens) or tokens[i].text.lower() != "per":
        return None
    return phrases.noun_phrase_after(tokens, i + 1)


def _came_from(tokens: tuple[Token, ...], k: int) -> tuple[Phrase | None] | None:
    """After the quotation at tokens[k], "came" with a noun for a cry and "from" someone, the
    inverted order of "shouts came from the crowd": "“Call the roll,” came shouts from the
    floor's delegates", "“No!” came the reply from Ruiz". Returns (who it came from, when they
    can speak, else None), or None when the words after the quotation are no such clause or
    name no one after "from"."""
    i = past_marks(tokens, k)
    i += i < len(tokens) and tokens[i].text == ","
    if i + 2 >= len(tokens) or tokens[i].text.lower() != "came":
        return None
    i += 1
    i += tokens[i].tag == "DT"  # "came the reply"
    if i + 1 >= len(tokens) or tokens[i].text.lower() not in _CRIES:
        return None
    if tokens[i + 1].text.lower() != "from":
        return None  # "“Never,” came a voice at the back": the clause's subject, as the inverted order reads it
    source = phrases.noun_phrase_after(tokens, i + 2)
    return (source if source is not None and phrases.can_speak(tokens, source) else None,)


_CRIES = frozenset("shout shouts cry cries chant chants reply response answer call calls voice voices".split())


def _chanted(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether the quotation at tokens[k] is what a crowd's noun holds: a chant, a cry, a sign
    ("to chants of “Vera!”", "the old chant “Shut it down!”", "signs reading “Welcome home”"). Its
    words are the crowd's: the one who chants is the subject of the verb that governs the noun
    when that subject can speak ("the delegates erupted in chants of “no”"), else nobody named,
    not the subject of a reporting clause after it ("…,” the mayor said her campaign …") nor the
    last speaker."""
    i = reporting.before_opening_marks(tokens, k)
    i -= i > 0 and tokens[i].text.lower() in _CHANT_LINKS
    return i >= 0 and tokens[i].text.lower() in _CHANT_NOUNS


_CHANT_NOUNS = frozenset("chant chants chorus cries shouts signs placards banners".split())
_CHANT_LINKS = frozenset("of to reading saying".split())  # "chants of “…”", "signs reading “…”"


def _named_passively(tokens: tuple[Token, ...], k: int, before: Clause | None) -> bool:
    """Whether the quotation at tokens[k] is what a passive naming or speech verb calls its
    subject, with no one said to do the naming: "Brandt was said to be “livid”", "Brandt was
    asked, “…?”", "the mill is described in the guide as a “grim old place”", or a participle
    after a comma or a thing's noun ("the Dock Trust, supposedly marked as a “top donor”", "a
    tax scheme called a “swap”"). The subject is who or what is named, not who speaks, and the
    text names no speaker (an agent after "by" is :func:`_passive_agent`'s). Not when an earlier
    reporting clause of the sentence holds it ("Ruiz said the plan was labeled “reckless”"),
    nor a clause later in it; "what he called “…”" and "the plan the council called “…”" are
    active, their subject before the verb."""
    verb = _naming_verb(tokens, k)
    if verb is None or (before is not None and before.cue < verb):
        return False
    j = verb - 1
    while j > 0 and tokens[j].tag == "RB":
        j -= 1  # "supposedly marked", "was long called"
    if (tokens[j].text.lower() not in PASSIVE_AUXILIARIES and not _reduced_relative(tokens, verb)
            and not _inside_subject(tokens, verb, k)):
        return False
    return reporting.clause_later(tokens, k) is None


def _reduced_relative(tokens: tuple[Token, ...], verb: int) -> bool:
    """Whether the participle at tokens[verb], with no "be" before it, describes the noun before
    it: a verb that only names ("marked", "deemed"), or a naming speech verb ("called",
    "described") after a thing's phrase ("a scheme called “…”"). A subject that can speak, a
    pronoun, or a phrase after "what" or "which" makes it active: "what the writers described as",
    "Russia, which Ana Ruiz, for one, called"."""
    word = tokens[verb].text.lower()
    if word not in _NAMING_PARTICIPLES:
        return False  # "Ruiz said “…”": a speech verb that takes its words as its object is active
    if not phrases.is_cue(tokens[verb]):
        return True
    subject = phrases.noun_phrase_before(tokens, verb)
    if subject is None or phrases.is_pronoun(tokens[subject.first]) or phrases.can_speak(tokens, subject):
        return False
    return subject.first == 0 or tokens[subject.first - 1].text.lower() not in _RELATIVES


_RELATIVES = frozenset("what which that whom who".split())


def _inside_subject(tokens: tuple[Token, ...], verb: int, k: int) -> bool:
    """Whether the naming participle at tokens[verb] and the quotation at tokens[k] describe the
    sentence's opening noun phrase, its own verb coming after them: "The candidate labeled “a
    real leader” still leads the field" (the candidate is labeled, and leads)."""
    after = past_marks(tokens, k)
    while after < len(tokens) - 1 and tokens[after].tag == "RB":
        after += 1  # "… still leads"
    if after >= len(tokens) or tokens[after].tag not in ("VBZ", "VBD", "VBP", "MD"):
        return False
    if tokens[verb].text.lower() not in _NAMING_PARTICIPLES:
        return False
    subject = phrases.noun_phrase_before(tokens, verb)
    return subject is not None and subject.first == 0 and subject.last == verb and not phrases.is_pronoun(tokens[0])


def _naming_verb(tokens: tuple[Token, ...], k: int) -> int | None:
    """The index of the past participle (a speech verb, or a verb that names, :data:`_NAMING_PARTICIPLES`)
    that the quotation at tokens[k] completes, with at most "as" and an article between, "to be"
    ("said to be “…”"), a comma ("asked, “…”"), or a short phrase of place before "as"
    ("described on its website as"); else None."""
    i = reporting.before_opening_marks(tokens, k)
    i -= i > 0 and tokens[i].text.lower() in ("a", "an", "the")
    if i > 1 and tokens[i].text.lower() == "be" and tokens[i - 1].text.lower() == "to":
        i -= 2  # "said to be “livid”"
    elif i > 0 and tokens[i].text in (",", ":"):
        i -= 1  # "was asked, “…”"
    elif i > 0 and tokens[i].text.lower() == "as":
        i = _before_as(tokens, i)
    if i < 1 or tokens[i].tag not in ("VBN", "VBD"):
        return None
    text = tokens[i].text.lower()
    return i if text in _NAMING_PARTICIPLES or phrases.is_cue(tokens[i]) else None


def _before_as(tokens: tuple[Token, ...], a: int) -> int:
    """Where the participle before the "as" at tokens[a] stands: right before it or an adverb
    ("known here as"), or before a short phrase of place that opens with a preposition
    ("described on its website as"); not across an object ("described the ground as": active)
    nor an agent ("by aides")."""
    while a > 1 and tokens[a - 1].tag == "RB":
        a -= 1  # "known here as", "described simply as"
    i = a - 1
    floor = max(a - _AS_REACH, 0)
    while i > floor and tokens[i].tag in ("IN", "DT", "NN", "NNS", "NNP", "PRP$", "JJ", "POS"):
        i -= 1
    if i == a - 1:
        return i
    opening = tokens[i + 1]
    return i if opening.tag == "IN" and opening.text.lower() != "by" else -1


_NEAR = 10  # words before a quotation where a chant's noun, "in … words" or a passive naming verb stand
_AS_REACH = 6  # words between a naming participle and its "as": "described on its own website as"
PASSIVE_AUXILIARIES = frozenset("is are was were be been being ’s 's get gets got".split())
# Past participles of verbs that name their object ("called the plan “…”"): right before the
# name they have no object, so they are passive ("a scheme called “…”"), whoever stands before.
_NAMING_PARTICIPLES = frozenset(
    """called dubbed labeled labelled branded termed marked deemed nicknamed tagged described known
    characterized characterised considered listed classified rated""".split()
)
_PASSIVE_WORDS = PASSIVE_AUXILIARIES | _NAMING_PARTICIPLES  # one of them stands before a quotation that a passive names


def _passive_agent(tokens: tuple[Token, ...], k: int) -> Clause | None:
    """The agent of a passive speech verb that names what the quotation at tokens[k] says: the
    verb's participle right before it (after "as" or an article, if any) and "by" with someone
    who can speak right after it: "The plan has been called “quiet surrender” by Nadia Ferrow",
    "often labeled as a “fishing trip” by Republicans". The agent does the naming, not the
    passive subject; a participle that reports nothing ("seemed “rattled” by the vote") is no
    speech verb."""
    by = past_marks(tokens, k)
    if by + 1 >= len(tokens) or tokens[by].text.lower() != "by":
        return None  # most quotations: no "by" right after them
    j = reporting.before_opening_marks(tokens, k)
    j -= j > 0 and tokens[j].text.lower() in ("a", "an", "the")
    j -= j > 0 and tokens[j].text.lower() == "as"
    if j < 1 or tokens[j].tag not in ("VBN", "VBD") or not phrases.is_cue(tokens[j]):
        return None
    agent = phrases.noun_phrase_after(tokens, by + 1)
    return Clause(j, agent) if agent is not None and phrases.can_speak(tokens, agent) else None


_AGENT_REACH = 8  # words from "by" to "as": "described by the mayor's two closest aides as"
NAMING = frozenset("called named titled entitled dubbed nicknamed known".split())  # "a book called “…”"


def _agent_before(tokens: tuple[Token, ...], k: int) -> Clause | None:
    """The agent of a passive speech or naming verb whose "by" comes before "as" and the
    quotation at tokens[k]: "The plan was described by aides as “a bold step”", "labeled by
    critics as a “giveaway”", "known by some Republicans as a “hug”". The agent says it, not
    the passive subject (the plan)."""
    j = reporting.before_opening_marks(tokens, k)
    j -= j > 0 and tokens[j].text.lower() in ("a", "an", "the")
    if j < 4 or tokens[j].text.lower() != "as":
        return None
    for by in range(j - 2, max(j - _AGENT_REACH, 1) - 1, -1):
        if tokens[by].text.lower() == "by":
            break
    else:
        return None
    v = by - 1
    v -= v > 0 and tokens[v].tag == "RB"  # "described publicly by"
    if tokens[v].tag not in ("VBN", "VBD") or not (phrases.is_cue(tokens[v]) or tokens[v].text.lower() in NAMING):
        return None
    agent = phrases.noun_phrase_after(tokens, by + 1)
    if agent is None or agent.last != j or not phrases.can_speak(tokens, agent):
        return None
    return Clause(v, agent)


def _in_opening_question(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether the quotation at tokens[k] is inside an opening participle of asking, before the
    comma that closes it: "Asked whether Ruiz “has the integrity …,” most voters said yes" (the
    question's words, not the voters'), "When asked if she “regretted” it, Ruiz said no"."""
    q = 1 if tokens[0].text.lower() == "when" else 0
    if k < q + 2 or phrases.CUE_FORMS.get(tokens[q].text.lower()) not in ("ask", "question", "press"):
        return False
    return not any(t.text == "," or t.tag == QUOTE for t in tokens[q + 1 : k])


def past_marks(tokens: tuple[Token, ...], k: int) -> int:
    """The index of the first word after the quotation at tokens[k] and its closing marks."""
    i = k + 1
    while i < len(tokens) and tokens[i].text in ("”", '"', "’", "'", "»"):
        i += 1
    return i
