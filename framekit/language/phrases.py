"""Noun phrases and names: who a reporting clause's speaker is, read from tagged words.

A speaker's noun phrase is set off from the words around it in a few ways, and each rule here
names one:

- **appositive**: "Anna Kovač, a spokeswoman for the port authority, said" (the name, not the
  description between commas), "Sanders's campaign manager, Jeff Weaver, said" (the name
  between commas, not the description);
- **a part of the group**: "His critics, many of them old friends, argue" (the critics, not the
  aside);
- **a clause's subject after "while", "when" …**: ", while Ada Reyes, the former mayor, proposed"
  or ", in what Ada Reyes, a treasurer, called" (the name is the subject, not an aside like
  ", when asked,");
- **relative clause**: "Robert Mason, who has studied rumours, said" (skipped), after a title in
  quotation marks too ("Dana Holt, a contestant on the show, “Big Wins,” who …, said": Holt); "who" stands
  for a person, so after a thing's noun completed by a name it is the name ("a sharp reply
  from Mayor Inga Solberg, who called it “…”").

"who" stands for a person: after a thing's phrase it is the one the thing's preposition names
("a harsh response from Ana Ruiz, who said"). A place that ends a sentence's opening phrase is no
one's origin ("At the University of Tarsk, Brandt opened"), and a tally is no noun ("voted 6-1
for the motion which said": the motion).

The speaker is a *noun phrase* (:func:`noun_phrase_before`, :func:`noun_phrase_after`): an
optional determiner, then nouns, adjectives, proper nouns and titles ("IMF chief economist Maury
Obstfeld", "a nurse", "the head of the agency"), without what follows it (a relative clause
"who asked not to be named", a party code "(D-N.Y.)", a time "on Tuesday"); a town and its state
are one place ("a nurse in Allentown, Pa.,"; the state is no name that a description after it
describes: "in Dunmore, Pa., a nurse said" is the nurse; but "the University of Lund, Varga opened" is a
place and a subject: a person's name takes no article), and a noun phrase followed by its own verb is a
clause, not an appositive ("in Beaumont, Tex., Mr. Trump was blunt"); and a phrase never runs
across a line break (:func:`on_its_line`: a heading's last words are not part of the name that
opens the paragraph under it, "… Over Zika Virus\nChris Christie said"). :func:`speaker_name`
turns it into the name to show: the person's name without titles when it has one ("Joseph
Crowley"), else the description itself ("a nurse").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from framekit.language.tags import QUOTE, Kept, Token, lowered, read_once, tagged_as

# Verbs that report speech or writing, by their base form; every form of each is a cue.
SPEECH_VERBS = frozenset(
    """say tell add write tweet post ask answer respond reply retort counter explain note observe
    remark comment argue contend insist maintain assert claim allege charge state declare announce
    proclaim warn caution predict promise vow pledge boast brag confirm acknowledge admit concede
    complain lament grumble protest joke quip laugh sigh muse recall recount repeat reiterate
    continue conclude testify suggest propose urge plead beg demand shout yell scream chant cry
    whisper mutter exclaim read agree emphasize emphasise stress describe call dub label accuse
    criticize criticise blast slam praise thank apologize apologise deny dismiss reject concur
    interject begin advise inform assure reassure remind tease taunt mock scoff snap thunder rail
    gush marvel wonder report reveal disclose mention indicate estimate speak chide scold condemn
    denounce decry hail welcome applaud laud lambaste berate ridicule deride question challenge
    dispute refute rebut affirm express recognize recognise convince imply surmise opine exhort press
    interrupt""".split()
)
_IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "read": ("read",),
    "speak": ("spoke", "spoken"), "begin": ("began", "begun"),
}
_DOUBLED = frozenset("quip admit beg snap slam dub concur".split())  # quipped, admitting


def verb_forms(verb: str) -> set[str]:
    """Every form of a regular verb: says, said (or -ed), saying; spelling rules of English."""
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    last = verb + verb[-1] if verb in _DOUBLED else stem
    if verb.endswith("y") and verb[-2] not in "aeiou":
        third, past = verb[:-1] + "ies", verb[:-1] + "ied"
    else:
        third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
        past = (verb + "d") if verb.endswith("e") else last + "ed"
    return {verb, third, past, last + "ing", *_IRREGULAR.get(verb, ())}


CUE_FORMS = {form: verb for verb in SPEECH_VERBS for form in verb_forms(verb)}
SUBJECT_PRONOUNS = frozenset("he she they it i we you".split())
# Words that stand alone for some of a group, as a verb's subject: "Some chanted “…”", "Others said".
QUANTIFIER_SUBJECTS = frozenset("some many others several both most few another".split())
# Capitalised words that are a person's title, not part of the name ("House Speaker Paul Ryan").
TITLES = frozenset(
    """mr mrs ms miss dr prof rep reps sen sens gov gen lt col maj capt sgt adm cmdr pres rev hon atty
    supt det cpl pvt sec amb president vice senator representative congressman congresswoman governor
    mayor secretary minister chairman chairwoman chair speaker leader judge justice attorney general
    director spokesman spokeswoman spokesperson ambassador sheriff chief commissioner chancellor
    prime king queen prince princess pope father sister coach officer sergeant captain lieutenant
    colonel major admiral professor doctor candidate nominee founder ceo executive economist analyst head
    strategist adviser advisor aide manager pollster consultant democrat republican sir dame lord
    lady rival challenger opponent incumbent contender""".split()
)  # with a candidate's standing, written as a title before a name: "rival Hillary Clinton", "Challenger Ana Ruiz said"
# Nouns for those who can say something: people, and the groups, organisations and documents
# that news reports as speaking ("the campaign said", "the report warns"). A description whose
# head is one of these can be a speaker; "the call" or "the plan" cannot.
SPEAKER_NOUNS = frozenset(
    """official officials spokesman spokeswoman spokesperson minister ministers president senator
    governor mayor candidate candidates nominee mogul billionaire businessman businesswoman leader
    leaders chief director secretary adviser advisers advisor advisors aide aides strategist
    strategists analyst analysts economist economists expert experts professor researcher researchers
    scientist scientists lawyer lawyers attorney attorneys judge prosecutor prosecutors police officer
    officers agency campaign committee group groups party union unions government ministry department
    administration court council company firm network newspaper paper website report study survey
    poll statement letter memo ad video book article editorial email tweet message post transcript footnote
    document filing headline caption author writer reporter reporters
    journalist journalists columnist host anchor commentator activist activists protester protesters
    voter voters supporter supporters critic critics opponent opponents democrat democrats republican
    republicans resident residents witness witnesses source sources man woman men women people person
    family friend friends mother father son daughter wife husband teacher teachers student students
    worker workers doctor doctors nurse patient soldier soldiers veteran veterans general admiral
    congressman congresswoman lawmaker lawmakers legislator legislators chairman chairwoman founder
    executive executives manager owner owners organizer organizers pollster pollsters consultant
    commissioner sheriff ambassador diplomat diplomats investigators investigator authorities
    delegate delegates member members fan fans user users observer observers insider insiders
    operative operatives staffer staffers representative representatives senators governors reader readers
    viewer viewers listener listeners caller callers moderator moderators interviewer questioner questioners
    panelist panelists crowd crowds writers authors agent agents hosts voice voice-over narrator""".split()
)
# Words between a subject and its verb: "Lecornu has repeatedly said", "she later wrote".
_BETWEEN = frozenset(
    """has have had also later earlier then now again once still would will could may might did does do further
    even just never first soon often always sometimes""".split()
)
# Asides without commas between a subject and its verb: "Russia for its part warned", "Paris in
# turn said", "Lecornu on behalf of France expressed" (the words of each, "*" a noun phrase).
_ASIDES = (("for", "POSSESSIVE", "part"), ("in", "turn"), ("on", "behalf", "of", "*"))
# What may stand before a name that opens a clause: the start, a comma, a conjunction, a mark.
_CLAUSE_OPENERS = frozenset([",", ";", ":", "and", "but", "“", '"', "‘", "—", "–", "-"])
DASHES = frozenset("- – — ―".split())  # the dashes that set off an aside or a heading, as words of their own
# Marks that open a quotation, as words of their own: curly, straight, doubled ('' and ``), guillemet.
OPENING_MARKS = frozenset(("“", '"', "‘", "'", "''", "``", "«"))
_BREAKS = DASHES | {","}
_POSSESSIVES = frozenset("its his her their our my your".split())
_REFLEXIVES = frozenset("himself herself itself themselves".split())
# Verbs that govern a speech verb through "to": "he continues to insist", "she tried to argue".
_GOVERNING = frozenset(
    """continue continues continued try tries tried want wants wanted seek seeks sought seem seems seemed
    appear appears appeared begin begins began refuse refuses refused decline declines declined decide
    decides decided hope hopes hoped went go goes going proceed proceeds proceeded""".split()
)
_GO = frozenset("go goes going went gone".split())  # "went on to say", "the email goes on to say"
_NOUNISH = ("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "POS", "VBN")
DETERMINERS = ("DT", "PRP$", "WP$")
# What opens a clause between commas that describes the noun before it: ", who …", ", which …",
# a participle (", speaking in Lima,", ", published by the Commission,").
_DESCRIBING = ("WP", "WP$", "WDT", "VBG", "VBN")
# Prepositions that can join a head noun to the rest of its noun phrase ("the head of the agency",
# "a source close to Mr. Lecornu", "a spokesman for the campaign").
NOUN_PREPOSITIONS = frozenset("of for at from to with close".split())
# Prepositions that join only a description, not a name's place: "a narrator in the ad", "a source
# on the panel", "one operative inside the tower", "officials within the party", not "Trump in Ohio".
DESCRIPTION_PREPOSITIONS = frozenset(("in", "on", "inside", "within"))
_DEPTH = 3  # how many phrases around a subject are looked through: a relative clause, an appositive …
MAX_APPOSITIVE = 25  # words between the commas of an appositive or relative clause
# A time or a place between a subject and its verb: "X on Thursday said", "X in Moscow told".
_TIME_PREPOSITIONS = frozenset("on in at last this earlier later".split())  # "later": "X later Thursday told"
# Adverbs of time that may open a description after a name: "McConnell, now the Senate majority
# leader, who …", "Ruiz, then a junior minister, said".
_DESCRIPTION_ADVERBS = frozenset("now then currently formerly once later still".split())
_TIME_NOUNS = frozenset("week weeks month months year years night morning afternoon evening weekend day days time".split())
# Names of days and months: a capitalised word that names a time, never who speaks ("said Tuesday").
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)
_CALENDAR_NAMES = frozenset(word.capitalize() for word in CALENDAR)  # as a date opens a run of names


class Phrase(NamedTuple):
    """A stretch of tagged words, ``tokens[first:last]``, and what it is: a noun phrase, with its
    appositive when it has one ("Anna Kovač" with "a spokeswoman for the port authority"). A
    named tuple, as a Token is: the grammar makes thousands, and keeps its answers under them
    (:func:`~framekit.language.tags.read_once`), which a tuple makes and hashes quickly."""

    first: int
    last: int
    appositive: tuple[int, int] | None = None


def is_cue(token: Token) -> bool:
    """A form of a speech verb tagged as a verb ("said", "tweeting")."""
    verb = token.tag[:2] == "VB" or token.text in ("said", "Said")  # the tag first: it is the cheaper test
    return verb and token.text.lower() in CUE_FORMS


def is_pronoun(token: Token) -> bool:
    """A personal pronoun that can be the subject of a verb: he, she, they, it, I, we, you."""
    return _SUBJECT_PRONOUN[token.text]


_SUBJECT_PRONOUN = Kept(lambda text: text.lower() in SUBJECT_PRONOUNS)  # asked of nearly every phrase read


def _is_title(token: Token) -> bool:
    return _TITLE_WORD[token.text]


_TITLE_WORD = Kept(lambda text: text.lower().rstrip(".") in TITLES)  # "Sen.", "President", "Gov": asked of every word of a phrase


def _quoted_name(token: Token) -> bool:
    """A quotation that is a name: up to four words, capitalised (the organisation “Islamic State”)."""
    return token.tag == QUOTE and token.text[:1].isupper() and len(token.text.split()) <= 4


# Lower-case words inside a name: "Pierre de Vos", "Ludwig van Beethoven", "Tomás dos Santos".
_PARTICLES = frozenset("de da das do dos du del della der den van von ter bin ibn".split())


def _particle(tokens: Sequence[Token], j: int) -> bool:
    """Whether tokens[j] is a particle between two words of a name ("de" in "Pierre de Vos")."""
    return (0 < j < len(tokens) - 1 and tokens[j].text in _PARTICLES
            and tokens[j - 1].tag.startswith("NNP") and tokens[j + 1].tag.startswith("NNP"))


def _before_marks(tokens: Sequence[Token], end: int) -> int:
    """``end``, or where a quoted name ends when closing marks stand between: the organisation
    “Islamic State”, which …"""
    j = end
    while j > 1 and tokens[j - 1].text in ("”", '"', "’", "»", "'"):  # "'": one of a doubled pair, ''the Fund,'' which
        j -= 1
    return j if j < end and _quoted_name(tokens[j - 1]) else end


def _in_noun(tokens: Sequence[Token], i: int) -> bool:
    """Whether tokens[i] can stand inside a noun phrase (not as its first word)."""
    token = tokens[i]
    if token.tag in _NOUNISH or _is_title(token) or _quoted_name(token):
        if token.tag == "POS" and token.text == "'" and (doubled_apostrophe(tokens, i) or doubled_apostrophe(tokens, i - 1)):
            return False  # '' is a quotation mark: "''very conservative'' voters" are voters
        if token.tag != "VBN" or token.text[:1].isupper():
            return True
        # "elected" after a noun is a verb; "a retired teacher", "one unaligned strategist", "of
        # registered voters", "said retired Army Gen. X": an adjective after an article, a number or
        # a preposition, or right after a verb, before a noun
        before = tokens[i - 1].tag in ("DT", "PRP$", "JJ", "CD", "IN") or (tokens[i - 1].tag in ("VBD", "VBZ") and is_cue(tokens[i - 1]))
        return before and i + 1 < len(tokens) and tokens[i + 1].tag in ("NN", "NNS", "NNP")
    if token.tag in ("RB", "RBS", "VBG") and i + 1 < len(tokens) and tokens[i + 1].tag in ("JJ", "JJS", "NN", "NNP", "NNS"):
        # "the only Republican candidate", "its acting chairman", "a creative writing professor";
        # not ", saying anybody": a speech verb opening the words is a participle
        return not is_cue(token) or tokens[i - 1].tag in ("DT", "JJ", "PRP$", "POS")
    if token.text in _PARTICLES and _particle(tokens, i):  # the word first: the cheaper test
        return True
    if token.text in ("of", "&", "-") and 0 < i < len(tokens) - 1:  # "Secretary of State", "AT & T"
        return tokens[i - 1].tag.startswith("NNP") and tokens[i + 1].tag.startswith("NNP")
    if token.text == "and" and 0 < i < len(tokens) - 1:  # two titles of one person: "former Gov. and Party Chairman Ed Roe",
        after = tokens[i + 1]  # "the former senator and current nominee" (no article of its own: the same person)
        if _is_title(tokens[i - 1]) and after.text[:1].isupper():
            return True
        return tokens[i - 1].tag == "NN" and after.tag in ("JJ", "NN") and after.text[:1].islower() and tokens[i - 1].text[:1].islower()
    return False


def noun_phrase_after(tokens: Sequence[Token], i: int) -> Phrase | None:
    """The noun phrase that starts at tokens[i]: "Rep. Joseph Crowley" in "Rep. Joseph Crowley
    (D-N.Y.) on Tuesday", "a nurse" in "a nurse who asked not to be named"; with its appositive
    when a comma follows ("Robert Mason, a professor at …,")."""
    end = noun_end(tokens, i)
    if end is None:
        return None
    return Phrase(i, end, appositive_after(tokens, end))


def noun_end(tokens: Sequence[Token], i: int) -> int | None:
    """Where the noun phrase that starts at tokens[i] ends, or None if none starts there."""
    if i >= len(tokens):
        return None
    if is_pronoun(tokens[i]):
        return i + 1
    end = i + 1 if tokens[i].tag in DETERMINERS else i
    stop = min(len(tokens), i + MAX_APPOSITIVE)
    while end < stop and _in_noun(tokens, end):
        end += 1
    if end - 2 >= i and end < len(tokens) and tokens[end - 1].text in _BETWEEN and tokens[end - 2].tag.startswith("NNP") and tokens[end].tag in ("VBD", "VBZ"):
        end -= 1  # "Harbour Watch first reported": a word that stands between a name and its verb is no part of the name
    return end if end > i and has_noun(tokens, i, end) else None


def appositive_after(tokens: Sequence[Token], end: int) -> tuple[int, int] | None:
    """", a spokeswoman for the port authority," after a noun phrase: from the word after the
    comma to the next comma (or to the end of the noun phrase, when no comma closes it)."""
    if end + 1 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].tag in ("WP", "WDT"):
        return None
    inner = noun_end(tokens, end + 1)
    if inner is None or is_pronoun(tokens[end + 1]):
        return None
    for j in range(inner, min(end + MAX_APPOSITIVE, len(tokens))):
        if tokens[j].text in (";", ":", '"', "“", "”") or is_cue(tokens[j]) and tokens[j - 1].text != ",":
            break
        if tokens[j].text == "," and not _city_and_state(tokens, j):  # "a nurse in Allentown, Pa.,": one phrase
            return end + 1, j
    return end + 1, inner


def has_noun(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the phrase has a noun (or ends with a capitalised word read as an adjective, "Cuban",
    or with an age that stands for a person, "the 67-year-old")."""
    if tokens[last - 1].tag == "JJ" and (tokens[last - 1].text[:1].isupper() or _an_age(tokens[last - 1]) or _particle_compound(tokens[last - 1])):
        return True
    for j in range(first, last):
        token = tokens[j]
        if token.tag.startswith("NN") or token.tag == "CD" or _is_title(token) or _quoted_name(token):
            return True
    return False


