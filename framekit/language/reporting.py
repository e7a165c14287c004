"""Reporting clauses: who says something, and with which verb, read from tagged words.

A quotation or a figure is attributed by a *reporting clause*: a speech verb (the *cue*) and its
subject, the *speaker*. English puts them in a few orders, and each rule here names one:

- **subject, verb**: "Anna Kovač said", "the senator told reporters", "he later wrote";
- **verb, subject** (inverted, after a quotation, or after the comma that closes an opening
  phrase or clause: "Because of how the council drew the map, explained Reyes, “…”"):
  "…,” said Rep. Joseph Crowley (D-N.Y.)"; not
  a verb that judges its object "as" or "for" something ("…,” praised its staff for …");
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

The speaker is a noun phrase, read by :mod:`framekit.language.phrases`. Used by the quote
extractor (lesson 02) and the casualty-figure extractor (lesson 04), so that both read
attribution by the same rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from framekit.language.phrases import (
    CALENDAR,
    CUE_FORMS,
    DASHES,
    DESCRIPTION_PREPOSITIONS,
    DETERMINERS,
    MAX_APPOSITIVE,
    NOUN_PREPOSITIONS,
    OPENING_MARKS,
    QUANTIFIER_SUBJECTS,
    Phrase,
    absolute_with,
    appositive_after,
    can_speak,
    can_stand_between,
    comma_in_quotation,
    has_noun,
    in_opening_phrase,
    is_cue,
    is_finite,
    is_pronoun,
    name_of,
    noun_end,
    noun_phrase_after,
    noun_phrase_before,
    skip_back,
    skip_time,
    verb_forms,
)
from framekit.language.tags import (
    QUOTE,
    Kept,
    Token,
    Words,
    lowered,
    read_once,
    tag,
    tagged_as,
)

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
# Words that open a subordinate clause: its subject is not the sentence's (though a participle
# that ends the clause goes with it: _adverbial_subject).
_SUBORDINATORS = frozenset("as when because if while after before since although though unless until whether".split())
WINDOW = 60  # words: a reporting clause, or a sentence's subject, is this near; the rest is not read
# After ", even though" (and the like) a new clause begins: a verb before it does not govern what follows.
_CONCESSIVE = frozenset("though although but whereas however".split())


class Clause(NamedTuple):
    """A reporting clause: the cue (an index into the tokens) and the speaker's phrase."""

    cue: int
    speaker: Phrase


def _participle_cue(tokens: Sequence[Token], j: int) -> bool:
    """An -ing form of a speech verb the tagger read as an adjective, right after its subject:
    "with Cruz recently promising to …" (not "a promising candidate")."""
    word = tokens[j].text.lower()
    if not (word.endswith("ing") and word in CUE_FORMS and tokens[j].tag == "JJ"):
        return False
    end = skip_back(tokens, j)
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
    if i >= len(tokens) or tokens[i].tag not in DETERMINERS:
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
    return tokens[j].tag != "VB" or (before is not None and (before.tag in ("MD", "TO") or before.text.lower() in ("did", "does", "do", "not", "n't"))) or is_finite(tokens, j)  # "A sign read “…”": a past tense spelled as the base form


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


def before_opening_marks(tokens: Sequence[Token], i: int, floor: int = -1) -> int:
    """The index of the last word before tokens[i] that is no opening quotation mark, or ``floor``
    when only marks stand between tokens[floor] and tokens[i]: what a quotation follows."""
    j = i - 1
    while j > floor and tokens[j].text in OPENING_MARKS:
        j -= 1
    return j


