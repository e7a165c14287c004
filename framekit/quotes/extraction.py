"""Quotations in an article and who speaks them (lesson 02).

:func:`extract` finds direct quotes (words in quotation marks, found by
:mod:`framekit.language.quotemarks`) and indirect reported speech ("X said that …", "according to
X, …") and attributes each to a speaker, with the reporting verb (``cue``) and the
intermediary that relays it (``via``: TASS, Le Monde, AFP, a ministry's readout).
Words in quotation marks that nobody says (a name, a scare quote, a title: "a book titled
“The Tragedy of Lyndon Johnson”") get ``kind="term"``.

A speaker named around the quotation itself, rather than by a reporting clause, comes first:
the possessor of "Obama's “keep your plan” promise", "per" or "came … from" someone after it,
"in X's words" before it, a passive verb's agent after "by", the one who quotes or asks, a chant's
crowd, or no one for the subject a passive naming verb gives it ("Brandt was said to be “livid”");
those rules are in :mod:`framekit.quotes.asides`, most of them only when no reporting clause
comes right after the quotation. Otherwise a direct quote's speaker comes from the reporting
clause that attributes it, read from part-of-speech tags by :mod:`framekit.language.reporting`,
tried in this order:

1. **right after it**: "“…,” said Rep. Joseph Crowley" / "“…,” Anna Kovač, a spokeswoman, said";
   not when the quotation ends a subordinate clause that opens the sentence with a speech verb
   of its own ("While Varga called it “a disaster,” Brel praised it" is Varga's);
2. **a speech verb before it** in its sentence: "Anna Kovač said: “…”", "he told reporters that
   Clinton's “…”" (he, not Clinton), "…, telling the crowd, “…”" (the sentence's subject);
3. **later in its sentence**: "“…” and “…,” Howard Dean proclaimed" / "…“mistake”…, Comey said.";
4. **according to** someone named in the sentence;
5. **a partial quote** inside a sentence of the writer's: the subject of the verb that governs it
   ("Moore thanked him for “…”" is Moore's), "it" too when it is the sentence's subject ("It
   has been careful to call its plan a “belt”" is not the last person quoted);
6. **a quotation standing alone** goes on with the last speaker (a new paragraph of a long quote),
   who may have been reported without quotation marks ("Kerr said that …" then "“…”"), or named
   speaking in the sentence just before ("If anything, Ash argued, the rules failed." then "“…”").

The speaker found is then named as the article names them (:mod:`framekit.quotes.coreference`:
"he" and "Mr. Macron" become "Emmanuel Macron"; a name after "the" or "a", as in "a replica Purple
Heart", is a thing's, which no "she" stands for); a pronoun inside the clause of its sentence's
named subject is that subject, unless the text gives them the other gender ("Dana Holt says she
admired what she calls …"). The rules for reported speech are in
:mod:`framekit.quotes.reported`; relays and documents in :mod:`framekit.quotes.attribution`.
:func:`quote_rows` gives the quotes of a story as rows from either source, the extractor or the
hand annotation, so that a lesson can ask each question of both.

The rules are deliberately simple and readable, so that students can see why the
extractor gets a quote wrong; lesson 02 compares them with the hand annotation.
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass, replace
from functools import cached_property, partial
from datetime import date
from pathlib import Path

from framekit.language import phrases, reporting
from framekit.language.phrases import Phrase
from framekit.language.quotemarks import quote_spans
from framekit.language.reporting import Clause
from framekit.language.sentences import sentences
from framekit.language.tags import QUOTE, Token, Words, lowered, read_once, tag
from framekit.language.text import Span
from framekit.quotes import asides, attribution
from framekit.quotes.attribution import Quote, via_in
from framekit.quotes.coreference import FEMALE_NOUNS, MALE_NOUNS, PRONOUN_GENDER, People, described_gender, title_gender
from framekit.quotes.reported import Context, reported
from framekit.story.annotations import story_rows
from framekit.story.model import Article, Story
from framekit.story.rows import QuoteRow

# A line that only ends one section of an article and opens the next: a rule ("___", "* * *") or,
# in a live blog, the time of the next entry ("5:45 p.m."). A pronoun after it does not reach
# back to the people of the entries before (People.section_break).
SECTION_BREAK = re.compile(
    r"""\s*(?:
        (?:[_*=~-]\s*){3,}                                  # a rule: "___", "* * *", "----"
      | \d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?               # a time alone: "5:45 p.m.", "2 p.m."
    )\.?\s*""",
    re.IGNORECASE | re.VERBOSE,
)
_IN_DOCUMENT = re.compile(
    rf"\s+in ((?:the|a|an|his|her|its|their) (?:[\w-]+ )?{attribution.DOCUMENTS}"
    r"(?: (?:from|of|by) (?:the |his |her |its |their )?(?:[A-Z][\w-]* )*[\w-]+)?)"
)
_AUXILIARIES = frozenset("had has have was were would could will".split())


@dataclass(frozen=True)
class Unit:
    """A stretch of the body read as one sentence: a sentence, or the sentences a quotation
    runs across. ``tokens`` are its words outside quotations, tagged, with one token tagged
    QUOTE in the place of each quotation (offsets index the body), as :class:`Words`, which keep
    what the grammar reads in them."""

    start: int
    end: int
    sentences: tuple[Span, ...]
    tokens: tuple[Token, ...]
    quotes: tuple[Span, ...]
    via: str | None  # a relay the unit names (TASS, a ministry's readout), for its quotations: None in a unit without
    # where each quotation's QUOTE token stands in ``tokens``, in order: noted as the tokens are put together, for
    # the rules that go to each quotation or to the last
    quotations: tuple[int, ...]

    @cached_property
    def quotations_only(self) -> bool:
        """Whether the unit is quotations and nothing else: no words of the writer's around them."""
        return all(t.tag == QUOTE or not t.text[:1].isalnum() for t in self.tokens)


def extract_story(story: Story) -> list[Quote]:
    """Every quote of every article of ``story``."""
    return [quote for article in story.articles for quote in extract(article)]


def extract_text(text: str) -> list[Quote]:
    """The quotes in a piece of text of your own, as if it were an article's body (id "text").

    For trying the rules on new sentences (lesson 02, exercise 7).
    """
    return extract(Article("text", "(your text)", date.today(), text, Path("text"), 1))


def extract(article: Article) -> list[Quote]:
    """Every direct and indirect quote in ``article``, in order of position."""
    body = article.body
    people = People(body)
    quotes: list[Quote] = []
    previous: Quote | None = None
    every = units(body)
    resolver = partial(resolve_words, people, body)
    for index, unit in enumerate(every):
        people.sentence(unit.start)  # a quotation's own sentences are the speaker's: the unit is one step of the narration
        if unit.quotations and unit.quotations_only:  # most units quote nobody: no look at each word
            people.goes_on()
        if unit.end - unit.start <= 20 and SECTION_BREAK.fullmatch(body, unit.start, unit.end):
            people.section_break()
        _register(people, unit, body)
        following = every[index + 1].tokens if index + 1 < len(every) else ()
        direct: list[Quote] = []  # this unit's: no quotation of an earlier unit reaches into it
        read: dict[int, tuple[Token, ...]] = {}  # the words up to each quotation and inside it, tagged once
        unit_reporter = partial(reporter, unit, people, body, read)
        for k in unit.quotations:
            token = unit.tokens[k]
            quote = _direct(article, unit, k, people, previous, following)
            quotes.append(quote)
            direct += [quote] if quote.kind == "direct" else []
            if quote.kind == "direct" and quote.speaker and quote.cue:  # attributed by a reporting clause
                previous = quote
                if quote.speaker.lower() not in phrases.SUBJECT_PRONOUNS:
                    people.spoke(people.person(quote.speaker), token.start)
        for sentence in unit.sentences:
            touching = [q for q in direct if q.end > sentence.start] if direct else []  # most units quote nobody
            context = Context(body, touching, unit_reporter, resolver)
            for item in reported(sentence.start, sentence.end, context):
                text = body[item.start : item.end]
                quotes.append(Quote(article.id, item.speaker, text, "indirect", item.cue, item.via, item.start, item.end))
                nested = any(q.start <= item.start and item.end <= q.end for q in touching)  # told inside a quotation
                if not nested and (people.knows(item.speaker or "") or described_gender(item.speaker or "")):  # not "Putin's country"
                    people.spoke(people.person(item.speaker), item.start)
                    # a quotation standing alone next goes on with them (made as the quote is: quicker than replace())
                    previous = Quote(article.id, item.speaker, text, "direct", item.cue, item.via, item.start, item.end)
    return sorted(_within_reported_speech(quotes), key=lambda q: q.start)