_COMPOUND_PARTICLES = frozenset("over up in out off down back".split())


def _particle_compound(token: Token) -> bool:
    """A hyphened noun that ends in a verb's particle ("voice-over", "follow-up", "sit-in"),
    which the tagger reads as an adjective: at the end of a noun phrase it is the noun ("a
    voice-over in the ad states")."""
    text = token.text
    return "-" in text and text.rsplit("-", 1)[1].lower() in _COMPOUND_PARTICLES


def _an_age(token: Token) -> bool:
    """An age written as one word ("67-year-old", "17-year-old"), which the tagger reads as an
    adjective: at the end of a noun phrase it is the noun, a person ("said the 67-year-old")."""
    return token.text.endswith(("-year-old", "-year-olds")) and token.text[:1].isdigit()


@read_once
def noun_phrase_before(tokens: Sequence[Token], i: int, depth: int = 0, antecedent: bool = False) -> Phrase | None:
    """The subject of a verb at tokens[i]: the noun phrase that ends before it, skipping words
    between ("has", "also", "later"), a party code "(R-Utah)", and an appositive or a relative
    clause between commas ("Anna Kovač, a spokeswoman for …, said")."""
    lower = lowered(tokens)
    end = skip_time(tokens, skip_back(tokens, i))
    if end > 0 and tokens[end - 1].text == ")":
        end = _opening(tokens, end - 1, "(", ")")
    if end > 0 and tokens[end - 1].text in DASHES:
        end = _dash_aside(tokens, end)
    appositive = None
    end = _skip_asides(tokens, end)
    if end > 0 and (tokens[end - 1].text == "," or comma_in_quotation(tokens, end)):
        opening = _clause_start(tokens, end - 1)
        if opening is not None:
            appositive, end = (opening + 1, end - 1), opening
            if end >= 2 and tokens[end - 1].tag == "CD" and tokens[end - 2].text == ",":
                end -= 2  # an age before the appositive: "Jimmy Ghazal, 39, a visitor from Lebanon, said"
        else:
            end -= 1  # a comma between subject and verb: "Gov. John Kasich (R-OH), said"
        if end > 0 and tokens[end - 1].text == ")":
            end = _opening(tokens, end - 1, "(", ")")
    end = _before_marks(tokens, end)
    if end == 0 or lower[end - 1] == "having":
        return None  # "(Having said that, …": the auxiliary of a perfect participle, which no noun phrase ends with
    if tokens[end - 1].tag in ("WP", "WDT") and lower[end - 1] in ("who", "which", "that"):
        relative = end - 1
        while relative > 0 and tokens[relative - 1].text in _BREAKS:
            relative -= 1  # "X, who suggested" and "the study -- which notes": X, the study
        if relative == 0 or depth >= _DEPTH:
            return None
        found = noun_phrase_before(tokens, relative, depth + 1, antecedent=True)
        return _person_in(tokens, found) if found is not None and lower[end - 1] == "who" else found
    if is_pronoun(tokens[end - 1]):
        return Phrase(end - 1, end, appositive)
    if lower[end - 1] in QUANTIFIER_SUBJECTS and _opens_clause(tokens, end - 1):
        return Phrase(end - 1, end, appositive)  # "Some chanted", "Others said", "Yet another said": a group of those just named
    if end >= 2 and lower[end - 2] == "those" and tokens[end - 1].tag in ("VBN", "VBD"):
        return Phrase(end - 2, end, appositive)  # "those surveyed said": the people the participle names
    first, stop = end, max(end - MAX_APPOSITIVE, 0)
    while first > stop and _in_noun(tokens, first - 1):
        first -= 1
    if first > 0 and tokens[first - 1].tag in DETERMINERS:
        first -= 1
    while first < end - 1 and tokens[first].tag in ("RB", "RBS") and (first == 0 or tokens[first - 1].text in _CLAUSE_OPENERS):
        first += 1  # "Perhaps young voters prefer": an adverb opens a clause, not a noun phrase ("the only …" opens with its article)
    if first == end or not has_noun(tokens, first, end):
        return None
    first = _with_head(tokens, first)
    first = _with_approximation(tokens, first)
    if depth >= _DEPTH:
        return Phrase(first, end, appositive)
    origin = _origin_start(tokens, first)
    if origin is not None and tokens[first - 1].text == "," and in_opening_phrase(tokens, first - 1):
        origin = None  # "At the University of Tarsk, Brandt opened": the place ends an opening phrase, the name after its comma is the subject
    if origin is not None:  # "Johnnie Wilson, of Springfield, Va., said": the person, not the place
        person = noun_phrase_before(tokens, origin, depth + 1)
        # a person's name takes no article: "at the University of Lund, Varga opened" is no place after a name
        if person is not None and name_of(tokens, person) is not None and tokens[person.first].tag != "DT":
            return person
    # "Clinton, a top aide said, “is …”": a reporting clause set inside the sentence, whose
    # subject is the description ("a …" right before the verb, and a comma after it)
    parenthetical = lower[first] in ("a", "an", "one") and end == i and i + 1 < len(tokens) and tokens[i + 1].text == ","
    lead = first - 1 if first >= 3 and lower[first - 1] in _DESCRIPTION_ADVERBS else first
    if lead >= 2 and tokens[lead - 1].text == "," and _describes(tokens[first]) and not parenthetical:
        comma = lead - 1
        if comma >= 2 and tokens[comma - 1].tag == "CD" and tokens[comma - 2].text == ",":
            comma -= 2  # an age: "Cecelia Purner, 67, a retired teacher in Allentown, said"
        named = noun_phrase_before(tokens, comma, depth + 1)  # "John Kell, the head of Rivet Media --"
        # a subject opens its clause; a relative pronoun's antecedent may be an object ("met Ruiz, the aide, who said")
        opens = named is not None and (named.first == 0 or lower[named.first - 1] in _CLAUSE_OPENERS or antecedent)
        opens = opens and lower[named.last - 1] not in CALENDAR  # "in Hudson, Ohio Monday, the aide"
        opens = opens and not in_opening_phrase(tokens, comma)  # "In an interview with Joe Roe, the senator said"
        opens = opens and not (named.first >= 2 and lower[named.first - 1] == "," and _city_and_state(tokens, named.first - 1))  # "in Dunmore, Pa., a nurse said": no one's name
        if opens and name_of(tokens, named) is not None and named.appositive is None:
            return Phrase(named.first, named.last, (first, end))
    if first >= 2 and lower[first] in _POSSESSIVES and lower[first - 1] == "and":
        partner = noun_phrase_before(tokens, first - 1, depth + 1)  # "Kyiv and its allies reject": both
        if partner is not None and name_of(tokens, partner) is not None:
            first = partner.first
    if depth == 0 and first >= 2 and lower[first - 1] in ("by", "for", "from") and tokens[first - 2].tag == "VBN":
        # "A letter obtained by the AP warns": the letter; but in "remarks made by an aide who said"
        # "who" is the aide (a relative pronoun's phrase is read at depth 1)
        described = noun_phrase_before(tokens, first - 2, depth + 1)
        if described is not None:
            return described
    if first >= 2 and lower[first - 1] == "and" and name_of(tokens, Phrase(first, end)) is None:
        joined = _conjoined_start(tokens, first - 1)  # "Dock workers and retirees said": both
        first = first if joined is None else joined
    is_clause = appositive and tokens[appositive[0]].tag in _DESCRIBING  # ", who …," describes; it is not a name
    return Phrase(first, end, None if is_clause else appositive)