def clause_after(tokens: Sequence[Token], i: int, any_verb: bool = False) -> Clause | None:
    """A reporting clause starting at tokens[i]: "said Anna Kovač" or "Anna Kovač said". With
    ``any_verb`` (right after a quotation), any verb in the past or present reports it: "“…,”
    Trump barked", "“…,” Hannity started"."""
    if i < len(tokens) and (is_cue(tokens[i]) or (any_verb and tokens[i].tag in ("VBD", "VBN", "VBZ") and not _auxiliary(tokens, i))):
        if tokens[i].text.lower().endswith("ing"):
            return None  # "…”, noting flagging conditions": a participle and its object
        if CUE_FORMS.get(tokens[i].text.lower()) == "tell":
            return None  # "…, told AFP": whom it was told to; "tell" is never put before its subject
        speaker = noun_phrase_after(tokens, i + 1) or _standing_alone(tokens, i + 1)
        if speaker is None or _verb_follows(tokens, speaker) or _quoted_predicate_follows(tokens, speaker):
            return None  # "…”, said the candidate could win": the candidate is who the words are about
        if _judged_object(tokens, i, speaker):
            return None  # "…,” described the strain as “crushing”": what is described, not who speaks
        if speaker.appositive is None and name_of(tokens, speaker) is None:
            speaker = Phrase(speaker.first, _complements(tokens, speaker.last), None)  # "said a source close to X"
            speaker = _with_name_given(tokens, speaker)  # "said the base chief known as Bob"
        return Clause(i, speaker)
    phrase = noun_phrase_after(tokens, i) or _standing_alone(tokens, i)
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
        if any_verb and longer > j and _swallowed_verb(tokens, Phrase(phrase.first, longer)):  # "“…,” a narrator in the ad states"
            return Clause(longer - 1, Phrase(phrase.first, longer - 1))
        if longer > j:  # "a spokesman for the port authority said"
            phrase, j = Phrase(phrase.first, longer, appositive_after(tokens, longer)), longer
    if phrase.appositive and phrase.appositive[1] < len(tokens) and tokens[phrase.appositive[1]].text == ",":
        j = phrase.appositive[1] + 1
    elif j < len(tokens) and tokens[j].text == ",":
        relative = _relative_clause_end(tokens, j)
        j = relative if relative is not None else j
    if phrase.appositive is not None:
        j = _past_listed(tokens, j)
    while j < len(tokens) and can_stand_between(tokens[j]):
        j += 1
    if j < len(tokens) and not tokens[j].text.lower().endswith("ing"):
        if is_cue(tokens[j]) or _put_it(tokens, j) or (any_verb and tokens[j].tag in ("VBD", "VBZ") and not _auxiliary(tokens, j)):
            return Clause(j, phrase)
    perceived = _perceived_saying(tokens, j)
    return Clause(perceived, phrase) if perceived is not None else None


_PERCEIVED = frozenset("heard seen overheard shown caught filmed recorded".split())


def _perceived_saying(tokens: Sequence[Token], j: int) -> int | None:
    """Where the speech participle is after a passive verb of perceiving that follows a subject
    ("“…?” a reporter can be heard asking Trump", "“…,” Ruiz was overheard saying"): the subject
    says the words; None when tokens[j:] is no such passive."""
    lower = lowered(tokens)
    j += j < len(tokens) and tokens[j].tag == "MD"  # "can be heard"
    if j < len(tokens) and lower[j] in ("be", "is", "was", "were", "are"):
        j += 1
    if j + 1 >= len(tokens) or lower[j] not in _PERCEIVED:
        return None
    return j + 1 if lower[j + 1].endswith("ing") and is_cue(tokens[j + 1]) else None


def _standing_alone(tokens: Sequence[Token], i: int) -> Phrase | None:
    """A word that stands alone for one more of a group, or some of it, as the subject of a
    reporting clause after a quotation ("“…,” another said", "“…,” said another", "“…,” some
    argued"): no noun follows it, so it is no noun phrase's determiner ("another voter"), and the
    speaker is someone new, not the one quoted before."""
    if i >= len(tokens) or tokens[i].text.lower() not in QUANTIFIER_SUBJECTS:
        return None
    return Phrase(i, i + 1) if i + 1 == len(tokens) or not tokens[i + 1].text[:1].isalnum() or is_cue(tokens[i + 1]) else None


