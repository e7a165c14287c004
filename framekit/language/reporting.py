"""Reporting clauses: who says something, and with which verb, read from tagged words.

A quotation or a figure is attributed by a *reporting clause*: a speech verb (the *cue*) and its
subject, the *speaker*. English puts them in a few orders, and each rule here names one:

- **subject, verb**: "Anna Kovač said", "the senator told reporters", "he later wrote";
- **verb, subject** (inverted, after a quotation, or after the comma that closes an opening
  phrase or clause: "Because of how the council drew the map, explained Reyes, “…”"):
  "…,” said Rep. Joseph Crowley (D-N.Y.)"; not
  a verb that judges its object "as" or "for" something ("…,” praised its staff for …");
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
  from Mayor Inga Solberg, who called it “…”");
- **participle**: "…, telling the crowd “…”", "…, saying that …": the subject of the main clause,
  or of the clause it ends (a verb after "and" in a clause that opens with "When" … is that
  clause's subject's: "When Varga referred to it and said “…,” the crowd cheered") ("…, when protesters interrupted her, shouting", "…, and within weeks
  the union had … placed ads calling it “…”", "with Ruiz tweeting … and asking");
- **subordinate clause**: a speech verb in a clause that opens the sentence (or its "that"
  clause) does not report a quotation after its closing comma ("After Brown criticized him,
  Lund shot back, “…”", "Clinton said that when Warren railed against the banks, “…”");
- **a described subject**: "be" in a "that" clause describes its subject with the quotation, and
  the speaker is further back ("analysts found that the Air Force is “the best”", "had been
  “contained”");
- **a phrase of where or how**: the description after "in", "at" or "on" before a verb is not
  its subject ("Dunmore backs Varga and in a statement credited her for “…”": Dunmore);
- **object of a causative verb**: "prompting officials like Ana Ruiz to counter that “…”";
- **according to**: "according to the clinic's chief, Dr Marsh";
- **between commas, verb first**: "The trouble, says Ana Ruiz, a historian, is that …" (Ruiz);
- **a passive of asking or telling**: "Ruiz was asked by the host Tom Brell, “…?”" and "Asked by
  Tom Brell if she “gets” it, Ruiz paused" give the words to the host, and "Ruiz was asked,
  “…?”" or "Asked whether Ruiz “has …,” most said yes" to no one named: whom a question is put
  to does not say it (:func:`asker_before`);
- **a passive with its agent before "as"**: "described by aides as “…”", "known by critics as a
  “…”": the agent (``quotes.extraction``);
- **quoting someone**: "Ruiz quotes the economist Karl Menz: “…”", "Lund closed the rally
  quoting Pablo Neruda: “…”": the one who quotes voices the words (:func:`quoter`);
- **no reporting verb**: "be", "have" or "do" right after a quotation is its own verb ("“…” were
  provoking violence"), unless a participle follows ("“…,” Ruiz is quoted as saying").

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
Crowley"), else the description itself ("a nurse"). Used by the quote extractor (lesson 02) and
the casualty-figure extractor (lesson 04), so that both read attribution by the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from framekit.language.tags import QUOTE, Kept, Token, Words, lowered, read_once, tag, tagged_as

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


def _forms(verb: str) -> set[str]:
    """Every form of a regular verb: says, said (or -ed), saying; spelling rules of English."""
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    last = verb + verb[-1] if verb in _DOUBLED else stem
    if verb.endswith("y") and verb[-2] not in "aeiou":
        third, past = verb[:-1] + "ies", verb[:-1] + "ied"
    else:
        third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
        past = (verb + "d") if verb.endswith("e") else last + "ed"
    return {verb, third, past, last + "ing", *_IRREGULAR.get(verb, ())}


CUE_FORMS = {form: verb for verb in SPEECH_VERBS for form in _forms(verb)}
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
    panelist panelists crowd crowds writers authors agent agents hosts voice narrator""".split()
)
# Words between a subject and its verb: "Lecornu has repeatedly said", "she later wrote".
_BETWEEN = frozenset(
    """has have had also later earlier then now again once still would will could may might did does do further
    even just never first soon often always sometimes""".split()
)
# Asides without commas between a subject and its verb: "Russia for its part warned", "Paris in
# turn said", "Lecornu on behalf of France expressed" (the words of each, "*" a noun phrase).
_ASIDES = (("for", "POSSESSIVE", "part"), ("in", "turn"), ("on", "behalf", "of", "*"))
# Nouns for what someone said: "Gale's claim that …", "his promise of …".
_SPEECH_NOUNS = frozenset(
    """claim claims statement statements remark remarks comment comments words assertion assertions
    promise promises warning warnings description argument suggestion accusation accusations
    insistence pledge vow boast tweet tweets speech message response answer reply slogan motto mantra
    catchphrase""".split()
)
_WORDINGS = frozenset("slogan motto mantra catchphrase".split())  # speech nouns that name a fixed wording
_BE = frozenset("is are was were be been ’s 's".split())
_HAVE = frozenset("has have had do does did".split())
_BE_OR_HAVE = _BE | _HAVE
_COMPLEMENTED = ("VB", "VBD", "VBP", "VBZ", "VBG")  # verbs whose object may be a clause: "thinks X can"
# What may stand before a name that opens a clause: the start, a comma, a conjunction, a mark.
_CLAUSE_OPENERS = frozenset([",", ";", ":", "and", "but", "“", '"', "‘", "—", "–", "-"])
# Words that open a subordinate clause: its subject is not the sentence's (though a participle
# that ends the clause goes with it: _adverbial_subject).
_SUBORDINATORS = frozenset("as when because if while after before since although though unless until whether".split())
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
_DETERMINERS = ("DT", "PRP$", "WP$")
# What opens a clause between commas that describes the noun before it: ", who …", ", which …",
# a participle (", speaking in Lima,", ", published by the Commission,").
_DESCRIBING = ("WP", "WP$", "WDT", "VBG", "VBN")
# Prepositions that can join a head noun to the rest of its noun phrase ("the head of the agency",
# "a source close to Mr. Lecornu", "a spokesman for the campaign").
_NOUN_PREPOSITIONS = frozenset("of for at from to with close".split())
# Prepositions that join only a description, not a name's place: "a narrator in the ad", "a source
# on the panel", not "Trump in Ohio".
_DESCRIPTION_PREPOSITIONS = frozenset(("in", "on"))
WINDOW = 60  # words: a reporting clause, or a sentence's subject, is this near; the rest is not read
_DEPTH = 3  # how many phrases around a subject are looked through: a relative clause, an appositive …
_MAX_APPOSITIVE = 25  # words between the commas of an appositive or relative clause
# After ", even though" (and the like) a new clause begins: a verb before it does not govern what follows.
_CONCESSIVE = frozenset("though although but whereas however".split())
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


class Clause(NamedTuple):
    """A reporting clause: the cue (an index into the tokens) and the speaker's phrase."""

    cue: int
    speaker: Phrase


def is_cue(token: Token) -> bool:
    """A form of a speech verb tagged as a verb ("said", "tweeting")."""
    verb = token.tag[:2] == "VB" or token.text in ("said", "Said")  # the tag first: it is the cheaper test
    return verb and token.text.lower() in CUE_FORMS


def _participle_cue(tokens: Sequence[Token], j: int) -> bool:
    """An -ing form of a speech verb the tagger read as an adjective, right after its subject:
    "with Cruz recently promising to …" (not "a promising candidate")."""
    word = tokens[j].text.lower()
    if not (word.endswith("ing") and word in CUE_FORMS and tokens[j].tag == "JJ"):
        return False
    end = _skip_back(tokens, j)
    return end > 0 and (tokens[end - 1].tag.startswith("NNP") or is_pronoun(tokens[end - 1]))


def _put_it(tokens: Sequence[Token], j: int) -> bool:
    """"As X put it": the idiom reports words as a speech verb does."""
    return tokens[j].text.lower() == "put" and j + 1 < len(tokens) and tokens[j + 1].text.lower() == "it"


_PLURAL_PRONOUNS = frozenset("they we i you".split())


def _present_tense(tokens: Sequence[Token], j: int) -> bool:
    """A speech verb in the present tense right after its subject, whatever the tagger read: the
    base form after a plural subject ("critics say", "officials warn that", "they argue"), the
    -s form after a name or a singular noun ("The Post reports that", "The ad claims that"), either
    after "who" ("who estimates that", "voters who complain that"). Read
    as a noun ("Democrats claim", "Post reports"), only when what was said follows ("that", a
    quotation, a colon, or a clause: "observers note the council would …")."""
    word = tokens[j].text.lower()
    verb = CUE_FORMS.get(word)
    if j == 0 or verb is None or tokens[j].tag not in ("VB", "VBP", "NN", "NNS"):
        return False
    before = tokens[j - 1]
    relative = before.text.lower() == "who"  # "Dunmore, who estimates that …": a relative clause's verb
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    says_what = following is not None and (following.tag == QUOTE or following.text.lower() in ("that", ":", "“", '"'))
    if word == verb:
        subject = before.tag in ("NNS", "NNPS") or before.text.lower() in _PLURAL_PRONOUNS or relative
    else:  # "The ad claims that"; after a plural that ends the subject's complement, only with "that" or a quotation: "The email to her supporters notes that"
        subject = word.endswith("s") and tokens[j].tag == "NNS" and (before.tag in ("NNP", "NN") or relative or before.tag == "NNS" and says_what)
    return subject and (tokens[j].tag in ("VB", "VBP") or says_what or _clause_follows(tokens, j + 1))


def _clause_follows(tokens: Sequence[Token], i: int) -> bool:
    """Whether a clause without "that" starts at tokens[i]: a noun phrase that opens with a
    determiner and a verb of its own ("Legal observers note the council wouldn't “close” the
    pier": what was said, so "note" is a verb, not a noun)."""
    if i >= len(tokens) or tokens[i].tag not in _DETERMINERS:
        return False
    phrase = noun_phrase_after(tokens, i)
    return phrase is not None and _verb_follows(tokens, phrase)


def _infinitive(tokens: Sequence[Token], j: int) -> bool:
    """A speech verb's base form after "to" that the tagger read as a noun, when what was said
    follows ("to counter that …", "to answer: “…”"), as it never does a noun after "to"."""
    word = tokens[j].text.lower()
    if j == 0 or j + 1 >= len(tokens) or tokens[j].tag != "NN" or CUE_FORMS.get(word) != word:
        return False
    following = tokens[j + 1]
    return tokens[j - 1].tag == "TO" and (following.tag == QUOTE or following.text.lower() in ("that", ":", "“", '"'))