def units(body: str) -> list[Unit]:
    """The body's sentences, joined where a quotation runs across them, with their tagged words.
    A sentence is joined to the one before when it opens before the end of a quotation that
    opened earlier: of the quotations that open in a sentence, the last ends last, since
    :func:`quote_spans` gives spans that lie apart, in order."""
    spans = quote_spans(body)
    starts = [q.start for q in spans]
    groups: list[list[Span]] = []
    reach = -1
    for sentence in sentences(body):
        if groups and sentence.start < reach:
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
        last = bisect.bisect_left(starts, sentence.end)
        if last > bisect.bisect_left(starts, sentence.start):  # a quotation opens in the sentence
            reach = max(reach, spans[last - 1].end)  # the spans lie apart, in order: the last ends last
    bounds = []
    for group in groups:
        start, end = group[0].start, group[-1].end
        inside = spans[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        bounds.append((start, end, tuple(group), tuple(inside)))
    return _tagged(body, bounds)


def _tagged(body: str, bounds: list[tuple[int, int, tuple[Span, ...], tuple[Span, ...]]]) -> list[Unit]:
    """Each unit with its words outside quotations tagged, and a QUOTE token for each quotation.
    Only a unit with a quotation is searched for a relay: its quotations are what the relay is for."""
    result = []
    for start, end, group, inside in bounds:
        tokens: list[Token] = []
        quotations = []
        cursor = start
        for q in inside:
            tokens += tag(body[cursor : q.start], cursor)
            quotations.append(len(tokens))
            tokens.append(Token(q.start, q.end, q.text, QUOTE))
            cursor = q.end
        tokens += tag(body[cursor:end], cursor)
        via = via_in(body[start:end]) if inside else None
        result.append(Unit(start, end, group, Words(tokens), inside, via, tuple(quotations)))
    return result


def _register(people: People, unit: Unit, body: str) -> None:
    """Record the names the unit's own words give, and which of them do or say something; the
    subject of a speech verb ("Dianne Bystrom agreed.") is the speaker a quotation that follows
    goes on with. A subject in a clause after "that" is only told of (:func:`_told_of`)."""
    tokens = unit.tokens
    found = phrases.names(tokens)
    lower = lowered(tokens)  # each "he" and "she", in the few sentences that have one (two quick looks first)
    selves = [i for i, word in enumerate(lower) if word in _SELF] if "he" in lower or "she" in lower else []
    # who acts is asked only where it matters: of the names, and of a "he" or "she" as subject
    titled = _the_title(people, lower)  # "The admiral chuckled": a titled person acts, unnamed
    subjects = reporting.subjects(tokens, named=True) if found or selves or titled else []
    that = "that" in lower  # most sentences have no "that" clause whose subject is only told of
    acting = {name for phrase in subjects if (name := phrases.name_of(tokens, phrase) or _possessor(tokens, phrase, found))
              and not (that and _told_of(tokens, phrase.first))}
    if titled:
        _titled_subjects_act(people, tokens, subjects, lower)
    for first, last, title in found:
        if _modifier(tokens, first, last):
            continue  # "the Sanders campaign": no mention of the person
        start = first
        name = body[tokens[start].start : tokens[last - 1].end]
        if "\n" in name:  # "… Zika Virus\nChris Christie": the name on its line, with no title from the line before
            start, title = phrases.on_its_line(tokens, first, last, body), ""
            name = body[tokens[start].start : tokens[last - 1].end]
        determined = (start > 0 and lower[start - 1] == "the" or _counted(tokens, start, last)  # "the Harbour Trust"
                      or start > 0 and (lower[start - 1] in _INDEFINITE or start > 1 and lower[start - 2] in _INDEFINITE)
                      and _indefinite(tokens, start, last) and not people.knows(name))  # "a replica Purple Heart": a thing
        placed = last - start == 1 and start > 0 and lower[start - 1] == "in" and not title  # "in Iowa": a place
        people.named(name, tokens[start].start, title, subject=(first, last) in acting, determined=determined, placed=placed)
    if selves:  # most sentences have no "he" or "she" to learn a gender from
        _learn_gender(people, tokens, body, selves)
    _reflexive_gender(people, tokens, body, found)
    _described_names(people, tokens, found, subjects, body)
    for i in selves:  # "She called it “bold.”": the woman meant acts here (always a verb's subject)
        if not _described_subject(tokens, i):
            embedded = _after_a_verb(tokens, i)
            aside = embedded and i > 0 and tokens[i - 1].text.lower() in _SUBORDINATORS  # "…, as he rose"
            people.acted(tokens[i].text, tokens[i].start, _bound(tokens, i, people, body), embedded, aside)
    last_quote = unit.quotations[-1] if unit.quotations else -1
    for j in reporting.cues(tokens, last_quote + 1):  # a speech verb with no quotation after it
        subject = _inverted(tokens, j) or phrases.noun_phrase_before(tokens, j)
        if (subject is not None and tokens[subject.first].tag != QUOTE and phrases.can_speak(tokens, subject)
                and not (that and _told_of(tokens, subject.first)) and not _passes_by(tokens, subject.first, j)):
            name = _resolved(tokens, subject, people, body)
            if name.lower() not in phrases.SUBJECT_PRONOUNS:  # an unresolved "he" names nobody
                people.spoke(people.person(name), tokens[j].start)
            _asked(people, tokens, j, body)


def _titled_subjects_act(people: People, tokens: tuple[Token, ...], subjects: list[Phrase], lower: tuple[str, ...]) -> None:
    """A subject "the" + a title ("The admiral chuckled", "the Florida senator sought …") is the
    one person the article named with that title before their name ("Adm. Harry Ebb", "Sen. Ana
    Ruiz"), who acts there: the next "he" or "she" finds them (:meth:`People.only_titled`; after
    two senators, "the senator" may be either, and acts for neither)."""
    for phrase in subjects:
        if (lower[phrase.first] == "the" and 1 < phrase.last - phrase.first <= _TITLED_WORDS
                and tokens[phrase.last - 1].tag == "NN" and phrase.appositive is None):
            person = people.only_titled(lower[phrase.last - 1], tokens[phrase.first].start)
            if person is not None:
                people.acts(person.name, tokens[phrase.first].start)


_TITLED_WORDS = 3  # "the admiral", "the Florida senator": a title with one word before it at most


def _the_title(people: People, lower: tuple[str, ...]) -> bool:
    """Whether the sentence's words hold "the" and a title written before a name in the article
    ("the admiral", "the Florida senator"), which :func:`_titled_subjects_act` reads: most
    sentences hold no such title, and are not read for their subjects on its account."""
    titles = people.title_words
    if not titles or titles.keys().isdisjoint(lower):
        return False
    return any(lower[k - 1] == "the" or k > 1 and lower[k - 2] == "the" for k, word in enumerate(lower) if k and word in titles)


def _asked(people: People, tokens: tuple[Token, ...], j: int, body: str) -> None:
    """The person a question is put to by the speech verb at tokens[j] ("Sam Ebb asked Tom Ruiz
    whether …") answers next: they act after the one who asks, so that the next "he" finds them
    first ("“…,” he said" is Ruiz)."""
    if tokens[j].text.lower() not in _ASKING:
        return
    asked = phrases.noun_phrase_after(tokens, j + 1)
    name = phrases.name_of(tokens, asked) if asked is not None else None
    if name is not None and name[0] == asked.first:  # the name itself, right after the verb
        people.answers(body[tokens[name[0]].start : tokens[name[1] - 1].end], tokens[name[0]].start)


_ASKING = frozenset("asked asks ask".split())


_SELF = {"he": "m", "she": "f"}
# Words that open a subordinate clause after a main one ("…, as he rose"): its subject only passes by.
_SUBORDINATORS = frozenset("as when because while after before since although though until whereas".split())
# Words that count a plural name: "many more Latinos", "some Democrats", "five Hispanic-Americans".
_COUNTING = frozenset("many more most some several all other few".split())


def _possessor(tokens: tuple[Token, ...], phrase: Phrase, found: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The name that opens a subject with no name of its own in the possessive ("Tom Ruiz's
    article attacked Ebb"): the person behind what the subject says or does acts there, so
    that the next "he" finds them before the one the sentence speaks of."""
    name = next(((first, last) for first, last, _ in found if first == phrase.first), None)
    if name is None or name[1] >= phrase.last or tokens[name[1]].tag != "POS":
        return None
    return name


def _told_of(tokens: tuple[Token, ...], first: int) -> bool:
    """Whether the subject that opens at tokens[first] is a clause's after "that" ("Ana Ruiz
    disclosed that Tom Ebb phoned her"): the person is only told of by the sentence, whose own
    subject stays the one a "she" next stands for."""
    for j in range(first - 1, max(first - _THAT_REACH, 0) - 1, -1):
        token = tokens[j]
        if token.tag == "IN" and token.text.lower() == "that":
            return True
        if token.tag[:2] in ("VB", "MD") or token.tag == QUOTE or token.text in (".", ";", ":"):
            return False  # a verb comes first: the subject is that verb's clause's, not a "that" clause's
    return False


_THAT_REACH = 6  # words between "that" and its clause's subject: "that after the vote, Tom Ebb"


def _passes_by(tokens: tuple[Token, ...], first: int, verb: int) -> bool:
    """Whether the subject that opens at tokens[first], of the finite verb at tokens[verb], is a
    subordinate clause's after the main one ("Ruiz kept quiet when Tom Ebb asked about the
    mill"): the person only passes by, as a "he" there does, and is not the speaker the next
    pronoun finds first. A participle is no clause's verb ("the chief known as Bob, speaking …")."""
    return (first > 0 and tokens[first - 1].text.lower() in _SUBORDINATORS and tokens[verb].tag in ("VBD", "VBZ", "VBP")
            and _after_a_verb(tokens, first - 1))


def _indefinite(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Whether the name tokens[first:last] follows the word "a" or "an", right after it or after
    one lower-case noun ("a Purple Heart", "a replica Purple Heart", "an Ebb Award"): a person's
    name takes no indefinite article, so it is a thing's, an award's or a brand's, which "he" or
    "she" does not stand for (asked of a name not met before: "a grumpy Ruiz" is the Ruiz named
    earlier). Not after an adjective ("an angry Hollande" is the man), nor when a
    verb follows, the name being a clause's subject ("at a point Ruiz also said")."""
    after = last
    while after < len(tokens) - 1 and tokens[after].tag == "RB":
        after += 1  # "a point Ruiz also said"
    if after < len(tokens) and tokens[after].tag[:1] in ("V", "M"):
        return False
    j = first - 1
    if j > 0 and tokens[j].tag in ("NN", "NNS") and tokens[j].text[:1].islower():
        j -= 1  # "a replica Purple Heart"
    if j < 0 or tokens[j].text.lower() not in _INDEFINITE:
        return False
    return j == 0 or tokens[j - 1].end < tokens[j].start  # a word of its own, not the end of a garbled one


_INDEFINITE = frozenset(("a", "an"))


def _counted(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Whether the name tokens[first:last] is one plural word that a number or a word such as
    "many" counts ("many more Latinos", "five Hispanic-Americans"): a group's name, which "he"
    or "she" does not stand for, as a name after "the" is a thing's."""
    if last - first != 1 or first == 0 or not tokens[first].text.endswith("s"):
        return False
    return tokens[first - 1].text.lower() in _COUNTING or tokens[first - 1].tag == "CD"


def _after_a_verb(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether a finite verb of the sentence comes before the pronoun at tokens[i] (within the
    words the grammar reads): the pronoun is then in a clause of its own, and the names before
    it in the sentence are candidates ("Ayla Dorn sparred with Tom Ebb, saying she was appalled
    that he …"); at the head of a sentence ("Asked about Reyes, he said") they are not."""
    for j in range(i - 1, max(i - reporting.WINDOW, 0) - 1, -1):
        if tokens[j].text in (".", "?", "!") or tokens[j].tag == QUOTE:
            return False
        if tokens[j].tag in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


def _speaks_after_a_verb(tokens: tuple[Token, ...], i: int) -> bool:
    """:func:`_after_a_verb` for a pronoun that speaks: the names before it in its sentence are
    candidates, as they are when it is read as a verb's subject ("Deja Ruiz, who teased me
    when she called him “…”" is Ruiz), but not those of a clause that opens the sentence ("If
    Ebb is elected, he said, “…”" is not Ebb, of whom the speaker speaks)."""
    if not _after_a_verb(tokens, i):
        return False
    j = i - 1
    while j > 0 and tokens[j - 1].text not in (".", "?", "!") and tokens[j - 1].tag != QUOTE and i - j < reporting.WINDOW:
        j -= 1  # back to the opening of the sentence
    return tokens[j].text.lower() not in reporting.OPENING_SUBORDINATORS


def _modifier(tokens: tuple[Token, ...], first: int, end: int) -> bool:
    """Whether the name tokens[first:end] modifies a common noun after it, between an article and
    the noun ("a volunteer at the Ebb phone bank", "the Sanders rapid-response director"): it
    names what the noun is about, and whom a "he" or "she" may stand for is the noun's, not the
    name's (nor is the name a thing's for its "the")."""
    noun = tokens[end] if end < len(tokens) else None
    if noun is None or not noun.text[:1].islower() or first == 0:
        return False
    return tokens[first - 1].text.lower() in ("the", "a", "an") and noun.tag in ("NN", "NNS", "JJ", "VBG")


def _learn_gender(people: People, tokens: tuple[Token, ...], body: str, selves: list[int]) -> None:
    """A named speaker who reports of "he" or "she" right after the speech verb speaks of
    themselves: "Ana Ruiz said she would stay" (or "said that she") makes Ana Ruiz a woman,
    when the text gave her no gender before. Only when the name is right before the verb: in
    "Ruiz noted that Lagos has won and said he …", "he" may be Lagos. Only the words one or two
    before a "he" or "she" are looked at (the verb, or the verb and "that"); ``selves`` are where
    "he" and "she" stand in any case, found once for the unit by :func:`_register`."""
    pronouns = [i for i in selves if tokens[i].text in _SELF]
    for j in sorted({i - before for i in pronouns for before in (1, 2) if 1 <= i - before < len(tokens) - 1}):
        k = j + 1 + (tokens[j + 1].text.lower() == "that")
        gender = _SELF.get(tokens[k].text) if k < len(tokens) else None
        if gender is None or not reporting.cue_at(tokens, j):
            continue
        subject = reporting.cue_subject(tokens, j)
        if (subject is None or not 0 <= j - subject.last <= _NEAR_VERB or phrases.name_of(tokens, subject) is None
                or any(t.tag.startswith("NNP") or t.tag == QUOTE for t in tokens[subject.last : j])):
            continue
        people.gendered(_resolved(tokens, subject, people, body), gender)


_REFLEXIVE = {"himself": "m", "herself": "f"}


def _reflexive_gender(people: People, tokens: tuple[Token, ...], body: str, found=()) -> None:
    """A name that is the subject of a verb whose object is "herself" or "himself" is a woman's
    or a man's: "Ashley Yago, 33, a supporter of Donald Trump, finds herself in a similar job";
    so is a name that "himself" or "herself" stresses right after it (:func:`_stressed_gender`)."""
    lower = lowered(tokens)
    if "herself" not in lower and "himself" not in lower:
        return  # most sentences: a quick look for the two words, not a test of each word
    _stressed_gender(people, tokens, body, found)
    for i, word in enumerate(lower):
        gender = _REFLEXIVE.get(word)
        if gender is None or i < 2 or tokens[i - 1].tag not in ("VBD", "VBZ", "VBP"):
            continue
        subject = phrases.noun_phrase_before(tokens, i - 1)
        name = phrases.name_of(tokens, subject) if subject is not None else None
        if name is not None and name[0] >= subject.first and name[1] <= subject.last:  # the subject's own name, not its appositive's
            people.gendered(body[tokens[name[0]].start : tokens[name[1] - 1].end], gender)


def _stressed_gender(people: People, tokens: tuple[Token, ...], body: str, found) -> None:
    """A name right before "himself" or "herself" that stresses it ("Tom Ebb himself was
    delighted", "Ebb, himself a farmer, said") is a man's or a woman's; not a name after an
    article, which is a thing's or a kind's ("as a Latino himself")."""
    lower = lowered(tokens)
    for first, last, _ in found:
        j = last + 1 if last < len(tokens) and tokens[last].text == "," else last
        gender = _REFLEXIVE.get(lower[j]) if j < len(tokens) else None
        if gender and not (first > 0 and lower[first - 1] in ("a", "an", "the")):
            people.gendered(body[tokens[first].start : tokens[last - 1].end], gender)


def _described_names(people: People, tokens: tuple[Token, ...], found, subjects: list[Phrase], body: str) -> None:
    """A name the text describes with a noun of a gender is of that gender: the noun right before
    it ("actress Lena Dorn", "his wife Ana") or an appositive's ("Ana Ruiz, his wife, …", "his
    wife, Ana, said"); a gender already known stays. The names are read only in a sentence with
    such a noun among its words (most have none); a description before a name may also hold one
    inside a quotation, and is read in any case."""
    if not _GENDER_NOUNS.isdisjoint(lowered(tokens)):  # the noun before a name, or its appositive's head
        _described_subject_acts(people, tokens, body)
        for first, last, _ in found:
            gender = described_gender(tokens[first - 1].text) if first > 0 and tokens[first - 1].text[:1].islower() else None
            described = _appositive_of(tokens, first, last)  # "as Patti Davis, Ronald Reagan's daughter, attacked": a subject or not
            gender = gender or (described_gender(body[tokens[described[0]].start : tokens[described[1] - 1].end]) if described else None)
            if gender:
                people.gendered(body[tokens[first].start : tokens[last - 1].end], gender)
    for phrase in subjects:  # the description before the name: "his wife, Ana, said"
        name = phrases.name_of(tokens, phrase) if phrase.appositive is not None else None
        if name is None or name[0] < phrase.last:
            continue  # the name before its appositive was read above
        gender = described_gender(body[tokens[phrase.first].start : tokens[phrase.last - 1].end])
        if gender:
            people.gendered(body[tokens[name[0]].start : tokens[name[1] - 1].end], gender)


def _described_subject_acts(people: People, tokens: tuple[Token, ...], body: str) -> None:
    """A sentence whose subject is a description that names no one but says a gender ("A
    29-year-old Berlin woman received probation", "My mother has mellowed") tells of that
    person: she acts there, and the next "she" finds her before a woman named earlier. Only
    after "a" or a possessive ("my", "his"): "the woman" may be one named before."""
    subject = reporting.main_subject(tokens, len(tokens))
    if subject is None or tokens[subject.first].text.lower() not in _DESCRIBING or phrases.name_of(tokens, subject):
        return
    text = body[tokens[subject.first].start : tokens[subject.last - 1].end]
    if described_gender(text):  # written in lower case, as a description is, so that it is only itself, not the names in it
        people.named(text[:1].lower() + text[1:], tokens[subject.first].start, subject=True)


_DESCRIBING = frozenset("a an my his her their our your".split())  # what opens a description that is only itself


def _appositive_of(tokens: tuple[Token, ...], first: int, last: int) -> tuple[int, int] | None:
    """The appositive after the name tokens[first:last], between commas ("Patti Davis, Ronald
    Reagan's daughter,"), or None; looked for only when a noun of a gender follows the comma
    closely enough to be the appositive's head, since only such an appositive tells anything here."""
    if last >= len(tokens) or tokens[last].text != "," or _GENDER_NOUNS.isdisjoint(lowered(tokens)[last + 1 : last + _GENDER_REACH]):
        return None  # most names: no comma after them, or no noun of a gender in the words after it
    if last + 1 < len(tokens) and tokens[last + 1].tag == "WP$":
        return None  # "Ana Ruiz, whose husband …": a relative clause about someone else, the husband
    return phrases.appositive_after(tokens, last)


_GENDER_NOUNS = MALE_NOUNS | FEMALE_NOUNS
_GENDER_REACH = 12  # words after a name's comma where an appositive's head noun may stand ("the longtime party chairman's son")


_NEAR_VERB = 2  # words between a subject and its verb: "Ruiz also said", "Ruiz has said"


def _inverted(tokens: tuple[Token, ...], j: int) -> Phrase | None:
    """The subject after a speech verb that follows a comma, the inverted order of a reporting
    clause: "…, said Peter Wehner, a former aide." (a name, or a noun phrase when nothing comes
    before the comma to be the subject). The phrase ends the clause: in "X, 69, told MSNBC when
    asked" or "…, noting the Department returned it" it is whom the verb is told to or about."""
    if j == 0 or tokens[j - 1].text != "," or tokens[j].text.lower().endswith("ing"):
        return None
    after = phrases.noun_phrase_after(tokens, j + 1)
    if after is None or (phrases.name_of(tokens, after) is None and phrases.noun_phrase_before(tokens, j) is not None):
        return None
    if all(t.text.lower() in phrases.CALENDAR for t in tokens[after.first : after.last]):
        return None  # "…, R-Ky., said Tuesday."
    return after if after.last == len(tokens) or tokens[after.last].text in (",", ".", ";", "—", "–") else None


def _direct(
    article: Article, unit: Unit, k: int, people: People, previous: Quote | None, following: tuple[Token, ...]
) -> Quote:
    """The quotation at unit.tokens[k], attributed by the first rule of the module docstring that
    applies; ``following`` are the words of the next sentence."""
    token, tokens, body = unit.tokens[k], unit.tokens, article.body
    after = _after(tokens, k)
    if after is not None and _ends_opening_clause(tokens, k):
        after = None  # "After Varga said that … “smaller markets,” Brel said": the words are Varga's
    nearest = reporting.clause_before(tokens, k) if after is None or _says_its_own(tokens, after) else None
    if after is not None and _introduces(tokens, nearest, k):
        after = None  # "Even as Trump claimed that “…”, a prosecutor said the cases differ": Trump's
    before = reporting.outer_clause(tokens, k, nearest) if nearest is not None and after is None else None
    if before is not None and tokens[before.cue].tag == "VBG":
        before = _shown_saying(tokens, before)
    term = _looks_like_a_term(token.text) and not _spoken(unit, token)
    if (term and (_determined(tokens, k) or not (after or _right_after_cue(tokens, k, before)))
            or not term and token.text[:1].isupper() and _looks_like_a_term(token.text, _TITLE_WORDS)
            and _determined(tokens, k)  # "the book titled “The Fall of a House”": a longer title; "CNN’s “New Day”": short words
            or _nickname(tokens, k)  # "Marcia “Cia” Price": however short
            or _heading(body, token) or _bylined(body, token) or _subtitled(token.text)):
        return Quote(article.id, None, token.text, "term", None, None, token.start, token.end)
    named = asides.named_around(tokens, k, after, before)
    if named is not None:  # "Obama's “keep it” promise", "“…,” per the bylaws", "described by aides as “…”"
        speaker = _resolved(tokens, named.speaker, people, body) if named.speaker is not None else None
        return Quote(article.id, speaker, token.text, "direct", named.cue, unit.via, token.start, token.end)
    answered = None if after or _right_after_cue(tokens, k, before) else _next_sentence(tokens, k, following, body)
    if answered is not None and before is not None and reporting.own_object(tokens, before.cue, k):
        answered = None  # "Varga responds to Ruiz with, “Why now?” Ruiz writes back …": the verb before has the question as its object
    if answered is not None:
        speaker = _resolved(following, answered.speaker, people, body)
        return Quote(article.id, speaker, token.text, "direct", following[answered.cue].text, unit.via, token.start, token.end)
    owner = None if after else reporting.speech_owner(tokens, k, before.cue if before else -1)
    if owner is not None:  # "X rejected Gale's claim that “…”": Gale's words
        speaker = _resolved(tokens, owner.speaker, people, body)
        cue = tokens[owner.cue].text
        return Quote(article.id, speaker, token.text, "direct", cue, unit.via, token.start, token.end)
    headed = _named_after_heading(tokens, k, before)
    if headed is not None:  # "Pollsters agree - Carl Bialik: “…”": Bialik's words, not the heading's
        speaker = _resolved(tokens, headed, people, body)
        return Quote(article.id, speaker, token.text, "direct", None, unit.via, token.start, token.end)
    clause = after or before or reporting.clause_later(tokens, k)
    if clause is not None:
        speaker, via = _speaker_and_via(tokens, k, clause, people, body)
        cue = tokens[clause.cue].text
        document = _IN_DOCUMENT.match(body, tokens[clause.cue].end) if clause is after else None
        via = via or (document.group(1) if document else None) or unit.via
        return Quote(article.id, speaker, token.text, "direct", cue, None if via == speaker else via, token.start, token.end)
    source = reporting.according_to(tokens, k)
    if source is not None:
        speaker = _resolved(tokens, source, people, body)
        return Quote(article.id, speaker, token.text, "direct", "according to", None, token.start, token.end)
    introduced = reporting.colon_introduction(tokens, k)
    if introduced is not None:
        speaker = _resolved(tokens, introduced, people, body)
        return Quote(article.id, speaker, token.text, "direct", None, unit.via, token.start, token.end)
    signed, words = reporting.dash_attribution(tokens, asides.past_marks(tokens, k)), tokens
    if signed is None and _ends_sentence(tokens, k):  # “… spring.” ― Maria Lopez: a sentence of its own
        signed, words = reporting.dash_attribution(following, 0), following
    if signed is not None:
        speaker = _resolved(words, signed, people, body)
        return Quote(article.id, speaker, token.text, "direct", None, None, token.start, token.end)
    if previous is not None and unit.quotations_only and _opens_paragraph(body, token):
        return _going_on(article, token, people, previous)
    subject = None if unit.quotations_only else reporting.verb_subject(tokens, k) or _it_subject(tokens, k) or _main_speaker(tokens)
    if subject is not None and _within(subject, k):
        subject = None  # "“We are tired,” said the 67-year-old": a quotation is not its own speaker
    speaker = _resolved(tokens, subject, people, body) if subject else (people.last_speaker.name if people.last_speaker else None)
    return Quote(article.id, speaker, token.text, "direct", None, unit.via, token.start, token.end)


def _spoken(unit: Unit, token: Token) -> bool:
    """Whether the quotation is speech, however few and capitalised its words: a cry, ended by an
    exclamation mark inside its marks (chants of “Bobby!”, tweeted that she was “Disgraceful!”),
    or a sentence of its own, ended inside its marks by a full stop, a question or an
    exclamation, with no words of the writer's around it (“Which is it?” after a speaker's
    quotation; “Donald Trump.” answering one). A name or a title is neither."""
    end = token.text.rstrip()[-1:]
    return end == "!" or unit.quotations_only and len(unit.quotations) == 1 and end in ".?"


def _going_on(article: Article, token: Token, people: People, previous: Quote) -> Quote:
    """A paragraph that is only a quotation goes on with the last speaker: the speaker of the
    last quotation or statement (``previous``), or someone the text names as speaking after it,
    with no quotation of their own, in the sentence just before (:func:`_register`): "“…,” Ryder
    wrote. ¶ If anything, Ash argued in his email, the rules failed. ¶ “…”" is Ash's, not Ryder's."""
    speaker = people.last_speaker
    if (speaker is not None and people.last_spoke_at > previous.start and speaker.name != people.full_name(previous.speaker or "")
            and speaker.name[:1].isupper() and people.spoke_in_sentence_before(token.start)):
        return Quote(article.id, speaker.name, token.text, "direct", None, None, token.start, token.end)
    return replace(previous, text=token.text, start=token.start, end=token.end)


def _shown_saying(tokens: tuple[Token, ...], clause: Clause) -> Clause:
    """A speech verb's participle after a passive verb of perceiving or reporting ("his supporters
    were shown chanting “…”", "Brandt was heard saying", "was quoted as saying") has the subject
    of that passive for its speaker, not the main clause's subject ("Cruz backers watched footage
    where his supporters were shown chanting “…”" is the supporters'); ``clause`` otherwise."""
    j = clause.cue - 1
    j -= j > 0 and tokens[j].text.lower() == "as"
    if j < 2 or tokens[j].tag != "VBN":
        return clause
    b = j - 1
    while b > 0 and tokens[b].tag == "RB":
        b -= 1
    if tokens[b].text.lower() not in asides.PASSIVE_AUXILIARIES:
        return clause
    subject = phrases.noun_phrase_before(tokens, b)
    if subject is None or subject.first <= clause.speaker.first <= subject.last or not phrases.can_speak(tokens, subject):
        return clause
    return Clause(clause.cue, subject)


def _ends_opening_clause(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether the quotation at tokens[k] ends a subordinate clause that opens the sentence
    ("After", "While", "When" …) and holds a reporting clause of its own before it: in "While
    Varga called the plan “a disaster,” Brel praised it" the comma after the quotation closes
    Varga's clause, and the clause after it is the sentence's main clause, which reports
    nothing of the quotation. Only when no mark or quotation closes the opening clause earlier;
    the comma or colon of the clause's own speech verb before the quotation closes nothing ("When
    someone in the crowd shouted, “Cruz,” Beck joked": the words are the crowd's)."""
    if k < 3 or tokens[0].text.lower() not in reporting.OPENING_SUBORDINATORS:
        return False  # most sentences: no subordinator opens them
    end = reporting.before_opening_marks(tokens, k)
    if not (end > 1 and tokens[end].text in (",", ":") and phrases.is_cue(tokens[end - 1])):
        end = k  # most quotations: no speech verb's comma right before them ("shouted, “…”" has one)
    if any(t.text in _CLAUSE_CLOSERS or t.tag == QUOTE for t in tokens[1:end]):
        return False  # "After the vote, Varga called it “rigged,” Brel said": the clause closed before
    return reporting.clause_before(tokens, k) is not None


_CLAUSE_CLOSERS = frozenset([",", ";", ":", *phrases.DASHES])


def _named_after_heading(tokens: tuple[Token, ...], k: int, before: Clause | None) -> Phrase | None:
    """The name that introduces the quotation at tokens[k] after a colon when a dash stands
    between it and the speech verb before it: a round-up's heading, a dash, then whose words
    follow ("Pollsters agree - Carl Bialik: “…”", "Polls did predict it — HuffPollster: “…”").
    The heading's verb reports nothing of the quotation."""
    if before is None:
        return None
    introduced = reporting.colon_introduction(tokens, k)
    if introduced is None or introduced.first <= before.cue:
        return None
    return introduced if any(t.text in phrases.DASHES for t in tokens[before.cue + 1 : introduced.first]) else None


def _within(phrase: Phrase, k: int) -> bool:
    """Whether tokens[k] is a word of ``phrase`` or of its appositive."""
    return phrase.first <= k < phrase.last or (phrase.appositive is not None and phrase.appositive[0] <= k < phrase.appositive[1])


def _says_its_own(tokens: tuple[Token, ...], clause: Clause) -> bool:
    """Whether the reporting clause after a quotation goes on to report words of its own ("…,” a
    prosecutor said the two cases were different"): its verb, after its subject, takes "that"
    or a noun phrase and a verb."""
    if clause.speaker.first > clause.cue:
        return False  # "…,” said X": the inverted order only closes a quotation
    i = clause.cue + 1
    if i < len(tokens) and tokens[i].text.lower() == "that":
        return True
    phrase = phrases.noun_phrase_after(tokens, i)
    return phrase is not None and phrase.last < len(tokens) and tokens[phrase.last].tag in ("VBD", "VBZ", "VBP", "MD")


def _introduces(tokens: tuple[Token, ...], clause: Clause | None, k: int) -> bool:
    """Whether the reporting clause before the quotation at tokens[k] introduces it, its verb
    right before it: "Trump claimed on Tuesday that “…”", "Ruiz said: “…”"."""
    return clause is not None and reporting.own_object(tokens, clause.cue, k) and k - clause.cue <= 6


def _determined(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether the quotation at tokens[k] follows a possessive or an article, as the title of a
    show or a book does ("on ABC’s “This Week,” Carson admitted", "the “Never Trump” movement"),
    or the preposition "on" ("Ruiz said on “Meet the Press”"), or "told", whose object is the
    listener ("Ruiz told “Fox and Friends”"), or a noun and "of" ("an episode of “The Morning
    Show”"; not a cry, "a chant of “Lock her up!”"), or a thing's noun and a participle that names
    it ("a book called “Women Who Work”", "a culture known as “The Way”"), or is a title in title
    case that modifies the common noun after it, a role before a name or a thing
    (:func:`_modifies_noun`: "“Broad City” star Arturo Castro", "a “Make Way” hat"): a name in a
    noun phrase, which no one says."""
    if _modifies_noun(tokens, k):
        return True
    i = reporting.before_opening_marks(tokens, k)
    if i >= 0 and (tokens[i].tag == "POS" or tokens[i].text.lower() in ("the", "a", "an", "on", "told")):
        return True  # "told" takes its listener first: "Ruiz told “Fox and Friends”" is a show told
    if i >= 1 and tokens[i].text == "of" and tokens[i - 1].tag == "NN" and tokens[i - 1].text[:1].islower():
        return tokens[k].text.rstrip()[-1:] not in ("!", "?")  # "an episode of “The Morning Show”"; not "a chant of “Lock her up!”"
    if i >= 1 and tokens[i].text.lower() == "as" and tokens[i - 1].text.lower() == "known":
        i -= 1
    return i >= 1 and tokens[i].text.lower() in asides.NAMING and tokens[i - 1].tag in ("NN", "NNS")


def _nickname(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether the quotation at tokens[k] is a nickname between a first name and a surname: a
    word or two in title case, with no stop or comma, right after a proper noun that is no title
    and right before another ("Marcia “Cia” Price", "John “Tig” Tiegen")."""
    text, before, after = tokens[k].text, reporting.before_opening_marks(tokens, k), asides.past_marks(tokens, k)
    if before < 0 or after >= len(tokens) or not text[:1].isupper() or len(text.split()) > 2:
        return False
    if text.rstrip()[-1:] in _CLOSING_PUNCTUATION or not tokens[after].tag.startswith("NNP"):
        return False
    return tokens[before].tag.startswith("NNP") and tokens[before].text.lower().rstrip(".") not in phrases.TITLES


_CLOSING_PUNCTUATION = frozenset(".,!?;:…")
_TITLE_WORDS = 8  # the most words of a title in title case inside a noun phrase (a book's, a film's)


def _modifies_noun(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether the quotation at tokens[k] modifies the common noun right after its closing marks
    ("“Harbour Hour” host Ana Ruiz", "a “Make Way” hat"); not when it cries out or the noun is
    the subject of a speech verb after it ("“Shame!” protesters chanted", "“Go Home” crowds shouted")."""
    after = asides.past_marks(tokens, k)
    if after >= len(tokens) or tokens[after].tag not in ("NN", "NNS") or not tokens[after].text.islower():
        return False
    return not any(c in tokens[k].text for c in "!?") and not (after + 1 < len(tokens) and phrases.is_cue(tokens[after + 1]))


def _heading(body: str, token: Token) -> bool:
    """Whether the quotation is a heading: three or more words in capitals only, opening its line
    (“EVENTUALLY VOTERS MAKE GOOD DECISIONS” over a section, a newsletter item's quoted headline).
    A heading names what follows, as a title does: no one says it there. Looks back over the
    opening marks only."""
    text = token.text
    if text.upper() != text or not any(c.isalpha() for c in text) or len(text.split(maxsplit=2)) < 3:
        return False
    j = token.start
    while j > 0 and body[j - 1] in phrases.OPENING_MARKS:  # the one-character marks
        j -= 1
    return j == 0 or body[j - 1] == "\n"


def _bylined(body: str, token: Token) -> bool:
    """Whether the quotation is the title of a piece followed by its byline: capitalised, its
    comma inside the marks, then "by" and a name (“The Making of a Mayor,” by Ana Ruiz; a
    newsletter's “Pier to close in May,” by the Post's Tom Reed). A title, which no one says."""
    return token.text[:1].isupper() and token.text.endswith(",") and _BYLINE.match(body, token.end) is not None


# After a title's closing marks: its byline, "by" and a name, or "the" and a name.
_BYLINE = re.compile(r"""[”"’']{1,2} [ ]? by [ ] (?:the [ ])? [A-Z]""", re.VERBOSE)


def _it_subject(tokens: tuple[Token, ...], k: int) -> Phrase | None:
    """"It" when it is the subject of the sentence's main verb before the quotation at tokens[k]
    and that verb is not "be" ("It has been careful to call its plan a “belt”", but not "It was
    Ruiz's call for “…”"): the words are what "it" stands for, an organisation or nobody named,
    not the last person quoted."""
    subject = reporting.main_subject(tokens, k)
    if subject is None or subject.last != subject.first + 1 or tokens[subject.first].text.lower() != "it":
        return None
    return None if subject.last < len(tokens) and tokens[subject.last].text.lower() in _COPULAS else subject


_COPULAS = frozenset("is was ’s 's".split())


def _main_speaker(tokens: tuple[Token, ...]) -> Phrase | None:
    """The sentence's subject, when it is a name or a person ("And Marco Rubio, after pushing out a
    video about the “…”, revamped his plans")."""
    subject = reporting.main_subject(tokens, len(tokens))
    return subject if subject is not None and phrases.can_speak(tokens, subject) else None


def _after(tokens: tuple[Token, ...], k: int) -> Clause | None:
    """A reporting clause right after the quotation: "“…,” said X" / "“…,” X said" / "“…,” as
    X put it"."""
    i = k + 1
    while i < len(tokens) and not tokens[i].text[:1].isalnum():  # closing marks, commas
        if tokens[i].text in (";", ":", "(", ")"):
            return None  # "… her “gene”; rivals deride it": a new clause
        i += 1
    if i < len(tokens) - 1 and tokens[i].text.lower() == "as":
        clause = reporting.clause_after(tokens, i + 1)
        if clause is not None:
            return clause
    if _named_by_what(tokens, k):
        return None  # "under what Hedge called “the old model,” the club charged": the club charges nothing said
    # “…,” X barked: after a comma, any verb when the quotation opens the sentence (only marks before it)
    return reporting.clause_after(tokens, i, any_verb=i > k + 1 and not any(tokens[j].text[:1].isalnum() for j in range(k)))


def _named_by_what(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether the quotation at tokens[k] ends a free relative clause, "what" with a subject and
    a speech verb ("what Hedge called “…”", "what critics described as “…”"): the clause is a
    noun phrase, and the words after it go on with the sentence that holds it."""
    j = k - 1
    while j > 0 and not tokens[j].text[:1].isalnum():
        j -= 1  # the opening marks
    j -= j > 0 and tokens[j].text.lower() == "as"
    if j < 2 or not phrases.is_cue(tokens[j]):
        return False
    subject = phrases.noun_phrase_before(tokens, j)
    return subject is not None and subject.first > 0 and tokens[subject.first - 1].text.lower() == "what"


def _next_sentence(tokens: tuple[Token, ...], k: int, following: tuple[Token, ...], body: str) -> Clause | None:
    """A question or an exclamation ends its sentence inside the marks; the reporting clause
    is then the next sentence: "“Why did nobody warn us?” Gale demanded." (only when the
    quotation ends its own sentence, no speech verb stands right before it, as in "Some chanted
    “Shame!”", or takes it as its object, as in "Varga responds to Ruiz with, “Why now?”", and
    the next sentence opens with the clause). Not when that clause's verb goes on to report words
    of its own ("“How do you bridge the divide?” Brel agreed that a rift exists", "“Can she
    stay?” They said she could": :func:`_says_its_own`): it answers the question, it does not
    attribute it; nor when the next sentence opens a new paragraph, which goes on with a story of
    its own ("… “Come to Tarsk!” ¶ Ruiz told the Gazette she had had letters")."""
    if tokens[k].text.rstrip()[-1:] not in "?!" or not _ends_sentence(tokens, k):
        return None
    if following and "\n" in body[tokens[k].end : following[0].start]:
        return None
    clause = reporting.clause_after(following, 0)  # a Clause of the next sentence's words
    return None if clause is not None and _says_its_own(following, clause) else clause


def _ends_sentence(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether the quotation at tokens[k] is the last thing its sentence says."""
    return _last_word(tokens) <= k


@read_once
def _last_word(tokens: tuple[Token, ...]) -> int:
    """Where the sentence's last word stands (-1: none; a quotation is no word of the sentence's
    own), found once per sentence, so that asking it of each quotation takes no longer as the
    sentence grows."""
    return next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].text[:1].isalnum()), -1)


def _right_after_cue(tokens: tuple[Token, ...], k: int, clause: Clause | None) -> bool:
    """Whether a speech verb stands right before the quotation, with at most one word between
    besides marks and commas ("dubbed her “…”", "said: “…”", "tweeted that, “…”")."""
    return clause is not None and 0 < k - clause.cue and sum(t.text[:1].isalnum() for t in tokens[clause.cue + 1 : k]) <= 1


def _opens_paragraph(body: str, token: Token) -> bool:
    """A quotation that opens its paragraph with no attribution goes on with the quote before."""
    before = body[max(token.start - 80, 0) : max(token.start - 1, 0)]  # spaces past 80 are no paragraph break
    return before.rstrip(" ").endswith("\n\n")


def _speaker_and_via(tokens, k: int, clause: Clause, people: People, body: str) -> tuple[str, str | None]:
    """The clause's speaker; but in "X said that Y had “…”", Y speaks and X relays."""
    chained = _chained(tokens, k, clause)
    speaker = _resolved(tokens, clause.speaker, people, body)
    if chained is not None:
        return _resolved(tokens, chained, people, body), speaker
    return speaker, None


def _chained(tokens, k: int, clause: Clause) -> Phrase | None:
    """In "X said (that) Y had “recalled …”", the phrase Y, whose speech X reports: a name that is
    the subject of a clause ("that" before it, or a verb such as "had" after it; in "X told
    Politico, “…”" Politico is who X spoke to), and a quotation that opens with a speech verb
    (in "He said Putin has “been a leader …”" the words are his, about Putin)."""
    first_word = tokens[k].text.split(maxsplit=1)[0].lower() if tokens[k].text.strip() else ""
    if clause.cue > k or first_word not in phrases.CUE_FORMS:
        return None
    i = clause.cue + 1
    that = i < k and tokens[i].text.lower() == "that"
    phrase = phrases.noun_phrase_after(tokens, i + that)
    if phrase is None or phrases.name_of(tokens, phrase) is None:
        return None
    j, verb = phrase.last, False
    while j < k and (tokens[j].text.lower() in _AUXILIARIES or not tokens[j].text[:1].isalnum()):
        verb = verb or tokens[j].text.lower() in _AUXILIARIES
        j += 1
    return phrase if j == k and (that or verb) else None


def _resolved(tokens, phrase: Phrase, people: People, body: str) -> str:
    """The speaker's name as the article gives it in full: a pronoun's person, a surname's full
    name; a description stays as written ("a nurse"), or what the article calls it ("the Head of
    State" → the president)."""
    first = tokens[phrase.first]
    word = first.text.lower()
    if word in ("it", "they") and phrase.last == phrase.first + 1:
        subject = reporting.main_subject(tokens, phrase.first)  # "The agency condemned what it called"
        if subject is not None and subject.first < phrase.first and not phrases.is_pronoun(tokens[subject.first]):
            return _resolved(tokens, subject, people, body)
    if (phrases.is_pronoun(first) or word in ("his", "her")) and phrase.last == phrase.first + 1:
        bound = _bound(tokens, phrase.first, people, body)
        if bound is not None:
            return bound
        found = people.resolve_pronoun(first.text, first.start, _speaks_after_a_verb(tokens, phrase.first))
        return found.name if found else first.text
    text = phrases.speaker_name(tokens, phrase, body)
    name = phrases.name_of(tokens, phrase)
    if name is not None:  # "Mrs. Clinton" is a woman of the name
        return people.full_name(text, title_gender(tokens[name[0] - 1].text if name[0] else ""))
    return _described(people, body, text, first.start)


def _clause_subject(tokens, i: int) -> Phrase | None:
    """The subject of its sentence's first verb, when the word at tokens[i] comes after it in the
    same clause (no full stop, semicolon or quotation between): "Dana Holt says she …"."""
    subject = reporting.main_subject(tokens, i)
    if subject is None or subject.last > i:
        return None
    breaks = _clause_breaks(tokens)
    k = bisect.bisect_left(breaks, subject.last)  # the first break after the subject: before tokens[i] or not
    return None if k < len(breaks) and breaks[k] < i else subject


@read_once
def _clause_breaks(tokens) -> tuple[int, ...]:
    """Where a full stop, a semicolon or a quotation stands in ``tokens``: what ends a clause for
    :func:`_clause_subject`. Found once for a sentence, so that asking of each pronoun is a
    bisection rather than a walk over the words between: a sentence of thousands of "he said"
    stays linear."""
    return tuple([k for k, t in enumerate(tokens) if t.text in (".", ";") or t.tag == QUOTE])


def _described_subject(tokens, i: int) -> bool:
    """Whether the pronoun at tokens[i] is in the clause of its sentence's subject and that
    subject is a description, not a name ("The head of the union fears …, because she thinks"):
    the pronoun may be the person described, whom no name stands for. A name in the head makes
    it a thing's ("The Ebb campaign was the first time she …")."""
    subject = _clause_subject(tokens, i)
    if subject is None or phrases.name_of(tokens, subject) is not None:
        return False
    head = next((j for j in range(subject.first, subject.last) if tokens[j].text.lower() in _OF_WORDS), subject.last)
    return (tokens[subject.first].text.lower() in ("the", "a", "an", "his", "her")
            and not any(t.tag.startswith("NNP") for t in tokens[subject.first + 1 : head]))  # "The Ebb campaign"


_OF_WORDS = frozenset("of for at in from with".split())  # what ends a description's head: "the head of …"


def _bound(tokens, i: int, people: People, body: str) -> str | None:
    """"He", "she", "his" or "her" at tokens[i] inside the clause of a named subject of its
    sentence is that subject, when the text gives them no other gender: "Dana Holt says she
    …", "Ana Berg fanned a row over her remark" (a pronoun in a clause is bound by its subject)."""
    gender = PRONOUN_GENDER.get(tokens[i].text.lower())
    subject = _clause_subject(tokens, i)
    if gender is None or subject is None or phrases.name_of(tokens, subject) is None:
        return None
    name = _resolved(tokens, subject, people, body)
    person = people.person(name) if people.knows(name) else None
    return name if person is not None and person.gender in (gender, None) and person.could_be_a_person() else None


def resolve_words(people: People, body: str, who: str, position: int) -> str:
    """Who the words ``who`` name, written in the body before ``position`` (an "according to X",
    a "reported by X"): a pronoun's person, a name's fullest form, else what the description
    stands for. The same rules as a quote's speaker (:func:`_resolved`), for words that were
    found without the grammar."""
    words = who.strip()
    bare = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.\s+", "", words)
    gender = title_gender(words.split()[0]) if bare != words else None
    if words.lower() in phrases.SUBJECT_PRONOUNS:
        found = people.resolve_pronoun(words, position)
        return found.name if found else words
    if bare[:1].isupper() and not bare.startswith(("The ", "A ", "An ")) and people.knows(bare, gender):
        return people.full_name(bare, gender)
    return _described(people, body, words, position)


def _described(people: People, body: str, text: str, position: int) -> str:
    """What a description stands for (:func:`attribution.resolve_description`), the president
    being the person the article last titled so, else the last speaker ("Emmanuel Macron
    denounced … The French president was offended")."""
    president = people.titled(("president",)) or people.last_speaker
    return attribution.resolve_description(text, body[max(0, position - attribution.REACH) : position],
                                          president.name if president else None)


def reporter(
    unit: Unit, people: People, body: str, read: dict[int, tuple[Token, ...]], position: int
) -> tuple[str, str] | None:
    """Who does the speech verb at ``position`` of the body, read from the same grammar as a
    direct quote's speaker: (the words that name them, their name in full), or None. Inside a
    quotation ("“Shoigu indicated that …,” his ministry said"), only someone named reports: "I
    said" or "we announced" is the quoted speaker's own voice."""
    i = bisect.bisect_right(unit.quotes, position, key=lambda q: q.start) - 1  # the last quotation opening before it
    quotation = unit.quotes[i] if i >= 0 and position < unit.quotes[i].end else None
    tokens = unit.tokens if quotation is None else _with_quotation(unit, quotation, body, read)
    j = bisect.bisect_left(tokens, position, key=lambda t: t.start)
    if j == len(tokens) or tokens[j].start != position:
        return None
    # "Shoigu called them with the statement that …": the subject of the verb "with" completes
    phrase = reporting.verb_subject(tokens, j) if tokens[j].text == "with" else reporting.cue_subject(tokens, j)
    if phrase is None or tokens[phrase.first].text.lower() in ("it", "this", "there"):
        return None
    if quotation and phrases.name_of(tokens, phrase) is None and tokens[phrase.first].text.lower() != "the":
        return None
    return phrases.speaker_name(tokens, phrase, body), _resolved(tokens, phrase, people, body)


def _with_quotation(unit: Unit, quotation: Span, body: str, read: dict[int, tuple[Token, ...]]) -> tuple[Token, ...]:
    """The unit's words before ``quotation``, then the quotation's own words (tagged once, kept
    in ``read``): 'Lecornu "also condemned' is Lecornu condemning, inside the marks."""
    if quotation.start not in read:
        tokens = unit.tokens
        opening = bisect.bisect_left(tokens, quotation.start, key=lambda t: t.start)
        while opening > 0 and not tokens[opening - 1].text[:1].isalnum():
            opening -= 1  # the opening marks
        before = tokens[max(opening - reporting.WINDOW, 0) : opening]  # as far back as the grammar reads
        read[quotation.start] = Words((*before, *tag(body[quotation.start : quotation.end], quotation.start)))
    return read[quotation.start]


def _within_reported_speech(quotes: list[Quote]) -> list[Quote]:
    """A partial quote inside a reported statement, with no reporting clause of its own, has the
    statement's speaker, cue and via ("said he hoped that “…”"). The statement is found among
    the few that open last before the quote, by bisection: linear in the article's quotes."""
    indirect = sorted((q for q in quotes if q.kind == "indirect"), key=lambda q: q.start)
    starts = [q.start for q in indirect]
    for index, quote in enumerate(quotes):
        if quote.kind != "direct" or quote.cue is not None:
            continue
        last = bisect.bisect_right(starts, quote.start)
        outer = next((q for q in indirect[max(0, last - _NESTED) : last] if quote.end <= q.end), None)
        if outer:
            quotes[index] = replace(quote, speaker=outer.speaker, cue=outer.cue, via=outer.via)
    return quotes


_NESTED = 4  # reported statements that may hold one point: a sentence seldom nests more


def _looks_like_a_term(text: str, most: int = 4) -> bool:
    """A name or a title in quotation marks: up to four words (``most``), its long words all
    capitalised (“Crocus City Hall”); a short phrase of short words (“a con”) is speech, unless
    each of its two or more words is capitalised and it cries nothing out (“New Day”). Only the
    first ``most`` + 1 words are split off: one more makes the quotation speech, however long it
    goes on. A quotation in a noun phrase (:func:`_determined`: "the 1969 book titled “The
    Tragedy of Lyndon Johnson”") may be a longer title: up to :data:`_TITLE_WORDS` words."""
    pieces = text.split(maxsplit=most)
    if len(pieces) > most:
        return False
    words = [w.strip(".,;:!?'’\"") for w in pieces]  # “Yes.” is one short word
    long_words = [w for w in words if len(w) > 3]
    if not long_words:  # a name of short words only (“New Day”): two or more, each capitalised, no cry (“Ted! Ted!”)
        return len(words) > 1 and all(w[:1].isupper() for w in words) and not any(c in text for c in "!?")
    return all(w[0].isupper() for w in long_words)


def _subtitled(text: str) -> bool:
    """A book's title and subtitle: two parts in title case on either side of a colon (“The
    Harbour Years: How a Port Rebuilt Itself”), every word capitalised but the small words of
    :data:`_TITLE_SMALL_WORDS`, up to :data:`_SUBTITLED_WORDS` words. Speech with a colon seldom
    capitalises so ("Chris Christie: Bad for New Jersey, bad for you")."""
    title, colon, subtitle = text.partition(": ")
    if not colon or not title[:1].isupper() or not subtitle[:1].isalnum():
        return False
    pieces = text.split(maxsplit=_SUBTITLED_WORDS)
    if len(pieces) > _SUBTITLED_WORDS:
        return False
    words = [w.strip(".,;:!?'’\"") for w in pieces]
    return all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL_WORDS for w in words if w)


_SUBTITLED_WORDS = 14  # the most words of a title with its subtitle
_TITLE_SMALL_WORDS = frozenset("a an the and or nor but for of to in on at by with as from into".split())  # lowercase in a title


def quote_rows(story: Story, source: str = "annotation") -> list[QuoteRow]:
    """The quotes of ``story`` as rows, from the hand annotation or the extractor.

    The extractor reads a story once (:func:`_extracted`): a lesson's table and its explorer
    share one extraction, which takes seconds at 1,000 articles. Each call gives new rows.
    Raises ValueError when ``source`` is unknown or the story has no ``quotes.csv``.
    """
    return story_rows(story, "quotes.csv", source, _extracted)


_EXTRACTED: dict[int, list[Quote]] = {}  # id of a Story still alive -> its quotes


def _extracted(story: Story) -> list[Quote]:
    """:func:`extract_story`, once per story object: a Story is immutable, and its entry is
    dropped when the story is garbage-collected (so that an id is never reused for another)."""
    key = id(story)
    if key not in _EXTRACTED:
        _EXTRACTED[key] = extract_story(story)
        weakref.finalize(story, _EXTRACTED.pop, key, None)
    return _EXTRACTED[key]