def _with_name_given(tokens: Sequence[Token], phrase: Phrase) -> Phrase:
    """A description after an inverted speech verb, taken on to the name that a naming participle
    gives it: "said the base chief known as Bob", "said a dock worker named Ana Ruiz" (the speaker
    is Bob, Ana Ruiz); the phrase itself when no such participle and name follow."""
    j = phrase.last
    if j + 1 < len(tokens) and lowered(tokens)[j] == "known" and lowered(tokens)[j + 1] == "as":
        j += 1
    elif j >= len(tokens) or lowered(tokens)[j] not in ("named", "called"):
        return phrase
    end = j + 1
    while end < len(tokens) and tokens[end].tag.startswith("NNP"):
        end += 1
    return Phrase(phrase.first, end) if end > j + 1 else phrase


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
    for n in range(j, min(j + MAX_APPOSITIVE, len(tokens) - 1)):
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


def _quoted_predicate_follows(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """Whether a quotation that opens with a finite verb follows the phrase right after its
    opening marks: the phrase is the subject of the quoted words, as in "Ruiz, despite admitting
    her “concerns,” said the plan “must go ahead”" (the plan is what Ruiz talks about, not who
    speaks after the first quotation)."""
    j = phrase.last
    while j < len(tokens) and tokens[j].text in OPENING_MARKS:
        j += 1
    return j > phrase.last and j < len(tokens) and tokens[j].tag == QUOTE and _opens_with_verb(tokens[j].text)


def _complements(tokens: Sequence[Token], end: int) -> int:
    """Where a noun phrase ending at ``end`` ends with the prepositional phrases that complete it:
    "a spokesman" + "for the port authority", "a source" + "close to Mr. Lecornu", "a narrator"
    + "in the ad"."""
    for _ in range(3):
        j = end
        if j + 1 < len(tokens) and tokens[j].text.lower() == "close" and tokens[j + 1].text.lower() == "to":
            j += 1
        if j >= len(tokens) or tokens[j].text.lower() not in NOUN_PREPOSITIONS and tokens[j].text not in DESCRIPTION_PREPOSITIONS:
            break  # "a narrator in the ad", "officials in Lund"
        following = noun_end(tokens, j + 1)
        if following is None or is_pronoun(tokens[j + 1]):
            break
        end = following
    return end


def _closing(tokens: Sequence[Token], opener: int) -> int:
    for j in range(opener + 1, min(opener + MAX_APPOSITIVE, len(tokens))):
        if tokens[j].text == ")":
            return j + 1
    return opener


def _relative_clause_end(tokens: Sequence[Token], comma: int) -> int | None:
    """After ", who …," the index past the closing comma."""
    if comma + 1 < len(tokens) and tokens[comma + 1].tag in ("WP", "WDT"):
        for j in range(comma + 2, min(comma + MAX_APPOSITIVE, len(tokens))):
            if tokens[j].text == ",":
                return j + 1
    return None


def clause_later(tokens: Sequence[Token], k: int) -> Clause | None:
    """A reporting clause after a comma or a quotation that comes later in the sentence than the
    quotation at tokens[k], within :data:`WINDOW` words: in "“The pier is unsafe” and closed, Comey
    said." the clause is not right after the quotation, but it reports it. The extractor's third
    way to a speaker, and the test of a passive naming verb with no agent (it names no one only
    when no such clause comes)."""
    for i in range(k + 1, min(len(tokens), k + WINDOW)):
        if tokens[i - 1].text == "," or (tokens[i - 1].tag == QUOTE and i - 1 > k):
            j = i
            while j < len(tokens) and not tokens[j].text[:1].isalnum():
                j += 1
            clause = clause_after(tokens, j)
            if clause is not None:
                return clause
    return None


def clause_before(tokens: Sequence[Token], i: int) -> Clause | None:
    """The nearest reporting clause before tokens[i] in the same sentence: "Anna Kovač said: “…",
    "he told reporters that “…", "…, telling the crowd, “…" or "X held a call and expressed
    “…" (the subject of the main clause). A verb whose clause ends before tokens[i] (", even
    though …", ", but …") does not report it, nor one before an absolute "with X doing …" that
    runs on to the quotation without a mark between ("denied it, with Lewandowski taking to Twitter to
    call Fields “…”": Lewandowski's words, :func:`verb_subject`)."""
    lower, closed = lowered(tokens), False
    for j in range(i - 1, max(i - WINDOW, 0) - 1, -1):
        if lower[j] in _CONCESSIVE and j > 0 and (tokens[j - 1].text == "," or lower[j - 1] == "even"):
            if not any(is_finite(tokens, v) for v in range(j + 1, i)):
                continue  # "said that …, but “we are still counting”", "…, but not until Obama “admits …”": the words reported go on
            return None
        if lower[j] not in _CUE_WORDS or not cue_at(tokens, j):
            closed = closed or lower[j] in _CLAUSE_BREAKS  # "with Vance beside her, “…”": the phrase closed before it
            if tokens[j].tag == "VBG" and not closed and _absolute_doer(tokens, j) is not None:
                return None
            continue  # most words: no form of a speech verb, refused without asking cue_at
        subject = cue_subject(tokens, j)
        if subject is not None and main_clause_after(tokens, subject, j, i) is None and not _quoted_main_clause(tokens, subject, j, i):
            return Clause(j, subject)
    return None


def _quoted_main_clause(tokens: Sequence[Token], subject: Phrase, j: int, i: int) -> bool:
    """Whether the speech verb at tokens[j] is in a subordinate clause that opens its sentence or
    its "that" clause, and a comma closes it right before the quotation at tokens[i], which is
    then the main clause: in "Clinton said that when Warren railed against the banks, “she is
    speaking for us”" Warren rails, and the words are what Clinton said. Not when the comma
    follows the speech verb itself, which introduces the quotation ("When a man shouted, “…”")."""
    opener = subject.first - 1
    if opener < 0 or tokens[opener].text.lower() not in OPENING_SUBORDINATORS:
        return False
    if opener > 0 and tokens[opener - 1].text.lower() != "that":
        return False  # "…, when a boy shouted, “…”": a clause that ends the sentence gives the words
    c = before_opening_marks(tokens, i, j)
    return c > j + 1 and (tokens[c].text == "," or comma_in_quotation(tokens, c + 1) and tokens[c].tag == QUOTE)


# Subordinators that open a clause of time, contrast or cause before the main clause ("After X
# criticized him, Y shot back"); not "as", whose clause gives the source ("As X put it, …").
OPENING_SUBORDINATORS = _SUBORDINATORS - {"as", "whether"}


def main_clause_after(tokens: Sequence[Token], subject: Phrase, j: int, i: int) -> Phrase | None:
    """When the verb at tokens[j] is in a subordinate clause that a comma closes before the
    quotation at tokens[i], the subject of the main clause that stands between: in "After Brown
    criticized him during a debate, Lund shot back, “…”" or "While Sullivan calls it a
    “terrific piece,” Holt fixates on the “pivot” line" the words after the comma are Lund's and
    Holt's, not Brown's or Sullivan's. None when the verb is not in such a clause; the comma
    right before the quotation, after which no subject stands, closes nothing ("When a man in
    the crowd shouted, “…,” Beck joked": the quotation is what the man shouted)."""
    if subject.first == 0 or tokens[subject.first - 1].text.lower() not in OPENING_SUBORDINATORS:
        return None
    for c in range(j + 1, before_opening_marks(tokens, i, j)):
        if tokens[c].text != "," and not comma_in_quotation(tokens, c + 1):
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
    if q == 0 or q + 1 == mark or tokens[q - 1].tag in (*DETERMINERS, "POS", "JJ") or tokens[q - 1].tag == "IN" and lower[q] != "quoting":
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
    end = skip_time(tokens, skip_back(tokens, j))  # "X … but on Tuesday wrote": coordinated
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
    with_doer = subject is not None and absolute_with(tokens, subject.first - 1)
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
                   or _coordinated_subject(tokens, j) or main_subject(tokens, j) or _opening_clause_subject(tokens, j)
                   or (_doer_of_prepositional_participle(tokens, j) if participle else None))
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