def _opens_clause(tokens: Sequence[Token], j: int) -> bool:
    """Whether tokens[j] opens its clause: the sentence starts there, or a mark or a conjunction
    stands before it, or only an adverb that opens the clause ("Yet another said", "Still others
    argued")."""
    if j > 0 and tokens[j - 1].tag == "RB":
        j -= 1
    return j == 0 or lowered(tokens)[j - 1] in _CLAUSE_OPENERS


_PLAIN_NOUNISH = ("DT", "JJ", "NN", "NNS", "CD", "NNP", "NNPS")


def _person_in(tokens: Sequence[Token], phrase: Phrase) -> Phrase:
    """What "who" stands for in the phrase before it: a person, so when the phrase's head is
    neither a name nor a noun for someone (:func:`can_speak`, or a title: "the head of the
    agency"), the one its last preposition names ("a harsh response from Ana Ruiz, who", "the
    mouth of Tom Bell, who"); else the phrase itself."""
    if can_speak(tokens, phrase):
        return phrase
    head_end = _head_end(tokens, phrase.first, phrase.last)
    if head_end == phrase.last or _is_title(tokens[head_end - 1]):
        return phrase
    for p in range(phrase.last - 2, head_end - 1, -1):
        if _PREPOSITION_OF_A_NOUN[tokens[p].text]:
            inner = Phrase(p + 1, phrase.last, phrase.appositive)
            return inner if can_speak(tokens, inner) else phrase
    return phrase