def cue_at(tokens: Sequence[Token], j: int) -> bool:
    """A speech verb at tokens[j], not a noun read as one: "Shoigu’s claims", "the claims" (after
    a possessive or a determiner, the word is a noun), "the phone call" (a verb's base form
    reports only after "to", "will", "did"…: "wanted to say", "did not say"); or "put it".
    Each test below needs a form of a speech verb or "put": other words are refused at once,
    since this is asked of nearly every word of an article."""
    word = lowered(tokens)[j]
    if word not in CUE_FORMS:
        return word == "put" and _put_it(tokens, j)  # "put" is no form of a speech verb: only "as X put it" reports
    tag = tokens[j].tag  # each reading below needs its own tag: an adjective, a present tense, a noun
    if (tag == "JJ" and _participle_cue(tokens, j)) or (tag in _PRESENT_OR_NOUN and (_present_tense(tokens, j) or _infinitive(tokens, j))):
        return True
    if not is_cue(tokens[j]):
        return False
    if CUE_FORMS[word] == "continue" and j + 1 < len(tokens) and tokens[j + 1].text[:1].isalnum() and tokens[j + 1].text != "that":
        return False  # "will continue to be “…”", "continue Bush's policy": "continue" speaks on its own ("“…,” he continued") or with "that"
    before = tokens[j - 1] if j > 0 else None
    if before is not None and before.tag in ("POS", "DT", "PRP$") and before.text.lower() != "that":
        return tokens[j].tag == "VBD" and before.text.lower() in QUANTIFIER_SUBJECTS  # "the claims", not "Some chanted"
    return tokens[j].tag != "VB" or (before is not None and (before.tag in ("MD", "TO") or before.text.lower() in ("did", "does", "do", "not", "n't")))


_PRESENT_OR_NOUN = frozenset(("VB", "VBP", "NN", "NNS"))  # the tags of _present_tense (and of _infinitive: "NN")


def cues(tokens: Sequence[Token], start: int = 0) -> list[int]:
    """Where a speech verb stands (:func:`cue_at`) in tokens[start:]: a word that is no form of
    one (most words) is passed over without asking, and a sentence with no such word at all
    is found so in one look."""
    lower = lowered(tokens)
    if _CUE_WORDS.isdisjoint(lower):
        return []
    return [j for j, word in enumerate(lower[start:], start) if word in _CUE_WORDS and cue_at(tokens, j)]


_CUE_WORDS = frozenset([*CUE_FORMS, "put"])  # the words cue_at may accept


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


def before_opening_marks(tokens: Sequence[Token], i: int, floor: int = -1) -> int:
    """The index of the last word before tokens[i] that is no opening quotation mark, or ``floor``
    when only marks stand between tokens[floor] and tokens[i]: what a quotation follows."""
    j = i - 1
    while j > floor and tokens[j].text in OPENING_MARKS:
        j -= 1
    return j


def _before_marks(tokens: Sequence[Token], end: int) -> int:
    """``end``, or where a quoted name ends when closing marks stand between: the organisation
    “Islamic State”, which …"""
    j = end
    while j > 1 and tokens[j - 1].text in ("”", '"', "’", "»"):
        j -= 1
    return j if j < end and _quoted_name(tokens[j - 1]) else end


def _in_noun(tokens: Sequence[Token], i: int) -> bool:
    """Whether tokens[i] can stand inside a noun phrase (not as its first word)."""
    token = tokens[i]
    if token.tag in _NOUNISH or _is_title(token) or _quoted_name(token):
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
    end = _noun_end(tokens, i)
    if end is None:
        return None
    return Phrase(i, end, appositive_after(tokens, end))


def _noun_end(tokens: Sequence[Token], i: int) -> int | None:
    """Where the noun phrase that starts at tokens[i] ends, or None if none starts there."""
    if i >= len(tokens):
        return None
    if is_pronoun(tokens[i]):
        return i + 1
    end = i + 1 if tokens[i].tag in _DETERMINERS else i
    stop = min(len(tokens), i + _MAX_APPOSITIVE)
    while end < stop and _in_noun(tokens, end):
        end += 1
    return end if end > i and _has_noun(tokens, i, end) else None


def appositive_after(tokens: Sequence[Token], end: int) -> tuple[int, int] | None:
    """", a spokeswoman for the port authority," after a noun phrase: from the word after the
    comma to the next comma (or to the end of the noun phrase, when no comma closes it)."""
    if end + 1 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].tag in ("WP", "WDT"):
        return None
    inner = _noun_end(tokens, end + 1)
    if inner is None or is_pronoun(tokens[end + 1]):
        return None
    for j in range(inner, min(end + _MAX_APPOSITIVE, len(tokens))):
        if tokens[j].text in (";", ":", '"', "“", "”") or is_cue(tokens[j]) and tokens[j - 1].text != ",":
            break
        if tokens[j].text == "," and not _city_and_state(tokens, j):  # "a nurse in Allentown, Pa.,": one phrase
            return end + 1, j
    return end + 1, inner