def _doer_of_prepositional_participle(tokens: Sequence[Token], j: int) -> Phrase | None:
    """The subject of the sentence, for a participle after a preposition that opens it or that
    follows the subject's comma, before the main verb comes: "After admitting that she had
    “concerns,” Ruiz approved it", "Ruiz, despite admitting that she had “concerns,” said …"
    (Ruiz admits). None for a participle anywhere else."""
    p = j - 1
    if p < 0 or tokens[p].tag != "IN" or lowered(tokens)[p] == "that":
        return None
    if p == 0:
        first = _first_main_subject(tokens)
        return first[1] if first is not None else None
    if tokens[p - 1].text != ",":
        return None
    subject = noun_phrase_before(tokens, p)  # read as a verb's subject: "Ruiz, D-Ohio, despite …" skips the party code
    opens = subject is not None and (subject.first == 0 or subject.first == 1 and tokens[0].tag == "CC")  # "And Ruiz, after …"
    return subject if opens and can_speak(tokens, subject) else None


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
    {"led", *(form for verb in "prompt lead cause force spur inspire compel drive".split() for form in verb_forms(verb))}
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
    if phrase.first == 1 and in_opening_phrase(tokens, j - 1):
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
    return Phrase(phrase.first, last) if last > phrase.first and has_noun(tokens, phrase.first, last) else None


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
            verb = next((k for k in range(j + 2, end - 1) if is_finite(tokens, k)), None)
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
    verb = next((v for v in range(2, j) if is_finite(tokens, v)), None)
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
        verb = next((v for v in range(first + 1, j) if is_finite(tokens, v)), None)
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
        if is_finite(tokens, j):
            subject = noun_phrase_before(tokens, j)
            if subject is not None and _main_clause(tokens, subject):
                return j, subject
    return None