def _conjoined_start(tokens: Sequence[Token], conjunction: int) -> int | None:
    """Where a subject made of descriptions joined by the "and" at tokens[conjunction] starts:
    "Dock workers and retirees", "artists, writers and scientists", "an angry army of HP
    workers and retirees" (with the head before "of"). Only when the descriptions open the
    clause (the sentence's start, a comma, a colon, a mark), so that neither "met officials and
    retirees said" nor "an adviser on tax and budget issues and a professor" is joined, and when
    the one before "and" ends in a common noun, not a name."""
    left = conjunction
    while left > 0 and (tokens[left - 1].tag in _PLAIN_NOUNISH or (tokens[left - 1].text == "," and left > 1 and tokens[left - 2].tag in ("NN", "NNS"))):
        left -= 1
    last = tokens[conjunction - 1]
    if left == conjunction or last.tag not in ("NN", "NNS") or not last.text[:1].islower():
        return None
    if left >= 2 and tokens[left - 1].text.lower() == "of" and tokens[left - 2].tag in ("NN", "NNS"):
        left -= 1  # "an army of": the head of the whole phrase
        while left > 0 and tokens[left - 1].tag in ("DT", "JJ", "NN", "NNS", "CD"):
            left -= 1
    opens = left == 0 or (tokens[left - 1].text in _CLAUSE_OPENERS and tokens[left - 1].text not in ("and", "but"))
    opens = opens or absolute_with(tokens, left - 1)  # ", with marchers and spectators chanting"
    return left if opens and tokens[left].text != "," else None


# Words that make a number before a noun approximate: "About four in 10", "More than half".
_APPROXIMATORS = frozenset("about nearly almost roughly around some over under only just".split())
_COMPARATIVES = frozenset("more fewer less".split())


def _with_approximation(tokens: Sequence[Token], first: int) -> int:
    """Where a phrase that opens with a number or "half" starts with the words that make it
    approximate: "About four in 10", "Nearly 300 residents", "More than half", "At least half"."""
    lower = lowered(tokens)
    if first > 0 and lower[first] == "least" and lower[first - 1] == "at":
        return first - 1  # "At least half", where "least" reads as part of the phrase
    if first == 0 or not (tokens[first].tag == "CD" or lower[first] == "half"):
        return first
    if lower[first - 1] in _APPROXIMATORS:
        return first - 1
    if first > 1 and lower[first - 1] == "least" and lower[first - 2] == "at":
        return first - 2  # "At least half"
    if first > 1 and lower[first - 1] == "than" and lower[first - 2] in _COMPARATIVES:
        return first - 2
    return first


def _describes(token: Token) -> bool:
    """Whether a phrase after a comma opens as a description, not a name: with a determiner
    ("the head of Rivet Media") or a bare role in lower case ("chief executive of Rivet Media",
    "senior adviser to the mayor"), which news writes without an article after a name."""
    return token.tag == "DT" or (token.text[:1].islower() and token.tag.startswith(("NN", "JJ")))


def comma_in_quotation(tokens: Sequence[Token], end: int) -> bool:
    """Whether the words before ``end`` close with a quotation whose last mark is a comma, as an
    aside between commas does: "Lagos, citing “the magic of the coast,” said"."""
    marks = 1 if end > 1 and tokens[end - 1].text in ("”", '"') else 2 if doubled_apostrophe(tokens, end - 2) else 0
    return marks > 0 and end > marks and tokens[end - marks - 1].tag == QUOTE and tokens[end - marks - 1].text.endswith(",")


def doubled_apostrophe(tokens: Sequence[Token], j: int) -> bool:
    """Whether tokens[j] and the next are two apostrophes written together, ''  (the archive's
    quotation mark, as in "author of ''The Quiet Road,'' put it"): a mark, never a possessive
    ending or a part of a name."""
    return (0 <= j < len(tokens) - 1 and tokens[j].text == "'" and tokens[j + 1].text == "'"
            and tokens[j].end == tokens[j + 1].start)


def _origin_start(tokens: Sequence[Token], first: int) -> int | None:
    """Where a person's place of origin or of work after their name begins, when the noun phrase
    at tokens[first] is that place: ", of Dayton, Ohio" and ", 61, of Dayton" (an age first),
    "Dan Reyes at the Harbour Review"; None when it is not one."""
    j = first
    if j >= 3 and tokens[j - 1].text == "," and tokens[j - 2].tag.startswith("NNP") and tokens[j - 3].text == "of":
        j -= 3  # "of Dayton, Ohio": the town, then the state
    elif j >= 1 and tokens[j - 1].text == "of":
        j -= 1
    elif j >= 3 and tokens[j - 1].text in ("at", "from") and tokens[first].tag == "DT" and all(_name_word(tokens, k, j - 1) for k in (j - 3, j - 2)):
        j -= 1  # a first name and a surname "at the …" (not "Saturday at the convention")
    else:
        return None
    if j >= 1 and tokens[j - 1].tag.startswith("NNP") and not _is_title(tokens[j - 1]):
        return j  # "Sen. Marco Rubio of Florida", "Dan Reyes at the Harbour Review"
    if j < 2 or tokens[j - 1].text != "," or tokens[j].text != "of":
        return None
    j -= 1
    if j >= 2 and tokens[j - 1].tag == "CD" and tokens[j - 2].text == ",":
        j -= 2  # an age: "Paula Ortiz, 61, of Dayton"
    return j


def _dash_aside(tokens: Sequence[Token], end: int) -> int:
    """Before an aside between dashes that ends at ``end`` ("X -- the firm that makes the show --
    told"): where the opening dash starts; ``end`` when no dash opens it."""
    j = end - 1
    while j > 0 and tokens[j - 1].text in DASHES:
        j -= 1  # "--" is two tokens
    for k in range(j - 1, max(j - MAX_APPOSITIVE, 0), -1):
        if tokens[k].text in DASHES:
            while k > 0 and tokens[k - 1].text in DASHES:
                k -= 1
            return k
        if tokens[k].text in (".", ";", ":", "“", "”", '"'):
            break
    return end


def _with_head(tokens: Sequence[Token], first: int) -> int:
    """Where the noun phrase starts when it is the end of a longer one joined by a preposition:
    "the agency" in "the head of the agency" gives "the head of the agency", and "registered
    voters" in "An average of 10 percent of registered voters" the whole (up to three heads)."""
    for _ in range(3):
        head = _head_before(tokens, first)
        if head == first:
            break
        first = head
    return first