def _has_noun(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the phrase has a noun (or ends with a capitalised word read as an adjective, "Cuban",
    or with an age that stands for a person, "the 67-year-old")."""
    if tokens[last - 1].tag == "JJ" and (tokens[last - 1].text[:1].isupper() or _an_age(tokens[last - 1])):
        return True
    for j in range(first, last):
        token = tokens[j]
        if token.tag.startswith("NN") or token.tag == "CD" or _is_title(token) or _quoted_name(token):
            return True
    return False


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
    end = _skip_time(tokens, _skip_back(tokens, i))
    if end > 0 and tokens[end - 1].text == ")":
        end = _opening(tokens, end - 1, "(", ")")
    if end > 0 and tokens[end - 1].text in DASHES:
        end = _dash_aside(tokens, end)
    appositive = None
    end = _skip_asides(tokens, end)
    if end > 0 and (tokens[end - 1].text == "," or _comma_in_quotation(tokens, end)):
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
    if end == 0:
        return None
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
    if lower[end - 1] in QUANTIFIER_SUBJECTS and (end == 1 or lower[end - 2] in _CLAUSE_OPENERS):
        return Phrase(end - 1, end, appositive)  # "Some chanted", "Others said": a group of those just named
    if end >= 2 and lower[end - 2] == "those" and tokens[end - 1].tag in ("VBN", "VBD"):
        return Phrase(end - 2, end, appositive)  # "those surveyed said": the people the participle names
    first, stop = end, max(end - _MAX_APPOSITIVE, 0)
    while first > stop and _in_noun(tokens, first - 1):
        first -= 1
    if first > 0 and tokens[first - 1].tag in _DETERMINERS:
        first -= 1
    while first < end - 1 and tokens[first].tag in ("RB", "RBS") and (first == 0 or tokens[first - 1].text in _CLAUSE_OPENERS):
        first += 1  # "Perhaps young voters prefer": an adverb opens a clause, not a noun phrase ("the only …" opens with its article)
    if first == end or not _has_noun(tokens, first, end):
        return None
    first = _with_head(tokens, first)
    first = _with_approximation(tokens, first)
    if depth >= _DEPTH:
        return Phrase(first, end, appositive)
    origin = _origin_start(tokens, first)
    if origin is not None and tokens[first - 1].text == "," and _in_opening_phrase(tokens, first - 1):
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
        opens = opens and not _in_opening_phrase(tokens, comma)  # "In an interview with Joe Roe, the senator said"
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
    opens = opens or _absolute_with(tokens, left - 1)  # ", with marchers and spectators chanting"
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


def _comma_in_quotation(tokens: Sequence[Token], end: int) -> bool:
    """Whether the words before ``end`` close with a quotation whose last mark is a comma, as an
    aside between commas does: "Lagos, citing “the magic of the coast,” said"."""
    return end > 1 and tokens[end - 1].text in ("”", '"') and tokens[end - 2].tag == QUOTE and tokens[end - 2].text.endswith(",")


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
    for k in range(j - 1, max(j - _MAX_APPOSITIVE, 0), -1):
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
    if first >= 2 and (lower[first - 1] in _NOUN_PREPOSITIONS or lower[first - 1] in _DESCRIPTION_PREPOSITIONS):
        start = first - 1
        if lower[start] == "to" and lower[start - 1] == "close":
            start -= 1  # "a source close to"
        head, stop = start, max(start - _MAX_APPOSITIVE, 0)
        while head > stop and _in_noun(tokens, head - 1):
            head -= 1
        if head > 0 and tokens[head - 1].tag in _DETERMINERS:
            head -= 1
        # "Varga's email to her supporters": a name's speaker noun, completed ("Varga's plan for Lund" is no speaker)
        possessed = head + 1 < start and tokens[head + 1].tag == "POS" and lower[start - 1] in SPEAKER_NOUNS
        capitalised_name = tokens[head].tag.startswith("NNP") and lower[head] not in SPEAKER_NOUNS and not possessed
        on_a_thing = lower[start] == "on" and lower[start - 1] not in SPEAKER_NOUNS  # "a wall on the border"
        if head < start and _has_noun(tokens, head, start) and not capitalised_name and not on_a_thing:
            if start - head == 1 and tokens[head].tag == "CD" and _TALLY.fullmatch(tokens[head].text):
                return first  # "voted 6-1 for the motion": a vote's count alone, no noun the phrase after it belongs to
            return head
    return first


_TALLY = re.compile(r"\d+-\d+")  # a vote's or a game's count as one word: "6-1", "52-48" (bounded: one word)


def _skip_time(tokens: Sequence[Token], end: int) -> int:
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
    return not any(_finite(tokens, v) for v in range(first + 1, closing))


# Subordinating conjunctions that are never prepositions: what follows them is a clause.
_CLAUSE_CONJUNCTIONS = frozenset("while when although though because whereas unless".split())


def _between(token: Token) -> bool:
    """A word that may stand between a subject and its verb: "has", "also", "repeatedly"; not
    one capitalised as a name, which ends the subject ("Theresa May said", "George Will wrote")."""
    word = token.text.lower()
    if token.tag.startswith("NNP"):
        return False
    return word in _BETWEEN or word in ("not", "n't", "n’t") or (token.tag == "RB" and word.endswith("ly"))


def _opening(tokens: Sequence[Token], close: int, opener: str, closer: str) -> int:
    """The index of the bracket that opens the one at ``close`` (or ``close`` + 1 when unmatched)."""
    for j in range(close - 1, max(close - _MAX_APPOSITIVE, -1), -1):
        if tokens[j].text == opener:
            return j
        if tokens[j].text == closer:
            break
    return close + 1


def _clause_start(tokens: Sequence[Token], comma: int) -> int | None:
    """The comma that opens the appositive or relative clause closed by the comma at ``comma``:
    what lies between must read as one (a noun phrase, "who"/"which" and a clause, or an
    adjective of a word or two: "Ruiz, exasperated, responded"; only a clause may hold a
    quotation: "Lagos, citing “the magic of the coast,” said")."""
    quoted, title = False, -1
    for j in range(comma - 1, max(comma - _MAX_APPOSITIVE, 0), -1):
        if j >= title > 0:
            continue  # a title's comma, marks and words between its appositive and "who"
        if tokens[j].tag in ("WP", "WDT") and _titled(tokens, j):
            title = j - 4  # "a contestant on his show, “Big Wins,” who went on to …": one description
            continue
        if tokens[j].text in (";", ":") or is_cue(tokens[j]) and j < comma - 1 and tokens[j + 1].text == ",":
            return None
        quoted = quoted or tokens[j].text in ('"', "“", "”") or tokens[j].tag == QUOTE
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
                     or (inside.tag == "VBD" and inside.text.endswith("ed") and tokens[j + 2].tag in ("IN", "TO")))  # ", asked about X,"
            before = _before_marks(tokens, j)
            after_noun = j > 0 and (tokens[j - 1].tag.startswith("NN") or tokens[j - 1].text == ")" or before < j
                                    or (tokens[j - 1].tag == "CD" and j > 1 and tokens[j - 2].text == ","))  # an age
            return j if opens and after_noun else None
    return None


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
    for k in range(comma - 1, max(comma - _MAX_APPOSITIVE, 0), -1):
        if tokens[k].text in (";", ":") or tokens[k].tag == QUOTE:
            return None
        if tokens[k].text == ",":
            if tokens[k + 1].tag in ("WP", "WP$", "WDT"):
                return k
            commas += 1
            if commas > 1:
                return None
    return None


def clause_after(tokens: Sequence[Token], i: int, any_verb: bool = False) -> Clause | None:
    """A reporting clause starting at tokens[i]: "said Anna Kovač" or "Anna Kovač said". With
    ``any_verb`` (right after a quotation), any verb in the past or present reports it: "“…,”
    Trump barked", "“…,” Hannity started"."""
    if i < len(tokens) and (is_cue(tokens[i]) or (any_verb and tokens[i].tag in ("VBD", "VBN", "VBZ") and not _auxiliary(tokens, i))):
        if tokens[i].text.lower().endswith("ing"):
            return None  # "…”, noting flagging conditions": a participle and its object
        if CUE_FORMS.get(tokens[i].text.lower()) == "tell":
            return None  # "…, told AFP": whom it was told to; "tell" is never put before its subject
        speaker = noun_phrase_after(tokens, i + 1)
        if speaker is None or _verb_follows(tokens, speaker):
            return None  # "…”, said the candidate could win": the candidate is who the words are about
        if _judged_object(tokens, i, speaker):
            return None  # "…,” described the strain as “crushing”": what is described, not who speaks
        if speaker.appositive is None and name_of(tokens, speaker) is None:
            speaker = Phrase(speaker.first, _complements(tokens, speaker.last), None)  # "said a source close to X"
        return Clause(i, speaker)
    phrase = noun_phrase_after(tokens, i)
    if phrase is None:
        return None
    phrase = _past_age(tokens, phrase)
    if any_verb and _swallowed_verb(tokens, phrase):  # "“…,” the report states": the verb is no noun
        return Clause(phrase.last - 1, Phrase(phrase.first, phrase.last - 1))
    j = phrase.last
    if j < len(tokens) and tokens[j].text == "(":
        j = _closing(tokens, j)
    if phrase.appositive is None:
        longer = _complements(tokens, j)
        if longer > j:  # "a spokesman for the port authority said"
            phrase, j = Phrase(phrase.first, longer, appositive_after(tokens, longer)), longer
    if phrase.appositive and phrase.appositive[1] < len(tokens) and tokens[phrase.appositive[1]].text == ",":
        j = phrase.appositive[1] + 1
    elif j < len(tokens) and tokens[j].text == ",":
        relative = _relative_clause_end(tokens, j)
        j = relative if relative is not None else j
    if phrase.appositive is not None:
        j = _past_listed(tokens, j)
    while j < len(tokens) and _between(tokens[j]):
        j += 1
    if j < len(tokens) and not tokens[j].text.lower().endswith("ing"):
        if is_cue(tokens[j]) or _put_it(tokens, j) or (any_verb and tokens[j].tag in ("VBD", "VBZ") and not _auxiliary(tokens, j)):
            return Clause(j, phrase)
    return None


def _judged_object(tokens: Sequence[Token], verb: int, phrase: Phrase) -> bool:
    """Whether the noun phrase after a speech verb that judges or names something ("describe",
    "denounce", "praise" …) is the verb's object, with "as" or "for" after it: "who estimates
    that his losses were “in the millions,” described the strain as “crushing”", "summed her up
    as “…,” denounced her record as …". A verb that names its object this way never comes
    before its subject."""
    after = phrase.last
    return (CUE_FORMS.get(tokens[verb].text.lower()) in _JUDGING and after < len(tokens)
            and tokens[after].text.lower() in ("as", "for"))


# Speech verbs whose object is what they judge or name, with "as" or "for": "described it as".
_JUDGING = frozenset(
    """describe denounce label dismiss criticize criticise praise blast slam condemn decry hail welcome applaud
    laud lambaste berate ridicule deride accuse thank mock taunt dub call chide scold""".split()
)


def _auxiliary(tokens: Sequence[Token], j: int) -> bool:
    """Whether tokens[j] is a form of "be", "have" or "do" that after a quotation is the
    quotation's own verb or helps one ("“…” were provoking violence", "“…,” the answer was"),
    no way of saying it; before a past participle it makes one ("“…,” Ruiz is quoted as saying",
    "“…,” Ruiz had written")."""
    return tokens[j].text.lower() in _BE_OR_HAVE and (j + 1 >= len(tokens) or tokens[j + 1].tag != "VBN")


def _past_age(tokens: Sequence[Token], phrase: Phrase) -> Phrase:
    """The phrase with the appositive that follows an age: in "Ana Ruiz, 67, a retired nurse,
    said" the age is read first as the appositive; the description after it is the one that
    tells who she is."""
    age = phrase.appositive
    if age is None or age[1] != age[0] + 1 or tokens[age[0]].tag != "CD" or age[1] >= len(tokens) or tokens[age[1]].text != ",":
        return phrase
    described = appositive_after(tokens, age[1])
    return phrase if described is None else Phrase(phrase.first, phrase.last, described)


def _swallowed_verb(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """Whether a noun phrase read after a quotation ends with a speech verb in the present tense
    that the tagger read as a noun: its base form after a plural ("the Danes state"), its -s
    form after a singular ("the report states")."""
    last = phrase.last - 1
    word = tokens[last].text
    verb = CUE_FORMS.get(word)
    if last == phrase.first or verb is None or tokens[last].tag not in ("NN", "NNS"):
        return False
    if phrase.last < len(tokens) and tokens[phrase.last].tag.startswith(("VB", "MD")):
        return False  # "the ferry reports show": the verb comes after
    before = tokens[last - 1].tag
    return before in ("NNS", "NNPS") if word == verb else word.endswith("s") and before in ("NN", "NNP")


def _past_listed(tokens: Sequence[Token], j: int) -> int:
    """Past the rest of an appositive that holds a list, to the speech verb after its last comma:
    "Anne Roe, secretary for ports, roads, and rail, said" (the appositive read so far ends at
    the first comma). Only over a list: nouns, adjectives and prepositions with an "and" or "or";
    ``j`` otherwise."""
    listed = False
    for n in range(j, min(j + _MAX_APPOSITIVE, len(tokens) - 1)):
        token = tokens[n]
        if token.text == "," and is_cue(tokens[n + 1]):
            return n + 1 if listed else j
        if token.text.lower() in ("and", "or"):
            listed = True
        elif token.text != "," and not token.tag.startswith(("NN", "JJ", "DT", "IN", "CD", "POS")):
            return j  # a verb, a quotation: not a list of nouns
    return j


def _verb_follows(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """Whether a verb comes right after the phrase: the phrase is then the subject of a clause
    of its own."""
    if phrase.appositive is not None:
        return False  # "said Steve Smith, a veteran editor who is …": the verb is the appositive's
    j = phrase.last
    while j < len(tokens) and tokens[j].tag == "RB":
        j += 1  # "said the town now could win"
    return j < len(tokens) and (tokens[j].tag in ("MD", "VBD", "VBZ", "VBP") or tokens[j].text.lower() in ("has", "have", "had"))


def _complements(tokens: Sequence[Token], end: int) -> int:
    """Where a noun phrase ending at ``end`` ends with the prepositional phrases that complete it:
    "a spokesman" + "for the port authority", "a source" + "close to Mr. Lecornu", "a narrator"
    + "in the ad"."""
    for _ in range(3):
        j = end
        if j + 1 < len(tokens) and tokens[j].text.lower() == "close" and tokens[j + 1].text.lower() == "to":
            j += 1
        if j >= len(tokens) or tokens[j].text.lower() not in _NOUN_PREPOSITIONS and tokens[j].text not in _DESCRIPTION_PREPOSITIONS:
            break  # "a narrator in the ad", "officials in Lund"
        following = _noun_end(tokens, j + 1)
        if following is None or is_pronoun(tokens[j + 1]):
            break
        end = following
    return end


def _closing(tokens: Sequence[Token], opener: int) -> int:
    for j in range(opener + 1, min(opener + _MAX_APPOSITIVE, len(tokens))):
        if tokens[j].text == ")":
            return j + 1
    return opener


def _relative_clause_end(tokens: Sequence[Token], comma: int) -> int | None:
    """After ", who …," the index past the closing comma."""
    if comma + 1 < len(tokens) and tokens[comma + 1].tag in ("WP", "WDT"):
        for j in range(comma + 2, min(comma + _MAX_APPOSITIVE, len(tokens))):
            if tokens[j].text == ",":
                return j + 1
    return None


def clause_before(tokens: Sequence[Token], i: int) -> Clause | None:
    """The nearest reporting clause before tokens[i] in the same sentence: "Anna Kovač said: “…",
    "he told reporters that “…", "…, telling the crowd, “…" or "X held a call and expressed
    “…" (the subject of the main clause). A verb whose clause ends before tokens[i] (", even
    though …", ", but …") does not report it."""
    lower = lowered(tokens)
    for j in range(i - 1, max(i - WINDOW, 0) - 1, -1):
        if lower[j] in _CONCESSIVE and j > 0 and (tokens[j - 1].text == "," or lower[j - 1] == "even"):
            if not any(_finite(tokens, v) for v in range(j + 1, i)):
                continue  # "said that …, but “we are still counting”", "…, but not until Obama “admits …”": the words reported go on
            return None
        if lower[j] not in _CUE_WORDS or not cue_at(tokens, j):
            continue  # most words: no form of a speech verb, refused without asking cue_at
        subject = cue_subject(tokens, j)
        if subject is not None and main_clause_after(tokens, subject, j, i) is None and not _quoted_main_clause(tokens, subject, j, i):
            return Clause(j, subject)
    return None


def _quoted_main_clause(tokens: Sequence[Token], subject: Phrase, j: int, i: int) -> bool:
    """Whether the speech verb at tokens[j] is in a subordinate clause that opens its sentence or
    its "that" clause, and a comma closes it right before the quotation at tokens[i], which is
    then the main clause: in "Clinton said that when Warren railed against the banks, “she is
    speaking for us”" Warren rails, and the words are what Clinton said."""
    opener = subject.first - 1
    if opener < 0 or tokens[opener].text.lower() not in OPENING_SUBORDINATORS:
        return False
    if opener > 0 and tokens[opener - 1].text.lower() != "that":
        return False  # "…, when a boy shouted, “…”": a clause that ends the sentence gives the words
    c = before_opening_marks(tokens, i, j)
    return c > j and (tokens[c].text == "," or _comma_in_quotation(tokens, c + 1) and tokens[c].tag == QUOTE)


# Subordinators that open a clause of time, contrast or cause before the main clause ("After X
# criticized him, Y shot back"); not "as", whose clause gives the source ("As X put it, …").
OPENING_SUBORDINATORS = _SUBORDINATORS - {"as", "whether"}


def main_clause_after(tokens: Sequence[Token], subject: Phrase, j: int, i: int) -> Phrase | None:
    """When the verb at tokens[j] is in a subordinate clause that a comma closes before the
    quotation at tokens[i], the subject of the main clause that stands between: in "After Brown
    criticized him during a debate, Lund shot back, “…”" or "While Sullivan calls it a
    “terrific piece,” Holt fixates on the “pivot” line" the words after the comma are Lund's and
    Holt's, not Brown's or Sullivan's. None when the verb is not in such a clause."""
    if subject.first == 0 or tokens[subject.first - 1].text.lower() not in OPENING_SUBORDINATORS:
        return None
    for c in range(j + 1, i - 1):
        if tokens[c].text != "," and not _comma_in_quotation(tokens, c + 1):
            continue
        main = noun_phrase_after(tokens, c + 1)
        main_subject_found = _main_subject_in(tokens, main) if main is not None and main.last < i else None
        if main_subject_found is not None:
            return main_subject_found
    return None


def _main_subject_in(tokens: Sequence[Token], phrase: Phrase) -> Phrase | None:
    """The subject of the main clause when ``phrase``, after the comma that closes a subordinate
    clause, opens it: a verb follows it (after a name or a pronoun, a past participle too: the
    tagger reads "Ruiz fired back" so); or it opens with a name or a pronoun and runs on into a
    word that is not a mark, when the tagger read a rarer verb after a name as a noun ("Holt
    fixates on", "Lund shot back": Holt, Lund). None for an appositive closed by a comma ("told
    Ruiz, Lund's aide, that")."""
    if _verb_follows(tokens, phrase):
        return phrase
    opening = tokens[phrase.first]
    if not (is_pronoun(opening) or opening.tag.startswith("NNP")) or phrase.last >= len(tokens):
        return None
    following = tokens[phrase.last]
    if following.tag == "VBN":
        return phrase
    swallowed = following.text[:1].isalpha() and tokens[phrase.last - 1].text[:1].islower()
    return Phrase(phrase.first, phrase.last - 1) if swallowed and phrase.last - 1 > phrase.first else None


# A quotation that opens with one of these is a predicate whose subject stands before it.
_AUXILIARY_OPENINGS = frozenset(
    "is are was were would will has have had could should can may might must does did".split()
)
_CLAUSE_WORDS = frozenset("that and but or because if when while ; , —".split())


def outer_clause(tokens: Sequence[Token], i: int, clause: Clause) -> Clause:
    """The reporting clause whose words a quotation at tokens[i] gives, when the nearest one
    (``clause``) stands inside the complement of another: in "Lund said Ruiz assured them
    that the mill would stay and “would not close”" the quotation is Lund's words, who
    paraphrases Ruiz. The inner clause keeps it when the quotation is its verb's own object
    (:func:`own_object`: "Lund said Ruiz called the deal a “con”", "… told CNN, “…”") and the
    inner words were said, not foretold or wished (:func:`_unspoken`: "will say", "to say"), and
    when anything but plain words stands between the outer verb and the inner subject: a
    punctuation mark, a quotation or a subordinating word ("Lund spoke after Ruiz argued
    that …", "While Lund says …, Ruiz said …"): then the inner clause is not the outer one's
    object."""
    if own_object(tokens, clause.cue, i) and not _unspoken(tokens, clause.cue):
        return clause
    outer = clause_before(tokens, clause.speaker.first)
    if outer is None or outer.cue >= clause.speaker.first or not can_speak(tokens, outer.speaker):
        return clause
    between = tokens[outer.cue + 1 : clause.speaker.first]
    if any(not t.text[:1].isalnum() or t.tag == QUOTE or t.text.lower() in _SUBORDINATORS for t in between):
        return clause
    return outer


def asker_before(tokens: Sequence[Token], i: int) -> Phrase | bool:
    """What :func:`addressed` says of the nearest speech verb before the quotation at tokens[i]
    in its clause (no "and", "but" or semicolon between), passing over one in a relative clause
    ("whether the plan, which the council estimates would cost millions, would risk “…”"); False
    when there is none or another verb reports the words."""
    lower = lowered(tokens)
    for j in range(i - 1, max(i - WINDOW, 0) - 1, -1):
        if lower[j] in _JOINS:
            return False
        if lower[j] not in CUE_FORMS or not cue_at(tokens, j):
            continue
        asker = addressed(tokens, j)
        if asker is not False and (j == 0 or lower[j - 1] in (",", "when")) and "," in lower[j + 1 : i]:
            return False  # "Asked whether …, Smith shot back: “…”": the main clause after the comma answers
        if asker is True and not _asked_outright(tokens, j, i):
            return False  # "after being asked to defend his criticism of “…”": his words, asked of him
        if asker is not False:
            return asker
        subject = cue_subject(tokens, j)
        if subject is not None and not (subject.first > 0 and tokens[subject.first - 1].tag in ("WDT", "WP")):
            return False
    return False


_JOINS = frozenset(("and", "but", ";"))


def _asked_outright(tokens: Sequence[Token], cue: int, i: int) -> bool:
    """Whether the quotation at tokens[i] is what the passive speech verb at tokens[cue] put to
    its subject, no other verb between ("was asked, “…?”", "without being told to “smile”"),
    rather than words inside what the subject was asked to do ("asked to defend his criticism
    of “…”"); or anything in a question "whether" or "if" opens ("Asked whether Ruiz “has …”")."""
    if cue + 1 < i and tokens[cue + 1].text.lower() in ("whether", "if"):
        return True
    return own_object(tokens, cue, i) and not any(t.tag in ("VB", "VBG", "VBN") for t in tokens[cue + 1 : i])


_QUOTING = frozenset("quote quotes quoted quoting".split())
_INTRODUCING_MARKS = frozenset((":", ",", *DASHES))
_QUOTING_REACH = 12  # words from "quoting" to the mark before the quotation: "quoting Leonardo da Vinci in Italian:"


def quoter(tokens: Sequence[Token], i: int) -> Clause | None:
    """Who voices the quotation at tokens[i] when it is introduced as a quote of someone else:
    "Mayor Lund ended her speech by quoting the poet Pablo Neruda: “…”", "Ruiz quotes the late
    economist Karl Menz: “…”", "The leaflet quotes a line from the Book of Ruth – “…”". The one
    who quotes says the words here (a line recited, a saying borrowed), so the speaker is the
    subject of "quote", not its object. Not "quoted Ruiz as saying", where the words are Ruiz's,
    nor "quoting a reporter's tweet", which relays a statement of its own. The verb "quote" is
    the clause's cue."""
    mark = before_opening_marks(tokens, i)
    if mark < 2 or tokens[mark].text not in _INTRODUCING_MARKS:
        return None
    lower = lowered(tokens)
    for q in range(mark - 1, max(mark - _QUOTING_REACH, 0) - 1, -1):
        if lower[q] in _QUOTING:
            break
        if tokens[q].tag.startswith(("VB", "MD")) or lower[q] in _SPEECH_NOUNS or tokens[q].tag == QUOTE:
            return None  # "quoted Ruiz as saying:", "quoting a reporter's tweet:": another verb or a statement between
    else:
        return None
    if q == 0 or q + 1 == mark or tokens[q - 1].tag in (*_DETERMINERS, "POS", "JJ") or tokens[q - 1].tag == "IN" and lower[q] != "quoting":
        return None  # "a quote from Ruiz:", "one of her quotes:", "Trump said, and I quote, “…”": no one quoted
    subject = cue_subject(tokens, q)
    return Clause(q, subject) if subject is not None else None


# Speech verbs whose object is the one spoken to ("asked Ruiz", "told the council"): in the
# passive, their subject is the one spoken to, and the words are the asker's.
_ADDRESSED = frozenset("ask tell inform advise remind assure reassure warn urge press question".split())


def addressed(tokens: Sequence[Token], cue: int) -> Phrase | bool:
    """Whether the speech verb at tokens[cue] is a passive whose subject was spoken to: "Ruiz was
    asked, “…?”", "Ruiz was told by an aide: “…”", "Ruiz was pressed by the host Tom Brell
    whether …", and the participle that opens a sentence or an aside with its agent ("Asked by
    Tom Brell if the mayor “gets” it, Ruiz paused"): the words are the one who asked or told,
    not Ruiz. The agent after "by" (a phrase that can speak) when there is one, else True for a
    passive (the one who asked is not named); False for any other verb ("Ruiz asked", "Ruiz was
    criticized for saying", "Asked about the “fake” flyers, Ruiz laughed"); True for an opening
    "Asked whether …" or "When asked if …" with no agent: a question's words, its asker unnamed."""
    if CUE_FORMS.get(tokens[cue].text.lower()) not in _ADDRESSED or tokens[cue].tag not in ("VBN", "VBD"):
        return False
    b = cue - 1
    b -= b > 0 and tokens[b].tag == "RB"  # "was also asked", "was repeatedly pressed"
    passive = b >= 1 and tokens[b].text.lower() in ("was", "were", "is", "are", "been", "being")
    if not passive and cue > 0 and tokens[cue - 1].text.lower() not in (",", "when"):
        return False  # "Ruiz asked", "the questions asked by"; not "Asked by …," nor ", asked by …," nor "When asked"
    if cue + 2 < len(tokens) and tokens[cue + 1].text.lower() == "by":
        agent = noun_phrase_after(tokens, cue + 2)
        if agent is not None and can_speak(tokens, agent):
            return agent  # "Asked by the host Tom Brell whether …, Ruiz paused": the host's words too
    # "Asked whether Ruiz “has the integrity …,” most said yes": the question's words, no one's named
    return passive or (cue + 1 < len(tokens) and tokens[cue + 1].text.lower() in ("whether", "if"))


def _unspoken(tokens: Sequence[Token], cue: int) -> bool:
    """Whether the speech verb at tokens[cue] tells of words not (yet) said: after a modal or
    "to" ("voters will say “no”", "urged voters to say “no”"), so that inside another speaker's
    words the quotation is that speaker's wording ("Ruiz said she expected that voters will say
    “no”": Ruiz's)."""
    before = cue - 1 if cue > 1 and tokens[cue - 1].text.lower() in ("not", "n't", "never") else cue
    return before > 0 and tokens[before - 1].tag in ("MD", "TO")


def own_object(tokens: Sequence[Token], cue: int, i: int) -> bool:
    """Whether the quotation at tokens[i] is in the clause of the speech verb at tokens[cue]: no
    other verb, no "that", "and" or "because" and no comma stands between them but a comma, a
    "that" or marks right before the quotation ("called it “…”", "told reporters, “…”", "X
    saying that “…”"), and the quotation does not open with an auxiliary (a predicate whose
    subject stands before it: "anybody who complains about it “is not having a good night”")."""
    opening = tokens[i].text.split(maxsplit=1)[:1] if tokens[i].tag == QUOTE else []
    if opening and opening[0].lower() in _AUXILIARY_OPENINGS:
        return False  # "X complains about it “is not having a good night”": a predicate with no subject of its own
    end = before_opening_marks(tokens, i, cue) + 1
    end -= end > cue + 1 and tokens[end - 1].text in (",", ":")
    end -= end > cue + 1 and tokens[end - 1].text.lower() == "that"  # "saying that “…”"
    return not any(t.text.lower() in _CLAUSE_WORDS or t.tag in ("VBD", "VBZ", "VBP", "MD") for t in tokens[cue + 1 : end])


@read_once
def cue_subject(tokens: Sequence[Token], j: int) -> Phrase | None:
    """Who does the speech verb at tokens[j]: the noun phrase before it ("Anna Kovač, a
    spokeswoman, said"); the sentence's subject for "…, saying" and "X met Y and said"; the
    phrase after it when the verb opens the sentence ("Said X, …")."""
    lower = lowered(tokens)
    if tokens[j].tag in ("NN", "NNS"):
        owner = _noun_owner(tokens, j)
        if owner is not None:
            return owner  # "Brandt's most explosive claim is that …": Brandt
    participle = lower[j].endswith("ing")  # "…, saying", "with Trump yelling"
    end = _skip_time(tokens, _skip_back(tokens, j))  # "X … but on Tuesday wrote": coordinated
    if j > 1 and lower[j - 1] == "to":
        controlled = _object_of_control(tokens, j - 1)
        if controlled is not None:
            return controlled  # "prompting officials like Ana Ruiz to counter that “…”": Ruiz
    if participle and end > 1 and lower[end - 1] in _BE:
        return noun_phrase_before(tokens, end - 1)  # "the group is calling on X to …"
    antecedent = _restrictive_antecedent(tokens, end)
    if antecedent is not None:
        return antecedent  # "A nurse who asked not to be named said": the nurse
    if j > 1 and lower[j - 1] == "," and not participle:
        inverted = _parenthetical_speaker(tokens, j)
        if inverted is not None:
            return inverted  # "The trouble, says Ana Ruiz, is that …": Ruiz
    written = noun_phrase_before(tokens, j)
    subject = _without_days(tokens, written)
    if subject is None and written is not None and written.first > 1 and tokens[written.first - 1].text in _ADVERBIAL_PREPOSITIONS:
        subject = _before_preposition(tokens, written.first - 1)  # "Sanders during a Sunday thanked": Sanders
    coordinated = end > 0 and lower[end - 1] in ("and", "but")
    named = subject is not None and (name_of(tokens, subject) is not None or is_pronoun(tokens[subject.first]))
    with_doer = subject is not None and _absolute_with(tokens, subject.first - 1)
    right_after = (named or with_doer) and subject.last == end  # "with Trump yelling", "with many marchers chanting"; not "…, saying"
    if participle and not right_after and end > 1 and tokens[end - 1].text == "," and is_cue(tokens[end - 2]):
        subject = noun_phrase_before(tokens, end - 2)  # "…, Nefzi said, adding, “…”": who said it adds it
        if subject is not None:
            return subject
    recorded = _recorded(tokens, end) if participle else None
    if recorded is not None:
        return recorded  # "footage of Ana Ruiz saying": Ruiz
    paired = _paired_participle(tokens, end - 1) if coordinated and participle else None
    if paired is not None:
        return paired  # "with Ruiz tweeting that … and asking, “…”": Ruiz
    if not participle and subject is not None and _introductory(tokens, subject, j):
        return noun_phrase_after(tokens, j + 1) or subject  # "Because of how X drew the map, explained Reyes, “…”"
    if (participle and not right_after) or coordinated or _listed_object(tokens, subject, end):
        # "…, saying": the subject of the sentence, or of the adverbial clause the participle ends
        # ("…, when protesters interrupted her, shouting"); "with Trump yelling": Trump
        subject = ((participle and _adverbial_subject(tokens, end))
                   or _coordinated_subject(tokens, j) or main_subject(tokens, j) or _opening_clause_subject(tokens, j))
    if (subject is None and _sentence_opening(tokens, end)) or _quoted_words(tokens, subject):
        subject = noun_phrase_after(tokens, j + 1)  # inverted at the start: "Said X, “…”", "But, said X, “…”"; "“…,” said X, “…”"
    elif subject is not None and _introductory(tokens, subject, j):  # "In other words, explained X: “…”"
        subject = noun_phrase_after(tokens, j + 1) or subject
    elif subject is not None and subject.first > 1 and (
            # "Ruiz in a statement called": but "Council on Foreign Relations director Ana Ruiz" is a name
            (tokens[subject.first - 1].text in _ADVERBIAL_PREPOSITIONS and name_of(tokens, subject) is None)
            # a participle's object, name or not: "living near the plant", "A source speaking to Fox News said"
            or (tokens[subject.first - 1].tag in ("IN", "TO") and tokens[subject.first - 2].tag == "VBG")):
        subject = _before_preposition(tokens, subject.first - 1) or subject
    return subject


def _noun_owner(tokens: Sequence[Token], j: int) -> Phrase | None:
    """The possessor of a speech noun read as the cue at tokens[j], past up to three words that
    describe it: "Brandt's most explosive claim", "Ruiz's repeated assertion" (not the phrase
    "Brandt's most explosive", which ends where the noun begins)."""
    b = j - 1
    while b > 1 and j - b < 4 and tokens[b].tag in ("JJ", "JJS", "VBN", "VBG", "RB", "RBS") and tokens[b].text[:1].islower():
        b -= 1
    if b == j - 1 or tokens[b].tag != "POS":
        return None  # "Brandt's claim" is read as it was; only describing words are passed over
    return noun_phrase_before(tokens, b)


def _parenthetical_speaker(tokens: Sequence[Token], j: int) -> Phrase | None:
    """The speaker of a reporting clause set between commas inside a sentence, verb first: "The
    trouble with the port, says Ana Ruiz, a historian, is that …" (the speech verb at tokens[j],
    right after a comma). The speaker is the name after the verb, when it closes with a comma (its
    own or its appositive's), and the phrase before the first comma is no name with an appositive
    of its own ("The mayor, Ana Ruiz, said Tom Bell, her deputy, had lied": the mayor said it)."""
    if CUE_FORMS.get(lowered(tokens)[j]) in (None, "tell"):
        return None  # no speech verb; "…, told Ruiz, …": whom it was told to
    speaker = noun_phrase_after(tokens, j + 1)
    if speaker is None or name_of(tokens, speaker) is None:
        return None
    close = speaker.appositive[1] if speaker.appositive else speaker.last
    if close >= len(tokens) or tokens[close].text != ",":
        return None
    before = noun_phrase_before(tokens, j)
    return speaker if before is None or before.appositive is None else None


def _quoted_words(tokens: Sequence[Token], phrase: Phrase | None) -> bool:
    """Whether ``phrase`` is a quotation that stands alone, closed by a comma or a stop inside its
    marks ("“It's a hard issue,” said the senator"): words said, not a name in quotation marks
    (“Islamic State”, "television's “Scandal,” thanked")."""
    if phrase is None or tokens[phrase.first].tag != QUOTE or tokens[phrase.first].text.rstrip()[-1:] not in (",", ".", "!", "?"):
        return False
    before = before_opening_marks(tokens, phrase.first)
    return before < 0 or not (tokens[before].text[:1].isalnum() or tokens[before].tag == "POS")


def _paired_participle(tokens: Sequence[Token], conjunction: int) -> Phrase | None:
    """Who does a participle joined by the "and" at tokens[conjunction] to the participle before
    it: that one's doer, named right before it ("with Ruiz tweeting that it was a “disaster” and
    asking, “…”") or, for a speech verb, its subject. None when no participle comes before in
    the sentence."""
    for k in range(conjunction - 1, max(conjunction - WINDOW, 0), -1):
        if tokens[k].text in (".", ";", ":"):
            return None
        if tokens[k].tag != "VBG":
            continue
        doer = noun_phrase_before(tokens, k)
        if doer is not None and doer.last == k and (name_of(tokens, doer) is not None or is_pronoun(tokens[doer.first])):
            return doer
        return cue_subject(tokens, k) if cue_at(tokens, k) else None
    return None


# Verbs that make their object do the verb of the "to" after it, so that the object says the
# words: "prompting officials to counter that", "leading aides to answer: “…”". Not the verbs
# of a wish or a request ("expects Obama to announce an “intensification”", "urged voters to
# say “no”"): the words quoted there are the wisher's.
_CONTROL = frozenset(
    {"led", *(form for verb in "prompt lead cause force spur inspire compel drive".split() for form in _forms(verb))}
)


def _object_of_control(tokens: Sequence[Token], to: int) -> Phrase | None:
    """Who does a speech verb after the "to" at tokens[to] when a verb of :data:`_CONTROL` and its
    object stand before: in "prompting officials like Ana Ruiz to counter that …" Ruiz counters
    (the named example of "like" or "including" is taken); in "Lund went to the hearing to say"
    nobody is controlled, so None."""
    phrase = noun_phrase_before(tokens, to)
    if phrase is None or phrase.last != to:
        return None
    first = phrase.first
    if first > 1 and tokens[first - 1].text.lower() in ("like", "including"):
        group = noun_phrase_before(tokens, first - 1)
        first = group.first if group is not None and group.last == first - 1 else first
    controlled = tokens[first].text.lower() in _CONTROL or (first > 0 and tokens[first - 1].text.lower() in _CONTROL)
    return phrase if controlled and can_speak(tokens, phrase) else None  # (the tagger may read "prompting" into the phrase)


def _absolute_with(tokens: Sequence[Token], w: int) -> bool:
    """Whether tokens[w] is a "with" that opens the sentence or follows a comma: "…, with many
    marchers chanting “…”" says who chants, "met with reporters saying" does not."""
    return w >= 0 and tokens[w].text.lower() == "with" and (w == 0 or tokens[w - 1].text == ",")


def _restrictive_antecedent(tokens: Sequence[Token], end: int) -> Phrase | None:
    """The subject of a verb whose subject ends at ``end`` when a relative clause without commas
    stands between them: "A nurse who asked not to be named said", "An official who spoke
    anonymously to discuss internal strategy said" (the nurse, the official, not "named" or
    "internal strategy")."""
    lower = lowered(tokens)
    if "who" not in lower[max(end - 16, 0) + 1 : end]:
        return None  # most verbs: no "who" in the words read, one quick look
    for k in range(end - 1, max(end - 16, 0), -1):
        token = tokens[k]
        if token.text in (",", ";", ":", "—") or token.tag == QUOTE or is_pronoun(token) or lower[k] in _SUBORDINATORS:
            return None  # "… who gained attention when he yelled": "he" yells
        if lower[k] == "who" and k + 1 < end:
            if not any(t.tag.startswith("VB") for t in tokens[k + 1 : end]):
                return None
            antecedent = noun_phrase_before(tokens, k, 1)
            return antecedent if antecedent is not None and antecedent.last == k and can_speak(tokens, antecedent) else None
    return None


def _sentence_opening(tokens: Sequence[Token], end: int) -> bool:
    """Whether tokens[:end] open the sentence with nothing that could be a subject: nothing, or a
    conjunction or an adverb and a comma ("But,", "Still,", "And yet,")."""
    if end == 0:
        return True
    return end <= 3 and tokens[end - 1].text == "," and all(t.tag in ("CC", "RB") for t in tokens[: end - 1])


def _listed_object(tokens: Sequence[Token], phrase: Phrase | None, end: int) -> bool:
    """Whether ``phrase``, a description a comma parts from the verb after it, is the object of
    a finite verb or a preposition right before it, so that it does not do the verb: the verbs
    are a list with one subject ("He praised her tone, called her “first-rate” and left"), or the
    phrase ends an aside ("Hemsley, the author of a book about the spread of news, said")."""
    if phrase is None or phrase.first == 0 or phrase.last != end - 1 or tokens[end - 1].text != ",":
        return False
    if name_of(tokens, phrase) is not None or is_pronoun(tokens[phrase.first]):
        return False
    return tokens[phrase.first - 1].tag in ("VBD", "VBZ", "VBP", "IN")


def _recorded(tokens: Sequence[Token], end: int) -> Phrase | None:
    """The name right before a participle, after a common noun and "of": in "footage of Ana Ruiz
    saying" or "a photo of Ruiz holding" the participle tells what the named person does, so
    they do it ("the Federation of Teachers calling" is one name: the organisation calls)."""
    first = end
    while first > 0 and tokens[first - 1].tag.startswith("NNP"):
        first -= 1
    of = first - 1
    after_noun = of > 0 and tokens[of - 1].tag in ("NN", "NNS") and tokens[of - 1].text[:1].islower()
    return Phrase(first, end) if first < end and of > 0 and tokens[of].text == "of" and after_noun else None


def _in_opening_phrase(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the comma at tokens[comma] closes a phrase that opens the sentence with a
    preposition ("In an interview with Joe Roe, the senator said"): what comes before it is
    the preposition's object, not a name that a description after the comma stands beside; a
    town's comma before its state is no closing one ("At a rally in Aspen, Colo., the
    graduate said")."""
    return tokens[0].tag == "IN" and all(tokens[c].text != "," or _city_and_state(tokens, c) for c in range(1, comma))


def _before_preposition(tokens: Sequence[Token], p: int) -> Phrase | None:
    """Who does a verb whose nearest noun phrase, a description, is the object of the preposition
    at tokens[p]: the name or pronoun right before the preposition ("Ruiz in a statement called it …"),
    after "and" the subject of the sentence ("Ruiz backs Lund and in a letter wrote …"), and
    after a participle who does it ("Protesters marching through the streets chanted …")."""
    if tokens[p - 1].text.lower() in ("and", "but"):
        return main_subject(tokens, p - 1)
    if p > 1 and tokens[p - 1].tag == "VBG":  # a participle after the doer: "Protesters marching through the streets chanted"
        doer = noun_phrase_before(tokens, p - 1)
        return doer if doer is not None and doer.last == p - 1 and can_speak(tokens, doer) else None
    before = noun_phrase_before(tokens, p)
    named = before is not None and before.last == p and (name_of(tokens, before) is not None or is_pronoun(tokens[before.first]))
    return before if named else None


# Prepositions whose object says where, when or how something is said, never who says it:
# "Ruiz in a statement called it …", "Ruiz … and at the hearing said …".
_ADVERBIAL_PREPOSITIONS = frozenset("in at on during after before with through since".split())


def _introductory(tokens: Sequence[Token], phrase: Phrase, j: int) -> bool:
    """Whether ``phrase`` before the speech verb at tokens[j] is the object of a preposition that
    opens the sentence and a comma ends ("In other words, explained X", "At the hearing, said
    X"): an introductory phrase, so the subject comes after the verb."""
    if phrase.last != j - 1 or tokens[j - 1].text != "," or name_of(tokens, phrase) is not None:
        return False
    if phrase.first == 1 and _in_opening_phrase(tokens, j - 1):
        return True
    return _opening_clause_closed(tokens, j - 1) and _named_after_verb(tokens, j)


def _opening_clause_closed(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the comma at tokens[comma] is the sentence's first and closes a phrase or clause
    that opens it with a preposition or a subordinator ("Because of how the council drew the
    map,", "After the vote,")."""
    return tokens[0].tag == "IN" and all(t.text != "," and t.tag != QUOTE for t in tokens[1:comma])


def _named_after_verb(tokens: Sequence[Token], j: int) -> bool:
    """Whether a name right after the verb at tokens[j] ends the clause (a comma, a colon or the
    end after it): "…, explained Reyes, “…”", the inverted order of a reporting clause."""
    after = noun_phrase_after(tokens, j + 1)
    if after is None or name_of(tokens, after) is None:
        return False
    end = after.appositive[1] if after.appositive else after.last
    return end >= len(tokens) or tokens[end].text in (",", ":", ".") or tokens[end].tag == QUOTE


def _without_days(tokens: Sequence[Token], phrase: Phrase | None) -> Phrase | None:
    """``phrase`` without the days and months that end it, which say when, not who: "issued a
    statement Tuesday saying" (a statement, then the sentence's subject), "Wednesday said"
    (nobody); a name that ends in one ("Ada June") and a phrase with an appositive are
    kept whole."""
    if phrase is None or phrase.appositive is not None:
        return phrase
    last = phrase.last
    while last > phrase.first and tokens[last - 1].text.lower() in CALENDAR:
        last -= 1
    if last > phrase.first and tokens[last - 1].tag.startswith("NNP"):
        return phrase  # "Ada June said": a name that ends in one
    if last == phrase.last:
        return phrase
    return Phrase(phrase.first, last) if last > phrase.first and _has_noun(tokens, phrase.first, last) else None


@read_once
def _skip_back(tokens: Sequence[Token], j: int) -> int:
    """Where a verb's subject ends: before the words that may stand between ("has", "also",
    "himself"), an aside (:data:`_ASIDES`) and a verb that governs it ("continues to", "went on to")."""
    lower = lowered(tokens)
    while j > 0:
        aside = _aside_before(tokens, lower, j)
        if aside is not None:
            j = aside
        elif _between(tokens[j - 1]) or (j > 1 and lower[j - 1] in _REFLEXIVES and tokens[j - 2].tag.startswith("NN")):
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
            if start is None or _noun_end(tokens, start + 3) != j:
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


def _finite(tokens: Sequence[Token], j: int) -> bool:
    """A verb with a subject: "said", "says", "say", "will"; "made" after a noun too, or after a
    noun and an adverb (the tagger often reads a past tense after a name as a participle:
    "Ruiz hardly clarified")."""
    tag = tokens[j].tag
    if tag in ("VBD", "VBZ", "VBP", "MD"):
        return True
    i = j - 1 if j > 1 and tokens[j - 1].tag == "RB" else j  # "Trump hardly clarified"
    return tag == "VBN" and i > 0 and (tokens[i - 1].tag[:2] in ("NN", "PR") or tokens[i - 1].text == ",")


_CLAUSE_BREAKS = frozenset([",", ";", ":", ".", *DASHES])
# What opens a clause that a participle may end: a subordinator, or "where" ("— where about 50
# protesters had gathered, chanting “…”").
_ADVERBIAL_OPENERS = _SUBORDINATORS | {"where"}


def _adverbial_subject(tokens: Sequence[Token], end: int) -> Phrase | None:
    """For a participle after a comma at tokens[end - 1], the subject of the clause it ends when
    that clause opens with a subordinator or "where" after a comma or a dash and someone who can
    speak does its verb (not a passive one): in "The first incident came in Lund, when protesters
    interrupted her, shouting “…”" the protesters shout."""
    if end < 2 or tokens[end - 1].text != ",":
        return None
    for j in range(end - 2, max(end - WINDOW, 0), -1):
        if tokens[j].text in _CLAUSE_BREAKS and j < end - 2 and tokens[j + 1].text.lower() in _ADVERBIAL_OPENERS:
            verb = next((k for k in range(j + 2, end - 1) if _finite(tokens, k)), None)
            if verb is None or tokens[verb].text.lower() in _BE and tokens[verb + 1].tag == "VBN":
                return None  # a passive clause ("after her statement was shown to be false") does nothing
            subject = noun_phrase_before(tokens, verb)
            if subject is not None and subject.first == j + 2 and can_speak(tokens, subject):
                return subject
            return None
        if tokens[j].tag == QUOTE:
            return None
    return None


def _opening_clause_subject(tokens: Sequence[Token], j: int) -> Phrase | None:
    """For a verb at tokens[j] joined by "and" or a participle inside a subordinate clause that
    opens the sentence, before any comma, the subject of that clause: in "When Varga referred to
    the flood and said she would “…,” the crowd cheered" Varga says it (the sentence's main
    subject, the crowd, comes after)."""
    if tokens[0].text.lower() not in OPENING_SUBORDINATORS:
        return None  # most sentences: no subordinator opens them
    if any(t.text in _CLAUSE_BREAKS or t.tag == QUOTE for t in tokens[1:j]):
        return None
    verb = next((v for v in range(2, j) if _finite(tokens, v)), None)
    subject = noun_phrase_before(tokens, verb) if verb is not None else None
    return subject if subject is not None and subject.first == 1 and can_speak(tokens, subject) else None


def _coordinated_subject(tokens: Sequence[Token], j: int) -> Phrase | None:
    """For a participle or a coordinated verb at tokens[j], the subject of the clause it belongs
    to when that clause is joined to the sentence's first by ", and", ", but" or ";" and has its
    own subject: in "Ruiz led the charge, and within weeks the union had hired lawyers, and
    placed ads calling the rise “robbery”" the union calls it, not Ruiz (", and placed" joins a
    verb to its clause, not a clause). A short phrase of time or place may open the clause
    ("within weeks", "on Monday")."""
    if _JOINING_CLAUSES.isdisjoint(lowered(tokens)[max(j - WINDOW, 1) + 1 : j]):
        return None  # most sentences: no ";", "and" or "but" in the words read, one quick look
    for k in range(j - 1, max(j - WINDOW, 1), -1):
        if tokens[k].tag == QUOTE:
            return None
        joined = tokens[k].text == ";" or (tokens[k].text.lower() in ("and", "but") and tokens[k - 1].text == ",")
        if not joined or tokens[k + 1].tag.startswith("VB"):
            continue  # ", and placed ads": another verb of the same subject
        first = _after_opening_phrase(tokens, k + 1, j)
        verb = next((v for v in range(first + 1, j) if _finite(tokens, v)), None)
        if verb is None:
            return None
        subject = noun_phrase_before(tokens, verb)
        own = subject is not None and subject.first == first and subject.last == verb
        return subject if own and tokens[first].text.lower() != "there" else None
    return None


_JOINING_CLAUSES = frozenset((";", "and", "but"))


def _after_opening_phrase(tokens: Sequence[Token], first: int, end: int) -> int:
    """Where a clause's subject starts when a short phrase of time or place opens the clause at
    tokens[first] ("within weeks the union", "after the vote the mayor"): a preposition, maybe
    an article, and one or two common words, numbers or days; else ``first``."""
    if first + 2 >= end or tokens[first].tag != "IN":
        return first
    k = first + 1 + (tokens[first + 1].tag == "DT")  # "after the vote the mayor"
    opened = k
    while k < min(opened + 2, end) and (_common_word(tokens[k]) or tokens[k].text.lower() in CALENDAR):
        k += 1
    return k if k > opened and k < end and tokens[k].tag in ("DT", "NNP", "NNPS", "PRP", "PRP$") else first


def _common_word(token: Token) -> bool:
    """A number or a lower-case noun or adjective: a word of a phrase of time or place."""
    return token.tag == "CD" or (token.tag in ("JJ", "NN", "NNS") and token.text[:1].islower())


def main_subject(tokens: Sequence[Token], before: int) -> Phrase | None:
    """The subject of the sentence's first verb before tokens[before]: for "…, saying …". That
    verb is the sentence's first with a main clause's subject whatever ``before`` is, so it is
    found once for the words (:func:`_first_main_subject`), and each question only compares."""
    first = _first_main_subject(tokens)
    return first[1] if first is not None and first[0] < before else None


@read_once
def _first_main_subject(tokens: Sequence[Token]) -> tuple[int, Phrase] | None:
    """The first finite verb of the sentence's first WINDOW words that has a main clause's
    subject, with that subject (kept with the words: half the questions of an article ask
    again, each a scan of up to WINDOW words)."""
    for j in range(1, min(len(tokens), WINDOW)):
        if _finite(tokens, j):
            subject = noun_phrase_before(tokens, j)
            if subject is not None and _main_clause(tokens, subject):
                return j, subject
    return None


def verb_subject(tokens: Sequence[Token], i: int) -> Phrase | None:
    """The subject of the nearest finite verb before tokens[i] when it is someone who can speak,
    a name or a personal pronoun: "Moore thanked him for “…”" (not "the call was intended to “…”")."""
    for j in range(i - 1, max(i - WINDOW, 0) - 1, -1):
        if _finite(tokens, j):
            subject = noun_phrase_before(tokens, j)
            if subject is None:
                continue
            if _described_in_clause(tokens, subject, j, i):
                continue  # "found that the Air Force is “the best”": what is described does not speak; who found it does
            subject = main_clause_after(tokens, subject, j, i) or subject  # "After X criticized him, Y shot back, “…”"
            subject = _past_adverbial(tokens, subject)  # "Dunmore in a statement credited her for “…”": Dunmore
            return subject if can_speak(tokens, subject) else None
    return None


def _past_adverbial(tokens: Sequence[Token], phrase: Phrase) -> Phrase:
    """The doer of a verb whose nearest noun phrase, a description, is the object of a preposition
    that says where, when or how ("in a statement", "at the hearing"): the name or pronoun before
    the preposition, or after "and" the sentence's subject ("Dunmore backs Varga and in a
    statement credited her for “…”": Dunmore, not the statement). Only for a description that
    would speak, after a preposition that opens no clause ("before his knee gave out" is a
    clause of its own); ``phrase`` itself otherwise."""
    p = phrase.first - 1
    if p < 1 or tokens[p].text not in _ADVERBIAL_PREPOSITIONS or tokens[p].text in _SUBORDINATORS:
        return phrase  # most subjects: no preposition before them
    if name_of(tokens, phrase) is not None or not can_speak(tokens, phrase):
        return phrase
    return _before_preposition(tokens, p) or phrase


def _described_in_clause(tokens: Sequence[Token], subject: Phrase, j: int, i: int) -> bool:
    """Whether the verb at tokens[j] is a form of "be" whose complement is the quotation at
    tokens[i], in a clause opened by "that": "found that the Air Force is “the best”" describes
    its subject, and the words are those of whom the outer verb names (not "that he is being
    polite and showing “respect”", where "is" helps another verb); "be" after an auxiliary too
    ("that the port had been “contained”", "would be “a disaster”")."""
    if subject.first == 0 or tokens[subject.first - 1].text.lower() != "that":
        return False
    if tokens[j].text.lower() not in _BE:
        if tokens[j].tag != "MD" and tokens[j].text.lower() not in _HAVE or j + 1 >= i or tokens[j + 1].text.lower() not in ("be", "been"):
            return False
        j += 1  # "had been", "would be"
    return not any(t.tag.startswith(("VB", "MD")) for t in tokens[j + 1 : i])


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


def dash_attribution(tokens: Sequence[Token], i: int) -> Phrase | None:
    """The name after a dash that signs a quotation: "“…” ― Maria Lopez" or "“…” — Anna Berg, a
    nurse" (the style of testimonies, epigraphs and readers' comments). ``i`` is the first word
    after the quotation's closing marks, or the first word of the next sentence, which may
    open with them ("“… over.”― Carla Sanchez": the sentence ends inside the marks)."""
    j = i
    while j < len(tokens) and tokens[j].text in (",", ".", "”", '"', "’", "»"):
        j += 1
    if j == len(tokens) or tokens[j].text not in DASHES:
        return None
    while j < len(tokens) and tokens[j].text in DASHES:
        j += 1
    phrase = noun_phrase_after(tokens, j)
    return phrase if phrase is not None and name_of(tokens, phrase) is not None else None


def colon_introduction(tokens: Sequence[Token], k: int) -> Phrase | None:
    """The name that introduces a quotation after a colon, as transcripts and round-ups do: "Rep.
    Trey Gowdy (R-S.C.): “…”", "Frank Newport and Jim Harter: “…”" (tokens[k] is the quotation)."""
    j = k - 1
    while j >= 0 and tokens[j].text in ("“", '"', "‘", "'"):
        j -= 1
    if j < 1 or tokens[j].text != ":":
        return None
    phrase = noun_phrase_before(tokens, j)
    return phrase if phrase is not None and name_of(tokens, phrase) is not None else None


def speech_owner(tokens: Sequence[Token], i: int, after: int = -1) -> Clause | None:
    """Whose words a quotation is when the sentence calls them someone's: "Senator Gale's claim
    that the wall was “…”", "his promise of “…”", "Gale's recent evidence-free claim that",
    "Gale's campaign slogan is “…”" (up to three words that describe the noun between, "Gale's
    patronizing suggestion"; a phrase of where or when after it, "at a debate that …"): the
    possessor of a speech noun that stands a few words before tokens[i] (and after
    tokens[after]) and opens what was said ("Gale's claim that …", "the senator's answer was
    that …"). The noun is the clause's cue. After a speech verb, a quotation between the noun and
    tokens[i] was the noun's, and tokens[i] is the verb's: "Brell called Gale's claim of a “right”
    “absurd”" (Brell's word)."""
    lower = lowered(tokens)
    for j in range(i - 1, max(i - 12, after + 1, 0), -1):  # j > 0: the owner comes before the noun
        if lower[j] not in _SPEECH_NOUNS:
            continue
        if after >= 0 and any(t.tag == QUOTE for t in tokens[j + 1 : i]):
            return None  # "Brell called Ruiz's claim of a “right” over the files “absurd”": the noun's words came first; these are Brell's
        named = _named_after(tokens, j, i)
        if named is not None:
            return Clause(j, named)  # "comments from Leon Panetta that “…”"
        if not _opens_content(tokens, _past_setting(tokens, j + 1, i)):
            continue  # "Gale's claim that …" gives the words; in "Gale's claim was false" the writer speaks
        b = j - 1
        while b > 1 and j - b < 4 and tokens[b].tag in ("JJ", "JJS", "VBN", "VBG", "RB", "RBS", "NN") and tokens[b].text[:1].islower():
            b -= 1  # "Lund's recent evidence-free assertion that", "Ruiz's campaign slogan is", "Ruiz's most explosive claim"
        before = tokens[b]
        owner = noun_phrase_before(tokens, b) if before.tag == "POS" else None
        if before.text.lower() in ("his", "her", "their"):
            owner = Phrase(b, b + 1)
        return Clause(j, owner) if owner is not None else None
    return None


_SETTINGS = frozenset("at in on during".split())  # prepositions of when or where a thing was said


def _past_setting(tokens: Sequence[Token], k: int, i: int) -> int:
    """Past a phrase of where or when that follows a speech noun at tokens[k] ("Gale's suggestion
    at a televised debate that …", "her remark in 2008 that …"): where "that" stands after it,
    before the quotation at tokens[i]; ``k`` itself when no such phrase does."""
    if k >= i or tokens[k].text.lower() not in _SETTINGS:
        return k
    for m in range(k + 1, min(k + 7, i)):
        if tokens[m].text.lower() == "that":
            return m
        if tokens[m].tag not in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "RB", "VBN", "POS"):
            return k
    return k


def _named_after(tokens: Sequence[Token], j: int, i: int) -> Phrase | None:
    """The speaker named after the speech noun at tokens[j] by "from" or "by", when what was said
    opens right after the name, before the quotation at tokens[i]: "2013 comments from former
    Secretary Leon Panetta that “…”", "a statement by the ministry that “…”"."""
    if j + 2 >= i or tokens[j + 1].text.lower() not in ("from", "by"):
        return None
    phrase = noun_phrase_after(tokens, j + 2)
    if phrase is None or phrase.last >= i or not can_speak(tokens, phrase):
        return None
    return phrase if tokens[phrase.last].text.lower() in ("that", ":") else None


def _opens_content(tokens: Sequence[Token], j: int) -> bool:
    """Whether what was said begins at tokens[j], after a speech noun: "that …", "of …", a
    quotation, or "was that …", "was: “…”"; for a wording, "is “…”" ("Ruiz's slogan is “…”", not
    "Ruiz's claim was “false”", which judges the claim)."""
    if tokens[j].text.lower() in ("was", "is") and j + 1 < len(tokens):
        if tokens[j + 1].text.lower() in ("that", ":"):
            return True  # "Ruiz's response was: “…”"
        return tokens[j - 1].text.lower() in _WORDINGS and (tokens[j + 1].text in ("“", '"') or tokens[j + 1].tag == QUOTE)
    k = j + 1 if tokens[j].text in OPENING_MARKS and j + 1 < len(tokens) else j
    if tokens[k].tag == QUOTE:
        return not _opens_with_verb(tokens[k].text)  # "Ruiz's comments “show bias”": the comments are its subject
    return tokens[j].text.lower() in ("that", "of", ":", ",", "“", '"')


def _opens_with_verb(quotation: str) -> bool:
    """Whether a quotation's first word is a finite verb ("shows", "have", "are"): the quotation
    goes on with the noun before it as its subject, and says something about it ("his comment
    “has no place here”"), so the words are not the noun's."""
    first = tag(quotation.split(None, 1)[0]) if quotation.strip() else []
    return bool(first) and first[0].tag in ("VBZ", "VBP", "VBD", "MD")


@read_once
def vocabulary(tokens: Sequence[Token]) -> frozenset[str]:
    """The sentence's words in lower case, as a set made once: a rule asked of each quotation of
    a sentence looks whether its key word is there at all in a time that does not grow with the
    sentence."""
    return frozenset(lowered(tokens))


def according_to(tokens: Sequence[Token], i: int) -> Phrase | None:
    """The source named by "according to X" (or "according to X's chief, Y": Y) in the words
    around tokens[i]."""
    if "according" not in vocabulary(tokens):
        return None  # most sentences: one quick look, kept for the sentence
    lower = lowered(tokens)
    for j in range(max(i - WINDOW, 0), min(i + WINDOW, len(tokens) - 2)):
        if lower[j] == "according" and lower[j + 1] == "to":
            return noun_phrase_after(tokens, j + 2)
    return None


def reporter_words(text: str, position: int) -> str:
    """The words that name who does the speech verb starting at ``text[position]`` ("The
    Investigative Committee" in "The Investigative Committee said 143 people died"), or "" when
    it has no subject: the noun phrase as written, titles kept ("Mr. Macron"), without its
    appositive. For a rule that reads one sentence as plain text (casualty figures)."""
    tokens = Words(tag(text))  # Words: what the grammar reads in them (each word lowered …) is read once
    j = next((j for j, token in enumerate(tokens) if token.start == position), None)
    phrase = cue_subject(tokens, j) if j is not None else None
    if phrase is None:
        return ""
    words = text[tokens[phrase.first].start : tokens[phrase.last - 1].end]
    return "the" + words[3:] if words.startswith("The ") else words


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
        name = _name(tokens, first, last)
        if name is not None:
            return name
    return None


def subjects(tokens: Sequence[Token], named: bool = False) -> list[Phrase]:
    """The subject of every verb in ``tokens`` that has one: who does or says something. After
    an existential "there" the subject follows the verb: "Then there's Axelrod", "there was a
    nurse". With ``named``, some subjects without a name (:func:`name_of`) are left out, which
    the quote extractor, asking only who is named, does not miss: a verb's subject is read in the
    words before it, so a verb other than a speech verb with no word of a name before it is
    passed over unread."""
    found, lower = [], lowered(tokens)
    first_name = _first_name_word(tokens) if named else 0
    for j in _verbs_and_after_there(tokens, lower):
        if lower[j - 1] == "there" and lower[j] in _BE:  # "there's" too
            subject = noun_phrase_after(tokens, j + 1)
            found += [subject] if subject is not None and not is_pronoun(tokens[subject.first]) else []
        elif not _VERB[tokens[j].tag]:  # only a verb has a subject
            continue
        elif (((cue := lower[j] in _CUE_WORDS and cue_at(tokens, j)) or (j > first_name and _finite(tokens, j)))  # most verbs report nothing
              and tokens[_skip_back(tokens, j) - 1].tag not in ("WP", "WDT")):
            subject = cue_subject(tokens, j) if cue else noun_phrase_before(tokens, j)
            if subject is not None and _main_clause(tokens, subject):
                found.append(subject)
    return found


def _first_name_word(tokens: Sequence[Token]) -> int:
    """The index of the first word that may be a word of a name (:func:`_name_word`: a proper
    noun, a quotation, a capitalised adjective), or the number of words when none may."""
    for j, token in enumerate(tokens):
        if token.tag.startswith("NNP") or token.tag == QUOTE or (token.tag == "JJ" and token.text[:1].isupper()):
            return j
    return len(tokens)


_VERB = Kept(lambda tag: tag[:1] in ("V", "M"))  # a verb's tags, and a modal's ("VBD", "MD", "MD|VB")


def _verbs_and_after_there(tokens: Sequence[Token], lower: tuple[str, ...]) -> list[int]:
    """Where :func:`subjects` looks, in order: each verb but a first word, and each word after
    "there" ("there's": the tagger reads "'s" as a possessive). The verbs are found with no
    Python code per word (:func:`~framekit.language.tags.tagged_as`); "there" is looked for
    only in the few sentences that have it."""
    found = tagged_as(tokens, _VERB)
    if "there" in lower:
        found = sorted({*found, *(j + 1 for j, word in enumerate(lower[:-1]) if word == "there")})
    return found[1:] if found and found[0] == 0 else found


def _main_clause(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """Whether a subject is the subject of a main clause: not the object of a preposition ("in a
    statement released on Monday"), nor the subject of a relative clause ("…, who has
    known him"), a subordinate one ("just as Lincoln did"), reported speech ("Pence said Trump
    will …": Trump is what Pence talks about, not who acts) or the clause that completes any
    other verb ("she doesn't think Harkin can win": she thinks; a form of "be" or "have"
    before a subject is no such verb, nor a participle: "a worker named Ana Ruiz has")."""
    if phrase.first == 0:
        return True
    before, word = tokens[phrase.first - 1], lowered(tokens)[phrase.first - 1]
    if word == "that" or before.tag in ("WP", "WDT"):
        return False  # "clear that security trumped", "whom she supported"
    if before.tag in ("IN", "TO") and word != "of" and phrase.appositive is None:
        return False  # "In a statement released Monday, X said", "Speaking to X, which …"; but "the man on the stage, X, said"
    cue = before.tag[:2] == "VB" and is_cue(before)
    complement = before.tag in _COMPLEMENTED and word not in _BE_OR_HAVE
    return word not in _SUBORDINATORS and not (cue or complement)


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
    elif of - 1 >= first and tokens[of].text == "of" and _name_word(tokens, of - 1, of):
        start = of - 1  # "Bank of America": one word, "of" and a name make an organisation's name
    return _name_from(tokens, start, head_end)


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
# case of :data:`_NOUN_PREPOSITIONS`, or "in" or "on"): asked of every word of a phrase.
_PREPOSITION_OF_A_NOUN = Kept(lambda text: text.lower() in _NOUN_PREPOSITIONS or text in _DESCRIPTION_PREPOSITIONS)


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