def verb_subject(tokens: Sequence[Token], i: int) -> Phrase | None:
    """The subject of the nearest finite verb before tokens[i] when it is someone who can speak,
    a name or a personal pronoun: "Moore thanked him for “…”" (not "the call was intended to “…”");
    the doer of an absolute "with X doing" or of "X, after doing" that comes first
    (:func:`_absolute_doer`, :func:`_doer_of_prepositional_participle`)."""
    for j in range(i - 1, max(i - WINDOW, 0) - 1, -1):
        if tokens[j].tag == "VBG":
            doer = _absolute_doer(tokens, j) or _doer_of_prepositional_participle(tokens, j)
            if doer is not None:
                return doer
        if is_finite(tokens, j):
            subject = noun_phrase_before(tokens, j)
            if subject is None:
                continue
            if _described_in_clause(tokens, subject, j, i) or _described_object(tokens, subject, j, i):
                continue  # "found that the Air Force is “the best”": what is described does not speak; who found it does
            subject = main_clause_after(tokens, subject, j, i) or subject  # "After X criticized him, Y shot back, “…”"
            subject = _past_adverbial(tokens, subject)  # "Dunmore in a statement credited her for “…”": Dunmore
            return subject if can_speak(tokens, subject) else None
    return None


def _absolute_doer(tokens: Sequence[Token], j: int) -> Phrase | None:
    """The subject of the participle at tokens[j] in an absolute phrase opened by "with" after a
    comma, when it can speak: in "The campaign denied it, with Lewandowski taking to Twitter to
    call Fields “…”" the participle's clause goes on to the quotation, and Lewandowski, not the
    campaign, calls her that. None for any other participle ("met with reporters saying")."""
    if "with" not in vocabulary(tokens):
        return None  # most sentences: no "with" at all, and no phrase to read
    subject = noun_phrase_before(tokens, j)
    if subject is None or not absolute_with(tokens, subject.first - 1):
        return None
    return subject if can_speak(tokens, subject) else None


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