def _head_before(tokens: Sequence[Token], first: int) -> int:
    """One step of :func:`_with_head`: the head joined by one preposition, else ``first``."""
    lower = lowered(tokens)
    if first >= 2 and (lower[first - 1] in NOUN_PREPOSITIONS or lower[first - 1] in DESCRIPTION_PREPOSITIONS):
        start = first - 1
        if lower[start] == "to" and lower[start - 1] == "close":
            start -= 1  # "a source close to"
        head, stop = start, max(start - MAX_APPOSITIVE, 0)
        while head > stop and _in_noun(tokens, head - 1):
            head -= 1
        if head > 0 and tokens[head - 1].tag in DETERMINERS:
            head -= 1
        # "Varga's email to her supporters": a name's speaker noun, completed ("Varga's plan for Lund" is no speaker)
        possessed = head + 1 < start and tokens[head + 1].tag == "POS" and lower[start - 1] in SPEAKER_NOUNS
        capitalised_name = tokens[head].tag.startswith("NNP") and lower[head] not in SPEAKER_NOUNS and not possessed
        on_a_thing = lower[start] == "on" and lower[start - 1] not in SPEAKER_NOUNS  # "a wall on the border"
        if head < start and has_noun(tokens, head, start) and not capitalised_name and not on_a_thing:
            if start - head == 1 and tokens[head].tag == "CD" and _TALLY.fullmatch(tokens[head].text):
                return first  # "voted 6-1 for the motion": a vote's count alone, no noun the phrase after it belongs to
            return head
    return first


_TALLY = re.compile(r"\d+-\d+")  # a vote's or a game's count as one word: "6-1", "52-48" (bounded: one word)


def skip_time(tokens: Sequence[Token], end: int) -> int:
    """Before a time or place after the subject ("on April 4", "in Moscow", "last month"), up to
    3 words long; after an appositive's closing comma too ("X, who …, on Friday said")."""
    lower = lowered(tokens)
    if _TIME_PREPOSITIONS.isdisjoint(lower[max(end - 5, 0) + 1 : end]):
        return end  # most subjects: no preposition of time in the words read, one quick look
    for j in range(end - 1, max(end - 5, 0), -1):
        if lower[j] in _TIME_PREPOSITIONS and j > 0 and (tokens[j - 1].tag.startswith(("NN", "PRP", "CC", "WP")) or tokens[j - 1].text in (")", ",")):
            return j if all(_time_word(t) for t in tokens[j + 1 : end]) and j + 1 < end else end
        if not _time_word(tokens[j]):
            return end
    return end


def _time_word(token: Token) -> bool:
    return token.tag.startswith("NNP") or token.tag == "CD" or token.text.lower() in _TIME_NOUNS


def _skip_asides(tokens: Sequence[Token], end: int) -> int:
    """Before an aside between commas that is not part of the subject: ", for example,", ", in
    turn,", ", however,", ", when asked,", ", during a visit to Lund, Ohio," (a short phrase
    opening with a preposition or an adverb; it may hold a comma of its own)."""
    while end > 1 and tokens[end - 1].text == ",":
        opening = _aside_opening(tokens, end - 1)
        if opening is None:
            return end
        end = opening + 1  # keep the comma that opened the aside: it may close an appositive
        closes_place = _state_before(tokens, opening)  # "who died in Aurora, Colorado, in July, said": it does
        end = end - 1 if end > 1 and tokens[end - 2].tag.startswith(("NN", "PRP")) and not closes_place else end
    return end


def _aside_opening(tokens: Sequence[Token], closing: int) -> int | None:
    """The comma that opens an aside closed by the comma at ``closing``: the nearest comma
    before it followed by a preposition or an adverb ("during", "when"), within 14 words and
    with no quotation, semicolon or colon between."""
    for j in range(closing - 1, max(closing - 15, 0), -1):
        word = tokens[j]
        if word.tag == QUOTE or word.text in (";", ":"):
            return None
        after = tokens[j + 1]
        if word.text == "," and after.text.lower() in ("who", "which"):
            if j > 0 and tokens[j - 1].tag.startswith("NN"):
                return None  # the comma closes a noun's relative clause: "when Mr. Roe, who had lost, called"
            continue  # "Roe, meanwhile, who has no such backing, said": the aside is before it
        if word.text == "," and after.tag in ("IN", "RB", "WRB"):
            if after.text.lower() == "as" and (tokens[j + 2].tag.startswith("NNP") or is_pronoun(tokens[j + 2])):
                return None  # "Or, as Tom Ridge, a port chief, put it": "as" opens a clause with its own subject
            if _subject_of_what_follows(tokens, j + 1, closing):
                return None  # ", while Ada Reyes, the former mayor, proposed": the clause's subject, not an aside
            return j
    return None


def _subject_of_what_follows(tokens: Sequence[Token], conjunction: int, closing: int) -> bool:
    """Whether the words between commas from tokens[conjunction] to the comma at ``closing`` are a
    conjunction that opens a clause ("while", "when", "although" …) and its subject, a name or a
    pronoun with its appositive, but no verb: the verb after the comma is then the clause's own
    ("…, while Ada Reyes, the former mayor, proposed we “…”"); or a preposition, "what" and its
    subject, a free relative clause ("…, in what Ada Reyes, a party treasurer, called “…”"). An
    aside ("Holm, when asked, said", "Holm, while Reyes spoke, said") holds no subject or a verb
    of its own."""
    first = conjunction + 1
    if tokens[conjunction].text.lower() not in _CLAUSE_CONJUNCTIONS:
        if tokens[conjunction].tag != "IN" or first >= closing or tokens[first].text.lower() != "what":
            return False
        first += 1  # "in what Ada Reyes …": the free relative's subject
    if first >= closing or not (tokens[first].tag.startswith("NNP") or is_pronoun(tokens[first])):
        return False
    return not any(is_finite(tokens, v) for v in range(first + 1, closing))


# Subordinating conjunctions that are never prepositions: what follows them is a clause.
_CLAUSE_CONJUNCTIONS = frozenset("while when although though because whereas unless".split())


def can_stand_between(token: Token) -> bool:
    """A word that may stand between a subject and its verb: "has", "also", "repeatedly"; not
    one capitalised as a name, which ends the subject ("Theresa May said", "George Will wrote")."""
    word = token.text.lower()
    if token.tag.startswith("NNP"):
        return False
    return word in _BETWEEN or word in ("not", "n't", "n’t") or (token.tag == "RB" and word.endswith("ly"))


def _opening(tokens: Sequence[Token], close: int, opener: str, closer: str) -> int:
    """The index of the bracket that opens the one at ``close`` (or ``close`` + 1 when unmatched)."""
    for j in range(close - 1, max(close - MAX_APPOSITIVE, -1), -1):
        if tokens[j].text == opener:
            return j
        if tokens[j].text == closer:
            break
    return close + 1


def _clause_start(tokens: Sequence[Token], comma: int) -> int | None:
    """The comma that opens the appositive or relative clause closed by the comma at ``comma``:
    what lies between must read as one (a noun phrase, "who"/"which" and a clause, or an
    adjective of a word or two: "Ruiz, exasperated, responded", or a participle and a preposition,
    regular or not, which the lexicon may read as a past tense: "The memo, sent to Mills, called";
    only a clause may hold a quotation: "Lagos, citing “the magic of the coast,” said")."""
    quoted, title = False, -1
    for j in range(comma - 1, max(comma - MAX_APPOSITIVE, 0), -1):
        if j >= title > 0:
            continue  # a title's comma, marks and words between its appositive and "who"
        if tokens[j].tag in ("WP", "WDT") and _titled(tokens, j):
            title = j - 4  # "a contestant on his show, “Big Wins,” who went on to …": one description
            continue
        if tokens[j].text in (";", ":") or is_cue(tokens[j]) and j < comma - 1 and tokens[j + 1].text == ",":
            return None
        quoted = quoted or (tokens[j].text in ('"', "“", "”") or tokens[j].tag == QUOTE) and not _title_in_marks(tokens, j)
        if tokens[j].text == "," and _city_and_state(tokens, j):
            continue  # "a nurse in Allentown, Pa., said": the state is part of the place, no appositive
        if tokens[j].text == "," and tokens[j + 1].tag in ("VBZ", "VBD", "VBP", "MD"):
            relative = _relative_opening(tokens, j)
            if relative is not None:  # ", whose hometown, Tarsk, is expected to flood,"
                return relative
        if tokens[j].text == ",":
            inside = tokens[j + 1]
            opens = (inside.tag in _DESCRIBING or (not quoted and _appositive_phrase(tokens, j + 1)) or _partitive(tokens, j + 1)
                     or (comma - j <= 3 and tokens[comma - 1].tag == "JJ")  # "Ruiz, visibly exasperated, said"
                     or (inside.tag == "VBD" and tokens[j + 2].tag in ("IN", "TO")))  # ", asked about X,", ", sent to X," (a participle read as a past tense)
            before = _before_marks(tokens, j)
            after_noun = j > 0 and (tokens[j - 1].tag.startswith("NN") or tokens[j - 1].text == ")" or before < j
                                    or (tokens[j - 1].tag == "CD" and j > 1 and tokens[j - 2].text == ","))  # an age
            if not (opens and after_noun):
                return None
            relative = _relative_opening(tokens, comma) if inside.tag not in _DESCRIBING else None
            return relative if relative is not None and _closed_relative(tokens, relative, j) else j
    return None


def _closed_relative(tokens: Sequence[Token], relative: int, comma: int) -> bool:
    """Whether the relative clause opened by the comma at tokens[relative] has its own verb before
    the appositive that the comma at tokens[comma] opens, so that the appositive ends inside it
    and the whole clause is one aside: "Ana Ruiz, who lives near the county seat, Tarsk, said"
    (Ruiz speaks). In "Ana Ruiz, whose husband, Tom Ruiz, was …" the appositive names the
    clause's subject, whose verb comes after it."""
    return relative < comma and any(is_finite(tokens, v) or tokens[v].tag == "NNS" and tokens[v - 1].tag in ("WP", "WDT", "RB")
                                    for v in range(relative + 2, comma))  # "who lives": an -s verb the lexicon reads as a noun


def _title_in_marks(tokens: Sequence[Token], j: int) -> bool:
    """Whether tokens[j] is a short capitalised quotation (a book's or a show's title, a name) or
    a mark right around one: "author of “The Quiet Road,”" is a description that holds a title,
    which an appositive may do, not a clause with a quotation of its own words."""
    return any(0 <= n < len(tokens) and tokens[n].tag == QUOTE and _quoted_name(tokens[n]) for n in (j - 1, j, j + 1))


_PARTS = frozenset("many most some several all both few none one two three half".split())


def _partitive(tokens: Sequence[Token], i: int) -> bool:
    """Whether an aside of part of a group starts at tokens[i]: "many of them conservative
    Lutherans", "most of whom": it describes the group before its comma ("His critics, many of
    them old friends, argue": the critics argue), as an appositive does."""
    return (i + 2 < len(tokens) and tokens[i].text.lower() in _PARTS and tokens[i + 1].text.lower() == "of"
            and tokens[i + 2].text.lower() in ("them", "whom", "us"))


def _titled(tokens: Sequence[Token], who: int) -> bool:
    """Whether a title in quotation marks, set between commas (the second inside its marks),
    stands right before the relative pronoun at tokens[who]: ", “Big Wins,” who": the title
    names what the description before it names, and the relative clause goes on with it."""
    return (who >= 5 and tokens[who - 1].text in ("”", '"') and tokens[who - 2].tag == QUOTE
            and tokens[who - 2].text.endswith(",") and tokens[who - 3].text in OPENING_MARKS and tokens[who - 4].text == ",")


_PLACE_PREPOSITIONS = frozenset("in of from near at outside".split())