def _described_object(tokens: Sequence[Token], subject: Phrase, j: int, i: int) -> bool:
    """Whether the phrase before the verb "be" at tokens[j], whose complement is the quotation at
    tokens[i], is a preposition's object in a clause opened by "that": "ruled that Ruiz's claim
    about jobs in Tarsk is “true,”" (the place ends a longer subject, which is described, as in
    :func:`_described_in_clause`; who ruled speaks). A noun phrase right after a preposition is
    never the verb's subject."""
    p = subject.first - 1
    if p < 0 or tokens[p].text not in _OBJECT_PREPOSITIONS or tokens[j].text.lower() not in _BE:
        return False
    if any(t.tag.startswith(("VB", "MD")) for t in tokens[j + 1 : i]):
        return False
    for q in range(p - 1, max(p - _SUBJECT_REACH, 0) - 1, -1):  # back to the clause's "that", over the longer subject
        if lowered(tokens)[q] == "that" and tokens[q + 1].tag not in ("NN", "NNS", "JJ", "CD"):
            return True  # the conjunction, not "that" of "in that election"
        if is_finite(tokens, q) or tokens[q].text in (".", ";", ":"):
            return False
    return False


_SUBJECT_REACH = 12  # words of a subject between "that" and the preposition: "that Ruiz's claim about “…”"


# Prepositions that open no clause: a noun phrase right after one is its object.
_OBJECT_PREPOSITIONS = frozenset("in on at of from about with by into near over under across against among".split())


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
    if phrase is not None and phrase.last < len(tokens) and tokens[phrase.last].tag in _CLAUSE_GOES_ON:
        return None  # "– Ready to quiz Ruiz –": a heading's clause, with a verb, no one's signature
    return phrase if phrase is not None and name_of(tokens, phrase) is not None else None


_CLAUSE_GOES_ON = frozenset(("TO", "VB", "VBD", "VBZ", "VBP", "MD"))  # what follows no signature's name


def colon_introduction(tokens: Sequence[Token], k: int) -> Phrase | None:
    """The name that introduces a quotation after a colon, as transcripts and round-ups do: "Rep.
    Trey Gowdy (R-S.C.): “…”", "Frank Newport and Jim Harter: “…”" (tokens[k] is the quotation);
    or, after "from", a description that can speak, as a round-up cites a document: "More from
    the report: “…”" (the report's words, not the last speaker's)."""
    j = k - 1
    while j >= 0 and tokens[j].text in ("“", '"', "‘", "'"):
        j -= 1
    if j < 1 or tokens[j].text != ":":
        return None
    phrase = noun_phrase_before(tokens, j)
    if phrase is None:
        return None
    if name_of(tokens, phrase) is not None:
        return None if _object_of(tokens, phrase.first - 1) else phrase
    cited = phrase.first > 0 and lowered(tokens)[phrase.first - 1] == "from" and can_speak(tokens, phrase)
    return phrase if cited else None


def _object_of(tokens: Sequence[Token], p: int) -> bool:
    """Whether tokens[p] is a preposition in lower case (not a heading's capitals, "IN OTHER
    STATES - Ana Ruiz:") whose object is the name after it, so that the name introduces no
    quotation after a colon: "the stance common among some Tarskans in office: “…”". "From"
    and "by" cite a source or an author instead: "More from Ruiz: “…”", "“Port to close,” by
    Ana Ruiz: “…”"."""
    return p >= 0 and tokens[p].tag in ("IN", "TO") and tokens[p].text.islower() and tokens[p].text not in ("from", "by")


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
        elif (((cue := lower[j] in _CUE_WORDS and cue_at(tokens, j)) or (j > first_name and is_finite(tokens, j)))  # most verbs report nothing
              and tokens[skip_back(tokens, j) - 1].tag not in ("WP", "WDT")):
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