def _city_and_state(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the comma at tokens[comma] parts a town from its state or country, after a
    preposition of place: "in Allentown, Pa.,", "from Aurora, Colorado,", "in New Haven,
    Conn.," (one to three proper nouns on each side, and a comma or the end after the state)."""
    after = comma + 1
    while after < len(tokens) and after - comma <= 3 and tokens[after].tag.startswith("NNP"):
        after += 1
    if after == comma + 1 or after - comma > 3 or (after < len(tokens) and tokens[after].text != ","):
        return False
    before = comma - 1
    while before >= 0 and comma - before <= 3 and tokens[before].tag.startswith("NNP"):
        before -= 1
    return before < comma - 1 and before >= 0 and tokens[before].text.lower() in _PLACE_PREPOSITIONS


def _state_before(tokens: Sequence[Token], comma: int) -> bool:
    """Whether a town's state or country ends right before the comma at tokens[comma] ("in
    Aurora, Colorado,"): the comma then closes a phrase that holds the place."""
    for c in range(comma - 2, max(comma - 5, -1), -1):
        if tokens[c].text == ",":
            return _city_and_state(tokens, c)
        if not tokens[c].tag.startswith("NNP"):
            return False
    return False


def _appositive_phrase(tokens: Sequence[Token], i: int) -> bool:
    """Whether a noun phrase starts at tokens[i] that is no subject of a verb right after it: an
    appositive ("Ruiz, a spokeswoman, said"), not a clause ("in Beaumont, Tex., Mr. Trump was
    blunt, claiming": Mr. Trump is the subject of "was")."""
    phrase = noun_phrase_after(tokens, i)
    if phrase is None:
        return False
    j = phrase.last
    while j < len(tokens) and tokens[j].tag == "RB":
        j += 1  # "Mr. Trump was just as blunt"
    return j >= len(tokens) or tokens[j].tag not in ("VBD", "VBZ", "MD")  # not VBP: the tagger's guess for unknown nouns ("superdelegate")


def _relative_opening(tokens: Sequence[Token], comma: int) -> int | None:
    """The comma that opens a relative clause ("who", "whose", "which") whose subject has an
    appositive of its own, closed by the comma at ``comma`` before the clause's verb: in "Morel,
    whose hometown, Tarsk, is expected to flood, argues" the clause runs from "whose" to "flood"."""
    commas = 0
    for k in range(comma - 1, max(comma - MAX_APPOSITIVE, 0), -1):
        if tokens[k].text in (";", ":") or tokens[k].tag == QUOTE:
            return None
        if tokens[k].text == ",":
            if tokens[k + 1].tag in ("WP", "WP$", "WDT"):
                return k
            commas += 1
            if commas > 1:
                return None
    return None


def absolute_with(tokens: Sequence[Token], w: int) -> bool:
    """Whether tokens[w] is a "with" that opens the sentence or follows a comma: "…, with many
    marchers chanting “…”" says who chants, "met with reporters saying" does not."""
    return w >= 0 and tokens[w].text.lower() == "with" and (w == 0 or tokens[w - 1].text == ",")


def in_opening_phrase(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the comma at tokens[comma] closes a phrase that opens the sentence with a
    preposition ("In an interview with Joe Roe, the senator said"): what comes before it is
    the preposition's object, not a name that a description after the comma stands beside; a
    town's comma before its state is no closing one ("At a rally in Aspen, Colo., the
    graduate said")."""
    return tokens[0].tag == "IN" and all(tokens[c].text != "," or _city_and_state(tokens, c) for c in range(1, comma))


@read_once
def skip_back(tokens: Sequence[Token], j: int) -> int:
    """Where a verb's subject ends: before the words that may stand between ("has", "also",
    "himself"), an aside (:data:`_ASIDES`) and a verb that governs it ("continues to", "went on to")."""
    lower = lowered(tokens)
    while j > 0:
        aside = _aside_before(tokens, lower, j)
        if aside is not None:
            j = aside
        elif can_stand_between(tokens[j - 1]) or (j > 1 and lower[j - 1] in _REFLEXIVES and tokens[j - 2].tag.startswith("NN")):
            j -= 1
        elif j > 1 and lower[j - 1] == "to" and lower[j - 2] in _GOVERNING:
            j -= 2
        elif j > 2 and lower[j - 1] == "to" and lower[j - 2] == "on" and lower[j - 3] in _GO:
            j -= 3
        else:
            return j
    return j


def _aside_before(tokens: Sequence[Token], lower: tuple[str, ...], j: int) -> int | None:
    """Where an aside of :data:`_ASIDES` that ends at tokens[j] begins, or None (``lower``: the
    tokens' :func:`~framekit.language.tags.lowered` texts). Asked of most words: the word before
    tokens[j] is compared with an aside's last word first."""
    last = lower[j - 1] if j > 0 else ""
    if last not in _ASIDE_ENDINGS and "of" not in lower[max(j - 5, 2) : j]:
        return None  # most words: neither an aside's last word nor an "of" just before ("on behalf of")
    for words in _ASIDES:
        if words[-1] != "*" and not _aside_word(last, words[-1]):
            continue
        start = j - len(words)
        if words[-1] == "*":  # "on behalf of France": a noun phrase of up to four words
            start = next((k - 2 for k in range(j - 1, max(j - 6, 1), -1) if tokens[k].text in _OF), None)
            if start is None or noun_end(tokens, start + 3) != j:
                continue
            words = words[:-1]
        if start < 1 or not tokens[start - 1].tag.startswith(("NN", "PRP")):
            continue  # an aside follows its subject
        if all(_aside_word(lower[start + n], word) for n, word in enumerate(words)):
            return start
    return None


_OF = frozenset(("of", "Of", "OF", "oF"))  # "of" in any case, without lowering each word
_ASIDE_ENDINGS = frozenset(words[-1] for words in _ASIDES if words[-1] != "*")  # "part", "turn"


def _aside_word(found: str, wanted: str) -> bool:
    return found in _POSSESSIVES if wanted == "POSSESSIVE" else found == wanted


def is_finite(tokens: Sequence[Token], j: int) -> bool:
    """A verb with a subject: "said", "says", "say", "will"; "made" after a noun too, or after a
    noun and an adverb (the tagger often reads a past tense after a name as a participle:
    "Ruiz hardly clarified"), or after "Another" that opens a clause (:func:`_after_a_quantifier`);
    an -s form read as a plural noun after a singular subject (:func:`_singular_present`)."""
    tag = tokens[j].tag
    if tag in ("VBD", "VBZ", "VBP", "MD"):
        return True
    if tag == "NNS":
        return _singular_present(tokens, j)
    if tag == "VB":
        return _unchanged_past(tokens, j)
    i = j - 1 if j > 1 and tokens[j - 1].tag == "RB" else j  # "Trump hardly clarified"
    return tag == "VBN" and i > 0 and (tokens[i - 1].tag[:2] in ("NN", "PR") or tokens[i - 1].text == "," or _after_a_quantifier(tokens, i))


_UNCHANGED_PASTS = frozenset("put read set cut let hit quit shut spread cast".split())  # a past tense spelled as the base form


def _unchanged_past(tokens: Sequence[Token], j: int) -> bool:
    """Whether a verb whose past tense is spelled as its base form ("put", "read", "set"), which
    the tagger took for the base form, is the past tense: right after a singular noun or "he",
    "she", "it", which no base form follows ("His office put out a statement saying …")."""
    if j == 0 or tokens[j].text.lower() not in _UNCHANGED_PASTS:
        return False
    before = tokens[j - 1]
    return before.tag in ("NN", "NNP") or before.text.lower() in ("he", "she", "it")


def _after_a_quantifier(tokens: Sequence[Token], i: int) -> bool:
    """Whether the participle-like past tense at tokens[i] follows a pronoun of a group that
    opens its clause and comes before no noun it could describe: "Another featured five old
    photos" (a verb), not "Some elected officials" (an adjective)."""
    before = i - 1
    if tokens[before].text.lower() not in QUANTIFIER_SUBJECTS or not _opens_clause(tokens, before):
        return False
    return i + 1 < len(tokens) and tokens[i + 1].tag in ("DT", "CD", "PRP", "PRP$", "IN", "TO")


def _singular_present(tokens: Sequence[Token], j: int) -> bool:
    """Whether the word at tokens[j], which the lexicon reads as a plural noun ("lobbies",
    "campaigns", "works"), is a verb in the present tense: an -s form right after "he", "she",
    "it" or a pronoun of one of a group ("she lobbies for …", "Another notes …"), or after a
    name or such a pronoun and an adverb that stands between a subject and its verb ("Ruiz also
    campaigns"), or after a singular noun that ends a subject opened by an article, before an
    object ("The Rove ad hits Clinton for …"). No
    noun phrase goes on from a subject pronoun or from "also" to a plural noun; a name alone
    before the word is left alone ("Trump supporters said" is a noun phrase), and so is a plural
    noun for people ("the party leaders Ruiz and Vance")."""
    if j == 0 or not tokens[j].text.endswith("s"):
        return False
    before = tokens[j - 1]
    if before.text.lower() in _SINGULAR_PRONOUNS:
        return True
    if before.tag == "NN" and _object_follows(tokens, j):
        return _determined_noun_before(tokens, j - 1)  # "The Rove ad hits Clinton for …"
    if j < 2 or not can_stand_between(before) or before.text.lower() in _AUXILIARY_BETWEEN:
        return False
    subject = tokens[j - 2]
    return subject.tag.startswith("NNP") or subject.text.lower() in _SINGULAR_PRONOUNS


_OBJECT_OPENERS = frozenset("him her them his its their the a an".split())  # what opens an object after a verb


def _object_follows(tokens: Sequence[Token], j: int) -> bool:
    """Whether a name, an object pronoun or an article or possessive that opens an object follows
    the -s form at tokens[j], which is no noun for people ("leaders", "aides": "the party leaders
    Ruiz and Vance" is a noun phrase)."""
    if j + 1 >= len(tokens) or tokens[j].text.lower() in SPEAKER_NOUNS:
        return False
    after = tokens[j + 1]
    return after.tag == "NNP" or after.text.lower() in _OBJECT_OPENERS


def _determined_noun_before(tokens: Sequence[Token], last: int) -> bool:
    """Whether the singular noun at tokens[last] ends a noun phrase that opens its clause with an
    article: "The Rove ad" in "The Rove ad hits Clinton", a subject whose verb comes next."""
    first = last
    while first > 0 and tokens[first - 1].tag in ("NN", "NNP", "JJ"):
        first -= 1
    return first > 0 and tokens[first - 1].text.lower() in ("the", "a", "an") and (first == 1 or tokens[first - 2].text in _CLAUSE_OPENERS)


_SINGULAR_PRONOUNS = frozenset("he she it another each either neither".split())  # "another" cannot open a plural noun phrase either
_AUXILIARY_BETWEEN = frozenset("has have had would will could may might did does do".split())  # "she has works": no -s verb after these


def can_speak(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """Whether a phrase names someone who can say something: a name, a personal pronoun (not
    "it"), "some" or "others" standing alone, or a description whose head is a speaker noun ("the
    billionaire mogul", "the report")."""
    first = tokens[phrase.first]
    if is_pronoun(first):
        return first.text.lower() != "it"
    if phrase.last - phrase.first == 1 and first.text.lower() in QUANTIFIER_SUBJECTS:
        return True
    if name_of(tokens, phrase) is not None:
        return True
    head_end = _head_end(tokens, phrase.first, phrase.last)
    return tokens[head_end - 1].text.lower() in SPEAKER_NOUNS


def speaker_name(tokens: Sequence[Token], phrase: Phrase, text: str) -> str:
    """The words to show for a speaker: a person's or an organisation's name without titles
    ("Rep. Joseph Crowley" → "Joseph Crowley", "House Speaker Paul Ryan" → "Paul Ryan"), the
    name in an appositive ("Sanders's campaign manager, Jeff Weaver" → "Jeff Weaver"), else the
    noun phrase itself ("a nurse", "the senator"). ``text`` is what the offsets index."""
    name = name_of(tokens, phrase)
    first, last = name or (phrase.first, phrase.last)
    if "\n" in text[tokens[first].start : tokens[last - 1].end]:
        first = on_its_line(tokens, first, last, text)  # a heading's words before the name: not shown
    if first > 0 and tokens[first - 1].text.lower() == "the" and first - 1 >= phrase.first:
        first -= 1  # "the Kremlin", "the FBI": the article is part of how the name is written
    words = text[tokens[first].start : tokens[last - 1].end]
    if words.startswith("The ") or (name is None and not tokens[first].tag.startswith("NNP")):
        return words[:1].lower() + words[1:]  # as in mid-sentence: "Officials said" → "officials"
    return words


def on_its_line(tokens: Sequence[Token], first: int, last: int, text: str) -> int:
    """Where the words tokens[first:last] start when a line break stands among them: after the
    last break. A name or a description never runs across a line break; a heading without a full
    stop is read in one sentence with the paragraph under it, and its last words would be glued
    to the paragraph's first name ("… Over Zika Virus\nChris Christie said": Chris Christie).
    ``text`` is what the offsets index; one look at the words' own characters."""
    if last - first < 2:
        return first
    line = text.rfind("\n", tokens[first].end, tokens[last - 1].start)
    while line >= 0 and first < last - 1 and tokens[first].start < line:
        first += 1
    return first


@read_once
def name_of(tokens: Sequence[Token], phrase: Phrase) -> tuple[int, int] | None:
    """Where the name in a speaker's phrase is (tokens[first:last]), or None when it has none."""
    for first, last in ((phrase.first, phrase.last), phrase.appositive or (0, 0)):
        if first == last:
            continue  # no appositive: no words, no name
        if last - first > 2 and tokens[last - 1].text == ")":
            last = min(_opening(tokens, last - 1, "(", ")"), last)  # "state Rep. Ana Ruiz (D-Tarsk)": a party code after the name
        name = _name(tokens, first, last)
        if name is not None:
            return name
    return None


def names(tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """Every name in ``tokens`` (a run of proper nouns without its titles) as (first, last,
    title): the title is the word written just before the name ("Mr.", "Rep."), or "". Most
    runs are proper nouns alone, read by :func:`_proper_name`; a run that goes on with "de",
    "of" or "&" ("Bank of America") by :func:`_name`."""
    found, end = [], 0
    for j in tagged_as(tokens, _PROPER_NOUN):  # where a name may start
        if j < end or (tokens[j].text in _CALENDAR_NAMES and _dated(tokens, j)):  # the word first: the cheaper test
            continue  # inside the last run of names; "In June Trump said": a month, then the name
        end = j + 1
        while end < len(tokens) and tokens[end].tag.startswith("NNP"):
            end += 1
        proper = end  # where the proper nouns end: most runs end there too
        while end < len(tokens) and (tokens[end].tag.startswith("NNP") or tokens[end].text in _PARTICLES and _particle(tokens, end)
                                     or tokens[end].text in ("of", "&") and _in_noun(tokens, end)):
            end += 1
        name = _proper_name(tokens, j, end) if end == proper else _name(tokens, j, end)
        if name is not None:
            title = tokens[name[0] - 1].text if name[0] > j else ""
            found.append((name[0], name[1], title))
    return found


_PROPER_NOUN = Kept(lambda tag: tag[:3] == "NNP")  # a proper noun's tags ("NNP", "NNPS", "NNP|NN")


def _dated(tokens: Sequence[Token], j: int) -> bool:
    """Whether tokens[j] is a month or a weekday after a preposition or an article and before
    another name: a date in front of a name ("In June Trump said", "on Monday Ruiz wrote", "a
    June Trump rally"), not the name's first word."""
    return (tokens[j].text in _CALENDAR_NAMES and 0 < j < len(tokens) - 1 and tokens[j - 1].tag in ("IN", "DT")
            and tokens[j + 1].tag.startswith("NNP"))


def _name(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int] | None:
    """The run of proper nouns that ends the head of tokens[first:last] (the head ends before
    "of", "for"…), without its titles: a name that only modifies the head is not the speaker's
    ("the White House spokesman", "Twitter's director" have none)."""
    head_end = _head_end(tokens, first, last)
    for j in range(first, head_end):
        if tokens[j].tag == "POS":
            first = j + 1  # "Vladimir Putin's country": the name after the last possessive
    start = head_end
    while start > first and _name_word(tokens, start - 1, head_end):
        start -= 1
    of = start - 1
    if of - 2 >= first and tokens[of].text == "of" and all(_name_word(tokens, j, of) for j in (of - 2, of - 1)):
        head_end, start = of, of - 2  # "Marco Rubio of Florida": a person (first name and surname) of a place
        while start > first and _name_word(tokens, start - 1, head_end):
            start -= 1
    elif of - 2 >= first and tokens[of].text == "of" and _name_word(tokens, of - 1, of) and _honorific(tokens[of - 2]):
        head_end, start = of, of - 1  # "Mr. Dorn of Pine Ridge": a courtesy title makes the one word a person's surname, of a place
    elif of - 1 >= first and tokens[of].text == "of" and _name_word(tokens, of - 1, of):
        start = of - 1  # "Bank of America": one word, "of" and a name make an organisation's name
    return _name_from(tokens, start, head_end)


def _honorific(token: Token) -> bool:
    """A title written short with a full stop ("Mr.", "Sen.", "Dr.") or a courtesy title ("Mr",
    "Miss"): it stands before a person's name, never an organisation's, as "Republican" may
    ("the Republican Party of Wyoming")."""
    return _TITLE_WORD[token.text] and (token.text.endswith(".") or token.text.lower() in _COURTESY)


_COURTESY = frozenset("mr mrs ms miss dr sir dame".split())


def _proper_name(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int] | None:
    """:func:`_name` of a run of proper nouns alone (most names): what it reads of other words
    need not be asked. No proper noun is a possessive, each is a word of a name unless it is a
    title (a particle, "de", is none), and the title that stops the name is no "of"."""
    head_end = _head_end(tokens, first, last)
    start = head_end
    while start > first and not _TITLE_WORD[tokens[start - 1].text]:
        start -= 1
    return _name_from(tokens, start, head_end)


def _name_from(tokens: Sequence[Token], start: int, head_end: int) -> tuple[int, int] | None:
    """The name tokens[start:head_end] found by :func:`_name`, without the words of a title
    written with "of" before it and without a month that opens it (None when no word is left)."""
    if start >= 1 and tokens[start - 1].text.lower() == "of" and head_end - start > 2:
        start = head_end - 2  # "Minister of Armed Forces Sébastien Lecornu": the title's words, then two
        start -= 1 if tokens[start].text.endswith(".") else 0  # "… Council John J. Smith"
    elif start >= 2 and tokens[start - 1].text == "of" and _is_title(tokens[start - 2]):
        start += 1  # "Head of State", "Minister of Defence Lecornu": the title's last word
    if start < head_end - 1 and _dated(tokens, start):
        start += 1  # "In June Trump said": Trump
    return (start, head_end) if start < head_end else None


def _head_end(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where the head of the phrase tokens[first:last] ends: at the first preposition that joins
    the rest to it (:func:`_joins_head`), else at ``last``."""
    for j in range(first, last):
        if _PREPOSITION_OF_A_NOUN[tokens[j].text] and _joins_head(tokens, j, last):  # most words: no preposition, one look-up
            return j
    return last


def _joins_head(tokens: Sequence[Token], j: int, last: int) -> bool:
    """Whether the preposition at tokens[j] comes after the head of a noun phrase, not inside a
    name ("Secretary of State")."""
    inside_name = 0 < j < last - 1 and tokens[j - 1].tag.startswith("NNP") and tokens[j + 1].tag.startswith("NNP")
    return not inside_name and not _inside_title(tokens, j, last)


# Whether a word is a preposition that may join a noun phrase's head to the rest of it (any
# case of :data:`NOUN_PREPOSITIONS`, or one of :data:`DESCRIPTION_PREPOSITIONS` in lower case):
# asked of every word of a phrase.
_PREPOSITION_OF_A_NOUN = Kept(lambda text: text.lower() in NOUN_PREPOSITIONS or text in DESCRIPTION_PREPOSITIONS)


def _inside_title(tokens: Sequence[Token], j: int, last: int) -> bool:
    """Whether the "of" at tokens[j] is inside a title written in lower case before a name:
    "secretary of state Hillary Clinton", "chief of staff Denis McDonough" (a noun, "of", one
    noun, then the name)."""
    return (0 < j < last - 2 and tokens[j].text == "of" and tokens[j - 1].tag == "NN" and tokens[j + 1].tag == "NN"
            and tokens[j + 1].text[:1].islower() and tokens[j + 2].tag == "NNP")


def _name_word(tokens: Sequence[Token], j: int, head_end: int) -> bool:
    """A word of a name: a proper noun that is not a title, or a capitalised word the tagger read
    as an adjective ending the phrase ("Cuban said")."""
    word = tokens[j]
    if word.text in _PARTICLES and j < head_end - 1 and _particle(tokens, j):  # the word first: the cheaper test
        return True
    # a proper noun or a name in quotation marks, not a title (the tests written out, not asked of
    # functions: this is asked of every word of every name)
    proper = word.tag.startswith("NNP") or _quoted_name(word) or (word.tag == "JJ" and word.text[:1].isupper() and j == head_end - 1)
    return proper and not _TITLE_WORD[word.text]
